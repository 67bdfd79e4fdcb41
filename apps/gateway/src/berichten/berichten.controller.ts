/**
 * The read API for messages: `GET /api/v1/berichten/:id[/events[/:eventId]|/xml|/retour]`. Messages come in through
 * `POST /api/v1/berichten`, a plain express route (berichten-ingress.ts) registered by createGateway.
 * A caller sees only the messages of the senders its credential stands for (BerichtenService.recordFor).
 */
import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { problem } from '../problem/problem.js';
import { requestSecurity } from '../security/front-door.js';
import { BerichtenService, type MessageView } from './berichten.service.js';

const identityOf = (request: Request) => requestSecurity(request)?.identity;

@Controller('api/v1/berichten')
export class BerichtenController {
  constructor(private readonly berichten: BerichtenService) {}

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: Request): Promise<MessageView> {
    return this.berichten.view(id, identityOf(request));
  }

  @Get(':id/events')
  async events(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: Request): Promise<unknown[]> {
    const rows = await this.berichten.events(id, identityOf(request));
    return rows.map((row) => ({
      routingKey: row.routingKey,
      publishedAt: row.publishedAt,
      event: row.payload,
    }));
  }

  /** One event, as it was written: the whole of an event published with a `dataRef` instead of its data. */
  @Get(':id/events/:eventId')
  async event(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('eventId', new ParseUUIDPipe()) eventId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    response.type('application/json').send(await this.berichten.event(id, eventId, identityOf(request)));
  }

  @Get(':id/xml')
  async xml(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const record = await this.berichten.recordFor(identityOf(request), id, true);
    response.type('application/xml').send(record.body);
  }

  @Get(':id/retour')
  async retour(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const record = await this.berichten.recordFor(identityOf(request), id);
    if (!record.retourId)
      throw problem(404, 'no-retour', 'No retour message', 'no retour message was produced for this message');
    const retour = await this.berichten.record(record.retourId, true);
    response.type('application/xml').send(retour.body);
  }
}
