/** The istd command line: validate, convert, build and explain iJw 3.2 / iWmo 3.2 messages. */
import { buildCommand } from './commands/build.js';
import { convertCommand } from './commands/convert.js';
import { explainCommand } from './commands/explain.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_USAGE, type Output } from './output.js';

const USAGE = `usage: npm run istd -- <command>
  validate <files…> [--json]   check messages against the schemas (exit 0 all valid, 1 any invalid, 2 usage/unreadable)
  convert <file> [--lenient]   XML message → internal-model JSON on stdout
  build <json-file>            internal-model JSON → XML message on stdout (checked against the schema)
  explain <code>               what a message code, BerichtCode or finding rule means`;

export async function run(args: readonly string[], out: Output): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'validate':
      return validateCommand(rest, out);
    case 'convert':
      return convertCommand(rest, out);
    case 'build':
      return buildCommand(rest, out);
    case 'explain':
      return explainCommand(rest, out);
    default:
      out.error(
        command && command !== '--help' && command !== 'help'
          ? `unknown command '${command}'\n${USAGE}`
          : USAGE,
      );
      return EXIT_USAGE;
  }
}
