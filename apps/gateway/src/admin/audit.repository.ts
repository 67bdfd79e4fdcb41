/** The audit log: who did or saw what, when. Append-only — the database refuses UPDATE and DELETE. */
import type { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  readonly id: string;
  readonly at: Date;
  readonly gebruikersnaam: string;
  readonly actie: string;
  readonly messageId: string | null;
  readonly details: Record<string, unknown>;
}

export type AuditActie =
  | 'inloggen'
  | 'inloggen-mislukt'
  | 'uitloggen'
  | 'persoonsgegevens-getoond'
  | 'herverwerkt'
  | 'opnieuw-verzonden'
  | 'afgehandeld';

export const AUDIT_PAGE_SIZE = 50;

export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async write(
    entry: {
      gebruikersnaam: string;
      actie: AuditActie;
      messageId?: string;
      details?: Record<string, unknown>;
    },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (gebruikersnaam, actie, message_id, details) VALUES ($1, $2, $3, $4)`,
      [entry.gebruikersnaam, entry.actie, entry.messageId ?? null, JSON.stringify(entry.details ?? {})],
    );
  }

  /** Failed log-ins for a name within the last `minutes`. */
  async recentFailedLogins(gebruikersnaam: string, minutes: number): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log
       WHERE actie = 'inloggen-mislukt' AND gebruikersnaam = $1 AND at > now() - make_interval(mins => $2)`,
      [gebruikersnaam, minutes],
    )) as Array<{ n: number }>;
    return rows[0]!.n;
  }

  /** Newest first; `before` is the id to page from. */
  async list(options: { before?: string; messageId?: string } = {}): Promise<AuditEntry[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    if (options.before) {
      parameters.push(options.before);
      conditions.push(`id < $${parameters.length}`);
    }
    if (options.messageId) {
      parameters.push(options.messageId);
      conditions.push(`message_id = $${parameters.length}`);
    }
    parameters.push(AUDIT_PAGE_SIZE + 1);
    const rows = (await this.dataSource.query(
      `SELECT id, at, gebruikersnaam, actie, message_id, details FROM audit_log
       ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY id DESC LIMIT $${parameters.length}`,
      parameters,
    )) as Array<{
      id: string;
      at: Date;
      gebruikersnaam: string;
      actie: string;
      message_id: string | null;
      details: Record<string, unknown>;
    }>;
    return rows.map((row) => ({
      id: String(row.id),
      at: row.at,
      gebruikersnaam: row.gebruikersnaam,
      actie: row.actie,
      messageId: row.message_id,
      details: row.details,
    }));
  }
}
