/** `hamish import`: reads files in one format and merges their annotations into sidecars, through the store and its lock. */
import { promises as fs } from 'fs';
import { applyImport, escapeControls, escapeControlsInJson, IMPORTERS, importerFor, readImportFiles, runImporter, SidecarStore, type ImportProblem, type SourceImport } from '../../core';
import { nodeLockEnvironment } from '../../node/lockEnvironment';
import { nodeFileSystem } from '../../node/nodeFileSystem';
import { parseArgs, UsageError } from '../args';
import { corePath, findImportFiles } from '../exchangeFiles';
import { progressLine } from '../progress';
import { EXIT, type CliCommand } from './command';

const USAGE = `Usage: hamish import <format> <file or folder> [--into <folder>] [--json]

Reads annotations in a format and merges them into the sidecars of the sources they describe,
below --into (default: the current folder). An annotation with the same id, or the same type
on the same span, as one already there is the same annotation: the import fills in and updates
its fields; nothing already there is dropped. Where the import carries the source text and no
source exists yet, the source is written too. Given a folder, every file in it the format reads
is imported.

Formats:
${IMPORTERS.map((i) => `  ${i.format.padEnd(12)} ${i.label}`).join('\n')}

Options:
  --into <folder>   where the sources and their sidecars are (default: the current folder)
  --json            print a JSON summary
  --help            show this help

An error in the files (a line that does not parse, a path leading outside --into) means nothing
is written. Spans that cannot be placed or mapped are reported with file and line and left out.
Exit status: 0 when everything was imported, 1 when something was reported, 2 on a usage error.
`;

export interface ImportCliSummary {
  format: string;
  into: string;
  files: number;
  sources: SourceImport[];
  added: number;
  updated: number;
  unchanged: number;
  refused: boolean;
  problems: ImportProblem[];
}

export const importCommand: CliCommand = {
  name: 'import',
  synopsis: 'hamish import <format> <file or folder> [--into <folder>] [--json]',
  usage: USAGE,
  async run(argv, out, err) {
    const args = parseArgs(argv, ['--json'], ['--into']);
    const [format, input, ...extra] = args.positional;
    if (format === undefined || input === undefined) throw new UsageError('name the format and the file or folder to import');
    if (extra.length > 0) throw new UsageError(`one file or folder at a time (also given: ${extra.join(', ')})`);
    const importer = importerFor(format);
    if (!importer) throw new UsageError(`unknown import format "${format}"; the formats are ${IMPORTERS.map((i) => i.format).join(', ')}`);
    if (!(await fs.stat(input).catch(() => undefined))) throw new UsageError(`no such file or folder: ${input}`);
    const into = args.values.get('--into') ?? '.';
    const intoStat = await fs.stat(into).catch(() => undefined);
    if (intoStat && !intoStat.isDirectory()) throw new UsageError(`--into must be a folder: ${into}`);

    const read = await readImportFiles(nodeFileSystem, await findImportFiles(input, (p) => importer.accepts(p)));
    const result = runImporter(importer, read, input);
    await fs.mkdir(into, { recursive: true });
    const store = new SidecarStore(nodeFileSystem, nodeLockEnvironment('hamish CLI'));
    const target = { fs: nodeFileSystem, store, root: corePath(into), makeFolder: async (p: string) => void (await fs.mkdir(p, { recursive: true })) };
    const progress = progressLine(err, 'importing sources');
    const applied = await applyImport(target, result, progress);
    progress.end();
    const summary: ImportCliSummary = {
      format: importer.format,
      into,
      files: read.files.length,
      sources: applied.sources,
      added: applied.added,
      updated: applied.updated,
      unchanged: applied.unchanged,
      refused: applied.refused,
      problems: applied.problems,
    };
    out.write(args.flags.has('--json') ? escapeControlsInJson(JSON.stringify(summary, null, 2)) + '\n' : formatSummary(summary));
    return summary.problems.length > 0 ? EXIT.problems : EXIT.ok;
  },
};

function formatSummary(s: ImportCliSummary): string {
  const lines = s.problems.map((p) => `${p.line > 0 ? `${p.file}:${p.line}` : p.file}: ${p.severity}: ${p.message}`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (s.refused) lines.push(`Nothing imported: the errors above must be fixed first (${plural(s.files, 'file')} read).`);
  else {
    const sources = s.sources.filter((x) => x.wroteSource).length;
    lines.push(
      `Imported from ${plural(s.files, 'file')} into ${s.into}: ${s.added} added, ${s.updated} updated, ${s.unchanged} already there, ` +
        `in ${plural(s.sources.length, 'source')}${sources > 0 ? ` (${plural(sources, 'source file')} written)` : ''}.`,
    );
  }
  return lines.map((l) => escapeControls(l)).join('\n') + '\n';
}
