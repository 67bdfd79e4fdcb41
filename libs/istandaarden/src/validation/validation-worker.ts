/** Worker thread body for ValidationPool: holds its own compiled schema set and validates (or only checks well-formedness of) what it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { collectGarbageSoon, LARGE_MESSAGE_BYTES } from '../memory.js';
import { chunkBytes, type ChunkPlan } from './chunks.js';
import { SchemaSet } from './schema-set.js';
import { examine, type ValidateOptions, type ValidationResult } from './validate.js';

/** A job: one document, or the chunks of a large one that this worker takes in turn with the others. */
export interface ValidationJob {
  readonly id: number;
  readonly bytes?: Uint8Array;
  readonly chunks?: {
    /** The whole message, in shared memory. */
    readonly bytes: Uint8Array;
    readonly plan: ChunkPlan;
    /** The index of the next chunk to take, shared by the workers (Atomics). */
    readonly next: Int32Array;
  };
  readonly options: ValidateOptions;
  /** False: well-formedness and identification only (checkWellFormed). */
  readonly withSchema?: boolean;
}

const schemas = SchemaSet.load({ ...(workerData?.xsdDir ? { xsdDir: workerData.xsdDir as string } : {}) });

function perform(job: ValidationJob): ValidationResult | Array<readonly [number, ValidationResult]> {
  const withSchema = job.withSchema ?? true;
  if (!job.chunks) return examine(job.bytes!, job.options, schemas, withSchema);
  const { plan, next } = job.chunks;
  const bytes = Buffer.from(
    job.chunks.bytes.buffer,
    job.chunks.bytes.byteOffset,
    job.chunks.bytes.byteLength,
  );
  const results: Array<readonly [number, ValidationResult]> = [];
  for (let index = Atomics.add(next, 0, 1); index < plan.slices.length; index = Atomics.add(next, 0, 1))
    results.push([index, examine(chunkBytes(bytes, plan, index), job.options, schemas, withSchema)]);
  return results;
}

parentPort!.on('message', (job: ValidationJob) => {
  try {
    parentPort!.postMessage({ id: job.id, result: perform(job) });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
  // This thread then goes quiet: without a collection the message's memory stays taken (memory.ts).
  if (job.chunks && job.chunks.bytes.byteLength >= LARGE_MESSAGE_BYTES) collectGarbageSoon();
});
parentPort!.postMessage({ ready: true });
