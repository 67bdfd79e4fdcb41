/**
 * Validation on worker threads, for large messages: libxml2 blocks the thread it runs on (about a
 * second for a 50 MB declaration), so it runs beside the event loop, and validateAndParse maps the
 * document on this thread while a worker validates it — both cores busy on one message.
 */
import { Worker } from 'node:worker_threads';
import { mapChecked, type ValidatedBericht } from '../mapping/parse.js';
import { acceptInput } from '../xml/secure-input.js';
import { mergeChunkResults } from './chunks.js';
import type { ValidationJob } from './validation-worker.js';
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
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/** `bytes` in memory the workers can read without a copy (one copy when it is not there yet). */
function inSharedMemory(bytes: Buffer): Buffer {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const shared = Buffer.from(new SharedArrayBuffer(bytes.length));
  bytes.copy(shared);
  return shared;
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
      worker.on('message', (message: { ready?: true; id?: number; result?: unknown; error?: string }) => {
        if (message.ready) return resolve();
        const job = entry.pending.get(message.id!);
        entry.pending.delete(message.id!);
        if (message.error !== undefined) job?.reject(new Error(message.error));
        else job?.resolve(message.result!);
      });
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
    // The message goes to the workers once, in shared memory; each takes the next chunk from a shared
    // counter when it is done with one, so they finish together without waiting for this thread (which
    // is busy mapping the same message meanwhile) and only one chunk copy per worker exists at a time.
    const shared = inSharedMemory(bytes);
    const next = new Int32Array(new SharedArrayBuffer(4));
    const parts = await Promise.all(
      this.workers.map((entry) =>
        this.post<ReadonlyArray<readonly [number, ValidationResult]>>(entry, {
          chunks: { bytes: shared, plan, next },
          options,
          withSchema,
        }),
      ),
    );
    const results: ValidationResult[] = new Array(plan.slices.length);
    for (const [index, result] of parts.flat()) results[index] = result;
    return mergeChunkResults(bytes, plan, results);
  }

  /** Sends one document to a worker. */
  private run(bytes: Uint8Array, options: ValidateOptions, withSchema: boolean): Promise<ValidationResult> {
    const entry = this.workers[this.nextWorker++ % this.workers.length];
    return this.post<ValidationResult>(entry, { bytes, options, withSchema });
  }

  private post<T>(worker: PoolWorker | undefined, job: Omit<ValidationJob, 'id'>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('ValidationPool is closed'));
    const entry = worker && this.workers.includes(worker) ? worker : this.workers[0];
    if (!entry) return Promise.reject(new Error('no validation worker available'));
    const id = this.nextJob++;
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
      entry.worker.postMessage({ id, ...job } satisfies ValidationJob);
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
