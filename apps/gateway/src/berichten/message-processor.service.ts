/**
 * Runs processing in the background: woken at once when a message is stored here, and polling so that
 * messages stored by other instances, or left by a crash, are processed too. Several loops may run at
 * once: their claims (FOR UPDATE SKIP LOCKED) never overlap, and one computes while another waits
 * for the database.
 */
import { Logger } from '@nestjs/common';
import { Sleeper } from '../common/sleeper.js';
import type { ProcessMessages } from './process-messages.usecase.js';

const POLL_MS = 250;

export interface MessageProcessorOptions {
  /** Most messages claimed by one transaction. */
  readonly batch?: number;
  /** Processing loops running at once. */
  readonly concurrency?: number;
  /** Called after a batch was committed (e.g. to wake the outbox relay). */
  readonly onProcessed?: (count: number) => void;
}

export class MessageProcessor {
  private readonly logger = new Logger('MessageProcessor');
  private readonly batch: number;
  private readonly concurrency: number;
  private running = false;
  private readonly sleeper = new Sleeper();
  private loops: Promise<void>[] = [];

  constructor(
    private readonly process: ProcessMessages,
    private readonly options: MessageProcessorOptions = {},
  ) {
    this.batch = options.batch ?? 50;
    this.concurrency = options.concurrency ?? 1;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = Array.from({ length: this.concurrency }, () => this.run());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.sleeper.interrupt();
    await Promise.all(this.loops);
  }

  /** Something was stored: process without waiting for the next poll. */
  nudge(): void {
    this.sleeper.nudge();
  }

  /** Processes one message now, in the caller's time (for `Prefer: wait`); false when another worker has it. */
  async processNow(id: string): Promise<boolean> {
    return (await this.process.execute(1, id)) === 1;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let processed = 0;
      try {
        processed = await this.process.execute(this.batch);
        if (processed > 0) this.options.onProcessed?.(processed);
      } catch (error) {
        this.logger.error(
          `processing failed, retrying: ${error instanceof Error ? error.message : String(error)}`,
        );
        await this.sleeper.sleep(1_000);
      }
      if (processed === 0) await this.sleeper.sleep(POLL_MS);
    }
  }
}
