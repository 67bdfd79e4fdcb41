/** `build <json-file>`: internal-model JSON → XML, refused with reasons when the model or the result is not valid. */
import { build, validate, type BuildInput } from '../../../../libs/istandaarden/src/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, formatFinding, type Output } from '../output.js';
import { readInput } from './read-input.js';

export function buildCommand(args: readonly string[], out: Output): number {
  if (args.length !== 1 || args[0]!.startsWith('--')) {
    out.error('usage: build <json-file>');
    return EXIT_USAGE;
  }
  const file = args[0]!;
  const input = readInput(file);
  if ('unreadable' in input) {
    out.error(input.unreadable);
    return EXIT_USAGE;
  }
  if ('tooLarge' in input) {
    out.error(formatFinding(file, input.tooLarge));
    return EXIT_INVALID;
  }
  let model: BuildInput;
  try {
    model = JSON.parse(input.bytes.toString('utf8')) as BuildInput;
  } catch (error) {
    out.error(`${file}: [JSON] ${jsonErrorPlace(input.bytes.toString('utf8'), error)}`);
    return EXIT_INVALID;
  }
  const built = build(model);
  if (!built.ok) {
    for (const found of built.findings) out.error(formatFinding(file, found));
    return EXIT_INVALID;
  }
  const validation = validate(built.xml, { expectedCode: String(model.code).toUpperCase() });
  if (!validation.valid) {
    out.error(`${file}: the built ${model.code} message does not satisfy the schema:`);
    for (const found of validation.findings) out.error(formatFinding(`${file} → xml`, found));
    return EXIT_INVALID;
  }
  out.write(built.xml);
  return EXIT_OK;
}

/** Node names a JSON syntax error by character position; say line and column instead. */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: ${message}`;
}
