/**
 * Test support for the rule specs: for every message type a schema-valid message (built on
 * `sampleModel`) that passes every rule, small edits to break one rule at a time, and the context
 * the Header rules need to pass.
 */
import { sampleModel } from '../../../../test/support/sample-model.js';
import { catalogueEntry, type BerichtType } from '../catalogue.js';
import type { Standaard } from '../definition/model.js';
import type { Bericht, BerichtNode } from '../mapping/model.js';
import type { RuleContext } from './rule.js';

export const DAGTEKENING = '2026-03-02';
export const GEMEENTE = '0363';
/** Passes the 11-check (a test number from the range the standard sets aside). */
export const BSN = '999990019';
export const OTHER_BSN = '999990032';
const AANBIEDER = '12345678';

/**
 * Header rules pass: the date is before "today", the identification is new and the gemeente is served.
 * TR378 reads the Ontvanger as the gemeente, also on messages a gemeente sends (where it is an AGB
 * code), so the aanbieder of the outbound samples is listed too.
 */
export function passingContext(): RuleContext {
  return {
    today: '2026-05-01',
    gemeenten: new Set([GEMEENTE, AANBIEDER]),
    state: { berichtIdentificatieBestaat: async () => false },
  };
}

export function codeOf(type: BerichtType, standaard: Standaard): string {
  return `${standaard === 'ijw' ? 'JW' : 'WMO'}${type}`;
}

/** A product of the standard's category list (iJw categories 31 to 55, iWmo 01 to 18). */
export function product(
  standaard: Standaard,
  n = 1,
  categorie = standaard === 'ijw' ? '45' : '02',
): BerichtNode {
  return { Categorie: categorie, Code: `${categorie}A0${n}` };
}

const period = (begin: string, end: string) => ({ Begindatum: begin, Einddatum: end });

function body(type: BerichtType, standaard: Standaard): BerichtNode {
  const client = { Bsn: BSN, Geboortedatum: { Datum: '2010-02-14' } };
  const omvang = { Volume: 2, Eenheid: '04', Frequentie: '2' };
  const item = { Product: product(standaard), ToewijzingNummer: 1001 };
  switch (type) {
    case '301':
      return {
        Client: {
          ...client,
          Contactgegevens: {
            Contact: [
              { Soort: '01', Adres: { Huis: { Huisnummer: 12 }, Postcode: '1234AB', LandCode: 'NL' } },
            ],
          },
          ToegewezenProducten: {
            ToegewezenProduct: [
              {
                ...item,
                Toewijzingsdatum: DAGTEKENING,
                Toewijzingstijd: '09:30:00',
                Ingangsdatum: '2026-04-01',
                Einddatum: '2026-12-31',
                Omvang: omvang,
              },
            ],
          },
        },
      };
    case '305':
      return {
        Client: {
          ...client,
          StartProducten: {
            StartProduct: [
              {
                ...item,
                ToewijzingIngangsdatum: '2026-02-01',
                Begindatum: '2026-02-03',
                StatusAanlevering: '1',
              },
            ],
          },
        },
      };
    case '307':
      return {
        Client: {
          ...client,
          StopProducten: {
            StopProduct: [
              {
                ...item,
                ToewijzingIngangsdatum: '2026-02-01',
                Begindatum: '2026-02-03',
                RedenBeeindiging: '02',
                Einddatum: '2026-02-27',
                StatusAanlevering: '1',
              },
            ],
          },
        },
      };
    case '315':
      return {
        Client: {
          ...client,
          AangevraagdeProducten: {
            AangevraagdProduct: [
              {
                ReferentieAanbieder: 'REF-1',
                Product: product(standaard),
                ToewijzingIngangsdatum: '2026-04-01',
                ToewijzingEinddatum: '2026-12-31',
                Omvang: omvang,
                Verwijzer: { Type: '02', ZorgverlenerCode: AANBIEDER },
              },
            ],
          },
        },
      };
    case '317':
      return {
        Client: {
          Bsn: BSN,
          Verzoek: {
            ReferentieAanbieder: 'REF-2',
            RedenVerzoek: '1',
            OngewijzigdeProducten: { OngewijzigdProduct: [{ ToewijzingNummer: 1001 }] },
            NieuweProducten: {
              NieuwProduct: [
                {
                  Product: product(standaard, 2),
                  GewensteIngangsdatum: '2026-04-01',
                  Einddatum: '2026-12-31',
                  Omvang: omvang,
                },
              ],
            },
          },
        },
      };
    case '319':
      return { Antwoord: { ReferentieAanbieder: 'REF-1', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '1' } };
    case '323':
      return {
        Declaratie: {
          DeclaratieNummer: 'DN1',
          DeclaratiePeriode: period('2026-02-01', '2026-02-28'),
          DeclaratieDagtekening: DAGTEKENING,
          TotaalIngediendBedrag: { TotaalBedrag: 5000, DebetCredit: 'D' },
          Clienten: { Client: [{ Bsn: BSN, Prestaties: { Prestatie: [prestatie(standaard)] } }] },
        },
      };
    case '325':
      return {
        DeclaratieAntwoord: {
          DeclaratieNummer: 'DN1',
          TotaalIngediendBedrag: { TotaalBedrag: 10000, DebetCredit: 'D' },
          TotaalToegekendBedrag: { TotaalBedrag: 5000, DebetCredit: 'D' },
          Clienten: {
            Client: [
              {
                Bsn: BSN,
                Prestaties: {
                  Prestatie: [{ ...prestatie(standaard), RetourCodes: { RetourCode: ['9339'] } }],
                },
                RetourCodes: { RetourCode: ['0200'] },
              },
            ],
          },
          RetourCodes: { RetourCode: ['0200'] },
        },
      };
    default:
      return {};
  }
}

/** A debit prestatie for February 2026: 4 hours at 12.50. */
export function prestatie(standaard: Standaard, referentie = 'RN1'): BerichtNode {
  const { Categorie, Code } = product(standaard) as { Categorie: string; Code: string };
  return {
    ProductReferentie: { ReferentieNummer: referentie },
    ToewijzingNummer: 1001,
    ProductCategorie: Categorie,
    ProductCode: Code,
    ProductPeriode: period('2026-02-01', '2026-02-28'),
    GeleverdVolume: 4,
    Eenheid: '04',
    ProductTarief: 1250,
    IngediendBedrag: { Bedrag: 5000, DebetCredit: 'D' },
  };
}

/** A message of `type` in `standaard` that passes every rule. */
export function passingBericht(type: BerichtType, standaard: Standaard): Bericht {
  const code = codeOf(type, standaard);
  const model = sampleModel(code);
  const header = model.Header as BerichtNode;
  const towardsGemeente = catalogueEntry(code)!.richting === 'aanbieder-naar-gemeente';
  if (towardsGemeente) header.Ontvanger = GEMEENTE;
  else header.Afzender = GEMEENTE;
  if (type === '325') header.RetourCodes = { RetourCode: ['0200'] };
  const own = body(type, standaard);
  // The sample's required client data (name, gender) stay; ours replace the rest.
  if (own.Client) own.Client = { ...(model.Client as BerichtNode), ...(own.Client as BerichtNode) };
  return { standaard, code, bericht: { Header: header, ...own } };
}

/** The first element at `steps` (first item of every list on the way); throws when a fixture lacks it. */
export function nodeAt(bericht: BerichtNode, steps: string): BerichtNode {
  let current: BerichtNode = bericht;
  for (const step of steps.split('/')) {
    const value = current[step];
    const next = Array.isArray(value) ? value[0] : value;
    if (next === undefined || typeof next !== 'object') throw new Error(`no element ${step} in ${steps}`);
    current = next;
  }
  return current;
}

/** Item `index` (0-based) of the list at `steps` (`Client/ToegewezenProducten/ToegewezenProduct`). */
export function itemAt(bericht: BerichtNode, steps: string, index: number): BerichtNode {
  const parts = steps.split('/');
  const name = parts.pop()!;
  const parent = parts.length ? nodeAt(bericht, parts.join('/')) : bericht;
  const item = (parent[name] as BerichtNode[] | undefined)?.[index];
  if (!item) throw new Error(`no item ${index} of ${steps}`);
  return item;
}

/** Sets (or, with undefined, removes) the element at `steps`. */
export function put(bericht: BerichtNode, steps: string, value: BerichtNode[string] | undefined) {
  const parts = steps.split('/');
  const name = parts.pop()!;
  const parent = parts.length ? nodeAt(bericht, parts.join('/')) : bericht;
  if (value === undefined) Reflect.deleteProperty(parent, name);
  else parent[name] = value;
}

/** Appends a copy of the first item of the list at `steps` (e.g. `Client/StartProducten/StartProduct`), changed by `change`. */
export function addCopy(
  bericht: BerichtNode,
  steps: string,
  change: (copy: BerichtNode) => void = () => {},
): void {
  const parts = steps.split('/');
  const name = parts.pop()!;
  const parent = parts.length ? nodeAt(bericht, parts.join('/')) : bericht;
  const list = parent[name];
  if (!Array.isArray(list)) throw new Error(`${steps} is not a list`);
  const copy = structuredClone(list[0]) as BerichtNode;
  change(copy);
  list.push(copy);
}
