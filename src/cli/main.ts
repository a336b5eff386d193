/**
 * The `hamish` command line. Exit status: 0 clean, 1 problems found, 2 usage error.
 */
import { MissingPathError } from './findSidecars';
import { escapeControls } from '../core';
import { formatJson, formatText, isClean, validatePaths } from './validateCommand';

const USAGE = `Usage: hamish validate [--json] <files or folders>...

Checks Hamish sidecars (*.ann.yaml) against their sources: format, offsets, quotes,
links, and what re-anchoring would do where a source changed. Given a folder, checks
every sidecar below it; given a source file, checks its sidecar.

Options:
  --json    print a JSON report instead of one line per problem
  --help    show this help

Exit status: 0 when clean, 1 when problems were found, 2 on a usage error.
`;

export async function main(
  argv: readonly string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? err : out).write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'validate') {
    err.write(`hamish: unknown command "${escapeControls(command)}"\n\n${USAGE}`);
    return 2;
  }
  const options = rest.filter((a) => a.startsWith('-'));
  const paths = rest.filter((a) => !a.startsWith('-'));
  const unknown = options.filter((o) => o !== '--json' && o !== '--help' && o !== '-h');
  if (options.includes('--help') || options.includes('-h')) {
    out.write(USAGE);
    return 0;
  }
  if (unknown.length > 0 || paths.length === 0) {
    err.write(`hamish validate: ${unknown.length > 0 ? `unknown option ${escapeControls(unknown.join(', '))}` : 'name at least one file or folder'}\n\n${USAGE}`);
    return 2;
  }
  try {
    const result = await validatePaths(paths);
    out.write(options.includes('--json') ? formatJson(result) : formatText(result));
    return isClean(result) ? 0 : 1;
  } catch (e) {
    if (e instanceof MissingPathError) {
      err.write(`hamish validate: ${escapeControls(e.message)}\n`);
      return 2;
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
