/**
 * The filter every Hamish view applies (type, annotator, text), one for all four so that
 * narrowing to "claims by Huda" shows the same annotations in each. Views show it in their
 * description, so a narrowed view is never mistaken for the whole corpus.
 */
import * as vscode from 'vscode';
import type { CorpusFilter } from '../../core';
import type { ConfigService } from '../config';
import { Disposable } from '../dispose';
import { labelText, quoted } from '../display/userText';

export class ViewFilter extends Disposable {
  private value: CorpusFilter = {};
  private readonly changed = this.register(new vscode.EventEmitter<CorpusFilter>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly config: ConfigService) {
    super();
  }

  get current(): CorpusFilter {
    return this.value;
  }

  /** Sets some fields of the filter; an empty value or list clears that field. */
  set(change: Partial<CorpusFilter>): void {
    const next: CorpusFilter = { ...this.value, ...change };
    if (!next.types?.length) delete next.types;
    if (!next.annotator?.trim()) delete next.annotator;
    if (!next.text?.trim()) delete next.text;
    this.value = next;
    void vscode.commands.executeCommand('setContext', 'hamish.viewsFiltered', this.active);
    this.changed.fire(next);
  }

  clear(): void {
    this.value = {};
    this.set({});
  }

  get active(): boolean {
    return this.value.types !== undefined || this.value.annotator !== undefined || this.value.text !== undefined;
  }

  /** What a view's description says about the filter; undefined when nothing is filtered. */
  describe(): string | undefined {
    const parts: string[] = [];
    const f = this.value;
    if (f.types) parts.push(vscode.l10n.t('type: {0}', f.types.map((t) => labelText(this.config.typeOf(t).label)).join(', ')));
    if (f.annotator) parts.push(vscode.l10n.t('annotator: {0}', labelText(f.annotator)));
    if (f.text) parts.push(vscode.l10n.t('text: {0}', labelText(quoted(f.text))));
    return parts.length ? parts.join(' · ') : undefined;
  }
}
