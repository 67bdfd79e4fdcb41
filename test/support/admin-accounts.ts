/** Console accounts for tests, written straight into a test gateway's database. */
import pg from 'pg';
import type { Rol } from '../../apps/gateway/src/admin/accounts.repository.js';
import { hashPassword } from '../../apps/gateway/src/admin/passwords.js';

export const TEST_PASSWORD = 'lang-genoeg-wachtwoord';

export async function createAccounts(
  databaseUrl: string,
  accounts: ReadonlyArray<{ gebruikersnaam: string; rol: Rol; gemeenten: string[] }>,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const hash = await hashPassword(TEST_PASSWORD);
    for (const account of accounts)
      await client.query(
        `INSERT INTO admin_account (gebruikersnaam, password_hash, rol, gemeenten) VALUES ($1, $2, $3, $4)`,
        [account.gebruikersnaam, hash, account.rol, account.gemeenten],
      );
  } finally {
    await client.end();
  }
}

export async function query<T>(databaseUrl: string, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}
