/**
 * Group commit for the receive path: messages arriving while a store is under way are stored together
 * in the next statement, so many requests share one round trip and one WAL flush. Each caller's
 * promise settles only after the statement holding its message has committed — the acknowledgement
 * still follows durable storage. Without concurrency a message is stored on its own at once (the
 * wait is one turn of the event loop).
 */
import type { NewMessage, StoredInbound } from './message.repository.js';

export interface InboundBatcherOptions {
  /** Most messages in one statement. */
  readonly maxMessages?: number;
  /** Most bytes of message bodies in one statement (a large message is stored on its own). */
  readonly maxBytes?: number;
  /** Statements under way at once; later messages queue for the next one. */
  readonly concurrency?: number;
}

interface Waiting {
  readonly message: NewMessage;
  resolve(stored: StoredInbound): void;
  reject(error: unknown): void;
}

export class InboundBatcher {
  private readonly queue: Waiting[] = [];
  private readonly maxMessages: number;
  private readonly maxBytes: number;
  private readonly concurrency: number;
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly store: (messages: readonly NewMessage[]) => Promise<StoredInbound[]>,
    options: InboundBatcherOptions = {},
  ) {
    this.maxMessages = options.maxMessages ?? 64;
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.concurrency = options.concurrency ?? 2;
  }

  /** Stores `message` (unless the same bytes are stored already); settles once that is committed. */
  insert(message: NewMessage): Promise<StoredInbound> {
    return new Promise((resolve, reject) => {
      this.queue.push({ message, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running >= this.concurrency || this.queue.length === 0) return;
    this.scheduled = true;
    // After the current turn: requests already parsed in this turn join the same statement.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.running >= this.concurrency || this.queue.length === 0) return;
    const batch = this.take();
    this.running++;
    try {
      await this.storeAll(batch);
    } finally {
      this.running--;
      this.schedule();
    }
  }

  private take(): Waiting[] {
    let bytes = 0;
    let count = 0;
    while (count < this.queue.length && count < this.maxMessages) {
      bytes += this.queue[count]!.message.body.length;
      if (count > 0 && bytes > this.maxBytes) break;
      count++;
    }
    return this.queue.splice(0, count);
  }

  /** Stores a batch; when the statement fails, each message is tried alone so one bad row fails only itself. */
  private async storeAll(batch: readonly Waiting[]): Promise<void> {
    try {
      const stored = await this.store(batch.map((waiting) => waiting.message));
      batch.forEach((waiting, index) => waiting.resolve(stored[index]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      await Promise.all(batch.map((waiting) => this.storeAll([waiting])));
    }
  }
}
