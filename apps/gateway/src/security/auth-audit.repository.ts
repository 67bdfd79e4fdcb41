/** Writes the authentication audit (table auth_audit, migration 1764000000600; README, Security). */
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
}
