/** Where CLI commands write, so tests can capture it; and the exit codes they share. */
import type { Finding } from '../../../libs/istandaarden/src/index.js';

export interface Output {
  write(text: string): void;
  error(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** `file:line:column: [RULE] /path: message`, the form editors and CI logs link to. */
export function formatFinding(file: string, found: Finding): string {
  const place = found.line > 0 ? `${file}:${found.line}:${found.column}` : file;
  return `${place}: [${found.rule}]${found.path ? ` ${found.path}:` : ''} ${found.message}`;
}
