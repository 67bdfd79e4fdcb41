/** `validate <files…> [--json]`: one compiled schema set for all files, one line of output per file. */
import { validate, type Finding } from '../../../../libs/istandaarden/src/index.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, formatFinding, type Output } from '../output.js';
import { readInput } from './read-input.js';

export function validateCommand(args: readonly string[], out: Output): number {
  const json = args.includes('--json');
  const unknownOption = args.find((arg) => arg.startsWith('--') && arg !== '--json');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (unknownOption || files.length === 0) {
    out.error(unknownOption ? `unknown option ${unknownOption}` : 'usage: validate <files…> [--json]');
    return EXIT_USAGE;
  }
  let exitCode = EXIT_OK;
  for (const file of files) {
    const input = readInput(file);
    if ('unreadable' in input) {
      out.error(input.unreadable);
      if (json) {
        const line = {
          file,
          standaard: null,
          berichtcode: null,
          valid: false,
          findings: [],
          error: input.unreadable,
        };
        out.write(`${JSON.stringify(line)}\n`);
      }
      exitCode = EXIT_USAGE;
      continue;
    }
    const result =
      'tooLarge' in input ? { valid: false, findings: [input.tooLarge] as Finding[] } : validate(input.bytes);
    if (!result.valid && exitCode === EXIT_OK) exitCode = EXIT_INVALID;
    const code = 'code' in result ? result.code : undefined;
    const standaard = 'standaard' in result ? result.standaard : undefined;
    if (json) {
      out.write(
        `${JSON.stringify({ file, standaard: standaard ?? null, berichtcode: code ?? null, valid: result.valid, findings: result.findings.map(({ rule, line, column, path, message }) => ({ rule, line, column, path, message })) })}\n`,
      );
    } else if (result.valid) {
      out.write(`${file}: valid ${code}\n`);
    } else {
      out.write(`${file}: invalid${code ? ` ${code}` : ''}\n`);
      for (const found of result.findings) out.write(`  ${formatFinding(file, found)}\n`);
    }
  }
  return exitCode;
}
