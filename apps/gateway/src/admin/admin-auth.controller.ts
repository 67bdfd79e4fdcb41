/** Logging in and out of the console, and its style sheet. */
import { randomBytes } from 'node:crypto';
import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AdminConsole } from './admin-console.service.js';
import { CONSOLE_CSS, FAVICON_SVG } from './assets.js';
import { SESSION_HOURS } from './accounts.repository.js';
import {
  BadForm,
  clearCookie,
  cookie,
  LOGIN_COOKIE,
  readForm,
  redirect,
  sameToken,
  sendHtml,
  setCookie,
  SESSION_COOKIE,
} from './admin-http.js';
import { page } from './html.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { loginView } from './views/login.view.js';

const LOGIN_FAILED = 'Gebruikersnaam of wachtwoord onjuist.';
/** After this many failed log-ins for one name within LOCK_MINUTES, that name is refused until they age out. */
export const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;

@Controller('admin')
export class AdminAuthController {
  constructor(private readonly console: AdminConsole) {}

  @Get('assets/console.css')
  css(@Res() response: Response): void {
    response.type('text/css').set('Cache-Control', 'public, max-age=3600').send(CONSOLE_CSS);
  }

  @Get('assets/favicon.svg')
  favicon(@Res() response: Response): void {
    response.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400').send(FAVICON_SVG);
  }

  @Get('inloggen')
  loginForm(@Req() request: Request, @Res() response: Response): void {
    this.showLogin(request, response, 200);
  }

  @Post('inloggen')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    let form: URLSearchParams;
    try {
      form = await readForm(request);
    } catch (error) {
      if (!(error instanceof BadForm)) throw error;
      return this.showLogin(request, response, 400, error.message);
    }
    const expected = cookie(request, LOGIN_COOKIE);
    if (!expected || !sameToken(form.get('csrf'), expected))
      return this.showLogin(request, response, 403, 'Het formulier is verlopen. Probeer het opnieuw.');
    const gebruikersnaam = (form.get('gebruikersnaam') ?? '').trim().slice(0, 100);
    const wachtwoord = form.get('wachtwoord') ?? '';
    if (
      (await this.console.audit.recentFailedLogins(gebruikersnaam || '(leeg)', LOCK_MINUTES)) >=
      MAX_FAILED_LOGINS
    )
      return this.showLogin(
        request,
        response,
        429,
        `Te veel mislukte pogingen voor deze naam. Probeer het over ${LOCK_MINUTES} minuten opnieuw.`,
        gebruikersnaam,
      );
    const found = await this.console.accounts.credentials(gebruikersnaam);
    // Verify against a dummy hash when the account does not exist, so timing does not tell.
    const ok = await verifyPassword(wachtwoord, found?.passwordHash ?? (await dummyHash()));
    if (!found || !ok) {
      await this.console.audit.write({
        gebruikersnaam: gebruikersnaam || '(leeg)',
        actie: 'inloggen-mislukt',
      });
      return this.showLogin(request, response, 401, LOGIN_FAILED, gebruikersnaam);
    }
    const { token } = await this.console.accounts.openSession(found.account);
    await this.console.audit.write({ gebruikersnaam: found.account.gebruikersnaam, actie: 'inloggen' });
    clearCookie(request, response, LOGIN_COOKIE);
    setCookie(request, response, SESSION_COOKIE, token, SESSION_HOURS * 3600);
    redirect(response, '/admin');
  }

  @Post('uitloggen')
  async logout(@Req() request: Request, @Res() response: Response): Promise<void> {
    const form = await this.console.form(request, response);
    const user = form && (await this.console.userForPost(request, response, form));
    if (!user) return;
    await this.console.accounts.closeSession(cookie(request, SESSION_COOKIE)!);
    await this.console.audit.write({ gebruikersnaam: user.gebruikersnaam, actie: 'uitloggen' });
    clearCookie(request, response, SESSION_COOKIE);
    redirect(response, '/admin/inloggen');
  }

  private showLogin(
    request: Request,
    response: Response,
    status: number,
    error?: string,
    gebruikersnaam?: string,
  ): void {
    const token = randomBytes(24).toString('base64url');
    setCookie(request, response, LOGIN_COOKIE, token, 3600);
    sendHtml(response, status, page({ title: 'Inloggen', body: loginView(token, error, gebruikersnaam) }));
  }
}
