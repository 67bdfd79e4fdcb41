/**
 * Restricties (RS): formats, lengths and ranges of data types. The XSDs carry every one of them as a
 * facet, so schema validation (level 1) enforces them before any rule runs; a probe per rule proves it.
 */
import { ALLE, both, RETOUREN, type Berichten, type InventoryEntry } from './entry.js';

function xsd(id: string, berichten: Berichten, where: string, explanation: string): InventoryEntry {
  return { id, level: 'restrictie', berichten, where, explanation, status: 'covered', by: ['XSD'] };
}

const WITH_RETOUR = both(...[...ALLE, ...RETOUREN].sort());

export const RESTRICTIES: readonly InventoryEntry[] = [
  xsd(
    'RS001',
    both(...ALLE),
    'numbers: Huisnummer, amounts, volumes, nummers, versions',
    'Whole numbers are not negative.',
  ),
  xsd(
    'RS002',
    both(...ALLE),
    'BerichtVersie, BerichtSubversie, Relatie/Volgorde',
    'Two-digit numbers go up to 99.',
  ),
  xsd('RS004', both('301'), 'Adres/Huis/Huisnummer', 'A house number has at most five digits.'),
  xsd(
    'RS005',
    both('301', '315', '317', '323', '325'),
    'Volume, Budget, GeleverdVolume, ProductTarief, Bedrag',
    'Volumes, budgets, tariffs and amounts have at most eight digits.',
  ),
  xsd(
    'RS006',
    both('301', '305', '307', '315', '317', '323', '325'),
    'ToewijzingNummer, BeschikkingNummer',
    'Toewijzing and beschikking numbers have at most nine digits.',
  ),
  xsd(
    'RS008',
    both(...ALLE),
    'one-character codes (Geslacht, DatumGebruik, NaamGebruik, Frequentie, StatusAanlevering, DebetCredit, ...)',
    'Single-character codes are one character long.',
  ),
  xsd(
    'RS009',
    both(...ALLE),
    'two-character codes (categories, units, reasons, LandCode, Soort, ...)',
    'Two-character codes are at most two characters long.',
  ),
  xsd('RS010', both(...ALLE), 'Header/BerichtCode', 'The BerichtCode has at most three characters.'),
  xsd(
    'RS011',
    both('301', '325', ...RETOUREN),
    'RetourCode, HuisnummerToevoeging, Telefoon/Landnummer',
    'Retourcodes, house number additions and country dialling codes have at most four characters.',
  ),
  xsd(
    'RS012',
    both('301', '305', '307', '315', '317', '323', '325'),
    'Product/Code, ProductCode',
    'A product code has at most five characters.',
  ),
  xsd('RS013', both('301', '305', '307', '315'), 'Naam/Voorletters', 'Initials have at most six characters.'),
  xsd(
    'RS014',
    both(...ALLE),
    'Postcode, AGB codes (Afzender, Ontvanger, ZorgverlenerCode)',
    'Postcodes and AGB codes have at most eight characters.',
  ),
  xsd(
    'RS015',
    both('301', '305', '307', '315', '317', '323', '325'),
    'Bsn',
    'A BSN has at most nine characters.',
  ),
  xsd('RS016', both('301', '305', '307', '315'), 'Voorvoegsel', 'A name prefix has at most ten characters.'),
  xsd(
    'RS017',
    WITH_RETOUR,
    'Identificatie, IdentificatieRetour, DeclaratieNummer',
    'Message identifications and declaration numbers have at most twelve characters.',
  ),
  xsd('RS018', both('301'), 'Telefoon/Telefoonnummer', 'A phone number has at most fifteen digits.'),
  xsd(
    'RS019',
    both('301', '323', '325'),
    'Relatie/Nummer, ReferentieNummer, VorigReferentieNummer',
    'Relation numbers and prestatie references have at most twenty characters.',
  ),
  xsd('RS020', both('301'), 'Adres/Straatnaam', 'A street name has at most 24 characters.'),
  xsd('RS021', both('301'), 'Communicatie/Taal', 'A language has at most 25 characters.'),
  xsd('RS023', both('301'), 'Contact/Organisatie', 'An organisation name has at most 35 characters.'),
  xsd(
    'RS024',
    both('301', '315', '317', '319'),
    'ReferentieAanbieder',
    "The provider's reference has at most 36 characters.",
  ),
  xsd('RS025', both('315'), 'Verwijzer/Naam', "A referrer's name has at most 64 characters."),
  xsd(
    'RS026',
    both('301'),
    'Adres/Plaatsnaam, Emailadres',
    'Place names and e-mail addresses have at most 80 characters.',
  ),
  xsd(
    'RS028',
    both('301', '305', '307', '315'),
    'Achternaam, Voornamen',
    'Names have at most 200 characters.',
  ),
  xsd('RS031', both('301', '315'), 'Commentaar', 'A comment is not blank.'),
  xsd('RS032', WITH_RETOUR, 'every date', 'Dates carry no time zone.'),
  xsd('RS033', WITH_RETOUR, 'every text element', 'No element is sent empty.'),
  xsd('RS034', both('301'), 'Toewijzingstijd', 'Times carry no time zone.'),
  xsd(
    'RS035',
    both(...ALLE),
    'gemeentecodes (Afzender, Ontvanger, Woonplaatsbeginsel/Gemeente)',
    'A gemeentecode is four digits.',
  ),
  xsd(
    'RS036',
    both(...ALLE),
    'AGB codes (Afzender, Ontvanger, ZorgverlenerCode)',
    'An AGB code is eight digits.',
  ),
  xsd('RS037', both('301', '305', '307', '315', '317', '323', '325'), 'Bsn', 'A BSN is nine digits.'),
  xsd('RS040', both('323', '325'), 'TotaalBedrag', 'Totals have at most twelve digits.'),
  xsd(
    'RS045',
    both('301', '305', '307', '315'),
    'Naam/Voorletters',
    'Initials are letters only, without dots or spaces.',
  ),
  xsd('RS046', both('301'), 'Telefoon/Telefoonnummer', 'A phone number is digits only.'),
  xsd(
    'RS047',
    both(...ALLE),
    'Header/BerichtCode',
    'The BerichtCode is the one the message specification fixes.',
  ),
  xsd(
    'RS048',
    WITH_RETOUR,
    'XsdVersie, XsdVersieRetour, XsltVersie',
    'Versions are three whole numbers separated by dots.',
  ),
];
