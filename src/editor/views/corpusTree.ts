/**
 * The Corpus view: annotated files with their counts and orphan counts; a click opens the
 * file. A file whose annotations changed refreshes alone, unless files came or went.
 */
import * as vscode from 'vscode';
import { basename, type FileSummary } from '../../core';
import type { ConfigService } from '../config';
import { Disposable } from '../dispose';
import { labelText } from '../display/userText';
import { fileText } from './annotationItem';
import type { CorpusScanner } from './corpusScanner';
import type { ViewFilter } from './viewFilter';

export class CorpusTree extends Disposable implements vscode.TreeDataProvider<FileSummary> {
  private readonly changed = this.register(new vscode.EventEmitter<FileSummary | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  /** The element last handed out for each path: firing it refreshes that row alone. */
  private shown = new Map<string, FileSummary>();

  constructor(
    private readonly scanner: CorpusScanner,
    private readonly filter: ViewFilter,
    config: ConfigService,
  ) {
    super();
    this.register(filter.onDidChange(() => this.changed.fire(undefined)));
    this.register(config.onDidChange(() => this.changed.fire(undefined)));
    this.register(scanner.onDidChange((changes) => this.refresh(changes.map((c) => c.path), changes.length === 0)));
  }

  private refresh(paths: readonly string[], all: boolean): void {
    if (all) return this.changed.fire(undefined);
    const now = new Map(this.scanner.index.files(this.filter.current).map((f) => [f.path, f]));
    // A file that came or went changes the list itself.
    if (paths.some((p) => now.has(p) !== this.shown.has(p))) return this.changed.fire(undefined);
    for (const p of paths) {
      const element = this.shown.get(p);
      if (!element) continue;
      Object.assign(element, now.get(p)!); // same element, new counts
      this.changed.fire(element);
    }
  }

  getChildren(node?: FileSummary): FileSummary[] {
    if (node) return [];
    const files = this.scanner.index.files(this.filter.current).map((f) => ({ ...f }));
    this.shown = new Map(files.map((f) => [f.path, f]));
    return files;
  }

  getTreeItem(file: FileSummary): vscode.TreeItem {
    const uri = vscode.Uri.parse(file.path);
    const item = new vscode.TreeItem(labelText(basename(uri.path)), vscode.TreeItemCollapsibleState.None);
    const relative = fileText(file.path);
    const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
    const annotations = file.total === 1 ? vscode.l10n.t('1 annotation') : vscode.l10n.t('{0} annotations', file.total);
    const counts = file.orphans ? vscode.l10n.t('{0}, {1} orphaned', annotations, file.orphans) : annotations;
    item.description = folder ? `${counts} · ${labelText(folder)}` : counts;
    item.tooltip = `${labelText(relative)}\n${counts}`;
    item.resourceUri = uri;
    item.iconPath = file.orphans ? new vscode.ThemeIcon('warning') : vscode.ThemeIcon.File;
    item.id = `file:${file.path}`;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open File'), arguments: [uri] };
    return item;
  }
}
