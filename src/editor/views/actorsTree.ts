/**
 * The Actors view: actors across the workspace by canonical name (or by quote when none is
 * set), with mention counts; expanding one lists its mentions, a click reveals a mention.
 * Groups are in name order, so one edit that adds or removes a mention of a known actor
 * refreshes that actor alone.
 */
import * as vscode from 'vscode';
import type { ActorGroup, IndexedAnnotation } from '../../core';
import type { ConfigService } from '../config';
import { Disposable } from '../dispose';
import { labelText } from '../display/userText';
import { annotationItem } from './annotationItem';
import type { CorpusScanner } from './corpusScanner';
import type { ViewFilter } from './viewFilter';

export type ActorsNode = ActorGroup | IndexedAnnotation;

export class ActorsTree extends Disposable implements vscode.TreeDataProvider<ActorsNode> {
  private readonly changed = this.register(new vscode.EventEmitter<ActorsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  /** The group elements last handed out, by key: firing one refreshes that actor alone. */
  private shown = new Map<string, ActorGroup>();

  constructor(
    private readonly scanner: CorpusScanner,
    private readonly filter: ViewFilter,
    private readonly config: ConfigService,
  ) {
    super();
    this.register(filter.onDidChange(() => this.changed.fire(undefined)));
    this.register(config.onDidChange(() => this.changed.fire(undefined)));
    this.register(scanner.onDidChange((changes) => (changes.length === 0 ? this.changed.fire(undefined) : this.refresh(changes.flatMap((c) => c.actorKeys)))));
  }

  private refresh(keys: readonly string[]): void {
    if (keys.length === 0) return;
    const updated = new Map<string, ActorGroup | undefined>(keys.map((k) => [k, this.scanner.index.actor(k, this.filter.current)]));
    // An actor that appeared or vanished, or was renamed, moves in the list: the list changes.
    for (const [key, group] of updated) {
      const old = this.shown.get(key);
      if (!group !== !old || (group && old && group.name !== old.name)) return this.changed.fire(undefined);
    }
    for (const [key, group] of updated) {
      const element = this.shown.get(key);
      if (!element || !group) continue;
      Object.assign(element, group);
      this.changed.fire(element);
    }
  }

  getChildren(node?: ActorsNode): ActorsNode[] {
    if (node) return 'key' in node ? [...node.mentions] : [];
    const groups = this.scanner.index.actors(this.filter.current);
    this.shown = new Map(groups.map((g) => [g.key, g]));
    return groups;
  }

  getTreeItem(node: ActorsNode): vscode.TreeItem {
    if ('key' in node) {
      const item = new vscode.TreeItem(labelText(node.name), vscode.TreeItemCollapsibleState.Collapsed);
      const mentions = node.mentions.length === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', node.mentions.length);
      item.description = node.files > 1 ? vscode.l10n.t('{0} in {1} files', mentions, node.files) : mentions;
      item.tooltip = `${labelText(node.name)}\n${item.description}`;
      item.iconPath = new vscode.ThemeIcon('person');
      item.id = `actor:${node.key}`;
      return item;
    }
    const item = annotationItem(node, this.config, { withFile: true });
    item.id = `mention:${node.path}#${node.annotation.id}`;
    return item;
  }
}
