/** `convert <file> [--lenient]`: XML message → internal-model JSON; refuses an invalid message unless lenient. */
import { parse, validate } from '../../../../libs/istandaarden/src/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, formatFinding, type Output } from '../output.js';
import { readSingleInput } from './read-input.js';

export function convertCommand(args: readonly string[], out: Output): number {
  const lenient = args.includes('--lenient');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1 || args.some((arg) => arg.startsWith('--') && arg !== '--lenient')) {
    out.error('usage: convert <file> [--lenient]');
    return EXIT_USAGE;
  }
  const file = files[0]!;
  const bytes = readSingleInput(file, out);
  if (typeof bytes === 'number') return bytes;
  const validation = validate(bytes);
  if (!validation.valid) {
    for (const found of validation.findings) out.error(formatFinding(file, found));
    // Lenient conversion still needs a well-formed iStandaarden message; only schema findings may be waived.
    if (!lenient || validation.findings.some((found) => found.rule !== 'XSD')) return EXIT_INVALID;
  }
  const parsed = parse(bytes);
  if (!parsed.ok) {
    for (const found of parsed.findings) out.error(formatFinding(file, found));
    return EXIT_INVALID;
  }
  const { standaard, code, bericht } = parsed;
  out.write(`${JSON.stringify({ standaard, code, bericht }, null, 2)}\n`);
  return validation.valid ? EXIT_OK : EXIT_INVALID;
}
