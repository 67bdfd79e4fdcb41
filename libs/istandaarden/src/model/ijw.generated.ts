// Generated from libs/istandaarden/definitions/ijw-3.2.istd by "npm run generate"; edit the definition, not this file.
// The internal model of ijw 3.2: element names as in the standard,
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
export type LDT_ProductCategorie = "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54" | "55";
export type LDT_ProductCode = string;
export type LDT_RedenAfwijzingVerzoek = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
export type LDT_RedenBeeindiging = "02" | "20" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39";
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

export interface JW301 {
  Header: JW301_Header;
  Client: JW301_Client;
}

export interface JW301_Header {
  BerichtCode: "436";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface JW301_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Communicatie?: CDT_Communicatie;
  JuridischeStatus?: LDT_JuridischeStatus;
  WettelijkeVertegenwoordiging?: LDT_WettelijkeVertegenwoordiging;
  Commentaar?: LDT_Commentaar;
  Relaties?: JW301_Relaties;
  Contactgegevens: JW301_Contactgegevens;
  ToegewezenProducten: JW301_ToegewezenProducten;
}

export interface JW301_Relaties {
  Relatie: Array<JW301_Relatie>;
}

export interface JW301_Relatie {
  Nummer: LDT_Persoonsid;
  Volgorde?: LDT_RelatieVolgorde;
  Soort: LDT_SoortRelatie;
  Geboortedatum?: CDT_Geboortedatum;
  Geslacht?: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Contact: JW301_Contact;
}

export interface JW301_Contact {
  Soort: LDT_AdresSoort;
  Adres?: CDT_Adres;
  Organisatie?: LDT_Organisatienaam;
  Telefoon?: CDT_Telefoonnummers;
  Emailadres?: LDT_Emailadres;
  Periode?: CDT_OpenPeriode;
}

export interface JW301_Contactgegevens {
  Contact: Array<JW301_Contact>;
}

export interface JW301_ToegewezenProducten {
  ToegewezenProduct: Array<JW301_ToegewezenProduct>;
}

export interface JW301_ToegewezenProduct {
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

export interface JW302 {
  Header: JW302_Header;
  Client?: JW302_Client;
}

export interface JW302_Header {
  BerichtCode: "437";
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
  RetourCodes?: JW302_RetourCodes;
}

export interface JW302_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface JW302_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Communicatie?: CDT_Communicatie;
  JuridischeStatus?: LDT_JuridischeStatus;
  WettelijkeVertegenwoordiging?: LDT_WettelijkeVertegenwoordiging;
  Commentaar?: LDT_Commentaar;
  Relaties?: JW302_Relaties;
  Contactgegevens: JW302_Contactgegevens;
  ToegewezenProducten: JW302_ToegewezenProducten;
  RetourCodes: JW302_RetourCodes;
}

export interface JW302_Relaties {
  Relatie: Array<JW302_Relatie>;
}

export interface JW302_Relatie {
  Nummer: LDT_Persoonsid;
  Volgorde?: LDT_RelatieVolgorde;
  Soort: LDT_SoortRelatie;
  Geboortedatum?: CDT_Geboortedatum;
  Geslacht?: LDT_Geslacht;
  Naam: CDT_VolledigeNaam;
  Contact: JW302_Contact;
  RetourCodes: JW302_RetourCodes;
}

export interface JW302_Contact {
  Soort: LDT_AdresSoort;
  Adres?: CDT_Adres;
  Organisatie?: LDT_Organisatienaam;
  Telefoon?: CDT_Telefoonnummers;
  Emailadres?: LDT_Emailadres;
  Periode?: CDT_OpenPeriode;
  RetourCodes: JW302_RetourCodes;
}

export interface JW302_Contactgegevens {
  Contact: Array<JW302_Contact>;
}

export interface JW302_ToegewezenProducten {
  ToegewezenProduct: Array<JW302_ToegewezenProduct>;
}

export interface JW302_ToegewezenProduct {
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
  RetourCodes: JW302_RetourCodes;
}

export interface JW305 {
  Header: JW305_Header;
  Client: JW305_Client;
}

export interface JW305_Header {
  BerichtCode: "438";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface JW305_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StartProducten: JW305_StartProducten;
}

export interface JW305_StartProducten {
  StartProduct: Array<JW305_StartProduct>;
}

export interface JW305_StartProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
}

export interface JW306 {
  Header: JW306_Header;
  Client?: JW306_Client;
}

export interface JW306_Header {
  BerichtCode: "439";
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
  RetourCodes?: JW306_RetourCodes;
}

export interface JW306_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface JW306_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StartProducten: JW306_StartProducten;
  RetourCodes: JW306_RetourCodes;
}

export interface JW306_StartProducten {
  StartProduct: Array<JW306_StartProduct>;
}

export interface JW306_StartProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
  RetourCodes: JW306_RetourCodes;
}

export interface JW307 {
  Header: JW307_Header;
  Client: JW307_Client;
}

export interface JW307_Header {
  BerichtCode: "440";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface JW307_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StopProducten: JW307_StopProducten;
}

export interface JW307_StopProducten {
  StopProduct: Array<JW307_StopProduct>;
}

export interface JW307_StopProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  RedenBeeindiging: LDT_RedenBeeindiging;
  Einddatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
}

export interface JW308 {
  Header: JW308_Header;
  Client?: JW308_Client;
}

export interface JW308_Header {
  BerichtCode: "441";
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
  RetourCodes?: JW308_RetourCodes;
}

export interface JW308_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface JW308_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  StopProducten: JW308_StopProducten;
  RetourCodes: JW308_RetourCodes;
}

export interface JW308_StopProducten {
  StopProduct: Array<JW308_StopProduct>;
}

export interface JW308_StopProduct {
  ToewijzingNummer?: LDT_Nummer;
  Product?: CDT_Product;
  ToewijzingIngangsdatum?: LDT_Datum;
  Begindatum: LDT_Datum;
  RedenBeeindiging: LDT_RedenBeeindiging;
  Einddatum: LDT_Datum;
  StatusAanlevering: LDT_StatusAanlevering;
  RetourCodes: JW308_RetourCodes;
}

export interface JW315 {
  Header: JW315_Header;
  Client: JW315_Client;
}

export interface JW315_Header {
  BerichtCode: "446";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface JW315_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  GezagsdragerBekend?: LDT_JaNee;
  Commentaar?: LDT_Commentaar;
  AangevraagdeProducten: JW315_AangevraagdeProducten;
}

export interface JW315_AangevraagdeProducten {
  AangevraagdProduct: Array<JW315_AangevraagdProduct>;
}

export interface JW315_AangevraagdProduct {
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

export interface JW316 {
  Header: JW316_Header;
  Client?: JW316_Client;
}

export interface JW316_Header {
  BerichtCode: "447";
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
  RetourCodes?: JW316_RetourCodes;
}

export interface JW316_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface JW316_Client {
  Bsn: LDT_BurgerServicenummer;
  Geboortedatum: CDT_Geboortedatum;
  Geslacht: LDT_Geslacht;
  Naam: CDT_VerkorteNaam;
  GezagsdragerBekend?: LDT_JaNee;
  Commentaar?: LDT_Commentaar;
  AangevraagdeProducten: JW316_AangevraagdeProducten;
  RetourCodes: JW316_RetourCodes;
}

export interface JW316_AangevraagdeProducten {
  AangevraagdProduct: Array<JW316_AangevraagdProduct>;
}

export interface JW316_AangevraagdProduct {
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
  RetourCodes: JW316_RetourCodes;
}

export interface JW317 {
  Header: JW317_Header;
  Client: JW317_Client;
}

export interface JW317_Header {
  BerichtCode: "486";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface JW317_Client {
  Bsn: LDT_BurgerServicenummer;
  Verzoek: JW317_Verzoek;
}

export interface JW317_Verzoek {
  ReferentieAanbieder: LDT_Referentie;
  RedenVerzoek: LDT_RedenVerzoek;
  OngewijzigdeProducten?: JW317_OngewijzigdeProducten;
  TeWijzigenProducten?: JW317_TeWijzigenProducten;
  NieuweProducten?: JW317_NieuweProducten;
}

export interface JW317_OngewijzigdeProducten {
  OngewijzigdProduct: Array<JW317_OngewijzigdProduct>;
}

export interface JW317_OngewijzigdProduct {
  ToewijzingNummer: LDT_Nummer;
}

export interface JW317_TeWijzigenProducten {
  TeWijzigenProduct: Array<JW317_TeWijzigenProduct>;
}

export interface JW317_TeWijzigenProduct {
  ToewijzingNummer: LDT_Nummer;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
}

export interface JW317_NieuweProducten {
  NieuwProduct: Array<JW317_NieuwProduct>;
}

export interface JW317_NieuwProduct {
  Product?: CDT_Product;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
}

export interface JW318 {
  Header: JW318_Header;
  Client?: JW318_Client;
}

export interface JW318_Header {
  BerichtCode: "487";
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
  RetourCodes?: JW318_RetourCodes;
}

export interface JW318_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface JW318_Client {
  Bsn: LDT_BurgerServicenummer;
  Verzoek: JW318_Verzoek;
  RetourCodes: JW318_RetourCodes;
}

export interface JW318_Verzoek {
  ReferentieAanbieder: LDT_Referentie;
  RedenVerzoek: LDT_RedenVerzoek;
  OngewijzigdeProducten?: JW318_OngewijzigdeProducten;
  TeWijzigenProducten?: JW318_TeWijzigenProducten;
  NieuweProducten?: JW318_NieuweProducten;
  RetourCodes: JW318_RetourCodes;
}

export interface JW318_OngewijzigdeProducten {
  OngewijzigdProduct: Array<JW318_OngewijzigdProduct>;
}

export interface JW318_OngewijzigdProduct {
  ToewijzingNummer: LDT_Nummer;
  RetourCodes: JW318_RetourCodes;
}

export interface JW318_TeWijzigenProducten {
  TeWijzigenProduct: Array<JW318_TeWijzigenProduct>;
}

export interface JW318_TeWijzigenProduct {
  ToewijzingNummer: LDT_Nummer;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  RetourCodes: JW318_RetourCodes;
}

export interface JW318_NieuweProducten {
  NieuwProduct: Array<JW318_NieuwProduct>;
}

export interface JW318_NieuwProduct {
  Product?: CDT_Product;
  GewensteIngangsdatum: LDT_Datum;
  Einddatum?: LDT_Datum;
  Omvang?: CDT_Omvang;
  Budget?: LDT_Budget;
  RetourCodes: JW318_RetourCodes;
}

export interface JW319 {
  Header: JW319_Header;
  Antwoord: JW319_Antwoord;
}

export interface JW319_Header {
  BerichtCode: "488";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface JW319_Antwoord {
  ReferentieAanbieder: LDT_Referentie;
  VerzoekAntwoord: LDT_VerzoekAntwoord;
  RedenAfwijzingVerzoek?: LDT_RedenAfwijzingVerzoek;
  Woonplaatsbeginsel?: JW319_Woonplaatsbeginsel;
}

export interface JW319_Woonplaatsbeginsel {
  Gemeente: LDT_Gemeente;
}

export interface JW320 {
  Header: JW320_Header;
  Antwoord?: JW320_Antwoord;
}

export interface JW320_Header {
  BerichtCode: "489";
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
  RetourCodes?: JW320_RetourCodes;
}

export interface JW320_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface JW320_Antwoord {
  ReferentieAanbieder: LDT_Referentie;
  VerzoekAntwoord: LDT_VerzoekAntwoord;
  RedenAfwijzingVerzoek?: LDT_RedenAfwijzingVerzoek;
  Woonplaatsbeginsel?: JW320_Woonplaatsbeginsel;
  RetourCodes: JW320_RetourCodes;
}

export interface JW320_Woonplaatsbeginsel {
  Gemeente: LDT_Gemeente;
  RetourCodes: JW320_RetourCodes;
}

export interface JW323 {
  Header: JW323_Header;
  Declaratie: JW323_Declaratie;
}

export interface JW323_Header {
  BerichtCode: "490";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_AgbCode;
  Ontvanger: LDT_Gemeente;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
}

export interface JW323_Declaratie {
  DeclaratieNummer: LDT_IdentificatieDeclaratie;
  DeclaratiePeriode: CDT_GeslotenPeriode;
  DeclaratieDagtekening: LDT_Datum;
  TotaalIngediendBedrag: CDT_TotaalBedragMetDC;
  Clienten: JW323_Clienten;
}

export interface JW323_Clienten {
  Client: Array<JW323_Client>;
}

export interface JW323_Client {
  Bsn: LDT_BurgerServicenummer;
  Prestaties: JW323_Prestaties;
}

export interface JW323_Prestaties {
  Prestatie: Array<JW323_Prestatie>;
}

export interface JW323_Prestatie {
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

export interface JW325 {
  Header: JW325_Header;
  DeclaratieAntwoord?: JW325_DeclaratieAntwoord;
}

export interface JW325_Header {
  BerichtCode: "491";
  BerichtVersie: 3;
  BerichtSubversie: 2;
  Afzender: LDT_Gemeente;
  Ontvanger: LDT_AgbCode;
  BerichtIdentificatie: CDT_BerichtIdentificatie;
  XsdVersie: CDT_XsdVersie;
  DeclaratieIdentificatie: CDT_BerichtIdentificatie;
  XsltVersie?: LDT_Versie;
  XsdVersieDeclaratie: CDT_XsdVersie;
  RetourCodes: JW325_RetourCodes;
}

export interface JW325_RetourCodes {
  RetourCode: Array<LDT_RetourCode>;
}

export interface JW325_DeclaratieAntwoord {
  DeclaratieNummer: LDT_IdentificatieDeclaratie;
  TotaalIngediendBedrag: CDT_TotaalBedragMetDC;
  TotaalToegekendBedrag: CDT_TotaalBedragMetDC;
  Clienten?: JW325_Clienten;
  RetourCodes: JW325_RetourCodes;
}

export interface JW325_Clienten {
  Client: Array<JW325_Client>;
}

export interface JW325_Client {
  Bsn: LDT_BurgerServicenummer;
  Prestaties: JW325_Prestaties;
  RetourCodes: JW325_RetourCodes;
}

export interface JW325_Prestaties {
  Prestatie: Array<JW325_Prestatie>;
}

export interface JW325_Prestatie {
  ProductReferentie: CDT_Referentie;
  ToewijzingNummer: LDT_Nummer;
  ProductCategorie: LDT_ProductCategorie;
  ProductCode: LDT_ProductCode;
  ProductPeriode: CDT_GeslotenPeriode;
  GeleverdVolume: LDT_Volume;
  Eenheid: LDT_Eenheid;
  ProductTarief?: LDT_Bedrag;
  IngediendBedrag: CDT_BedragMetDC;
  RetourCodes: JW325_RetourCodes;
}

/** Every message of the standard by its code. */
export interface Berichten {
  JW301: JW301;
  JW302: JW302;
  JW305: JW305;
  JW306: JW306;
  JW307: JW307;
  JW308: JW308;
  JW315: JW315;
  JW316: JW316;
  JW317: JW317;
  JW318: JW318;
  JW319: JW319;
  JW320: JW320;
  JW323: JW323;
  JW325: JW325;
}
