/** The message list, the message page with its reveal, and the actions on messages and deliveries. */
import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { MessageRecord } from '../berichten/message.repository.js';
import { AdminConsole, UUID, type ConsoleUser } from './admin-console.service.js';
import { redirect, sendHtml } from './admin-http.js';
import { page } from './html.js';
import { ActionRefused } from './message-actions.js';
import { parseFilter, type ParsedFilter } from './message-search.js';
import { messageListView } from './views/message-list.view.js';
import { messagePageView, type MessagePageData } from './views/message-page.view.js';

const IDENTIFICATIE_RETOUR = /<(?:[\w.-]+:)?IdentificatieRetour>\s*([^<\s]+)\s*</;
const DAGTEKENING_RETOUR = /<(?:[\w.-]+:)?DagtekeningRetour>\s*([^<\s]+)\s*</;

@Controller('admin')
export class AdminMessagesController {
  constructor(private readonly console: AdminConsole) {}

  @Get()
  async list(
    @Req() request: Request,
    @Res() response: Response,
    @Query() query: Record<string, unknown>,
  ): Promise<void> {
    const user = await this.console.user(request, response);
    if (user) await this.showList(response, user, parseFilter(query));
  }

  /** The BSN search: a POST, so the BSN stays out of URLs, histories and logs. */
  @Post('zoeken')
  async search(@Req() request: Request, @Res() response: Response): Promise<void> {
    const form = await this.console.form(request, response);
    const user = form && (await this.console.userForPost(request, response, form));
    if (!user || !form) return;
    const fields = Object.fromEntries([...form].filter(([name]) => name !== 'csrf'));
    await this.showList(response, user, parseFilter(fields, { bsnAllowed: true }));
  }

  private async showList(
    response: Response,
    user: ConsoleUser,
    { filter, errors }: ParsedFilter,
  ): Promise<void> {
    const hasErrors = Object.keys(errors).length > 0;
    const result = hasErrors
      ? undefined
      : await this.console.search.list(filter, user.session.account.gemeenten);
    sendHtml(
      response,
      hasErrors ? 400 : 200,
      page({ title: 'Berichten', user, body: messageListView(user, filter, errors, result) }),
    );
  }

  @Get('berichten/:id')
  async message(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const user = await this.console.user(request, response);
    if (!user) return;
    await this.showMessage(response, user, id, false, query(request).get('melding') ?? undefined);
  }

  @Post('berichten/:id/toon')
  async reveal(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const form = await this.console.form(request, response);
    const user = form && (await this.console.userForPost(request, response, form));
    if (!user) return;
    const data = await this.pageData(user, id, true);
    if (!data) return this.console.notFound(response, user);
    await this.console.audit.write({
      gebruikersnaam: user.gebruikersnaam,
      actie: 'persoonsgegevens-getoond',
      messageId: id,
      details: { wat: 'BSN, namen, adressen en geboortedata', bericht: data.message.code },
    });
    this.render(response, user, { ...data, audit: await this.console.audit.list({ messageId: id }) });
  }

  @Post('berichten/:id/herverwerken')
  async reprocess(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    await this.act(request, response, id, async (user) => {
      const status = await this.console.actions.reprocess(user.session.account, id);
      return `/admin/berichten/${id}?melding=${encodeURIComponent(`Opnieuw verwerkt: ${status === 'accepted' ? 'goedgekeurd' : status === 'rejected' ? 'afgekeurd' : status}`)}`;
    });
  }

  @Post('berichten/:id/afgehandeld')
  async handled(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.act(request, response, id, async (user, form) => {
      await this.console.actions.markHandled(user.session.account, id, form.get('opmerking') ?? '');
      return `/admin/berichten/${id}?melding=${encodeURIComponent('Gemarkeerd als afgehandeld')}`;
    });
  }

  @Post('verzendingen/:id/opnieuw')
  async resend(@Req() request: Request, @Res() response: Response, @Param('id') id: string): Promise<void> {
    await this.act(request, response, id, async (user) => {
      const messageId = await this.console.actions.resend(user.session.account, id);
      return `/admin/berichten/${messageId}?melding=${encodeURIComponent('Verzending opnieuw in de wachtrij gezet')}`;
    });
  }

  /** An engineer's action: form, CSRF and role checked, refusals shown as a page, then back to the message. */
  private async act(
    request: Request,
    response: Response,
    id: string,
    action: (user: ConsoleUser, form: URLSearchParams) => Promise<string>,
  ): Promise<void> {
    const form = await this.console.form(request, response);
    const user = form && (await this.console.userForPost(request, response, form, 'engineer'));
    if (!user || !form) return;
    if (!UUID.test(id)) return this.console.refuse(response, 404, 'Niet gevonden', 'Onbekend id.', user);
    try {
      redirect(response, await action(user, form));
    } catch (error) {
      if (!(error instanceof ActionRefused)) throw error;
      this.console.refuse(response, error.status, 'Actie niet uitgevoerd', error.message, user);
    }
  }

  private async showMessage(
    response: Response,
    user: ConsoleUser,
    id: string,
    revealed: boolean,
    flash?: string,
  ): Promise<void> {
    const data = await this.pageData(user, id, revealed);
    if (!data) return this.console.notFound(response, user);
    this.render(response, user, data, flash);
  }

  private render(response: Response, user: ConsoleUser, data: MessagePageData, flash?: string): void {
    const title = `Bericht ${data.message.code ?? ''} ${data.message.identificatie ?? ''}`.trim();
    sendHtml(
      response,
      200,
      page({ title, user, body: messagePageView(user, data), ...(flash ? { flash } : {}) }),
    );
  }

  /** Everything the page shows, or undefined when the message does not exist or is outside the user's gemeenten. */
  private async pageData(
    user: ConsoleUser,
    id: string,
    revealed: boolean,
  ): Promise<MessagePageData | undefined> {
    if (!UUID.test(id)) return undefined;
    const messages = this.console.berichten.messages;
    const message = await messages.findById(id, true);
    if (!message || !user.session.account.gemeenten.includes(message.gemeente ?? '')) return undefined;
    const retour: MessageRecord | undefined = message.retourId
      ? await messages.findById(message.retourId, true)
      : undefined;
    const chain = await this.console.details.chain(id, retourOf(message));
    const related = [id, ...chain.filter((link) => link.answersId === id).map((link) => link.id)];
    return {
      message,
      ...(retour ? { retour } : {}),
      chain,
      earlier: await this.console.details.earlierOutcomes(id),
      events: await this.console.details.events([id]),
      deliveries: await this.console.details.deliveries(related),
      handled: await this.console.details.handled(id),
      audit: await this.console.audit.list({ messageId: id }),
      revealed,
    };
  }
}

function query(request: Request): URLSearchParams {
  return new URL(request.originalUrl, 'http://localhost').searchParams;
}

/** For a retour we received: the identification of the message of ours it answers. */
function retourOf(message: MessageRecord): { identificatie: string; dagtekening: string } | undefined {
  if (message.direction !== 'in') return undefined;
  const head = message.body.subarray(0, 4096).toString('utf8');
  const identificatie = IDENTIFICATIE_RETOUR.exec(head)?.[1];
  const dagtekening = DAGTEKENING_RETOUR.exec(head)?.[1];
  return identificatie && dagtekening ? { identificatie, dagtekening } : undefined;
}
