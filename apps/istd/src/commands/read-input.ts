/** Reads a file for a command, refusing oversized files before loading them into memory. */
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, finding, type Finding } from '../../../../libs/istandaarden/src/index.js';

export type ReadResult =
  { readonly bytes: Buffer } | { readonly tooLarge: Finding } | { readonly unreadable: string };

export function readInput(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  try {
    const size = statSync(file).size;
    if (size > maxBytes)
      return { tooLarge: finding('INPUT', `document is ${size} bytes; the limit is ${maxBytes} bytes`) };
    return { bytes: readFileSync(file) };
  } catch (error) {
    return { unreadable: `${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}
