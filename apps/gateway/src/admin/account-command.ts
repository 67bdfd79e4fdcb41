/**
 * `npm run admin -- account-aanmaken <gebruikersnaam> --rol <viewer|engineer|beheerder> --gemeenten <codes>`:
 * creates a console account (the operator's way to make the first one). The password is read from
 * standard input (first line), so it never appears in the process list or shell history.
 */
import type { DataSource } from 'typeorm';
import { AccountRepository, ROLLEN, type Rol } from './accounts.repository.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.js';

export interface AccountCommandIo {
  readonly readPassword: () => Promise<string>;
  readonly write: (text: string) => void;
  readonly error: (text: string) => void;
}

export const ACCOUNT_USAGE = `usage: npm run admin -- account-aanmaken <gebruikersnaam> --rol <${ROLLEN.join('|')}> --gemeenten <code,code…>
  the password is read from standard input (at least ${MIN_PASSWORD_LENGTH} characters)`;

export interface AccountRequest {
  readonly gebruikersnaam: string;
  readonly rol: Rol;
  readonly gemeenten: string[];
}

/** Reads the arguments; a string is the reason they are wrong. */
export function parseAccountArguments(args: readonly string[]): AccountRequest | string {
  const [command, gebruikersnaam, ...rest] = args;
  if (command !== 'account-aanmaken' || !gebruikersnaam || gebruikersnaam.startsWith('--'))
    return ACCOUNT_USAGE;
  if (!/^[\w.@-]{2,100}$/.test(gebruikersnaam))
    return 'de gebruikersnaam bestaat uit 2 tot 100 letters, cijfers of . _ @ -';
  let rol: string | undefined;
  let gemeenten: string | undefined;
  for (let index = 0; index < rest.length; index += 2) {
    const [name, value] = [rest[index], rest[index + 1]];
    if (name === '--rol' && value) rol = value;
    else if (name === '--gemeenten' && value) gemeenten = value;
    else return `onbekende of onvolledige optie '${name}'\n${ACCOUNT_USAGE}`;
  }
  if (!rol || !(ROLLEN as readonly string[]).includes(rol))
    return `--rol moet een van ${ROLLEN.join(', ')} zijn`;
  const codes = (gemeenten ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  if (codes.length === 0 || codes.some((code) => !/^\d{4}$/.test(code)))
    return '--gemeenten: een of meer gemeentecodes van 4 cijfers, gescheiden door komma’s';
  return { gebruikersnaam, rol: rol as Rol, gemeenten: [...new Set(codes)] };
}

/** Creates the account; returns the exit code. */
export async function accountCommand(
  args: readonly string[],
  io: AccountCommandIo,
  openDataSource: () => Promise<DataSource>,
): Promise<number> {
  const request = parseAccountArguments(args);
  if (typeof request === 'string') {
    io.error(request);
    return 2;
  }
  const password = await io.readPassword();
  if (password.length < MIN_PASSWORD_LENGTH) {
    io.error(`het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben`);
    return 2;
  }
  const dataSource = await openDataSource();
  try {
    const accounts = new AccountRepository(dataSource);
    if (await accounts.exists(request.gebruikersnaam)) {
      io.error(`account '${request.gebruikersnaam}' bestaat al`);
      return 1;
    }
    await accounts.create(request, await hashPassword(password));
    io.write(
      `account '${request.gebruikersnaam}' aangemaakt (rol ${request.rol}, gemeenten ${request.gemeenten.join(', ')})\n`,
    );
    return 0;
  } finally {
    await dataSource.destroy();
  }
}
