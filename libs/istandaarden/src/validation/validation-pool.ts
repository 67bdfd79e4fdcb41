/**
 * Validation on worker threads, for large messages: libxml2 blocks the thread it runs on (about a
 * second for a 50 MB declaration), so it runs beside the event loop, and validateAndParse maps the
 * document on this thread while a worker validates it — both cores busy on one message.
 */
import { Worker } from 'node:worker_threads';
import { mapChecked, type ValidatedBericht } from '../mapping/parse.js';
import { acceptInput } from '../xml/secure-input.js';
import { chunkBytes, mergeChunkResults } from './chunks.js';
import {
  asBuffer,
  chunkPlanFor,
  CHUNK_BYTES,
  type ValidateOptions,
  type ValidationResult,
} from './validate.js';

export interface ValidationPoolOptions {
  /** Worker threads; default 1 (the calling thread does the mapping meanwhile). */
  readonly size?: number;
  readonly xsdDir?: string;
  /** Heap limit per worker, in MB (libxml2's own memory is separate and bounded by the message size limit). */
  readonly maxOldGenerationSizeMb?: number;
}

interface Pending {
  resolve(result: ValidationResult): void;
  reject(error: Error): void;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

export class ValidationPool {
  private readonly workers: PoolWorker[] = [];
  private nextJob = 1;
  private nextWorker = 0;
  private closed = false;

  private constructor(private readonly options: ValidationPoolOptions) {}

  static async start(options: ValidationPoolOptions = {}): Promise<ValidationPool> {
    const pool = new ValidationPool(options);
    await Promise.all(Array.from({ length: Math.max(1, options.size ?? 1) }, () => pool.spawn()));
    return pool;
  }

  private spawn(): Promise<void> {
    const worker = new Worker(new URL('./validation-worker.js', import.meta.url), {
      workerData: { xsdDir: this.options.xsdDir },
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb ?? 512 },
    });
    const entry: PoolWorker = { worker, pending: new Map() };
    this.workers.push(entry);
    return new Promise((resolve, reject) => {
      worker.on(
        'message',
        (message: { ready?: true; id?: number; result?: ValidationResult; error?: string }) => {
          if (message.ready) return resolve();
          const job = entry.pending.get(message.id!);
          entry.pending.delete(message.id!);
          if (message.error !== undefined) job?.reject(new Error(message.error));
          else job?.resolve(message.result!);
        },
      );
      worker.on('error', (error) => {
        reject(error);
        this.fail(entry, error);
      });
      worker.on('exit', (code) =>
        this.fail(entry, new Error(`validation worker stopped (exit code ${code})`)),
      );
    });
  }

  /** A worker that dies fails its own jobs only; a new one takes its place. */
  private fail(entry: PoolWorker, error: Error): void {
    for (const job of entry.pending.values()) job.reject(error);
    entry.pending.clear();
    const at = this.workers.indexOf(entry);
    if (at < 0) return;
    this.workers.splice(at, 1);
    if (!this.closed) void this.spawn().catch(() => undefined);
  }

  /** Validates on the workers; a large message is split into chunks that the workers take in parallel. */
  validate(xml: string | Uint8Array, options: ValidateOptions = {}): Promise<ValidationResult> {
    return this.examine(xml, options, true);
  }

  /** checkWellFormed on the workers: for a large message at ingress, so the thread serving HTTP is not held. */
  checkWellFormed(xml: string | Uint8Array, options: ValidateOptions = {}): Promise<ValidationResult> {
    return this.examine(xml, options, false);
  }

  private async examine(
    xml: string | Uint8Array,
    options: ValidateOptions,
    withSchema: boolean,
  ): Promise<ValidationResult> {
    const input = acceptInput(xml, options);
    if ('refused' in input) return { valid: false, findings: [input.refused] };
    const bytes = asBuffer(input.bytes);
    // Several chunks per worker, so the workers finish together.
    const plan = chunkPlanFor(
      bytes,
      Math.min(CHUNK_BYTES, Math.ceil(bytes.length / (this.workers.length * 4))),
    );
    if (!plan) return this.run(bytes, options, withSchema);
    // Each worker takes the next chunk when it is done with one, so only a few chunk copies exist at a time.
    const results: ValidationResult[] = new Array(plan.slices.length);
    let next = 0;
    await Promise.all(
      this.workers.map(async (entry) => {
        while (next < plan.slices.length) {
          const index = next++;
          results[index] = await this.run(chunkBytes(bytes, plan, index), options, withSchema, entry, true);
        }
      }),
    );
    return mergeChunkResults(bytes, plan, results);
  }

  /** Sends one document to a worker; `transfer` hands over a buffer the caller no longer needs instead of copying it. */
  private run(
    bytes: Uint8Array,
    options: ValidateOptions,
    withSchema: boolean,
    worker = this.workers[this.nextWorker++ % this.workers.length],
    transfer = false,
  ): Promise<ValidationResult> {
    if (this.closed) return Promise.reject(new Error('ValidationPool is closed'));
    const entry = worker && this.workers.includes(worker) ? worker : this.workers[0];
    if (!entry) return Promise.reject(new Error('no validation worker available'));
    const id = this.nextJob++;
    const ownsBuffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      entry.worker.postMessage(
        { id, bytes, options, withSchema },
        transfer && ownsBuffer ? [bytes.buffer as ArrayBuffer] : [],
      );
    });
  }

  /** Validates on a worker and maps here at the same time; the model is returned only for a valid message. */
  async validateAndParse(xml: string | Uint8Array, options: ValidateOptions = {}): Promise<ValidatedBericht> {
    const input = acceptInput(xml, options);
    if ('refused' in input) return { validation: { valid: false, findings: [input.refused] } };
    const validating = this.validate(input.bytes, options);
    const mapped = mapChecked(input.bytes);
    const validation = await validating;
    if (!validation.valid) return { validation };
    return mapped.ok
      ? { validation, bericht: mapped }
      : { validation: { ...validation, valid: false, findings: mapped.findings } };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((entry) => entry.worker.terminate()));
    this.workers.length = 0;
  }
}
