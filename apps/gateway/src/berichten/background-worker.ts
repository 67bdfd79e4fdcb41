/**
 * The background worker thread: processing of received messages, the outbox relay and the deliveries
 * to the GGk, so the main thread keeps to HTTP. It has its own connections and schema set and coordinates with the main
 * thread — and with other instances — only through the database (claims with FOR UPDATE SKIP LOCKED).
 * Started by BackgroundProcessing; messages from the main thread: 'nudge', 'deliver' and 'stop'.
 */
import 'reflect-metadata';
import { Logger, type LoggerService } from '@nestjs/common';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { SchemaSet, ValidationPool } from '../../../../libs/istandaarden/src/index.js';
import { createDataSource } from '../../../../libs/persistence/src/index.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import { DeliveryRepository } from '../ggk/delivery.repository.js';
import { DeliveryRounds } from '../ggk/delivery-rounds.js';
import { OutboxRelay } from '../outbox/outbox-relay.service.js';
import { TermijnRepository } from '../termijnen/termijn.repository.js';
import { OutboxRepository } from '../outbox/outbox.repository.js';
import type { FromWorker, ToWorker } from './background-processing.js';
import { MessageProcessor } from './message-processor.service.js';
import { MessageRepository } from './message.repository.js';
import { ProcessMessages, type ProcessingMetrics } from './process-messages.usecase.js';

const port = parentPort!;
const post = (message: FromWorker): void => port.postMessage(message);
const { config } = workerData as { config: GatewayConfig };

/** Log lines go to the main thread's logger, so its settings (levels, `logger: false`) apply. */
const forward = (level: 'log' | 'error' | 'warn' | 'debug' | 'verbose') =>
  function (message: unknown, context?: unknown): void {
    post({
      type: 'log',
      level,
      context: typeof context === 'string' ? context : 'Worker',
      message: String(message),
    });
  };
const forwarding: LoggerService = {
  log: forward('log'),
  error: forward('error'),
  warn: forward('warn'),
  debug: forward('debug'),
  verbose: forward('verbose'),
};
Logger.overrideLogger(forwarding);

// Acknowledging a message (durable storage, on the main thread) goes before processing it: on Linux the
// nice value belongs to the calling thread, so this lowers only this worker's priority. Elsewhere (or
// where the system refuses) the worker runs at the process's priority.
try {
  setPriority(0, config.backgroundNice);
} catch (error) {
  Logger.warn(`background worker keeps its priority: ${String(error)}`, 'Worker');
}

/** Counters are kept by the main thread's registry; the worker reports what it did after each batch. */
let pending: { processed: Array<{ code: string; status: string }>; seconds: number[] } = {
  processed: [],
  seconds: [],
};
const metrics: ProcessingMetrics = {
  processed: { inc: (labels) => void pending.processed.push(labels) },
  processingSeconds: {
    startTimer: () => {
      const started = performance.now();
      return () => pending.seconds.push((performance.now() - started) / 1000);
    },
  },
};
function flushMetrics(): void {
  if (pending.processed.length || pending.seconds.length) post({ type: 'metrics', ...pending });
  pending = { processed: [], seconds: [] };
}

// Two processing loops, the relay and the delivery rounds, each holding a connection while it works.
const dataSource = createDataSource({ url: config.databaseUrl!, poolSize: 5 });
await dataSource.initialize();
const schemas = SchemaSet.load(config.xsdDir ? { xsdDir: config.xsdDir } : {});
// Large messages are validated beside this thread (while it maps them), so they do not hold up the relay;
// started on first need, and that first message waits for it (validating it here would take twice as long).
let pool: ValidationPool | undefined;
let poolStarting: Promise<void> | undefined;
function largeMessagePool(): ValidationPool | Promise<ValidationPool | undefined> | undefined {
  poolStarting ??= ValidationPool.start({
    size: 1,
    ...(config.xsdDir ? { xsdDir: config.xsdDir } : {}),
  }).then(
    (started) => void (pool = started),
    (error: unknown) => new Logger('Worker').error(`validation pool did not start: ${String(error)}`),
  );
  return pool ?? poolStarting.then(() => pool);
}
const outbox = new OutboxRepository();
const relay = config.amqpUrl
  ? new OutboxRelay(dataSource, outbox, config.amqpUrl, config.eventMaxBytes)
  : undefined;
const deliveries = config.ggkUrl
  ? new DeliveryRounds(dataSource, new DeliveryRepository(), new TermijnRepository(), config, config.ggkUrl)
  : undefined;
const processing = new ProcessMessages(
  dataSource,
  new MessageRepository(dataSource),
  outbox,
  config,
  schemas,
  largeMessagePool,
  metrics,
);
const processor = new MessageProcessor(processing, {
  batch: 100,
  concurrency: 2,
  onProcessed: () => {
    flushMetrics();
    relay?.nudge();
    // Processing queues the retours (Du01) for the chain.
    deliveries?.nudge();
  },
});

port.on('message', (message: ToWorker) => {
  if (message === 'nudge') processor.nudge();
  else if (message === 'deliver') deliveries?.nudge();
  else if (message === 'stop') void stop();
});
processor.start();
relay?.start();
deliveries?.start();
post({ type: 'ready' });

async function stop(): Promise<void> {
  await processor.stop();
  await relay?.stop();
  await deliveries?.stop();
  flushMetrics();
  await poolStarting;
  await pool?.close();
  schemas.dispose();
  await dataSource.destroy();
  post({ type: 'stopped' });
  port.close();
}
