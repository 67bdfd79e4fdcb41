/**
 * Reads the reference tables (gemeentecodes, productcodes) from the data directory an operator can
 * replace: `REFERENCE_DATA_DIR`, by default the project's `reference-data/`; a table the directory
 * does not hold is taken from the project's. Read once per directory and process: a change of list is
 * a change of files and a restart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseGemeentecodes,
  parseProductcodes,
  ReferenceData,
  ReferenceDataError,
} from '../../../../libs/domain/src/index.js';

export const PROJECT_REFERENCE_DIR = fileURLToPath(
  new URL('../../../../../reference-data/', import.meta.url),
);

const loaded = new Map<string, ReferenceData>();

/** The reference data in `dir`; throws a ReferenceDataError naming the file and line when a file is wrong. */
export function loadReferenceData(dir: string = PROJECT_REFERENCE_DIR): ReferenceData {
  let data = loaded.get(dir);
  if (!data) {
    data = new ReferenceData(
      parseGemeentecodes(read(dir, 'gemeentecodes.csv'), 'gemeentecodes.csv'),
      parseProductcodes(read(dir, 'productcodes.csv'), 'productcodes.csv'),
    );
    loaded.set(dir, data);
  }
  return data;
}

/** A table from `dir`, or the project's when `dir` does not replace that one. */
function read(dir: string, name: string): string {
  const file = existsSync(join(dir, name)) ? join(dir, name) : join(PROJECT_REFERENCE_DIR, name);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new ReferenceDataError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/** What is wrong with the reference data in `dir` (unset: the project's), for the start-up check. */
export function referenceDataProblems(dir: string | undefined): string[] {
  try {
    loadReferenceData(dir ? resolve(dir) : PROJECT_REFERENCE_DIR);
    return [];
  } catch (error) {
    if (error instanceof ReferenceDataError) return [`REFERENCE_DATA_DIR: ${error.message}`];
    throw error;
  }
}
