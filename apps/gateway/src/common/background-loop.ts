/**
 * A background loop of rounds (deliveries, the deadline check): each round says whether there may be
 * more work right away; after a round without more, or one that failed (logged), it pauses — a nudge
 * ends the pause. `stop()` ends the pause and waits for the round in progress.
 */
import type { Logger } from '@nestjs/common';
import { Sleeper } from './sleeper.js';

export class BackgroundLoop {
  private running = false;
  private loop?: Promise<void>;
  private readonly sleeper = new Sleeper();

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly round: () => Promise<boolean>,
    private readonly pauseMs: number,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.sleeper.interrupt();
    await this.loop;
  }

  nudge(): void {
    this.sleeper.nudge();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let more = false;
      try {
        more = await this.round();
      } catch (error) {
        this.logger.warn(`${this.what} paused: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!more) await this.sleeper.sleep(this.pauseMs);
    }
  }
}
