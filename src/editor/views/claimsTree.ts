/**
 * The Claims view, the research question itself: every claim of the corpus with who said it
 * and when, from its `speaker` and `date` links. Sorted by position or by date, flat or grouped
 * by speaker (view title actions). A claim whose speaker or date is missing or dangling carries
 * a warning icon and says which. Expanding a claim shows its linked annotations; clicking any
 * row reveals its span.
 */
import * as vscode from 'vscode';
import { type ClaimOrder, type ClaimRow, type IndexedAnnotation, labelIn, preview } from '../../core';
import type { ConfigService } from '../config';
import { Disposable } from '../dispose';
import { labelText, quoted } from '../display/userText';
import { annotationItem, fileText, placeText, revealCommand } from './annotationItem';
import type { CorpusScanner } from './corpusScanner';
import type { ViewFilter } from './viewFilter';

export type ClaimGrouping = 'none' | 'speaker';

export interface SpeakerGroup {
  kind: 'speaker';
  /** The speaker's actor key; '' for claims without a speaker. */
  key: string;
  name: string;
  rows: ClaimRow[];
}
export interface LinkNode {
  kind: 'link';
  name: 'speaker' | 'date' | 'reported-by';
  target: IndexedAnnotation;
}
export type ClaimsNode = SpeakerGroup | ClaimRow | LinkNode;

export class ClaimsTree extends Disposable implements vscode.TreeDataProvider<ClaimsNode> {
  private readonly changed = this.register(new vscode.EventEmitter<ClaimsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  order: ClaimOrder = 'position';
  /**
   * Rows already made, by claim row. The index keeps a file's rows until that file changes,
   * so after one edit only the edited file's claims are made again, not the whole corpus's.
   */
  private items = new WeakMap<ClaimRow, vscode.TreeItem>();
  grouping: ClaimGrouping = 'none';

  constructor(
    private readonly scanner: CorpusScanner,
    private readonly filter: ViewFilter,
    private readonly config: ConfigService,
  ) {
    super();
    this.register(filter.onDidChange(() => this.changed.fire(undefined)));
    this.register(
      config.onDidChange(() => {
        this.items = new WeakMap();
        this.changed.fire(undefined);
      }),
    );
    // Claims are ordered across files: a file whose claims changed changes the list.
    this.register(scanner.onDidChange((changes) => (changes.length === 0 || changes.some((c) => c.claims) ? this.changed.fire(undefined) : undefined)));
    this.setContext();
  }

  setOrder(order: ClaimOrder): void {
    this.order = order;
    this.setContext();
    this.changed.fire(undefined);
  }

  setGrouping(grouping: ClaimGrouping): void {
    this.grouping = grouping;
    this.setContext();
    this.changed.fire(undefined);
  }

  private setContext(): void {
    void vscode.commands.executeCommand('setContext', 'hamish.claimsOrder', this.order);
    void vscode.commands.executeCommand('setContext', 'hamish.claimsGrouping', this.grouping);
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) {
      const rows = this.scanner.index.claims(this.filter.current, this.order);
      return this.grouping === 'speaker' ? this.bySpeaker(rows) : rows;
    }
    if ('kind' in node) return node.kind === 'speaker' ? node.rows : [];
    const links: LinkNode[] = [];
    if (node.speaker?.target) links.push({ kind: 'link', name: 'speaker', target: node.speaker.target });
    if (node.date?.target) links.push({ kind: 'link', name: 'date', target: node.date.target });
    if (node.reportedBy?.target) links.push({ kind: 'link', name: 'reported-by', target: node.reportedBy.target });
    return links;
  }

  private bySpeaker(rows: readonly ClaimRow[]): SpeakerGroup[] {
    const groups = new Map<string, SpeakerGroup>();
    for (const row of rows) {
      const key = row.speakerKey ?? '';
      let g = groups.get(key);
      if (!g) {
        const name = key ? speakerName(row) : vscode.l10n.t('No speaker');
        groups.set(key, (g = { kind: 'speaker', key, name, rows: [] }));
      }
      g.rows.push(row);
    }
    // Named speakers by name; the claims without one last, where they stand out.
    return [...groups.values()].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    if ('kind' in node && node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.key ? labelText(node.name) : node.name, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.rows.length);
      item.id = `speaker:${node.key}`;
      item.iconPath = new vscode.ThemeIcon(node.key ? 'person' : 'warning');
      return item;
    }
    if ('kind' in node) {
      const item = annotationItem(node.target, this.config, { withType: true });
      item.label = `${linkLabel(this.config, node.name)}: ${item.label as string}`;
      return item;
    }
    let item = this.items.get(node);
    if (!item) this.items.set(node, (item = this.claimItem(node)));
    return item;
  }

  /** Tooltips are made when a row is hovered, not for each of thousands of rows up front. */
  resolveTreeItem(item: vscode.TreeItem, node: ClaimsNode): vscode.TreeItem {
    if (!('claim' in node)) return item;
    const { speaker, date } = this.speakerAndDate(node);
    const missing = node.missing.map((m) => (m === 'speaker' ? vscode.l10n.t('its speaker is missing') : vscode.l10n.t('its date is missing')));
    item.tooltip = [labelText(quoted(node.claim.annotation.text)), vscode.l10n.t('Speaker: {0}', speaker), vscode.l10n.t('Date: {0}', date), ...missing].join('\n');
    return item;
  }

  private speakerAndDate(row: ClaimRow): { speaker: string; date: string } {
    const speaker = row.speaker?.target ? labelText(preview(speakerName(row), 40)) : vscode.l10n.t('no speaker');
    const date = row.date?.target ? labelText(row.dateValue ?? preview(row.date.target.annotation.text, 30)) : vscode.l10n.t('no date');
    return { speaker, date };
  }

  private claimItem(row: ClaimRow): vscode.TreeItem {
    const it = row.claim;
    const hasLinks = !!(row.speaker?.target || row.date?.target || row.reportedBy?.target);
    const item = new vscode.TreeItem(labelText(preview(it.annotation.text, 80)), hasLinks ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    const { speaker, date } = this.speakerAndDate(row);
    item.description = [speaker, date, labelText(fileText(it.path)), placeText(it)].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(row.missing.length ? 'warning' : 'comment-discussion');
    item.contextValue = row.missing.length ? 'hamish.claimIncomplete' : 'hamish.claim';
    item.command = revealCommand(it);
    item.id = `claim:${it.path}#${it.annotation.id}`;
    return item;
  }
}

/** The speaker's name: its canonical attribute when set, else its quote. */
function speakerName(row: ClaimRow): string {
  const a = row.speaker!.target!.annotation;
  const canonical = a.attrs['canonical'];
  return typeof canonical === 'string' && canonical.trim() ? canonical.trim() : a.text;
}

function linkLabel(config: ConfigService, name: string): string {
  const def = config.typeOf('claim').def.links.find((l) => l.name === name);
  return labelText(labelIn(def?.label, vscode.env.language, name));
}
