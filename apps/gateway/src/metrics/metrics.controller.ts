/** `GET /metrics` in the Prometheus text format. */
import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { OutboxService } from '../outbox/outbox.service.js';
import { GatewayMetrics } from './metrics.js';

@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: GatewayMetrics,
    private readonly outbox: OutboxService,
  ) {}

  @Get()
  async metricsText(@Res() response: Response): Promise<void> {
    this.metrics.outboxBacklog.set(await this.outbox.unpublished());
    response.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
