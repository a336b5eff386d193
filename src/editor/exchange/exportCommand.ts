/**
 * "Hamish: Export Annotation Set…": scope, filters, format and destination by quick picks (or
 * all of them from an options argument, for tests and keybindings), then reading, exporting and
 * writing under a cancellable progress notification, and a summary with an Open action.
 */
import * as vscode from 'vscode';
import { exporterFor, prepareExport, type ExportFilters, type FormatNote, type Problem, type ReanchoredSource, type StaleHandling } from '../../core';
import type { CommandContext } from '../commands/context';
import { HamishError } from '../hamishError';
import { countOf } from '../display/counted';
import { messageText, quoted } from '../display/userText';
import { loadScope, scopeOf, workspaceScope, type ExportScope } from './exportScope';
import { pickDestination, pickExporter, pickFilters, pickScope } from './exportPicks';
import { withCancellableProgress } from './progress';
import { UnsafeOutputError, writeOutputs } from './workspaceFiles';

/** Everything the quick picks would ask, given at once (URIs as strings). */
export interface ExportCommandOptions {
  /** A file or folder; the whole workspace when absent. */
  uri?: string;
  format: string;
  destination: string;
  types?: string[];
  annotators?: string[];
  orphans?: 'include' | 'exclude';
  stale?: StaleHandling;
}

export interface ExportOutcome {
  files: string[];
  sources: number;
  annotations: number;
  notes: FormatNote[];
  reanchored: ReanchoredSource[];
  refused: string[];
  problems: Problem[];
  cancelled: boolean;
}

function isOptions(x: unknown): x is ExportCommandOptions {
  const o = x as ExportCommandOptions | null;
  return typeof o === 'object' && o !== null && typeof o.format === 'string' && typeof o.destination === 'string';
}

export async function exportAnnotationSet(ctx: CommandContext, arg: unknown): Promise<ExportOutcome | undefined> {
  const options = isOptions(arg) ? arg : undefined;
  const scope: ExportScope | undefined = options
    ? await (options.uri ? scopeOf(vscode.Uri.parse(options.uri)) : workspaceScope())
    : arg instanceof vscode.Uri
      ? await scopeOf(arg)
      : await pickScope();
  if (!scope) return undefined;
  if (scope.parts.every((p) => p.sidecars.length === 0)) throw new HamishError(vscode.l10n.t('there are no annotations to export there.'));

  const loaded = await withCancellableProgress(vscode.l10n.t('Hamish: reading annotations'), (report, cancelled) => loadScope(scope, report, cancelled));
  if (loaded.cancelled) return undefined;
  const filters: ExportFilters | undefined = options
    ? { types: options.types, annotators: options.annotators, orphans: options.orphans }
    : await pickFilters(ctx.config, loaded.inputs);
  if (!filters) return undefined;
  const exporter = options ? exporterFor(options.format) : await pickExporter();
  if (!exporter) {
    if (options) throw new HamishError(vscode.l10n.t('there is no export format {0}.', messageText(quoted(options.format))));
    return undefined;
  }

  const prepared = prepareExport(loaded.inputs, filters, options?.stale ?? 'reanchor');
  const result = exporter.export(prepared.sources, { includeOrphans: filters.orphans !== 'exclude' });
  const destination = options
    ? vscode.Uri.parse(options.destination)
    : await pickDestination(exporter, scope.home, exporter.layout === 'single-file' && result.files.length === 1 ? result.files[0]!.path : undefined);
  if (!destination) return undefined;

  let written: vscode.Uri[];
  let cancelled = false;
  try {
    written = await withCancellableProgress(vscode.l10n.t('Hamish: writing {0}', exporter.label), async (_report, isCancelled) => {
      const uris = await writeOutputs(destination, result.files, exporter.layout === 'single-file', isCancelled);
      cancelled = isCancelled();
      return uris;
    });
  } catch (e) {
    if (e instanceof UnsafeOutputError) throw new HamishError(e.message);
    throw e;
  }
  const outcome: ExportOutcome = {
    files: written.map((u) => u.toString()),
    sources: prepared.sources.length,
    annotations: prepared.sources.reduce((n, s) => n + s.annotations.length, 0),
    notes: [...prepared.notes, ...result.notes],
    reanchored: prepared.reanchored,
    refused: prepared.refused,
    problems: loaded.problems,
    cancelled,
  };
  void showSummary(ctx, outcome, exporter.label, destination, written.length === 1 && exporter.layout === 'single-file');
  return outcome;
}

async function showSummary(ctx: CommandContext, o: ExportOutcome, label: string, destination: vscode.Uri, singleFile: boolean): Promise<void> {
  const files = o.files.length;
  const filesText = countOf(files, vscode.l10n.t('1 file'), vscode.l10n.t('2 files'), vscode.l10n.t('{0} files', files));
  const annotationsText = countOf(o.annotations, vscode.l10n.t('1 annotation'), vscode.l10n.t('2 annotations'), vscode.l10n.t('{0} annotations', o.annotations));
  const sourcesText = sourcesCount(o.sources);
  const where = messageText(vscode.workspace.asRelativePath(destination));
  const parts = [
    o.cancelled
      ? vscode.l10n.t('Hamish: export cancelled after writing {0} ({1}): {2} from {3}, to {4}.', filesText, label, annotationsText, sourcesText, where)
      : vscode.l10n.t('Hamish: exported {0} ({1}): {2} from {3}, to {4}.', filesText, label, annotationsText, sourcesText, where),
  ];
  const notes = o.notes.length;
  if (notes > 0) {
    const things = countOf(notes, vscode.l10n.t('1 thing'), vscode.l10n.t('2 things'), vscode.l10n.t('{0} things', notes));
    parts.push(vscode.l10n.t('{0} the format could not represent, first: {1}.', things, messageText(o.notes[0]!.message)));
  }
  const stale = o.reanchored.length;
  if (stale > 0) {
    const sidecars = countOf(stale, vscode.l10n.t('1 stale sidecar'), vscode.l10n.t('2 stale sidecars'), vscode.l10n.t('{0} stale sidecars', stale));
    parts.push(vscode.l10n.t('{0} re-anchored onto changed sources first.', sidecars));
  }
  if (o.refused.length > 0) parts.push(vscode.l10n.t('{0} left out (stale sidecar).', sourcesCount(o.refused.length)));
  const unread = o.problems.length;
  if (unread > 0) {
    const sidecars = countOf(unread, vscode.l10n.t('1 sidecar'), vscode.l10n.t('2 sidecars'), vscode.l10n.t('{0} sidecars', unread));
    parts.push(vscode.l10n.t('{0} could not be read, first: {1}.', sidecars, messageText(o.problems[0]!.message)));
  }
  const show = o.problems.length + o.refused.length > 0 ? ctx.messages.warning.bind(ctx.messages) : ctx.messages.info.bind(ctx.messages);
  const open = vscode.l10n.t('Open');
  const action = await show(parts.join(' '), open);
  if (action !== open) return;
  if (singleFile) await vscode.window.showTextDocument(destination);
  else await vscode.commands.executeCommand('revealInExplorer', destination);
}

function sourcesCount(n: number): string {
  return countOf(n, vscode.l10n.t('1 source'), vscode.l10n.t('2 sources'), vscode.l10n.t('{0} sources', n));
}
