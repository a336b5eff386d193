/**
 * The quick picks of "Export Annotation Set…": scope, types, annotators, orphans, format and
 * destination. Types and annotators are offered from what the scope really holds. Every piece
 * of user text is shown through labelText, so Arabic names read right to left.
 */
import * as vscode from 'vscode';
import { EXPORTERS, type ExportFilters, type ExportInput, type Exporter } from '../../core';
import { labelText } from '../display/userText';
import type { ConfigService } from '../config';
import { AnnotationService } from '../annotationService';
import { scopeOf, workspaceScope, type ExportScope } from './exportScope';

export async function pickScope(): Promise<ExportScope | undefined> {
  const editor = vscode.window.activeTextEditor;
  const items: Array<vscode.QuickPickItem & { id: 'file' | 'folder' | 'workspace' }> = [];
  if (editor && AnnotationService.isAnnotatable(editor.document)) {
    items.push({ id: 'file', label: vscode.l10n.t('This file'), description: labelText(vscode.workspace.asRelativePath(editor.document.uri)) });
  }
  items.push({ id: 'folder', label: vscode.l10n.t('A folder…') }, { id: 'workspace', label: vscode.l10n.t('The whole workspace') });
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export the annotations of…') });
  if (!picked) return undefined;
  if (picked.id === 'file') return scopeOf(editor!.document.uri);
  if (picked.id === 'workspace') return workspaceScope();
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export this folder'), defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri });
  return folder?.[0] && scopeOf(folder[0]);
}

/** Types, annotators and orphans; undefined when the researcher stepped out. */
export async function pickFilters(config: ConfigService, inputs: readonly ExportInput[]): Promise<ExportFilters | undefined> {
  const all = inputs.flatMap((i) => i.set.annotations);
  const count = (pick: (a: (typeof all)[number]) => string | undefined) => {
    const m = new Map<string, number>();
    for (const a of all) {
      const k = pick(a);
      if (k !== undefined) m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].sort((x, y) => y[1] - x[1]);
  };
  const filters: ExportFilters = {};
  const types = count((a) => a.type);
  if (types.length > 1) {
    const picked = await multiPick(types.map(([t, n]) => ({ label: labelText(config.typeOf(t).label), description: `${n}`, value: t })), vscode.l10n.t('Which types? (all are selected)'));
    if (!picked) return undefined;
    if (picked.length < types.length) filters.types = picked;
  }
  const annotators = count((a) => a.annotator);
  if (annotators.length > 1) {
    const picked = await multiPick(annotators.map(([t, n]) => ({ label: labelText(t), description: `${n}`, value: t })), vscode.l10n.t('Whose annotations? (all are selected)'));
    if (!picked) return undefined;
    if (picked.length < annotators.length) filters.annotators = picked;
  }
  const orphans = all.filter((a) => a.orphaned).length;
  if (orphans > 0) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Include orphaned annotations'), description: vscode.l10n.t('{0} whose text is gone from the source', orphans), value: 'include' as const },
        { label: vscode.l10n.t('Leave orphaned annotations out'), value: 'exclude' as const },
      ],
      { placeHolder: vscode.l10n.t('Orphaned annotations') },
    );
    if (!picked) return undefined;
    filters.orphans = picked.value;
  }
  return filters;
}

async function multiPick(items: Array<vscode.QuickPickItem & { value: string }>, placeHolder: string): Promise<string[] | undefined> {
  const picked = await vscode.window.showQuickPick(items.map((i) => ({ ...i, picked: true })), { placeHolder, canPickMany: true });
  if (!picked || picked.length === 0) return undefined;
  return picked.map((p) => p.value);
}

export async function pickExporter(): Promise<Exporter | undefined> {
  const picked = await vscode.window.showQuickPick(
    EXPORTERS.map((e) => ({ label: e.label, description: e.format, detail: e.description, exporter: e })),
    { placeHolder: vscode.l10n.t('Export in which format?'), matchOnDescription: true },
  );
  return picked?.exporter;
}

/** A file for single-file formats (named as the format names its file), a folder otherwise. */
export async function pickDestination(exporter: Exporter, home: vscode.Uri, fileName: string | undefined): Promise<vscode.Uri | undefined> {
  if (exporter.layout === 'single-file' && fileName !== undefined) {
    return vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(home, fileName), saveLabel: vscode.l10n.t('Export') });
  }
  const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: vscode.l10n.t('Export into this folder'), defaultUri: home });
  return folder?.[0];
}
