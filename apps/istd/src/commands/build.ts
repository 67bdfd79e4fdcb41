/** `build <json-file>`: internal-model JSON → XML, refused with reasons when the model or the result is not valid. */
import { build, validate, type BuildInput } from '../../../../libs/istandaarden/src/index.js';
import { parse as parseJson, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, formatFinding, type Output } from '../output.js';
import { readSingleInput } from './read-input.js';

export function buildCommand(args: readonly string[], out: Output): number {
  if (args.length !== 1 || args[0]!.startsWith('--')) {
    out.error('usage: build <json-file>');
    return EXIT_USAGE;
  }
  const file = args[0]!;
  const bytes = readSingleInput(file, out);
  if (typeof bytes === 'number') return bytes;
  const text = bytes.toString('utf8');
  const errors: ParseError[] = [];
  const model = parseJson(text, errors, { disallowComments: true, allowTrailingComma: false }) as BuildInput;
  if (errors.length > 0) {
    for (const error of errors.slice(0, 10)) {
      const { line, column } = lineAndColumnOf(text, error.offset);
      out.error(`${file}:${line}:${column}: [JSON] ${printParseErrorCode(error.error)}`);
    }
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

function lineAndColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
