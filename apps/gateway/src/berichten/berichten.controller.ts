/** The REST ingress and read API for messages: `POST /api/v1/berichten`, `GET /api/v1/berichten/:id[/xml|/retour]`. */
import { Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { problem } from '../problem/problem.js';
import { BerichtenService, type MessageView } from './berichten.service.js';

@Controller('api/v1/berichten')
export class BerichtenController {
  constructor(private readonly berichten: BerichtenService) {}

  @Post()
  @HttpCode(202)
  async receive(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Headers('content-type') contentType: string | undefined,
    @Headers('prefer') prefer: string | undefined,
  ): Promise<MessageView> {
    if (!contentType || !/^(application|text)\/([\w.+-]*\+)?xml\b/i.test(contentType)) {
      throw problem(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'send one iJw/iWmo message as application/xml',
      );
    }
    const body = request.body as unknown;
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw problem(400, 'empty-body', 'Empty body', 'the request has no message');
    const wait = /\bwait\b/i.test(prefer ?? '');
    const view = await this.berichten.receive(body, 'rest', wait);
    if (wait) response.setHeader('Preference-Applied', 'wait');
    response.status(view.status === 'received' ? 202 : 200);
    response.setHeader('Location', `/api/v1/berichten/${view.id}`);
    return view;
  }

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
