/**
 * Taakgericht (lumpsum) figures: start and stop messages without ToewijzingNummer are keyed on
 * Bsn + Product + Begindatum (IV096); from them come care episodes, and per period the population
 * statement — clients in care, starts, stops and care days — that sits beside the lumpsum budget.
 * Pure.
 */
import type { BudgetPeriode } from './arrangement.js';
import { dagenIn } from './declaratie-beoordeling.js';

/** A start or stop as stored from an accepted 305/307 (the `levering` table). */
export interface Levering {
  readonly soort: 'start' | 'stop';
  readonly bsn: string;
  readonly toewijzingNummer: number | null;
  readonly productCode: string | null;
  readonly begindatum: string;
  readonly einddatum: string | null;
  /** COD467: 1 first delivery, 2 changed, 3 delete, 9 unchanged. */
  readonly statusAanlevering: string;
}

/**
 * The key of a start or stop (IV096): ToewijzingNummer + Product + Begindatum when a toewijzing is
 * named, and for taakgericht — no toewijzing — Bsn + Product + Begindatum.
 */
export function leveringSleutel(
  levering: Pick<Levering, 'bsn' | 'toewijzingNummer' | 'productCode' | 'begindatum'>,
): string {
  return levering.toewijzingNummer === null
    ? `bsn:${levering.bsn}|${levering.productCode ?? ''}|${levering.begindatum}`
    : `toewijzing:${levering.toewijzingNummer}|${levering.productCode ?? ''}|${levering.begindatum}`;
}

export interface Zorgperiode {
  readonly sleutel: string;
  readonly bsn: string;
  readonly begindatum: string;
  /** Null while care continues. */
  readonly einddatum: string | null;
}

/**
 * Care episodes from starts and stops in the order received: per key the latest start and stop hold;
 * StatusAanlevering 3 deletes what it names. A stop without a start still ends an episode that
 * began at its Begindatum (start/stop are regie messages; OP364: a missing start changes no figures).
 */
export function zorgperiodes(leveringen: readonly Levering[]): Zorgperiode[] {
  const starts = new Map<string, Levering>();
  const stops = new Map<string, Levering>();
  for (const levering of leveringen) {
    const key = leveringSleutel(levering);
    const target = levering.soort === 'start' ? starts : stops;
    if (levering.statusAanlevering === '3') target.delete(key);
    else target.set(key, levering);
  }
  const keys = new Set([...starts.keys(), ...stops.keys()]);
  return [...keys].map((key) => {
    const start = starts.get(key);
    const stop = stops.get(key);
    const any = (start ?? stop)!;
    return { sleutel: key, bsn: any.bsn, begindatum: any.begindatum, einddatum: stop?.einddatum ?? null };
  });
}

export interface PopulatieCijfers {
  readonly clientenInZorg: number;
  readonly starts: number;
  readonly stops: number;
  readonly zorgdagen: number;
}

/** Clients in care (distinct Bsn), starts and stops dated in the period, and care days inside it. */
export function populatieCijfers(
  periodes: readonly Zorgperiode[],
  begin: string,
  eind: string,
): PopulatieCijfers {
  const clients = new Set<string>();
  let starts = 0;
  let stops = 0;
  let zorgdagen = 0;
  for (const periode of periodes) {
    if (periode.begindatum >= begin && periode.begindatum <= eind) starts++;
    if (periode.einddatum !== null && periode.einddatum >= begin && periode.einddatum <= eind) stops++;
    const from = periode.begindatum > begin ? periode.begindatum : begin;
    const to = periode.einddatum !== null && periode.einddatum < eind ? periode.einddatum : eind;
    if (from > to) continue;
    clients.add(periode.bsn);
    zorgdagen += dagenIn(from, to);
  }
  return { clientenInZorg: clients.size, starts, stops, zorgdagen };
}

export interface Periode {
  readonly label: string;
  readonly begin: string;
  readonly eind: string;
}

const PATTERNS: Readonly<Record<BudgetPeriode, RegExp>> = {
  maand: /^(\d{4})-(0[1-9]|1[0-2])$/,
  kwartaal: /^(\d{4})-Q([1-4])$/,
  jaar: /^(\d{4})$/,
};

const EXAMPLES: Readonly<Record<BudgetPeriode, string>> = {
  maand: '2026-03',
  kwartaal: '2026-Q1',
  jaar: '2026',
};

/** A budget period from its label (`2026-03`, `2026-Q1`, `2026`); an error text when it does not fit the kind. */
export function budgetPeriode(kind: BudgetPeriode, label: string): Periode | string {
  const match = PATTERNS[kind].exec(label);
  if (!match) return `a ${kind} is written like ${EXAMPLES[kind]}`;
  const year = Number(match[1]);
  const [firstMonth, months] =
    kind === 'maand'
      ? [Number(match[2]), 1]
      : kind === 'kwartaal'
        ? [(Number(match[2]) - 1) * 3 + 1, 3]
        : [1, 12];
  const begin = new Date(Date.UTC(year, firstMonth - 1, 1)).toISOString().slice(0, 10);
  const eind = new Date(Date.UTC(year, firstMonth - 1 + months, 0)).toISOString().slice(0, 10);
  return { label, begin, eind };
}
