/** `hamish export`: sidecars under the named paths, filtered, re-anchored where stale, written in one format. */
import {
  collectExport, escapeControls, escapeControlsInJson, EXPORTERS, exporterFor, formatProblem, prepareExport, SidecarStore,
  type FormatNote, type Problem, type ReanchoredSource,
} from '../../core';
import { nodeLockEnvironment } from '../../node/lockEnvironment';
import { nodeFileSystem } from '../../node/nodeFileSystem';
import { choiceValue, listValue, parseArgs, UsageError } from '../args';
import { commonRoot, corePath, UnsafeOutputError, writeOutputs } from '../exchangeFiles';
import { findSidecars, MissingPathError } from '../findSidecars';
import { progressLine } from '../progress';
import { EXIT, type CliCommand } from './command';

const USAGE = `Usage: hamish export <files or folders>... --format <name> --out <path> [options]

Exports the annotations of the named sources (or of every sidecar below the named folders)
in one format. Paths in the export are relative to the folder the named paths share.

Formats:
${EXPORTERS.map((e) => `  ${e.format.padEnd(12)} ${e.label}${e.layout === 'per-source' ? ' (--out is a folder)' : ''}`).join('\n')}

Options:
  --format <name>                 the format (required)
  --out <path>                    the file to write, or the folder for per-source formats (required)
  --types a,b                     only these annotation types
  --annotators x,y                only annotations by these annotators
  --orphans include|exclude       orphaned annotations (their text is gone from the source); default include
  --stale reanchor|refuse         a sidecar made on another version of its source is re-anchored
                                  onto the source first (default), or left out and reported
  --json                          print a JSON summary
  --help                          show this help

Exit status: 0 when written cleanly, 1 when something was left out (unreadable or
refused sidecars), 2 on a usage error.
`;

export interface ExportSummary {
  format: string;
  out: string;
  files: string[];
  sources: number;
  annotations: number;
  reanchored: ReanchoredSource[];
  refused: string[];
  /** What the format could not represent, and links cut by the filters. */
  notes: FormatNote[];
  problems: Problem[];
}

export const exportCommand: CliCommand = {
  name: 'export',
  synopsis: 'hamish export <files or folders>... --format <name> --out <path> [--types a,b] [--annotators x,y] [--orphans include|exclude] [--stale reanchor|refuse] [--json]',
  usage: USAGE,
  async run(argv, out, err) {
    const args = parseArgs(argv, ['--json'], ['--format', '--out', '--types', '--annotators', '--orphans', '--stale']);
    if (args.positional.length === 0) throw new UsageError('name at least one file or folder to export');
    const format = args.values.get('--format');
    if (format === undefined) throw new UsageError('--format is required');
    const exporter = exporterFor(format);
    if (!exporter) throw new UsageError(`unknown format "${format}"; the formats are ${EXPORTERS.map((e) => e.format).join(', ')}`);
    const destination = args.values.get('--out');
    if (destination === undefined) throw new UsageError('--out is required');
    const orphans = choiceValue(args, '--orphans', ['include', 'exclude'] as const, 'include');
    const stale = choiceValue(args, '--stale', ['reanchor', 'refuse'] as const, 'reanchor');
    const filters = { types: listValue(args, '--types'), annotators: listValue(args, '--annotators'), orphans };

    let found;
    try {
      found = await findSidecars(args.positional);
    } catch (e) {
      if (e instanceof MissingPathError) throw new UsageError(e.message);
      throw e;
    }
    const root = await commonRoot(args.positional);
    const store = new SidecarStore(nodeFileSystem, nodeLockEnvironment('hamish CLI'));
    const progress = progressLine(err, 'reading sidecars');
    const collected = await collectExport(nodeFileSystem, store, root, found.sidecars.map(corePath), progress);
    progress.end();
    const prepared = prepareExport(collected.inputs, filters, stale);
    const result = exporter.export(prepared.sources, { includeOrphans: orphans === 'include' });
    let files: string[];
    try {
      files = await writeOutputs(destination, result.files, exporter.layout === 'single-file');
    } catch (e) {
      if (!(e instanceof UnsafeOutputError)) throw e;
      err.write(`hamish export: ${escapeControls(e.message)}\n`);
      return EXIT.problems;
    }
    const summary: ExportSummary = {
      format: exporter.format,
      out: destination,
      files,
      sources: prepared.sources.length,
      annotations: prepared.sources.reduce((n, s) => n + s.annotations.length, 0),
      reanchored: prepared.reanchored,
      refused: prepared.refused,
      notes: [...prepared.notes, ...result.notes],
      problems: [...found.skipped.filter((p) => p.severity !== 'info'), ...collected.problems],
    };
    out.write(args.flags.has('--json') ? escapeControlsInJson(JSON.stringify(summary, null, 2)) + '\n' : formatSummary(summary, exporter.label));
    return summary.problems.length > 0 || summary.refused.length > 0 ? EXIT.problems : EXIT.ok;
  },
};

function formatSummary(s: ExportSummary, label: string): string {
  const lines = s.problems.map((p) => formatProblem(p));
  for (const path of s.refused) lines.push(`${path}: left out: its sidecar was made on another version of the source (--stale refuse)`);
  for (const r of s.reanchored) lines.push(`${r.path}: re-anchored onto the changed source first: ${r.moved} moved, ${r.fuzzy} approximate, ${r.orphaned} newly orphaned`);
  for (const n of s.notes) lines.push(`${n.source ?? ''}${n.annotation ? ` ${n.annotation}` : ''}: not represented: ${n.message}`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`Exported ${plural(s.annotations, 'annotation')} from ${plural(s.sources, 'source')} as ${label}: ${plural(s.files.length, 'file')} written to ${s.out}`);
  return lines.map((l) => escapeControls(l)).join('\n') + '\n';
}
