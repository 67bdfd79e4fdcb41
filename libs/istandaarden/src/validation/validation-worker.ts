/** Worker thread body for ValidationPool: holds its own compiled schema set and validates (or only checks well-formedness of) what it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { SchemaSet } from './schema-set.js';
import { examine, type ValidateOptions } from './validate.js';

interface Job {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly options: ValidateOptions;
  /** False: well-formedness and identification only (checkWellFormed). */
  readonly withSchema?: boolean;
}

const schemas = SchemaSet.load({ ...(workerData?.xsdDir ? { xsdDir: workerData.xsdDir as string } : {}) });
parentPort!.on('message', (job: Job) => {
  try {
    parentPort!.postMessage({
      id: job.id,
      result: examine(job.bytes, job.options, schemas, job.withSchema ?? true),
    });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort!.postMessage({ ready: true });
