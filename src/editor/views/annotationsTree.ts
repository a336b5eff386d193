/**
 * The Annotations view: the active file's annotations grouped by type, each group in text
 * order, orphans at the end of their group. It reads the corpus index, which holds the open
 * file's live annotations, and refreshes when that file changes or another file becomes active.
 */
import * as vscode from 'vscode';
import type { IndexedAnnotation } from '../../core';
import type { ConfigService } from '../config';
import { Disposable } from '../dispose';
import { labelText } from '../display/userText';
import { annotationItem } from './annotationItem';
import type { CorpusScanner } from './corpusScanner';
import type { ViewFilter } from './viewFilter';

export interface TypeGroup {
  kind: 'type';
  type: string;
  items: IndexedAnnotation[];
}
export type AnnotationsNode = TypeGroup | IndexedAnnotation;

export class AnnotationsTree extends Disposable implements vscode.TreeDataProvider<AnnotationsNode> {
  private readonly changed = this.register(new vscode.EventEmitter<AnnotationsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly scanner: CorpusScanner,
    private readonly filter: ViewFilter,
    private readonly config: ConfigService,
  ) {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire(undefined)));
    this.register(filter.onDidChange(() => this.changed.fire(undefined)));
    this.register(config.onDidChange(() => this.changed.fire(undefined)));
    this.register(
      scanner.onDidChange((changes) => {
        const active = this.activePath();
        if (changes.length === 0 || changes.some((c) => c.path === active)) this.changed.fire(undefined);
      }),
    );
  }

  /** The active editor's document, the one this view lists. */
  activePath(): string | undefined {
    return vscode.window.activeTextEditor?.document.uri.toString();
  }

  getChildren(node?: AnnotationsNode): AnnotationsNode[] {
    if (node) return 'kind' in node ? node.items : [];
    const path = this.activePath();
    if (!path) return [];
    const groups = new Map<string, TypeGroup>();
    for (const it of this.scanner.index.annotationsOf(path, this.filter.current)) {
      let g = groups.get(it.annotation.type);
      if (!g) groups.set(it.annotation.type, (g = { kind: 'type', type: it.annotation.type, items: [] }));
      g.items.push(it);
    }
    // Types in the schema's order, then others by name.
    const order = this.config.current.types.map((t) => t.name);
    const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
    return [...groups.values()].sort((a, b) => rank(a.type) - rank(b.type) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  }

  getTreeItem(node: AnnotationsNode): vscode.TreeItem {
    if ('kind' in node) {
      const item = new vscode.TreeItem(labelText(this.config.typeOf(node.type).label), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.id = `type:${node.type}`;
      item.iconPath = new vscode.ThemeIcon('symbol-key');
      return item;
    }
    const item = annotationItem(node, this.config);
    item.id = `${node.path}#${node.annotation.id}`;
    return item;
  }
}
