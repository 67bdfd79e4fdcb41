/**
 * Builders for the back-office commands and the provider messages they answer, valid against the
 * schemas and the in-message rules, so a test shows only what matters to it.
 */
import { build, type BerichtNode } from '../../libs/istandaarden/src/index.js';

export const GEMEENTE = '0363';
export const AANBIEDER = '12345678';

let counter = 0;
/** A fresh identification (at most 12 characters) for a message or command. */
export function uniek(prefix = 'T'): string {
  counter++;
  return `${prefix}${(Date.now() % 1e7).toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`.slice(
    0,
    12,
  );
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function client(volledigeNaam = false): BerichtNode {
  return {
    Bsn: '999990019',
    Geboortedatum: { Datum: '2015-03-02' },
    Geslacht: '1',
    Naam: { Geslachtsnaam: { Achternaam: 'Jansen' }, ...(volledigeNaam ? { NaamGebruik: '1' } : {}) },
  };
}

export interface ToegewezenProductOptions {
  readonly toewijzingNummer: number;
  readonly ingangsdatum?: string;
  readonly einddatum?: string;
  readonly redenWijziging?: string;
  /** Default a youth-care product (iJw category 45); an iWmo toewijzing needs an iWmo category. */
  readonly product?: { readonly Categorie: string; readonly Code: string };
}

/** The body of a toewijzing command (301): one client, one product. */
export function toewijzingBericht(product: ToegewezenProductOptions): BerichtNode {
  return {
    Client: {
      ...client(true),
      Contactgegevens: {
        Contact: [
          {
            Soort: '01',
            Adres: { Huis: { Huisnummer: 1 }, Postcode: '1234AB', Plaatsnaam: 'Utrecht', LandCode: 'NL' },
          },
        ],
      },
      ToegewezenProducten: {
        ToegewezenProduct: [
          {
            ToewijzingNummer: product.toewijzingNummer,
            Product: product.product ?? { Categorie: '45', Code: '45A48' },
            Toewijzingsdatum: today(),
            Toewijzingstijd: '09:30:00',
            Ingangsdatum: product.ingangsdatum ?? '2026-12-01',
            ...(product.einddatum ? { Einddatum: product.einddatum } : {}),
            ...(product.redenWijziging ? { RedenWijziging: product.redenWijziging } : {}),
            Omvang: { Volume: 4, Eenheid: '04', Frequentie: '4' },
          },
        ],
      },
    },
  };
}

function header(code: string, berichtCode: string, identificatie: string): BerichtNode {
  return {
    BerichtCode: berichtCode,
    BerichtVersie: 3,
    BerichtSubversie: 2,
    Afzender: AANBIEDER,
    Ontvanger: GEMEENTE,
    BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: today() },
    XsdVersie: { BasisschemaXsdVersie: '1.0.0', BerichtXsdVersie: '1.0.0' },
  };
}

function xml(code: string, bericht: BerichtNode): string {
  const built = build({ code, bericht });
  if (!built.ok) throw new Error(`${code} does not build: ${JSON.stringify(built.findings.slice(0, 3))}`);
  return built.xml;
}

/** A verzoek om toewijzing (JW315) from the provider, with its ReferentieAanbieder. */
export function verzoekOmToewijzing(referentie: string, identificatie = uniek('V')): string {
  return xml('JW315', {
    Header: header('JW315', '446', identificatie),
    Client: {
      ...client(),
      AangevraagdeProducten: {
        AangevraagdProduct: [
          {
            ReferentieAanbieder: referentie,
            Product: { Categorie: '45', Code: '45A48' },
            ToewijzingIngangsdatum: '2026-12-01',
            Verwijzer: { Type: '01' },
            Omvang: { Volume: 4, Eenheid: '04', Frequentie: '4' },
          },
        ],
      },
    },
  });
}

/** A declaratie (JW323) for November 2026 of one prestatie of €100. */
export function declaratie(nummer: string, identificatie = uniek('D')): string {
  return xml('JW323', {
    Header: header('JW323', '490', identificatie),
    Declaratie: {
      DeclaratieNummer: nummer,
      DeclaratiePeriode: { Begindatum: '2026-10-01', Einddatum: '2026-10-31' },
      DeclaratieDagtekening: today(),
      TotaalIngediendBedrag: { TotaalBedrag: 10000, DebetCredit: 'D' },
      Clienten: {
        Client: [
          {
            Bsn: '999990019',
            Prestaties: {
              Prestatie: [
                {
                  ProductReferentie: { ReferentieNummer: 'P1' },
                  ToewijzingNummer: 1,
                  ProductCategorie: '45',
                  ProductCode: '45A48',
                  ProductPeriode: { Begindatum: '2026-10-01', Einddatum: '2026-10-31' },
                  GeleverdVolume: 4,
                  Eenheid: '04',
                  ProductTarief: 2500,
                  IngediendBedrag: { Bedrag: 10000, DebetCredit: 'D' },
                },
              ],
            },
          },
        ],
      },
    },
  });
}

/** The body of an antwoord command (319): the verzoek refused for a reason. */
export function antwoordBericht(referentie: string): BerichtNode {
  return { Antwoord: { ReferentieAanbieder: referentie, VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '1' } };
}

/** The body of a declaratie-antwoord command (325): the declaration granted in full. */
export function declaratieAntwoordBericht(nummer: string): BerichtNode {
  return {
    DeclaratieAntwoord: {
      DeclaratieNummer: nummer,
      TotaalIngediendBedrag: { TotaalBedrag: 10000, DebetCredit: 'D' },
      TotaalToegekendBedrag: { TotaalBedrag: 10000, DebetCredit: 'D' },
      RetourCodes: { RetourCode: ['0200'] },
    },
  };
}
