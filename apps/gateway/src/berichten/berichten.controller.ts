/**
 * The read API for messages: `GET /api/v1/berichten/:id[/events|/xml|/retour]`. Messages come in through
 * `POST /api/v1/berichten`, a plain express route (berichten-ingress.ts) registered by createGateway.
 */
import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { problem } from '../problem/problem.js';
import { BerichtenService, type MessageView } from './berichten.service.js';

@Controller('api/v1/berichten')
export class BerichtenController {
  constructor(private readonly berichten: BerichtenService) {}

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<MessageView> {
    return this.berichten.view(id);
  }

  @Get(':id/events')
  async events(@Param('id', new ParseUUIDPipe()) id: string): Promise<unknown[]> {
    const rows = await this.berichten.events(id);
    return rows.map((row) => ({
      routingKey: row.routingKey,
      publishedAt: row.publishedAt,
      event: row.payload,
    }));
  }

  @Get(':id/xml')
  async xml(@Param('id', new ParseUUIDPipe()) id: string, @Res() response: Response): Promise<void> {
    const record = await this.berichten.record(id, true);
    response.type('application/xml').send(record.body);
  }

  @Get(':id/retour')
  async retour(@Param('id', new ParseUUIDPipe()) id: string, @Res() response: Response): Promise<void> {
    const record = await this.berichten.record(id);
    if (!record.retourId)
      throw problem(404, 'no-retour', 'No retour message', 'no retour message was produced for this message');
    const retour = await this.berichten.record(record.retourId, true);
    response.type('application/xml').send(retour.body);
  }
}
