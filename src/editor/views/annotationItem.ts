/**
 * The tree item of one annotation, shared by the views: its quote as the label, where it is
 * as the description, a click that reveals its span. Every piece of user text is isolated
 * (labelText) so an Arabic quote reads right to left inside the left-to-right tree row.
 */
import * as vscode from 'vscode';
import { type IndexedAnnotation, preview } from '../../core';
import { COMMANDS, type AnnotationRef } from '../commands/ids';
import type { ConfigService } from '../config';
import { labelText, quoted } from '../display/userText';

/** Where an annotation is: `line 3`, or `orphaned` when its text is gone. */
export function placeText(it: IndexedAnnotation): string {
  if (it.annotation.orphaned) return vscode.l10n.t('orphaned');
  return it.line === undefined ? '' : vscode.l10n.t('line {0}', it.line + 1);
}

/**
 * Relative names by source URI. Asking VS Code costs a URI parse and a folder lookup, and a
 * Claims root asks once per claim (20,000 on the benchmark corpus): remembered, and forgotten
 * when the workspace's folders change.
 */
const relativeNames = new Map<string, string>();
vscode.workspace.onDidChangeWorkspaceFolders(() => relativeNames.clear());

/** A source's name relative to the workspace, for descriptions. */
export function fileText(path: string): string {
  let name = relativeNames.get(path);
  if (name === undefined) relativeNames.set(path, (name = vscode.workspace.asRelativePath(vscode.Uri.parse(path), false)));
  return name;
}

export function revealCommand(it: IndexedAnnotation): vscode.Command {
  const ref: AnnotationRef = { uri: it.path, id: it.annotation.id };
  return { command: COMMANDS.revealAnnotation, title: vscode.l10n.t('Reveal Annotation'), arguments: [ref] };
}

export interface AnnotationItemOptions {
  /** Say which file it is in (views across the corpus). */
  withFile?: boolean;
  /** Say its type before the quote (views mixing types). */
  withType?: boolean;
  collapsible?: boolean;
}

export function annotationItem(it: IndexedAnnotation, config: ConfigService, options: AnnotationItemOptions = {}): vscode.TreeItem {
  const a = it.annotation;
  const type = config.typeOf(a.type).label;
  const item = new vscode.TreeItem(labelText(preview(a.text, 80)), options.collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  const where = [options.withType ? labelText(type) : '', options.withFile ? labelText(fileText(it.path)) : '', placeText(it)].filter(Boolean);
  item.description = where.join(' · ');
  item.tooltip = annotationTooltip(it, type);
  item.iconPath = new vscode.ThemeIcon(a.orphaned ? 'warning' : 'tag');
  item.contextValue = a.orphaned ? 'hamish.orphan' : 'hamish.annotation';
  item.command = revealCommand(it);
  return item;
}

function annotationTooltip(it: IndexedAnnotation, type: string): string {
  const a = it.annotation;
  const lines = [`${labelText(type)}: ${labelText(quoted(a.text))}`, `${labelText(fileText(it.path))} ${placeText(it)}`.trim()];
  if (a.note) lines.push(vscode.l10n.t('Note: {0}', labelText(a.note)));
  if (a.annotator) lines.push(vscode.l10n.t('Annotator: {0}', labelText(a.annotator)));
  return lines.join('\n');
}
