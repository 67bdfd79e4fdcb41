/**
 * Figures per gemeente × aanbieder × productcategorie × month ("tellen en vertellen"): active
 * clients, starts and stops from the start/stop messages, declared, granted and refused amounts from
 * the prestaties, and the lumpsum budget of taakgericht arrangements for the month. Pure: the caller
 * loads starts/stops, the prestatie sums per month and the arrangements.
 */
import type { Arrangement } from './arrangement.js';
import { populatieCijfers, zorgperiodes, type Levering } from './populatie.js';

export interface Owner {
  readonly gemeente: string;
  readonly aanbieder: string;
  readonly productCategorie: string;
}

/** Signed sums (credit negative) of the prestaties of one owner whose ProductPeriode begins in `maand`. */
export interface PrestatieSom extends Owner {
  readonly maand: string;
  readonly gedeclareerd: number;
  readonly toegekend: number;
  readonly afgewezen: number;
}

export interface RapportageRij extends Owner {
  readonly maand: string;
  readonly actieveClienten: number;
  readonly starts: number;
  readonly stops: number;
  readonly gedeclareerd: number;
  readonly toegekend: number;
  readonly afgewezen: number;
  readonly lumpsumBudget: number;
}

export const RAPPORTAGE_KOLOMMEN = [
  'gemeente',
  'aanbieder',
  'productCategorie',
  'maand',
  'actieveClienten',
  'starts',
  'stops',
  'gedeclareerd',
  'toegekend',
  'afgewezen',
  'lumpsumBudget',
] as const satisfies ReadonlyArray<keyof RapportageRij>;

/** The months from `van` to `tot` inclusive, as `YYYY-MM`. */
export function maanden(van: string, tot: string): string[] {
  const out: string[] = [];
  let [year, month] = van.split('-').map(Number) as [number, number];
  for (let label = van; label <= tot;) {
    out.push(label);
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
    label = `${year}-${String(month).padStart(2, '0')}`;
  }
  return out;
}

function maandGrenzen(maand: string): { begin: string; eind: string } {
  const [year, month] = maand.split('-').map(Number) as [number, number];
  return { begin: `${maand}-01`, eind: new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10) };
}

/** The share of a lumpsum budget that falls in a month: per maand all, per kwartaal a third, per jaar a twelfth. */
function budgetInMaand(arrangement: Arrangement, maand: string): number {
  const { begin, eind } = maandGrenzen(maand);
  if (arrangement.budget === null || arrangement.ingangsdatum > eind) return 0;
  if (arrangement.einddatum !== null && arrangement.einddatum < begin) return 0;
  const divisor =
    arrangement.budgetPeriode === 'jaar' ? 12 : arrangement.budgetPeriode === 'kwartaal' ? 3 : 1;
  return Math.round(arrangement.budget / divisor);
}

export function rapportage(
  maandenLijst: readonly string[],
  leveringen: ReadonlyArray<Levering & Owner>,
  sommen: readonly PrestatieSom[],
  arrangements: readonly Arrangement[],
): RapportageRij[] {
  const key = (owner: Owner) => `${owner.gemeente}|${owner.aanbieder}|${owner.productCategorie}`;
  const owners = new Map<string, Owner>();
  const byOwner = new Map<string, Array<Levering & Owner>>();
  for (const levering of leveringen) {
    owners.set(key(levering), levering);
    const list = byOwner.get(key(levering)) ?? [];
    list.push(levering);
    byOwner.set(key(levering), list);
  }
  const sums = new Map<string, PrestatieSom>();
  for (const som of sommen) {
    owners.set(key(som), som);
    sums.set(`${key(som)}|${som.maand}`, som);
  }
  const lumpsum = arrangements.filter((arrangement) => arrangement.uitvoeringsvariant === 'taakgericht');
  for (const arrangement of lumpsum) owners.set(key(arrangement), arrangement);
  const rows: RapportageRij[] = [];
  for (const owner of [...owners.values()].sort((a, b) => key(a).localeCompare(key(b)))) {
    const periodes = zorgperiodes(byOwner.get(key(owner)) ?? []);
    for (const maand of maandenLijst) {
      const { begin, eind } = maandGrenzen(maand);
      const cijfers = populatieCijfers(periodes, begin, eind);
      const som = sums.get(`${key(owner)}|${maand}`);
      const budget = lumpsum
        .filter((arrangement) => key(arrangement) === key(owner))
        .reduce((total, arrangement) => total + budgetInMaand(arrangement, maand), 0);
      const row: RapportageRij = {
        gemeente: owner.gemeente,
        aanbieder: owner.aanbieder,
        productCategorie: owner.productCategorie,
        maand,
        actieveClienten: cijfers.clientenInZorg,
        starts: cijfers.starts,
        stops: cijfers.stops,
        gedeclareerd: som?.gedeclareerd ?? 0,
        toegekend: som?.toegekend ?? 0,
        afgewezen: som?.afgewezen ?? 0,
        lumpsumBudget: budget,
      };
      if (RAPPORTAGE_KOLOMMEN.slice(4).some((column) => row[column] !== 0)) rows.push(row);
    }
  }
  return rows;
}

/** The rows as CSV (RFC 4180, header line, amounts in euro cents). */
export function rapportageCsv(rows: readonly RapportageRij[]): string {
  const lines = [RAPPORTAGE_KOLOMMEN.join(',')];
  for (const row of rows) lines.push(RAPPORTAGE_KOLOMMEN.map((column) => String(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
