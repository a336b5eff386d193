/**
 * The Suggestions view: what is proposed in the active file, grouped by type (in the order
 * of the research question: claim, actor, date, then the rest), in text order within a group.
 * A click selects the span; inline actions accept or dismiss a row, or accept a whole group.
 * Quotes are isolated (labelText) so Arabic reads right to left in the left-to-right row.
 * The view's description gives the count.
 */
import * as vscode from 'vscode';
import { preview } from '../../core';
import { COMMANDS } from '../commands/ids';
import type { ConfigService } from '../config';
import { Disposable } from '../dispose';
import { labelText, quoted } from '../display/userText';
import type { SuggestionRef, SuggestionTypeRef, ShownSuggestion } from './shownSuggestion';
import { linkedTexts, suggestionDetails } from './suggestionText';
import type { SuggestionService } from './suggestionService';

export const SUGGESTIONS_VIEW = 'hamish.suggestions';
const TYPE_ORDER = ['claim', 'actor', 'date'];

export interface SuggestionGroupNode extends SuggestionTypeRef {
  count: number;
}
export interface SuggestionNode extends SuggestionRef {
  shown: ShownSuggestion;
  line: number;
}
export type SuggestionsNode = SuggestionGroupNode | SuggestionNode;

export class SuggestionsTree extends Disposable implements vscode.TreeDataProvider<SuggestionsNode> {
  private readonly changed = this.register(new vscode.EventEmitter<SuggestionsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<SuggestionsNode>;

  constructor(
    private readonly suggestions: SuggestionService,
    private readonly config: ConfigService,
  ) {
    super();
    this.view = this.register(vscode.window.createTreeView(SUGGESTIONS_VIEW, { treeDataProvider: this, showCollapseAll: true }));
    this.register(suggestions.onDidChange((key) => key === this.document()?.uri.toString() && this.refresh()));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.refresh()));
    this.register(config.onDidChange(() => this.refresh()));
    this.refresh();
  }

  /** The file whose suggestions are listed: the active editor's. */
  private document(): vscode.TextDocument | undefined {
    return vscode.window.activeTextEditor?.document;
  }

  private refresh(): void {
    const document = this.document();
    const list = document && this.suggestions.list(document);
    const n = list?.length ?? 0;
    this.view.description = list ? (n === 1 ? vscode.l10n.t('1 suggestion') : vscode.l10n.t('{0} suggestions', n)) : '';
    this.view.message = list ? (n === 0 ? vscode.l10n.t('Nothing to suggest in this file.') : undefined) : vscode.l10n.t('Run Hamish: Suggest Annotations to see proposals for the active file.');
    this.changed.fire(undefined);
  }

  getChildren(node?: SuggestionsNode): SuggestionsNode[] {
    const document = this.document();
    const list = document && this.suggestions.list(document);
    if (!document || !list) return [];
    const uri = document.uri.toString();
    if (!node) {
      const types = [...new Set(list.map((s) => s.suggestion.type))];
      types.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
      return types.map((type) => ({ uri, type, count: list.filter((s) => s.suggestion.type === type).length }));
    }
    if ('key' in node) return [];
    return list
      .filter((s) => s.suggestion.type === node.type)
      .map((s) => ({ uri, key: s.suggestion.key, shown: s, line: document.positionAt(s.start).line }));
  }

  getTreeItem(node: SuggestionsNode): vscode.TreeItem {
    if (!('key' in node)) {
      const item = new vscode.TreeItem(labelText(this.config.typeOf(node.type).label), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.count);
      item.contextValue = 'hamish.suggestionGroup';
      item.iconPath = new vscode.ThemeIcon('lightbulb');
      item.id = `suggestions:${node.uri}:${node.type}`;
      return item;
    }
    const s = node.shown.suggestion;
    const item = new vscode.TreeItem(labelText(preview(s.text, 80)), vscode.TreeItemCollapsibleState.None);
    const document = this.document();
    const links = linkedTexts(s, (document && this.suggestions.list(document)) ?? [], undefined);
    const details = suggestionDetails(s, this.config.typeOf(s.type).def, links).map((d) => `${labelText(d.label)}: ${labelText(d.value)}`);
    // The row names the first thing proposed (a date's value, an actor's canonical name); the tooltip all of it.
    item.description = [vscode.l10n.t('line {0}', node.line + 1), details.length > 1 ? details[0] : ''].filter(Boolean).join(' · ');
    item.tooltip = [`${labelText(this.config.typeOf(s.type).label)}: ${labelText(quoted(s.text))}`, ...details].join('\n');
    item.contextValue = 'hamish.suggestion';
    item.iconPath = new vscode.ThemeIcon('lightbulb-sparkle');
    item.id = `suggestion:${node.uri}:${s.key}`;
    const ref: SuggestionRef = { uri: node.uri, key: s.key };
    item.command = { command: COMMANDS.revealSuggestion, title: vscode.l10n.t('Reveal Suggestion'), arguments: [ref] };
    return item;
  }
}

function rank(type: string): number {
  const i = TYPE_ORDER.indexOf(type);
  return i < 0 ? TYPE_ORDER.length : i;
}
