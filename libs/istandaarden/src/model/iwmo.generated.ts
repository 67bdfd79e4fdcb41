// Generated from libs/istandaarden/definitions/iwmo-3.2.istd by "npm run generate"; edit the definition, not this file.
// The internal model of iwmo 3.2: element names as in the standard,
// integers as numbers, every other value as its exact text, repeatable elements as arrays.

export type LDT_AanduidingWoonadres = "AB" | "BY" | "TO" | "WW";
export type LDT_AdresSoort = "01" | "02" | "03" | "04";
export type LDT_AgbCode = string;
export type LDT_Bedrag = number;
export type LDT_BerichtCode = string;
export type LDT_BerichtSubversie = number;
export type LDT_BerichtVersie = number;
export type LDT_Budget = number;
export type LDT_BurgerServicenummer = string;
export type LDT_Commentaar = string;
export type LDT_Communicatievorm = "1" | "2" | "3";
export type LDT_Datum = string;
export type LDT_DatumGebruik = "1" | "2" | "3";
export type LDT_DebetCredit = "C" | "D";
export type LDT_Eenheid = "01" | "04" | "14" | "16" | "82" | "83" | "84";
export type LDT_Emailadres = string;
export type LDT_Frequentie = "1" | "2" | "4" | "6";
export type LDT_Gemeente = string;
export type LDT_Geslacht = "0" | "1" | "2";
export type LDT_Huisletter = string;
export type LDT_Huisnummer = number;
export type LDT_HuisnummerToevoeging = string;
export type LDT_IdentificatieBericht = string;
export type LDT_IdentificatieDeclaratie = string;
export type LDT_JaNee = "1" | "2";
export type LDT_JuridischeStatus = "01" | "02" | "03" | "04" | "05" | "11" | "12";
export type LDT_LandCode = "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
export type LDT_Landnummer = string;
export type LDT_Naam = string;
export type LDT_NaamGebruik = "1" | "2" | "3" | "4" | "5" | "6";
export type LDT_NaamVerwijzer = string;
export type LDT_Nummer = number;
export type LDT_Organisatienaam = string;
export type LDT_Persoonsid = string;
export type LDT_Plaatsnaam = string;
export type LDT_Postcode = string;
export type LDT_ProductCategorie = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18";
export type LDT_ProductCode = string;
export type LDT_RedenAfwijzingVerzoek = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
export type LDT_RedenBeeindiging = "02" | "19" | "20" | "21" | "22" | "23" | "31" | "36" | "37" | "38" | "39";
export type LDT_RedenVerzoek = "1" | "2";
export type LDT_RedenWijziging = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14";
export type LDT_Referentie = string;
export type LDT_ReferentieNummer = string;
export type LDT_RelatieVolgorde = number;
export type LDT_RetourCode = "0001" | "0200" | "0233" | "0611" | "8001" | "8017" | "8021" | "8187" | "8214" | "8848" | "9019" | "9056" | "9063" | "9069" | "9071" | "9074" | "9307" | "9308" | "9319" | "9321" | "9322" | "9326" | "9332" | "9333" | "9338" | "9339" | "9340" | "9341" | "9346" | "9347" | "9349" | "9350" | "9351" | "9355" | "9357" | "9359" | "9360" | "9361" | "9365" | "9366" | "9367" | "9369" | "9373" | "9374" | "9375" | "9379" | "9384" | "9385" | "9387" | "9388" | "9389" | "9390" | "9411" | "9412" | "9413" | "9414" | "9415" | "S300" | "S329";
export type LDT_SoortRelatie = "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25";
export type LDT_StatusAanlevering = "1" | "2" | "3" | "9";
export type LDT_Straatnaam = string;
export type LDT_Taal = string;
export type LDT_Telefoonnummer = string;
export type LDT_Tijd = string;
export type LDT_TotaalBedrag = number;
export type LDT_TypeVerwijzer = "01" | "02" | "03" | "04" | "05" | "06" | "08";
export type LDT_Versie = string;
export type LDT_VerzoekAntwoord = "1" | "2";
export type LDT_Volume = number;
export type LDT_Voorletters = string;
export type LDT_Voorvoegsel = string;
export type LDT_WettelijkeVertegenwoordiging = "06" | "07" | "08" | "09" | "10";

export interface CDT_Achternaam {
  Achternaam: LDT_Naam;
  Voorvoegsel?: LDT_Voorvoegsel;
}

export interface CDT_Adres {
  Huis?: CDT_Huis;
  Postcode?: LDT_Postcode;
  Straatnaam?: LDT_Straatnaam;
  Plaatsnaam?: LDT_Plaatsnaam;
  LandCode?: LDT_LandCode;
}

export interface CDT_BedragMetDC {
  Bedrag: LDT_Bedrag;
  DebetCredit: LDT_DebetCredit;
}

export interface CDT_BerichtIdentificatie {
  Identificatie: LDT_IdentificatieBericht;
  Dagtekening: LDT_Datum;
}

export interface CDT_Communicatie {
  Vorm: LDT_Communicatievorm;
  Taal?: LDT_Taal;
}

export interface CDT_Geboortedatum {
  Datum: LDT_Datum;
  DatumGebruik?: LDT_DatumGebruik;
}

export interface CDT_GeslotenPeriode {
  Begindatum: LDT_Datum;
  Einddatum: LDT_Datum;
}

export interface CDT_Huis {
  Huisnummer: LDT_Huisnummer;
  Huisletter?: LDT_Huisletter;
  HuisnummerToevoeging?: LDT_HuisnummerToevoeging;
  AanduidingWoonadres?: LDT_AanduidingWoonadres;
}

export interface CDT_Omvang {
  Volume: LDT_Volume;
  Eenheid: LDT_Eenheid;
  Frequentie: LDT_Frequentie;
}

export interface CDT_OpenPeriode {
  Begindatum?: LDT_Datum;
  Einddatum?: LDT_Datum;
}

export interface CDT_Product {
  Categorie: LDT_ProductCategorie;
  Code?: LDT_ProductCode;
}

export interface CDT_Referentie {
  ReferentieNummer: LDT_ReferentieNummer;
  VorigReferentieNummer?: LDT_ReferentieNummer;
}

export interface CDT_Telefoon {
  Telefoonnummer: LDT_Telefoonnummer;
  Landnummer: LDT_Landnummer;
}

export interface CDT_Telefoonnummers {
  Telefoon01: CDT_Telefoon;
  Telefoon02?: CDT_Telefoon;
}

export interface CDT_TotaalBedragMetDC {
  TotaalBedrag: LDT_TotaalBedrag;
  DebetCredit: LDT_DebetCredit;
}

export interface CDT_VerkorteNaam {
  Geslachtsnaam: CDT_Achternaam;
  Voornamen?: LDT_Naam;
  Voorletters?: LDT_Voorletters;
}

export interface CDT_Verwijzer {
  Type: LDT_TypeVerwijzer;
  Naam?: LDT_NaamVerwijzer;
  ZorgverlenerCode?: LDT_AgbCode;
}

export interface CDT_VolledigeNaam {
  Geslachtsnaam: CDT_Achternaam;
  Partnernaam?: CDT_Achternaam;
  Voornamen?: LDT_Naam;
  Voorletters?: LDT_Voorletters;
  NaamGebruik: LDT_NaamGebruik;
}

export interface CDT_XsdVersie {
  BasisschemaXsdVersie: LDT_Versie;
  BerichtXsdVersie: LDT_Versie;
}

export interface WMO301 {
  Header: WMO301_Header;
  Client: WMO301_Client;
}

export interface WMO301_Header {
  BerichtCode: "414";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface WMO301_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Communicatie?: CDT_Communicatie;
  JuridischeStatus?: LDT_JuridischeStatus;
  WettelijkeVertegenwoordiging?: LDT_WettelijkeVertegenwoordiging;
  Commentaar?: LDT_Commentaar;
  Relaties?: WMO301_Relaties;
  Contactgegevens: WMO301_Contactgegevens;
  ToegewezenProducten: WMO301_ToegewezenProducten;
}

export interface WMO301_Relaties {
  Relatie: Array<WMO301_Relatie>;
}

export interface WMO301_Relatie {
  Nummer: LDT_Persoonsid;
  Volgorde?: LDT_RelatieVolgorde;
  Soort: LDT_SoortRelatie;
  Geboortedatum?: CDT_Geboortedatum;
  Geslacht?: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Contact: WMO301_Contact;
}

export interface WMO301_Contact {
  Soort: LDT_AdresSoort;
  Adres?: CDT_Adres;
  Organisatie?: LDT_Organisatienaam;
  Telefoon?: CDT_Telefoonnummers;
  Emailadres?: LDT_Emailadres;
  Periode?: CDT_OpenPeriode;
}

export interface WMO301_Contactgegevens {
  Contact: Array<WMO301_Contact>;
}

export interface WMO301_ToegewezenProducten {
  ToegewezenProduct: Array<WMO301_ToegewezenProduct>;
}

export interface WMO301_ToegewezenProduct {
  ToewijzingNummer: LDT_Nummer;
  ReferentieAanbieder?: LDT_Referentie;
  Product?: CDT_Product;
  Toewijzingsdatum: LDT_Datum;
  Toewijzingstijd: LDT_Tijd;
  Ingangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  RedenWijziging?: LDT_RedenWijziging;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  Commentaar?: LDT_Commentaar;
}

export interface WMO302 {
  Header: WMO302_Header;
  Client?: WMO302_Client;
}

export interface WMO302_Header {
  BerichtCode: "415";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: WMO302_RetourCodes;
}

export interface WMO302_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface WMO302_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Communicatie?: CDT_Communicatie;
  JuridischeStatus?: LDT_JuridischeStatus;
  WettelijkeVertegenwoordiging?: LDT_WettelijkeVertegenwoordiging;
  Commentaar?: LDT_Commentaar;
  Relaties?: WMO302_Relaties;
  Contactgegevens: WMO302_Contactgegevens;
  ToegewezenProducten: WMO302_ToegewezenProducten;
  RetourCodes: WMO302_RetourCodes;
}

export interface WMO302_Relaties {
  Relatie: Array<WMO302_Relatie>;
}

export interface WMO302_Relatie {
  Nummer: LDT_Persoonsid;
  Volgorde?: LDT_RelatieVolgorde;
  Soort: LDT_SoortRelatie;
  Geboortedatum?: CDT_Geboortedatum;
  Geslacht?: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Contact: WMO302_Contact;
  RetourCodes: WMO302_RetourCodes;
}

export interface WMO302_Contact {
  Soort: LDT_AdresSoort;
  Adres?: CDT_Adres;
  Organisatie?: LDT_Organisatienaam;
  Telefoon?: CDT_Telefoonnummers;
  Emailadres?: LDT_Emailadres;
  Periode?: CDT_OpenPeriode;
  RetourCodes: WMO302_RetourCodes;
}

export interface WMO302_Contactgegevens {
  Contact: Array<WMO302_Contact>;
}

export interface WMO302_ToegewezenProducten {
  ToegewezenProduct: Array<WMO302_ToegewezenProduct>;
}

export interface WMO302_ToegewezenProduct {
  ToewijzingNummer: LDT_Nummer;
  ReferentieAanbieder?: LDT_Referentie;
  Product?: CDT_Product;
  Toewijzingsdatum: LDT_Datum;
  Toewijzingstijd: LDT_Tijd;
  Ingangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  RedenWijziging?: LDT_RedenWijziging;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  Commentaar?: LDT_Commentaar;
  RetourCodes: WMO302_RetourCodes;
}

export interface WMO305 {
  Header: WMO305_Header;
  Client: WMO305_Client;
}

export interface WMO305_Header {
  BerichtCode: "418";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface WMO305_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StartProducten: WMO305_StartProducten;
}

export interface WMO305_StartProducten {
  StartProduct: Array<WMO305_StartProduct>;
}

export interface WMO305_StartProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
}

export interface WMO306 {
  Header: WMO306_Header;
  Client?: WMO306_Client;
}

export interface WMO306_Header {
  BerichtCode: "419";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: WMO306_RetourCodes;
}

export interface WMO306_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface WMO306_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StartProducten: WMO306_StartProducten;
  RetourCodes: WMO306_RetourCodes;
}

export interface WMO306_StartProducten {
  StartProduct: Array<WMO306_StartProduct>;
}

export interface WMO306_StartProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
  RetourCodes: WMO306_RetourCodes;
}

export interface WMO307 {
  Header: WMO307_Header;
  Client: WMO307_Client;
}

export interface WMO307_Header {
  BerichtCode: "420";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface WMO307_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StopProducten: WMO307_StopProducten;
}

export interface WMO307_StopProducten {
  StopProduct: Array<WMO307_StopProduct>;
}

export interface WMO307_StopProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  RedenBeeindiging: LDT_RedenBeeindiging;
  Einddatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
}

export interface WMO308 {
  Header: WMO308_Header;
  Client?: WMO308_Client;
}

export interface WMO308_Header {
  BerichtCode: "421";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: WMO308_RetourCodes;
}

export interface WMO308_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface WMO308_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StopProducten: WMO308_StopProducten;
  RetourCodes: WMO308_RetourCodes;
}

export interface WMO308_StopProducten {
  StopProduct: Array<WMO308_StopProduct>;
}

export interface WMO308_StopProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  RedenBeeindiging: LDT_RedenBeeindiging;
  Einddatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
  RetourCodes: WMO308_RetourCodes;
}

export interface WMO315 {
  Header: WMO315_Header;
  Client: WMO315_Client;
}

export interface WMO315_Header {
  BerichtCode: "444";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface WMO315_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  Commentaar?: LDT_Commentaar;
  AangevraagdeProducten: WMO315_AangevraagdeProducten;
}

export interface WMO315_AangevraagdeProducten {
  AangevraagdProduct: Array<WMO315_AangevraagdProduct>;
}

export interface WMO315_AangevraagdProduct {
  ReferentieAanbieder: LDT_Referentie;
  BeschikkingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  BeschikkingIngangsdatum?: LDT_Datum;
  ToewijzingIngangsdatum: LDT_Datum;
  ToewijzingEinddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  Verwijzer: CDT_Verwijzer;
  Raamcontract?: LDT_JaNee;
  Commentaar?: LDT_Commentaar;
}

export interface WMO316 {
  Header: WMO316_Header;
  Client?: WMO316_Client;
}

export interface WMO316_Header {
  BerichtCode: "445";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: WMO316_RetourCodes;
}

export interface WMO316_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface WMO316_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  Commentaar?: LDT_Commentaar;
  AangevraagdeProducten: WMO316_AangevraagdeProducten;
  RetourCodes: WMO316_RetourCodes;
}

export interface WMO316_AangevraagdeProducten {
  AangevraagdProduct: Array<WMO316_AangevraagdProduct>;
}

export interface WMO316_AangevraagdProduct {
  ReferentieAanbieder: LDT_Referentie;
  BeschikkingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  BeschikkingIngangsdatum?: LDT_Datum;
  ToewijzingIngangsdatum: LDT_Datum;
  ToewijzingEinddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  Verwijzer: CDT_Verwijzer;
  Raamcontract?: LDT_JaNee;
  Commentaar?: LDT_Commentaar;
  RetourCodes: WMO316_RetourCodes;
}

export interface WMO317 {
  Header: WMO317_Header;
  Client: WMO317_Client;
}

export interface WMO317_Header {
  BerichtCode: "480";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface WMO317_Client {
  Bsn: LDT_BurgerServicenummer;
  Verzoek: WMO317_Verzoek;
}

export interface WMO317_Verzoek {
  ReferentieAanbieder: LDT_Referentie;
  RedenVerzoek: LDT_RedenVerzoek;
  OngewijzigdeProducten?: WMO317_OngewijzigdeProducten;
  TeWijzigenProducten?: WMO317_TeWijzigenProducten;
  NieuweProducten?: WMO317_NieuweProducten;
}

export interface WMO317_OngewijzigdeProducten {
  OngewijzigdProduct: Array<WMO317_OngewijzigdProduct>;
}

export interface WMO317_OngewijzigdProduct {
  ToewijzingNummer: LDT_Nummer;
}

export interface WMO317_TeWijzigenProducten {
  TeWijzigenProduct: Array<WMO317_TeWijzigenProduct>;
}

export interface WMO317_TeWijzigenProduct {
  ToewijzingNummer: LDT_Nummer;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
}

export interface WMO317_NieuweProducten {
  NieuwProduct: Array<WMO317_NieuwProduct>;
}

export interface WMO317_NieuwProduct {
  Product?: CDT_Product;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
}

export interface WMO318 {
  Header: WMO318_Header;
  Client?: WMO318_Client;
}

export interface WMO318_Header {
  BerichtCode: "481";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: WMO318_RetourCodes;
}

export interface WMO318_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface WMO318_Client {
  Bsn: LDT_BurgerServicenummer;
  Verzoek: WMO318_Verzoek;
  RetourCodes: WMO318_RetourCodes;
}

export interface WMO318_Verzoek {
  ReferentieAanbieder: LDT_Referentie;
  RedenVerzoek: LDT_RedenVerzoek;
  OngewijzigdeProducten?: WMO318_OngewijzigdeProducten;
  TeWijzigenProducten?: WMO318_TeWijzigenProducten;
  NieuweProducten?: WMO318_NieuweProducten;
  RetourCodes: WMO318_RetourCodes;
}

export interface WMO318_OngewijzigdeProducten {
  OngewijzigdProduct: Array<WMO318_OngewijzigdProduct>;
}

export interface WMO318_OngewijzigdProduct {
  ToewijzingNummer: LDT_Nummer;
  RetourCodes: WMO318_RetourCodes;
}

export interface WMO318_TeWijzigenProducten {
  TeWijzigenProduct: Array<WMO318_TeWijzigenProduct>;
}

export interface WMO318_TeWijzigenProduct {
  ToewijzingNummer: LDT_Nummer;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  RetourCodes: WMO318_RetourCodes;
}

export interface WMO318_NieuweProducten {
  NieuwProduct: Array<WMO318_NieuwProduct>;
}

export interface WMO318_NieuwProduct {
  Product?: CDT_Product;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  RetourCodes: WMO318_RetourCodes;
}

export interface WMO319 {
  Header: WMO319_Header;
  Antwoord: WMO319_Antwoord;
}

export interface WMO319_Header {
  BerichtCode: "482";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface WMO319_Antwoord {
  ReferentieAanbieder: LDT_Referentie;
  VerzoekAntwoord: LDT_VerzoekAntwoord;
  RedenAfwijzingVerzoek?: LDT_RedenAfwijzingVerzoek;
}

export interface WMO320 {
  Header: WMO320_Header;
  Antwoord?: WMO320_Antwoord;
}

export interface WMO320_Header {
  BerichtCode: "483";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  IdentificatieRetour: LDT_IdentificatieBericht;
  DagtekeningRetour: LDT_Datum;
  XsltVersie?: LDT_Versie;
  XsdVersieRetour: CDT_XsdVersie;
  RetourCodes?: WMO320_RetourCodes;
}

export interface WMO320_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface WMO320_Antwoord {
  ReferentieAanbieder: LDT_Referentie;
  VerzoekAntwoord: LDT_VerzoekAntwoord;
  RedenAfwijzingVerzoek?: LDT_RedenAfwijzingVerzoek;
  RetourCodes: WMO320_RetourCodes;
}

export interface WMO323 {
  Header: WMO323_Header;
  Declaratie: WMO323_Declaratie;
}

export interface WMO323_Header {
  BerichtCode: "484";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface WMO323_Declaratie {
  DeclaratieNummer: LDT_IdentificatieDeclaratie;
  DeclaratiePeriode: CDT_GeslotenPeriode;
  DeclaratieDagtekening: LDT_Datum;
  TotaalIngediendBedrag: CDT_TotaalBedragMetDC;
  Clienten: WMO323_Clienten;
}

export interface WMO323_Clienten {
  Client: Array<WMO323_Client>;
}

export interface WMO323_Client {
  Bsn: LDT_BurgerServicenummer;
  Prestaties: WMO323_Prestaties;
}

export interface WMO323_Prestaties {
  Prestatie: Array<WMO323_Prestatie>;
}

export interface WMO323_Prestatie {
  ProductReferentie: CDT_Referentie;
  ToewijzingNummer: LDT_Nummer;
  ProductCategorie: LDT_ProductCategorie;
  ProductCode: LDT_ProductCode;
  ProductPeriode: CDT_GeslotenPeriode;
  GeleverdVolume: LDT_Volume;
  Eenheid: LDT_Eenheid;
  ProductTarief?: LDT_Bedrag;
  IngediendBedrag: CDT_BedragMetDC;
}

export interface WMO325 {
  Header: WMO325_Header;
  DeclaratieAntwoord?: WMO325_DeclaratieAntwoord;
}

export interface WMO325_Header {
  BerichtCode: "485";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  DeclaratieIdentificatie: CDT_BerichtIdentificatie;
  XsltVersie?: LDT_Versie;
  XsdVersieDeclaratie: CDT_XsdVersie;
  RetourCodes: WMO325_RetourCodes;
}

export interface WMO325_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface WMO325_DeclaratieAntwoord {
  DeclaratieNummer: LDT_IdentificatieDeclaratie;
  TotaalIngediendBedrag: CDT_TotaalBedragMetDC;
  TotaalToegekendBedrag: CDT_TotaalBedragMetDC;
  Clienten?: WMO325_Clienten;
  RetourCodes: WMO325_RetourCodes;
}

export interface WMO325_Clienten {
  Client: Array<WMO325_Client>;
}

export interface WMO325_Client {
  Bsn: LDT_BurgerServicenummer;
  Prestaties: WMO325_Prestaties;
  RetourCodes: WMO325_RetourCodes;
}

export interface WMO325_Prestaties {
  Prestatie: Array<WMO325_Prestatie>;
}

export interface WMO325_Prestatie {
  ProductReferentie: CDT_Referentie;
  ToewijzingNummer: LDT_Nummer;
  ProductCategorie: LDT_ProductCategorie;
  ProductCode: LDT_ProductCode;
  ProductPeriode: CDT_GeslotenPeriode;
  GeleverdVolume: LDT_Volume;
  Eenheid: LDT_Eenheid;
  ProductTarief?: LDT_Bedrag;
  IngediendBedrag: CDT_BedragMetDC;
  RetourCodes: WMO325_RetourCodes;
}

/** Every message of the standard by its code. */
export interface Berichten {
  WMO301: WMO301;
  WMO302: WMO302;
  WMO305: WMO305;
  WMO306: WMO306;
  WMO307: WMO307;
  WMO308: WMO308;
  WMO315: WMO315;
  WMO316: WMO316;
  WMO317: WMO317;
  WMO318: WMO318;
  WMO319: WMO319;
  WMO320: WMO320;
  WMO323: WMO323;
  WMO325: WMO325;
}
