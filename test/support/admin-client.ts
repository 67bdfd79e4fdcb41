/** A console session over plain HTTP (no browser): log in, read pages, post forms with the CSRF token. */
export class AdminClient {
  private cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly base: string) {}

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(path: string): Promise<{ status: number; html: string; location: string | null }> {
    const response = await fetch(`${this.base}${path}`, {
      headers: { cookie: this.cookieHeader() },
      redirect: 'manual',
    });
    this.remember(response);
    const html = await response.text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
    if (csrf) this.csrf = csrf;
    return { status: response.status, html, location: response.headers.get('location') };
  }

  async post(
    path: string,
    fields: Record<string, string>,
    options: { csrf?: string | null } = {},
  ): Promise<{ status: number; html: string; location: string | null }> {
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    const body = new URLSearchParams({ ...(csrf === null ? {} : { csrf }), ...fields });
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'manual',
    });
    this.remember(response);
    return {
      status: response.status,
      html: await response.text(),
      location: response.headers.get('location'),
    };
  }

  async login(gebruikersnaam: string, wachtwoord: string): Promise<number> {
    await this.get('/admin/inloggen');
    const result = await this.post('/admin/inloggen', { gebruikersnaam, wachtwoord });
    if (result.status === 303) await this.get('/admin');
    return result.status;
  }
}
