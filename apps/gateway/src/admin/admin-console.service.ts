/** The console's services wired together: repositories, search, actions, and who is logged in. */
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { BerichtenService } from '../berichten/berichten.service.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { DeliveryService } from '../ggk/delivery.service.js';
import { AccountRepository, mayAct, type Rol, type Session } from './accounts.repository.js';
import { BadForm, cookie, readForm, redirect, sameToken, sendHtml, SESSION_COOKIE } from './admin-http.js';
import { AuditRepository } from './audit.repository.js';
import { BsnIndex } from './bsn-index.js';
import { DashboardRepository } from './dashboard.repository.js';
import { html, page, type PageUser } from './html.js';
import { MessageActions } from './message-actions.js';
import { MessageDetailsRepository } from './message-details.repository.js';
import { MessageSearch } from './message-search.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ConsoleUser = PageUser & { readonly rol: Rol; readonly session: Session };

@Injectable()
export class AdminConsole {
  readonly accounts: AccountRepository;
  readonly audit: AuditRepository;
  readonly search: MessageSearch;
  readonly details: MessageDetailsRepository;
  readonly dashboard: DashboardRepository;
  readonly actions: MessageActions;

  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    readonly berichten: BerichtenService,
    deliveries: DeliveryService,
  ) {
    this.accounts = new AccountRepository(dataSource);
    this.audit = new AuditRepository(dataSource);
    this.search = new MessageSearch(dataSource, new BsnIndex());
    this.details = new MessageDetailsRepository(dataSource);
    this.dashboard = new DashboardRepository(dataSource);
    this.actions = new MessageActions(
      dataSource,
      this.audit,
      (id) => berichten.processor.processNow(id),
      () => deliveries.nudge(),
    );
  }

  /** The logged-in user, or undefined after sending the visitor to the log-in page. */
  async user(request: Request, response: Response): Promise<ConsoleUser | undefined> {
    const token = cookie(request, SESSION_COOKIE);
    const session = token ? await this.accounts.session(token) : undefined;
    if (!session) {
      redirect(response, '/admin/inloggen');
      return undefined;
    }
    return {
      gebruikersnaam: session.account.gebruikersnaam,
      rol: session.account.rol,
      csrfToken: session.csrfToken,
      session,
    };
  }

  /**
   * For a POST: the logged-in user when the CSRF token matches and the role suffices; otherwise the
   * refusal is sent and the result is undefined.
   */
  async userForPost(
    request: Request,
    response: Response,
    form: URLSearchParams,
    minimum: Rol = 'viewer',
  ): Promise<ConsoleUser | undefined> {
    const token = cookie(request, SESSION_COOKIE);
    const session = token ? await this.accounts.session(token) : undefined;
    if (!session) {
      this.refuse(response, 401, 'Niet ingelogd', 'Log eerst in.');
      return undefined;
    }
    const user: ConsoleUser = {
      gebruikersnaam: session.account.gebruikersnaam,
      rol: session.account.rol,
      csrfToken: session.csrfToken,
      session,
    };
    if (!sameToken(form.get('csrf'), session.csrfToken)) {
      this.refuse(
        response,
        403,
        'Verzoek geweigerd',
        'Het formulier is verlopen of niet van deze site. Probeer het opnieuw.',
        user,
      );
      return undefined;
    }
    if (!mayAct(user.rol, minimum)) {
      this.refuse(
        response,
        403,
        'Onvoldoende rechten',
        `Deze actie vraagt de rol ${minimum} of hoger.`,
        user,
      );
      return undefined;
    }
    return user;
  }

  /** The posted form, or undefined after answering 400 (not a form, or too large). */
  async form(request: Request, response: Response): Promise<URLSearchParams | undefined> {
    try {
      return await readForm(request);
    } catch (error) {
      if (!(error instanceof BadForm)) throw error;
      this.refuse(response, 400, 'Ongeldig verzoek', error.message);
      return undefined;
    }
  }

  notFound(response: Response, user: PageUser): void {
    this.refuse(
      response,
      404,
      'Bericht niet gevonden',
      'Dit bericht bestaat niet of valt buiten uw gemeenten.',
      user,
    );
  }

  refuse(response: Response, status: number, title: string, text: string, user?: PageUser): void {
    sendHtml(
      response,
      status,
      page({
        title,
        ...(user ? { user } : {}),
        body: html`<p role="alert">${text}</p>
          <p><a href="/admin">Naar de berichten</a></p>`,
      }),
    );
  }
}
