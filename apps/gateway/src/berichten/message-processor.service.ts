/**
 * Runs processing in the background: woken at once when a message is stored here, and polling so that
 * messages stored by other instances, or left by a crash, are processed too.
 */
import { Logger } from '@nestjs/common';
import type { ProcessMessages } from './process-messages.usecase.js';

const POLL_MS = 250;
const BATCH = 50;

export class MessageProcessor {
  private readonly logger = new Logger('MessageProcessor');
  private running = false;
  private wake?: () => void;
  private loop?: Promise<void>;

  constructor(private readonly process: ProcessMessages) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Something was stored: process without waiting for the next poll. */
  nudge(): void {
    this.wake?.();
  }

  /** Processes one message now, in the caller's time (for `Prefer: wait`); false when another worker has it. */
  async processNow(id: string): Promise<boolean> {
    return (await this.process.execute(1, id)) === 1;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let processed = 0;
      try {
        processed = await this.process.execute(BATCH);
      } catch (error) {
        this.logger.error(
          `processing failed, retrying: ${error instanceof Error ? error.message : String(error)}`,
        );
        await this.sleep(1_000);
      }
      if (processed === 0) await this.sleep(POLL_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
