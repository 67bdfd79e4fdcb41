/**
 * Outbound deliveries to the GGk: `GET /api/v1/afleveringen?status=parked` lists them (parked ones by
 * default: those that failed their whole retry budget), `POST /api/v1/afleveringen/:id/opnieuw` puts a
 * parked one back in the queue with a fresh retry budget.
 */
import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';
import { problem } from '../problem/problem.js';
import { DeliveryRepository, type DeliveryView } from './delivery.repository.js';
import { DeliveryService } from './delivery.service.js';

const STATUSES = ['parked', 'pending', 'delivered'];

@Controller('api/v1/afleveringen')
export class AfleveringenController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly service: DeliveryService,
  ) {}

  @Get()
  async list(@Query('status') status = 'parked', @Query('limit') limit = '100'): Promise<DeliveryView[]> {
    if (!STATUSES.includes(status))
      throw problem(400, 'bad-query', 'Unknown status', `status must be one of ${STATUSES.join(', ')}`);
    const max = Number(limit);
    if (!Number.isInteger(max) || max < 1 || max > 1000)
      throw problem(400, 'bad-query', 'Bad limit', 'limit must be a whole number from 1 to 1000');
    return this.deliveries.list(this.dataSource.manager, status, max);
  }

  @Post(':id/opnieuw')
  @HttpCode(202)
  async resend(@Param('id', new ParseUUIDPipe()) id: string): Promise<{ id: string; status: string }> {
    const result = await this.deliveries.resend(this.dataSource.manager, id);
    if (result === 'not-found')
      throw problem(404, 'not-found', 'Delivery not found', `no delivery with id ${id}`);
    if (result === 'not-parked')
      throw problem(409, 'not-parked', 'Delivery not parked', 'only a parked delivery can be sent again');
    this.service.nudge();
    return { id, status: 'pending' };
  }
}
