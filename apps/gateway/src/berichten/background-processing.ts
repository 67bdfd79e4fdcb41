/**
 * Background work — processing received messages, relaying the outbox, delivering to the GGk — on a worker thread, so
 * HTTP ingress keeps the main thread. The worker reaches PostgreSQL with its own connections; with the
 * embedded database (one connection at a time) the work stays on the main thread instead. A worker that
 * stops unexpectedly is started again; what it had claimed and not committed is claimed again.
 */
import { Logger } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import type { GatewayConfig } from '../config/gateway-config.js';
import type { ProcessingMetrics } from './process-messages.usecase.js';

/** 'nudge': messages were stored; 'deliver': deliveries were queued or made due; 'stop'. */
export type ToWorker = 'nudge' | 'deliver' | 'stop';
export type FromWorker =
  | { readonly type: 'ready' | 'stopped' }
  | { readonly type: 'log'; readonly level: LogLevel; readonly context: string; readonly message: string }
  | {
      readonly type: 'metrics';
      readonly processed: ReadonlyArray<{ code: string; status: string }>;
      readonly seconds: readonly number[];
    };
type LogLevel = 'log' | 'error' | 'warn' | 'debug' | 'verbose';

const RESTART_MS = 1_000;

/** Whether processing and the relay run on the worker thread (they need a database that takes several connections). */
export function backgroundOnWorker(config: GatewayConfig): boolean {
  return config.databaseUrl !== undefined;
}

export interface GatewayProcessingMetrics extends ProcessingMetrics {
  readonly processingSeconds: ProcessingMetrics['processingSeconds'] & { observe(seconds: number): void };
}

export class BackgroundProcessing {
  private readonly logger = new Logger('BackgroundProcessing');
  private worker?: Worker;
  private stopping = false;
  private readonly nudgesPending = new Set<Exclude<ToWorker, 'stop'>>();

  constructor(
    private readonly config: GatewayConfig,
    private readonly metrics: GatewayProcessingMetrics,
  ) {}

  /** Starts the worker; resolves once it processes. */
  start(): Promise<void> {
    this.stopping = false;
    const worker = new Worker(new URL('./background-worker.js', import.meta.url), {
      workerData: { config: this.config },
    });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'log') new Logger(message.context)[message.level](message.message);
        else if (message.type === 'metrics') {
          for (const labels of message.processed) this.metrics.processed.inc(labels);
          for (const seconds of message.seconds) this.metrics.processingSeconds.observe(seconds);
        }
      });
      worker.on('error', (error) => {
        this.logger.error(`background worker failed: ${error.message}`);
        reject(error);
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker || this.stopping) return;
        this.worker = undefined;
        this.logger.error(`background worker stopped (exit code ${code}); starting it again`);
        setTimeout(() => {
          if (!this.stopping) this.start().catch(() => undefined);
        }, RESTART_MS).unref();
      });
    });
  }

  /**
   * Something was stored ('nudge') or queued for delivery ('deliver'): wake that work on the worker
   * (once per turn of the event loop, however many).
   */
  nudge(what: Exclude<ToWorker, 'stop'> = 'nudge'): void {
    if (this.nudgesPending.has(what) || !this.worker) return;
    this.nudgesPending.add(what);
    setImmediate(() => {
      this.nudgesPending.delete(what);
      this.worker?.postMessage(what satisfies ToWorker);
    });
  }

  /** Lets the worker finish its batch and close its connections. */
  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const stopped = new Promise<void>((resolve) =>
      worker.on('message', (message: FromWorker) => message.type === 'stopped' && resolve()),
    );
    worker.postMessage('stop' satisfies ToWorker);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
    if ((await Promise.race([stopped, exited, timeout])) === 'timeout')
      this.logger.warn('background worker did not stop in time; terminating it');
    await worker.terminate();
    await exited;
  }
}
