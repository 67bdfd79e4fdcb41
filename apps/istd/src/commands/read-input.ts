/** Reads a file for a command, refusing oversized files before loading them into memory. */
import { readFileSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, finding, type Finding } from '../../../../libs/istandaarden/src/index.js';
import { EXIT_INVALID, EXIT_USAGE, formatFinding, type Output } from '../output.js';

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

/** Reads one file for a single-file command, reporting why not on `out`: the bytes, or the exit code to return. */
export function readSingleInput(file: string, out: Output): Buffer | number {
  const input = readInput(file);
  if ('unreadable' in input) {
    out.error(input.unreadable);
    return EXIT_USAGE;
  }
  if ('tooLarge' in input) {
    out.error(formatFinding(file, input.tooLarge));
    return EXIT_INVALID;
  }
  return input.bytes;
}
