/**
 * The message list: filters read from a query string (each checked, with a Dutch error per field),
 * turned into one SQL statement limited to the account's gemeenten, newest first (rejected first on
 * the start page), paged with LIMIT/OFFSET. Every filter is served by an index (migration AdminConsole).
 */
import type { DataSource } from 'typeorm';
import { bsnHmac, type BsnIndex } from './bsn-index.js';

export const PAGE_SIZE = 50;
const MAX_PAGE = 2_000;

export const STATUSSEN = ['received', 'accepted', 'rejected', 'queued', 'delivered', 'chain-error'] as const;
export const STATUS_LABELS: Readonly<Record<string, string>> = {
  received: 'ontvangen',
  accepted: 'goedgekeurd',
  rejected: 'afgekeurd',
  queued: 'klaar voor verzending',
  delivered: 'afgeleverd',
  'chain-error': 'ketenfout',
};

export interface MessageFilter {
  readonly status?: string;
  readonly standaard?: string;
  readonly code?: string;
  readonly aanbieder?: string;
  readonly gemeente?: string;
  readonly van?: string;
  readonly tot?: string;
  readonly identificatie?: string;
  readonly regel?: string;
  readonly bsn?: string;
  readonly richting: 'in' | 'out' | 'alle';
  readonly pagina: number;
}

export interface ParsedFilter {
  readonly filter: MessageFilter;
  /** Field → what is wrong with it. */
  readonly errors: Readonly<Record<string, string>>;
}

export interface MessageListItem {
  readonly id: string;
  readonly direction: 'in' | 'out';
  readonly standaard: string | null;
  readonly code: string | null;
  readonly status: string;
  readonly gemeente: string | null;
  readonly aanbieder: string | null;
  readonly identificatie: string | null;
  readonly receivedAt: Date;
  readonly rules: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function existingDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function text(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  const first = Array.isArray(value) ? (value[0] as unknown) : value;
  if (typeof first !== 'string') return undefined;
  const trimmed = first.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Reads and checks the filters of a query string. */
export function parseFilter(
  query: Record<string, unknown>,
  options: { readonly bsnAllowed?: boolean } = {},
): ParsedFilter {
  const errors: Record<string, string> = {};
  const check = (name: string, pattern: RegExp, message: string): string | undefined => {
    const value = text(query, name);
    if (value !== undefined && !pattern.test(value)) errors[name] = message;
    return value;
  };
  const status = check('status', new RegExp(`^(${STATUSSEN.join('|')})$`), 'onbekende status');
  const standaard = check('standaard', /^(ijw|iwmo)$/, 'kies iJw of iWmo');
  const code = check('code', /^(JW|WMO)\d{3}$/, 'een berichttype als JW323 of WMO301');
  const aanbieder = check('aanbieder', /^\d{8}$/, 'een AGB-code van 8 cijfers');
  const gemeente = check('gemeente', /^\d{4}$/, 'een gemeentecode van 4 cijfers');
  const van = check('van', DATE, 'een datum als 2026-11-24');
  const tot = check('tot', DATE, 'een datum als 2026-11-24');
  for (const [name, value] of [
    ['van', van],
    ['tot', tot],
  ] as const)
    if (value && !errors[name] && !existingDate(value)) errors[name] = 'geen bestaande datum';
  if (van && tot && !errors.van && !errors.tot && van > tot) errors.tot = 'ligt voor de begindatum';
  const identificatie = check('identificatie', /^[\w-]{1,20}$/, 'letters en cijfers, hoogstens 20');
  const regel = check('regel', /^[A-Za-z0-9]{2,10}$/, 'een regel (TR301, CS012, XSD) of retourcode (8001)');
  const bsn = check('bsn', /^\d{9}$/, 'een BSN van precies 9 cijfers');
  // A BSN never travels in a URL (browser history, proxy logs): only in the body of the BSN form.
  if (bsn !== undefined && !options.bsnAllowed) errors.bsn = 'zoek op BSN met het BSN-formulier';
  const richtingText = text(query, 'richting') ?? 'in';
  if (!['in', 'out', 'alle'].includes(richtingText)) errors.richting = 'kies inkomend, uitgaand of alle';
  const paginaText = text(query, 'pagina') ?? '1';
  const pagina = Number(paginaText);
  if (!/^\d+$/.test(paginaText) || pagina < 1 || pagina > MAX_PAGE)
    errors.pagina = `een paginanummer van 1 tot ${MAX_PAGE}`;
  const filter: MessageFilter = {
    ...(status ? { status } : {}),
    ...(standaard ? { standaard } : {}),
    ...(code ? { code } : {}),
    ...(aanbieder ? { aanbieder } : {}),
    ...(gemeente ? { gemeente } : {}),
    ...(van ? { van } : {}),
    ...(tot ? { tot } : {}),
    ...(identificatie ? { identificatie } : {}),
    ...(regel ? { regel: regel.toUpperCase() } : {}),
    ...(bsn ? { bsn } : {}),
    richting: (errors.richting ? 'in' : richtingText) as MessageFilter['richting'],
    pagina: errors.pagina ? 1 : pagina,
  };
  return { filter, errors };
}

/** The start page: no filter set, so rejected messages come first. */
export function isStartPage(filter: MessageFilter): boolean {
  return (
    filter.richting === 'in' &&
    Object.entries(filter).every(
      ([name, value]) => name === 'pagina' || name === 'richting' || value === undefined,
    )
  );
}

/** The filter as query-string parameters (for paging links); never the BSN. */
export function filterQuery(filter: MessageFilter, pagina?: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter))
    if (!['pagina', 'bsn'].includes(name) && value !== undefined && !(name === 'richting' && value === 'in'))
      params.set(name, String(value));
  if (pagina && pagina > 1) params.set('pagina', String(pagina));
  return params.toString();
}

export class MessageSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bsnIndex: BsnIndex,
  ) {}

  /** One page of messages for an account limited to `gemeenten`; `more` when a next page exists. */
  async list(
    filter: MessageFilter,
    gemeenten: readonly string[],
  ): Promise<{ items: MessageListItem[]; more: boolean }> {
    const parameters: unknown[] = [gemeenten];
    const where = ['m.gemeente = ANY($1::text[])'];
    const add = (sql: (placeholder: string) => string, value: unknown): void => {
      parameters.push(value);
      where.push(sql(`$${parameters.length}`));
    };
    if (filter.richting !== 'alle') add((p) => `m.direction = ${p}`, filter.richting);
    if (filter.status) add((p) => `m.status = ${p}`, filter.status);
    if (filter.standaard) add((p) => `m.standaard = ${p}`, filter.standaard);
    if (filter.code) add((p) => `m.code = ${p}`, filter.code);
    if (filter.aanbieder) add((p) => `m.aanbieder = ${p}`, filter.aanbieder);
    if (filter.gemeente) add((p) => `m.gemeente = ${p}`, filter.gemeente);
    if (filter.van)
      add((p) => `m.received_at >= (${p}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, filter.van);
    if (filter.tot)
      add((p) => `m.received_at < (${p}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, filter.tot);
    if (filter.identificatie) add((p) => `m.identificatie = ${p}`, filter.identificatie);
    if (filter.regel)
      add(
        (p) =>
          `(m.findings @> jsonb_build_array(jsonb_build_object('rule', ${p}::text))
            OR m.findings @> jsonb_build_array(jsonb_build_object('retourcode', ${p}::text)))`,
        filter.regel,
      );
    if (filter.bsn) {
      const key = await this.bsnIndex.hmacKey(this.dataSource.manager);
      add(
        (p) => `m.id IN (SELECT message_id FROM message_bsn WHERE bsn_hmac = ${p})`,
        bsnHmac(key, filter.bsn),
      );
    }
    const order = isStartPage(filter)
      ? `(m.status <> 'rejected'), m.received_at DESC, m.id DESC`
      : `m.received_at DESC, m.id DESC`;
    parameters.push(PAGE_SIZE + 1, (filter.pagina - 1) * PAGE_SIZE);
    const rows = (await this.dataSource.query(
      `SELECT m.id, m.direction, m.standaard, m.code, m.status, m.gemeente, m.aanbieder, m.identificatie,
         m.received_at, (SELECT array_agg(DISTINCT f->>'rule') FROM jsonb_array_elements(m.findings) f) AS rules
       FROM message m WHERE ${where.join(' AND ')}
       ORDER BY ${order} LIMIT $${parameters.length - 1} OFFSET $${parameters.length}`,
      parameters,
    )) as Array<{
      id: string;
      direction: 'in' | 'out';
      standaard: string | null;
      code: string | null;
      status: string;
      gemeente: string | null;
      aanbieder: string | null;
      identificatie: string | null;
      received_at: Date;
      rules: string[] | null;
    }>;
    return {
      items: rows.slice(0, PAGE_SIZE).map((row) => ({
        id: row.id,
        direction: row.direction,
        standaard: row.standaard,
        code: row.code,
        status: row.status,
        gemeente: row.gemeente,
        aanbieder: row.aanbieder,
        identificatie: row.identificatie,
        receivedAt: row.received_at,
        rules: row.rules ?? [],
      })),
      more: rows.length > PAGE_SIZE,
    };
  }
}
