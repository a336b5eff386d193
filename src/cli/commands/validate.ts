/** `hamish validate`: the subcommand's arguments and exit status; the checking is validateCommand.ts. */
import { escapeControls } from '../../core';
import { parseArgs, UsageError } from '../args';
import { MissingPathError } from '../findSidecars';
import { formatJson, formatText, isClean, validatePaths } from '../validateCommand';
import { EXIT, type CliCommand } from './command';

const USAGE = `Usage: hamish validate [--json] <files or folders>...

Checks Hamish sidecars (*.ann.yaml) against their sources: format, offsets, quotes,
links, and what re-anchoring would do where a source changed. Given a folder, checks
every sidecar below it; given a source file, checks its sidecar.

Options:
  --json    print a JSON report instead of one line per problem
  --help    show this help

Exit status: 0 when clean, 1 when problems were found, 2 on a usage error.
`;

export const validateCommand: CliCommand = {
  name: 'validate',
  synopsis: 'hamish validate [--json] <files or folders>...',
  usage: USAGE,
  async run(argv, out, err) {
    const args = parseArgs(argv, ['--json'], []);
    if (args.positional.length === 0) throw new UsageError('name at least one file or folder');
    try {
      const result = await validatePaths(args.positional);
      out.write(args.flags.has('--json') ? formatJson(result) : formatText(result));
      return isClean(result) ? EXIT.ok : EXIT.problems;
    } catch (e) {
      if (e instanceof MissingPathError) {
        err.write(`hamish validate: ${escapeControls(e.message)}\n`);
        return EXIT.usage;
      }
      throw e;
    }
  },
};
