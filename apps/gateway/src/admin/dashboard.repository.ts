/**
 * The figures of the dashboard, limited to the account's gemeenten. Panels whose tables come with
 * other parts of the gateway (arrangements and budgets) report `undefined` while those tables are absent.
 */
import type { DataSource } from 'typeorm';
import { addWerkdagen } from '../../../../libs/domain/src/index.js';
import { todayInTheNetherlands } from '../berichten/message-facts.js';

export const DASHBOARD_DAYS = 14;
/** A retour is due within this many working days of receiving the message. */
export const RETOUR_WERKDAGEN = 3;

export interface DayCount {
  readonly dag: string;
  readonly key: string;
  readonly aantal: number;
}

export interface RejectionRate {
  readonly aanbieder: string;
  readonly totaal: number;
  readonly afgekeurd: number;
}

export interface OverdueRetour {
  readonly id: string;
  readonly code: string | null;
  readonly aanbieder: string | null;
  readonly ontvangen: string;
  readonly uiterlijk: string;
  readonly status: string;
}

export interface Backlog {
  readonly outboxOpen: number;
  readonly outboxOudste: Date | null;
  readonly deliveriesPending: number;
  readonly deliveriesParked: ReadonlyArray<{
    id: string;
    messageId: string;
    kind: string;
    lastError: string | null;
  }>;
}

export interface BudgetUse {
  readonly arrangement: string;
  readonly aanbieder: string;
  /** In cents; null for an arrangement without a budget (p×q). */
  readonly budget: number | null;
  readonly gebruikt: number;
}

export interface OverdueTermijn {
  readonly messageId: string;
  readonly soort: string;
  readonly partij: string;
  readonly aanbieder: string | null;
  readonly uiterlijk: string;
}

const LOCAL_DAY = `to_char(received_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`;

export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  private since(): string {
    const today = todayInTheNetherlands();
    return new Date(Date.parse(`${today}T00:00:00Z`) - (DASHBOARD_DAYS - 1) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  }

  /** Inbound messages per day per message type. */
  async messagesPerDay(gemeenten: readonly string[]): Promise<DayCount[]> {
    return this.perDay(
      `SELECT ${LOCAL_DAY} AS dag, coalesce(code, '?') AS key, count(*)::int AS aantal FROM message
       WHERE direction = 'in' AND gemeente = ANY($1::text[])
         AND received_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'
       GROUP BY 1, 2 ORDER BY 1, 2`,
      gemeenten,
    );
  }

  /** Rejections per day per rule. */
  async rejectionsPerRule(gemeenten: readonly string[]): Promise<DayCount[]> {
    return this.perDay(
      `SELECT ${LOCAL_DAY} AS dag, f->>'rule' AS key, count(DISTINCT m.id)::int AS aantal
       FROM message m CROSS JOIN LATERAL jsonb_array_elements(m.findings) f
       WHERE m.direction = 'in' AND m.status = 'rejected' AND m.gemeente = ANY($1::text[])
         AND m.received_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'
       GROUP BY 1, 2 ORDER BY 1, 2`,
      gemeenten,
    );
  }

  private async perDay(sql: string, gemeenten: readonly string[]): Promise<DayCount[]> {
    return (await this.dataSource.query(sql, [gemeenten, this.since()])) as DayCount[];
  }

  /** Per aanbieder over the dashboard period: processed inbound messages and how many were rejected. */
  async rejectionRates(gemeenten: readonly string[]): Promise<RejectionRate[]> {
    return (await this.dataSource.query(
      `SELECT aanbieder, count(*)::int AS totaal, count(*) FILTER (WHERE status = 'rejected')::int AS afgekeurd
       FROM message WHERE direction = 'in' AND aanbieder IS NOT NULL AND gemeente = ANY($1::text[])
         AND status IN ('accepted', 'rejected')
         AND received_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'
       GROUP BY aanbieder ORDER BY afgekeurd DESC, aanbieder LIMIT 50`,
      [gemeenten, this.since()],
    )) as RejectionRate[];
  }

  /**
   * Inbound messages whose retour is overdue: received more than RETOUR_WERKDAGEN working days ago and
   * still unprocessed, or answered by a retour that has not been delivered to the chain.
   */
  async overdueRetours(gemeenten: readonly string[]): Promise<OverdueRetour[]> {
    const today = todayInTheNetherlands();
    const rows = (await this.dataSource.query(
      `SELECT m.id, m.code, m.aanbieder, m.status, ${LOCAL_DAY.replace('received_at', 'm.received_at')} AS ontvangen
       FROM message m LEFT JOIN message r ON r.id = m.retour_id
       WHERE m.direction = 'in' AND m.gemeente = ANY($1::text[]) AND m.received_at < now() - interval '3 days'
         AND (m.status = 'received' OR (r.id IS NOT NULL AND r.status = 'queued'))
       ORDER BY m.received_at LIMIT 500`,
      [gemeenten],
    )) as Array<{
      id: string;
      code: string | null;
      aanbieder: string | null;
      status: string;
      ontvangen: string;
    }>;
    return rows
      .map((row) => ({ ...row, uiterlijk: addWerkdagen(row.ontvangen, RETOUR_WERKDAGEN) }))
      .filter((row) => row.uiterlijk < today)
      .slice(0, 100);
  }

  async backlog(gemeenten: readonly string[]): Promise<Backlog> {
    const outbox = (await this.dataSource.query(
      `SELECT count(*)::int AS open, min(created_at) AS oudste FROM outbox WHERE published_at IS NULL`,
    )) as Array<{ open: number; oudste: Date | null }>;
    const pending = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM delivery WHERE status = 'pending'`,
    )) as Array<{ n: number }>;
    const parked = (await this.dataSource.query(
      `SELECT d.id, d.message_id, d.kind, d.last_error FROM delivery d JOIN message m ON m.id = d.message_id
       WHERE d.status = 'parked' AND m.gemeente = ANY($1::text[]) ORDER BY d.created_at LIMIT 100`,
      [gemeenten],
    )) as Array<{ id: string; message_id: string; kind: string; last_error: string | null }>;
    return {
      outboxOpen: outbox[0]!.open,
      outboxOudste: outbox[0]!.oudste,
      deliveriesPending: pending[0]!.n,
      deliveriesParked: parked.map((row) => ({
        id: row.id,
        messageId: row.message_id,
        kind: row.kind,
        lastError: row.last_error,
      })),
    };
  }

  /**
   * Budget use per arrangement in its current budget period (maand, kwartaal, jaar; a year when it has
   * none): the declared amounts (debet minus credit, refused prestaties left out) against its budget.
   * Undefined while the arrangements of issue 5 are not in this database.
   */
  async budgetUse(gemeenten: readonly string[]): Promise<BudgetUse[] | undefined> {
    if (!(await this.tablesExist(['arrangement', 'prestatie_beoordeling']))) return undefined;
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.aanbieder, a.product_categorie, a.product_code, a.uitvoeringsvariant, a.budget,
         a.budget_periode, coalesce(sum(CASE p.debet_credit WHEN 'D' THEN p.bedrag ELSE -p.bedrag END), 0)::bigint AS gebruikt
       FROM arrangement a
       LEFT JOIN prestatie_beoordeling p ON p.gemeente = a.gemeente AND p.aanbieder = a.aanbieder
         AND p.product_categorie = a.product_categorie AND (a.product_code IS NULL OR p.product_code = a.product_code)
         AND p.status <> 'afgewezen'
         AND p.begindatum >= greatest(a.ingangsdatum, date_trunc(CASE a.budget_periode WHEN 'maand' THEN 'month'
           WHEN 'kwartaal' THEN 'quarter' ELSE 'year' END, current_date)::date)
         AND (a.einddatum IS NULL OR p.begindatum <= a.einddatum)
       WHERE a.gemeente = ANY($1::text[]) AND (a.einddatum IS NULL OR a.einddatum >= current_date)
       GROUP BY a.id ORDER BY a.aanbieder, a.product_categorie, a.product_code NULLS FIRST LIMIT 200`,
      [gemeenten],
    )) as Array<{
      id: string;
      aanbieder: string;
      product_categorie: string;
      product_code: string | null;
      uitvoeringsvariant: string;
      budget: string | null;
      budget_periode: string | null;
      gebruikt: string;
    }>;
    return rows.map((row) => ({
      arrangement: `${row.product_categorie}${row.product_code ? ` / ${row.product_code}` : ''} (${row.uitvoeringsvariant}${row.budget_periode ? `, per ${row.budget_periode}` : ''})`,
      aanbieder: row.aanbieder,
      budget: row.budget === null ? null : Number(row.budget),
      gebruikt: Number(row.gebruikt),
    }));
  }

  /** Open response deadlines past their date (the termijnen of issue 6); undefined while that table is absent. */
  async overdueTermijnen(gemeenten: readonly string[]): Promise<OverdueTermijn[] | undefined> {
    if (!(await this.tablesExist(['termijn']))) return undefined;
    const rows = (await this.dataSource.query(
      `SELECT message_id, soort, partij, aanbieder, to_char(uiterlijk, 'YYYY-MM-DD') AS uiterlijk FROM termijn
       WHERE afgehandeld_at IS NULL AND uiterlijk < $2::date AND gemeente = ANY($1::text[])
       ORDER BY uiterlijk LIMIT 100`,
      [gemeenten, todayInTheNetherlands()],
    )) as Array<{
      message_id: string;
      soort: string;
      partij: string;
      aanbieder: string | null;
      uiterlijk: string;
    }>;
    return rows.map((row) => ({
      messageId: row.message_id,
      soort: row.soort,
      partij: row.partij,
      aanbieder: row.aanbieder,
      uiterlijk: row.uiterlijk,
    }));
  }

  private async tablesExist(names: readonly string[]): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM unnest($1::text[]) AS t (name) WHERE to_regclass(t.name) IS NOT NULL`,
      [names],
    )) as Array<{ n: number }>;
    return rows[0]!.n === names.length;
  }
}
