/**
 * The state that cross-message rules read, derived from accepted inbound messages: leveringen (starts
 * and stops of care), verzoeken (requests for or to change an assignment) and declaraties. Pure: the
 * caller stores the records in the same transaction as the outcome of processing.
 */
import type { Bericht, BerichtNode } from '../../istandaarden/src/index.js';
import { catalogueEntry } from '../../istandaarden/src/index.js';

export interface LeveringRecord {
  readonly soort: 'start' | 'stop';
  readonly bsn: string;
  readonly toewijzingNummer: number | null;
  readonly productCategorie: string | null;
  readonly productCode: string | null;
  readonly begindatum: string;
  readonly einddatum: string | null;
  readonly statusAanlevering: string;
}

export interface VerzoekRecord {
  readonly soort: 'toewijzing' | 'wijziging';
  readonly bsn: string;
  readonly referentieAanbieder: string;
}

export interface DeclaratieRecord {
  readonly declaratieNummer: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
  readonly totaalBedrag: number;
  readonly debetCredit: string;
  readonly prestaties: number;
}

export interface StateRecords {
  readonly leveringen: readonly LeveringRecord[];
  readonly verzoeken: readonly VerzoekRecord[];
  readonly declaraties: readonly DeclaratieRecord[];
}

const EMPTY: StateRecords = { leveringen: [], verzoeken: [], declaraties: [] };

type Node = Record<string, unknown>;

export function stateRecords(bericht: Bericht): StateRecords {
  const type = catalogueEntry(bericht.code)?.type;
  const root = bericht.bericht as Node;
  switch (type) {
    case '305':
    case '307': {
      const client = root.Client as Node;
      const soort = type === '305' ? 'start' : 'stop';
      const group = client[type === '305' ? 'StartProducten' : 'StopProducten'] as Node;
      const products = group[type === '305' ? 'StartProduct' : 'StopProduct'] as Node[];
      return {
        ...EMPTY,
        leveringen: products.map((product) => levering(soort, String(client.Bsn), product)),
      };
    }
    case '315': {
      const client = root.Client as Node;
      const products = (client.AangevraagdeProducten as Node).AangevraagdProduct as Node[];
      return {
        ...EMPTY,
        verzoeken: products.map((product) => ({
          soort: 'toewijzing' as const,
          bsn: String(client.Bsn),
          referentieAanbieder: String(product.ReferentieAanbieder),
        })),
      };
    }
    case '317': {
      const client = root.Client as Node;
      const verzoek = client.Verzoek as Node;
      return {
        ...EMPTY,
        verzoeken: [
          {
            soort: 'wijziging',
            bsn: String(client.Bsn),
            referentieAanbieder: String(verzoek.ReferentieAanbieder),
          },
        ],
      };
    }
    case '323': {
      const declaratie = root.Declaratie as Node;
      const periode = declaratie.DeclaratiePeriode as Node;
      const totaal = declaratie.TotaalIngediendBedrag as Node;
      const clients = (declaratie.Clienten as Node).Client as Node[];
      const prestaties = clients.reduce(
        (sum, client) => sum + ((client.Prestaties as Node).Prestatie as unknown[]).length,
        0,
      );
      return {
        ...EMPTY,
        declaraties: [
          {
            declaratieNummer: String(declaratie.DeclaratieNummer),
            periodeBegin: String(periode.Begindatum),
            periodeEind: String(periode.Einddatum),
            totaalBedrag: Number(totaal.TotaalBedrag),
            debetCredit: String(totaal.DebetCredit),
            prestaties,
          },
        ],
      };
    }
    default:
      return EMPTY;
  }
}

function levering(soort: 'start' | 'stop', bsn: string, product: Node): LeveringRecord {
  const code = product.Product as BerichtNode | undefined;
  return {
    soort,
    bsn,
    toewijzingNummer: typeof product.ToewijzingNummer === 'number' ? product.ToewijzingNummer : null,
    productCategorie: code ? String(code.Categorie) : null,
    productCode: code?.Code !== undefined ? String(code.Code) : null,
    begindatum: String(product.Begindatum),
    einddatum: product.Einddatum !== undefined ? String(product.Einddatum) : null,
    statusAanlevering: String(product.StatusAanlevering),
  };
}
