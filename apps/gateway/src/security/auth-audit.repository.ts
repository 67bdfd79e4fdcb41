/** Writes and reads the authentication audit (table auth_audit, migration 1764000000600). */
import type { DataSource } from 'typeorm';

export type AuthOutcome =
  | 'refused-not-loopback'
  | 'refused-no-credentials'
  | 'refused-unknown-credentials'
  | 'rejected-sender-mismatch';

export interface AuthAuditEntry {
  /** The credential's name, or the client address when no credential was accepted. */
  readonly actor: string;
  /** `api-key`, `certificate`, `development` or `none`. */
  readonly credential: string;
  readonly remoteAddress: string;
  readonly method: string;
  readonly path: string;
  readonly outcome: AuthOutcome;
  readonly detail?: string;
}

export interface AuthAuditRow extends AuthAuditEntry {
  readonly at: Date;
}

export class AuthAuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: AuthAuditEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO auth_audit (actor, credential, remote_address, method, path, outcome, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actor,
        entry.credential,
        entry.remoteAddress,
        entry.method,
        entry.path.slice(0, 500),
        entry.outcome,
        entry.detail ?? null,
      ],
    );
  }

  async latest(limit = 100): Promise<AuthAuditRow[]> {
    const rows = (await this.dataSource.query(
      `SELECT at, actor, credential, remote_address, method, path, outcome, detail
         FROM auth_audit ORDER BY id DESC LIMIT $1`,
      [limit],
    )) as Array<Record<string, unknown>>;
    return rows.map((row) => ({
      at: row.at as Date,
      actor: row.actor as string,
      credential: row.credential as string,
      remoteAddress: row.remote_address as string,
      method: row.method as string,
      path: row.path as string,
      outcome: row.outcome as AuthOutcome,
      ...(row.detail ? { detail: row.detail as string } : {}),
    }));
  }
}
