/**
 * The state that cross-message rules read, derived from processed messages: toewijzingen (from the
 * 301s a gemeente sends), leveringen (starts and stops of care), verzoeken (requests for or to change
 * an assignment), antwoorden (319s sent), declaraties and their prestaties. Pure: the caller stores the
 * records in the same transaction as the outcome of processing.
 */
import type { Bericht, BerichtNode } from '../../istandaarden/src/index.js';
import { catalogueEntry } from '../../istandaarden/src/index.js';

export interface ToewijzingRecord {
  readonly toewijzingNummer: number;
  readonly bsn: string;
  readonly referentieAanbieder: string | null;
  readonly productCategorie: string | null;
  readonly productCode: string | null;
  readonly ingangsdatum: string;
  readonly einddatum: string | null;
  readonly redenWijziging: string | null;
  readonly volume: number | null;
  readonly eenheid: string | null;
  readonly frequentie: string | null;
  readonly budget: number | null;
}

export interface LeveringRecord {
  readonly soort: 'start' | 'stop';
  readonly bsn: string;
  readonly toewijzingNummer: number | null;
  readonly productCategorie: string | null;
  readonly productCode: string | null;
  readonly toewijzingIngangsdatum: string | null;
  readonly begindatum: string;
  readonly einddatum: string | null;
  readonly redenBeeindiging: string | null;
  readonly statusAanlevering: string;
}

export interface VerzoekRecord {
  readonly soort: 'toewijzing' | 'wijziging';
  readonly bsn: string;
  readonly referentieAanbieder: string;
}

export interface AntwoordRecord {
  readonly referentieAanbieder: string;
  /** WJ760: 1 refused, 2 under investigation. */
  readonly verzoekAntwoord: string;
}

export interface DeclaratieRecord {
  readonly declaratieNummer: string;
  readonly periodeBegin: string;
  readonly periodeEind: string;
  readonly totaalBedrag: number;
  readonly debetCredit: string;
  readonly prestaties: number;
}

export interface PrestatieRecord {
  readonly declaratieNummer: string;
  readonly bsn: string;
  readonly referentieNummer: string;
  readonly vorigReferentieNummer: string | null;
  readonly toewijzingNummer: number;
  readonly productCategorie: string;
  readonly productCode: string;
  readonly begindatum: string;
  readonly einddatum: string;
  readonly volume: number;
  readonly eenheid: string;
  readonly bedrag: number;
  readonly debetCredit: string;
}

export interface StateRecords {
  readonly toewijzingen: readonly ToewijzingRecord[];
  readonly leveringen: readonly LeveringRecord[];
  readonly verzoeken: readonly VerzoekRecord[];
  readonly antwoorden: readonly AntwoordRecord[];
  readonly declaraties: readonly DeclaratieRecord[];
  readonly prestaties: readonly PrestatieRecord[];
}

export const NO_STATE: StateRecords = {
  toewijzingen: [],
  leveringen: [],
  verzoeken: [],
  antwoorden: [],
  declaraties: [],
  prestaties: [],
};

type Node = Record<string, unknown>;

const text = (value: unknown): string | null => (value === undefined ? null : String(value));
const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function stateRecords(bericht: Bericht): StateRecords {
  const root = bericht.bericht as Node;
  switch (catalogueEntry(bericht.code)?.type) {
    case '301':
      return { ...NO_STATE, toewijzingen: toewijzingen(root.Client as Node) };
    case '305':
    case '307':
      return { ...NO_STATE, leveringen: leveringen(root.Client as Node) };
    case '315':
    case '317':
      return { ...NO_STATE, verzoeken: verzoeken(root.Client as Node) };
    case '319': {
      const antwoord = root.Antwoord as Node;
      return {
        ...NO_STATE,
        antwoorden: [
          {
            referentieAanbieder: String(antwoord.ReferentieAanbieder),
            verzoekAntwoord: String(antwoord.VerzoekAntwoord),
          },
        ],
      };
    }
    case '323':
      return declaratie(root.Declaratie as Node);
    default:
      return NO_STATE;
  }
}

function toewijzingen(client: Node): ToewijzingRecord[] {
  const products = (client.ToegewezenProducten as Node).ToegewezenProduct as Node[];
  return products.map((product) => {
    const omvang = product.Omvang as Node | undefined;
    return {
      toewijzingNummer: Number(product.ToewijzingNummer),
      bsn: String(client.Bsn),
      referentieAanbieder: text(product.ReferentieAanbieder),
      ...productOf(product),
      ingangsdatum: String(product.Ingangsdatum),
      einddatum: text(product.Einddatum),
      redenWijziging: text(product.RedenWijziging),
      volume: number(omvang?.Volume),
      eenheid: text(omvang?.Eenheid),
      frequentie: text(omvang?.Frequentie),
      budget: number(product.Budget),
    };
  });
}

/** The Product (Categorie and optional Code) of a class, as record fields. */
function productOf(node: Node): { productCategorie: string | null; productCode: string | null } {
  const code = node.Product as BerichtNode | undefined;
  return { productCategorie: code ? String(code.Categorie) : null, productCode: text(code?.Code) };
}

function leveringen(client: Node): LeveringRecord[] {
  const start = client.StartProducten !== undefined;
  const group = (start ? client.StartProducten : client.StopProducten) as Node;
  const products = (start ? group.StartProduct : group.StopProduct) as Node[];
  return products.map((product) => leveringRecord(start ? 'start' : 'stop', String(client.Bsn), product));
}

/** One StartProduct or StopProduct as a levering record. */
export function leveringRecord(soort: 'start' | 'stop', bsn: string, product: Node): LeveringRecord {
  return {
    soort,
    bsn,
    toewijzingNummer: number(product.ToewijzingNummer),
    ...productOf(product),
    toewijzingIngangsdatum: text(product.ToewijzingIngangsdatum),
    begindatum: String(product.Begindatum),
    einddatum: text(product.Einddatum),
    redenBeeindiging: text(product.RedenBeeindiging),
    statusAanlevering: String(product.StatusAanlevering),
  };
}

function verzoeken(client: Node): VerzoekRecord[] {
  const bsn = String(client.Bsn);
  if (client.Verzoek !== undefined) {
    const verzoek = client.Verzoek as Node;
    return [{ soort: 'wijziging', bsn, referentieAanbieder: String(verzoek.ReferentieAanbieder) }];
  }
  const products = (client.AangevraagdeProducten as Node).AangevraagdProduct as Node[];
  return products.map((product) => ({
    soort: 'toewijzing' as const,
    bsn,
    referentieAanbieder: String(product.ReferentieAanbieder),
  }));
}

function declaratie(declaratie: Node): StateRecords {
  const periode = declaratie.DeclaratiePeriode as Node;
  const totaal = declaratie.TotaalIngediendBedrag as Node;
  const declaratieNummer = String(declaratie.DeclaratieNummer);
  const clients = (declaratie.Clienten as Node).Client as Node[];
  const prestaties = clients.flatMap((client) =>
    ((client.Prestaties as Node).Prestatie as Node[]).map((prestatie) =>
      prestatieRecord(declaratieNummer, String(client.Bsn), prestatie),
    ),
  );
  return {
    ...NO_STATE,
    declaraties: [
      {
        declaratieNummer,
        periodeBegin: String(periode.Begindatum),
        periodeEind: String(periode.Einddatum),
        totaalBedrag: Number(totaal.TotaalBedrag),
        debetCredit: String(totaal.DebetCredit),
        prestaties: prestaties.length,
      },
    ],
    prestaties,
  };
}

/** One Prestatie of a declaration as a prestatie record. */
export function prestatieRecord(declaratieNummer: string, bsn: string, prestatie: Node): PrestatieRecord {
  const referentie = prestatie.ProductReferentie as Node;
  const periode = prestatie.ProductPeriode as Node;
  const bedrag = prestatie.IngediendBedrag as Node;
  return {
    declaratieNummer,
    bsn,
    referentieNummer: String(referentie.ReferentieNummer),
    vorigReferentieNummer: text(referentie.VorigReferentieNummer),
    toewijzingNummer: Number(prestatie.ToewijzingNummer),
    productCategorie: String(prestatie.ProductCategorie),
    productCode: String(prestatie.ProductCode),
    begindatum: String(periode.Begindatum),
    einddatum: String(periode.Einddatum),
    volume: Number(prestatie.GeleverdVolume),
    eenheid: String(prestatie.Eenheid),
    bedrag: Number(bedrag.Bedrag),
    debetCredit: String(bedrag.DebetCredit),
  };
}
