/**
 * The `hamish` command line: finds the subcommand and runs it. Exit status, for every
 * subcommand: 0 clean, 1 problems found, 2 usage error.
 */
import { escapeControls } from '../core';
import { UsageError } from './args';
import { EXIT, type CliCommand } from './commands/command';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { suggestCommand } from './commands/suggest';
import { validateCommand } from './commands/validate';

const COMMANDS: readonly CliCommand[] = [validateCommand, exportCommand, importCommand, suggestCommand];

const USAGE = `Usage:
${COMMANDS.map((c) => `  ${c.synopsis}`).join('\n')}

Run "hamish <command> --help" for a command's options.
Exit status: 0 when clean, 1 when problems were found, 2 on a usage error.
`;

export async function main(
  argv: readonly string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? err : out).write(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    err.write(`hamish: unknown command "${escapeControls(name)}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out.write(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, out, err);
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`hamish ${command.name}: ${escapeControls(e.message)}\n\n${command.usage}`);
      return EXIT.usage;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(`hamish: ${escapeControls(e instanceof Error ? e.stack ?? e.message : String(e))}\n`);
      process.exitCode = 2;
    },
  );
}
