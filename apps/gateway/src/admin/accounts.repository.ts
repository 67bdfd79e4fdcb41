/** Admin accounts and their sessions (stored as a hash of the cookie token, never the token). */
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

export const ROLLEN = ['viewer', 'engineer', 'beheerder'] as const;
export type Rol = (typeof ROLLEN)[number];

export interface Account {
  readonly id: string;
  readonly gebruikersnaam: string;
  readonly rol: Rol;
  readonly gemeenten: readonly string[];
}

export interface Session {
  readonly account: Account;
  readonly csrfToken: string;
}

export const SESSION_HOURS = 8;

/** Whether `rol` may do what `minimum` may. */
export function mayAct(rol: Rol, minimum: Rol): boolean {
  return ROLLEN.indexOf(rol) >= ROLLEN.indexOf(minimum);
}

function tokenHash(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

interface AccountRow {
  id: string;
  gebruikersnaam: string;
  rol: Rol;
  gemeenten: string[];
}

function toAccount(row: AccountRow): Account {
  return { id: String(row.id), gebruikersnaam: row.gebruikersnaam, rol: row.rol, gemeenten: row.gemeenten };
}

export class AccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(account: Omit<Account, 'id'>, passwordHash: string): Promise<Account> {
    const rows = (await this.dataSource.query(
      `INSERT INTO admin_account (gebruikersnaam, password_hash, rol, gemeenten) VALUES ($1, $2, $3, $4)
       RETURNING id, gebruikersnaam, rol, gemeenten`,
      [account.gebruikersnaam, passwordHash, account.rol, account.gemeenten],
    )) as AccountRow[];
    return toAccount(rows[0]!);
  }

  async exists(gebruikersnaam: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM admin_account WHERE gebruikersnaam = $1`, [
      gebruikersnaam,
    ])) as unknown[];
    return rows.length > 0;
  }

  async credentials(gebruikersnaam: string): Promise<{ account: Account; passwordHash: string } | undefined> {
    const rows = (await this.dataSource.query(
      `SELECT id, gebruikersnaam, rol, gemeenten, password_hash FROM admin_account WHERE gebruikersnaam = $1`,
      [gebruikersnaam],
    )) as Array<AccountRow & { password_hash: string }>;
    return rows[0] ? { account: toAccount(rows[0]), passwordHash: rows[0].password_hash } : undefined;
  }

  /** Opens a session; returns the cookie token (only its hash is stored) and the CSRF token. */
  async openSession(account: Account): Promise<{ token: string; csrfToken: string }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.dataSource.query(`DELETE FROM admin_session WHERE expires_at < now()`);
    await this.dataSource.query(
      `INSERT INTO admin_session (token_hash, account_id, csrf_token, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [tokenHash(token), account.id, csrfToken, SESSION_HOURS],
    );
    return { token, csrfToken };
  }

  async session(token: string): Promise<Session | undefined> {
    const rows = (await this.dataSource.query(
      `SELECT a.id, a.gebruikersnaam, a.rol, a.gemeenten, s.csrf_token
       FROM admin_session s JOIN admin_account a ON a.id = s.account_id
       WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash(token)],
    )) as Array<AccountRow & { csrf_token: string }>;
    return rows[0] ? { account: toAccount(rows[0]), csrfToken: rows[0].csrf_token } : undefined;
  }

  async closeSession(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM admin_session WHERE token_hash = $1`, [tokenHash(token)]);
  }
}
