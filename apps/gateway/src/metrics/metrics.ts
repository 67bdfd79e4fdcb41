/** Prometheus metrics of the gateway. Labels are message codes and outcomes only — never personal data. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly received = new Counter({
    name: 'istd_messages_received_total',
    help: 'Messages taken in and stored, by standaard, message code and channel',
    labelNames: ['standaard', 'code', 'channel'] as const,
    registers: [this.registry],
  });
  readonly refused = new Counter({
    name: 'istd_messages_refused_total',
    help: 'Requests refused before storage (not well-formed, unknown type, too large)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly processed = new Counter({
    name: 'istd_messages_processed_total',
    help: 'Messages processed, by message code and outcome',
    labelNames: ['code', 'status'] as const,
    registers: [this.registry],
  });
  readonly processingSeconds = new Histogram({
    name: 'istd_message_processing_seconds',
    help: 'Time to validate, check and answer one message',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });
  readonly outboxBacklog = new Gauge({
    name: 'istd_outbox_unpublished',
    help: 'Events waiting in the outbox',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'istd_' });
  }
}
