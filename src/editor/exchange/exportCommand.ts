/**
 * "Hamish: Export Annotation Set…": scope, filters, format and destination by quick picks (or
 * all of them from an options argument, for tests and keybindings), then reading, exporting and
 * writing under a cancellable progress notification, and a summary with an Open action.
 */
import * as vscode from 'vscode';
import { exporterFor, prepareExport, type ExportFilters, type FormatNote, type Problem, type ReanchoredSource, type StaleHandling } from '../../core';
import type { CommandContext } from '../commands/context';
import { HamishError } from '../hamishError';
import { messageText } from '../display/userText';
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
  if (scope.parts.every((p) => p.sidecars.length === 0)) throw new HamishError('there are no annotations to export there.');

  const loaded = await withCancellableProgress('Hamish: reading annotations', (report, cancelled) => loadScope(scope, report, cancelled));
  if (loaded.cancelled) return undefined;
  const filters: ExportFilters | undefined = options
    ? { types: options.types, annotators: options.annotators, orphans: options.orphans }
    : await pickFilters(ctx.config, loaded.inputs);
  if (!filters) return undefined;
  const exporter = options ? exporterFor(options.format) : await pickExporter();
  if (!exporter) {
    if (options) throw new HamishError(`there is no export format "${options.format}".`);
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
    written = await withCancellableProgress(`Hamish: writing ${exporter.label}`, async (_report, isCancelled) => {
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
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    `Hamish: ${o.cancelled ? 'export cancelled after writing' : 'exported'} ${plural(o.files.length, 'file')} (${label}): ` +
      `${plural(o.annotations, 'annotation')} from ${plural(o.sources, 'source')}, to ${messageText(vscode.workspace.asRelativePath(destination))}.`,
  ];
  if (o.notes.length > 0) parts.push(`${plural(o.notes.length, 'thing')} the format could not represent, first: ${messageText(o.notes[0]!.message)}.`);
  if (o.reanchored.length > 0) parts.push(`${plural(o.reanchored.length, 'stale sidecar')} re-anchored onto changed sources first.`);
  if (o.refused.length > 0) parts.push(`${plural(o.refused.length, 'source')} left out (stale sidecar).`);
  if (o.problems.length > 0) parts.push(`${plural(o.problems.length, 'sidecar')} could not be read, first: ${messageText(o.problems[0]!.message)}.`);
  const show = o.problems.length + o.refused.length > 0 ? ctx.messages.warning.bind(ctx.messages) : ctx.messages.info.bind(ctx.messages);
  const action = await show(parts.join(' '), 'Open');
  if (action !== 'Open') return;
  if (singleFile) await vscode.window.showTextDocument(destination);
  else await vscode.commands.executeCommand('revealInExplorer', destination);
}
