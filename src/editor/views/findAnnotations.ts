/**
 * Hamish: Find Annotations…, a quick pick over the whole corpus. VS Code's own filter matches
 * letters as typed, so `الدولة` would miss `الدّولة`; here every item is always shown and the
 * list is rebuilt from the corpus index with normalised matching as the researcher types.
 */
import * as vscode from 'vscode';
import { type IndexedAnnotation, preview } from '../../core';
import type { ConfigService } from '../config';
import { labelText } from '../display/userText';
import { fileText, placeText } from './annotationItem';
import type { CorpusScanner } from './corpusScanner';

/** More rows than anyone reads; keeps typing quick on a corpus of 100,000 annotations. */
const MAX_ITEMS = 300;

export interface FoundItem extends vscode.QuickPickItem {
  found: IndexedAnnotation;
}

export class FindAnnotations {
  /** The quick pick on screen, if any (tests drive it through the API). */
  current: vscode.QuickPick<FoundItem> | undefined;

  constructor(
    private readonly scanner: CorpusScanner,
    private readonly config: ConfigService,
  ) {}

  /** Shows the pick; resolves with the accepted annotation, or undefined when dismissed. */
  async pick(initial = ''): Promise<IndexedAnnotation | undefined> {
    await this.scanner.settled();
    const qp = vscode.window.createQuickPick<FoundItem>();
    this.current = qp;
    qp.placeholder = vscode.l10n.t('Find annotations across the corpus: type words of a quote, note or canonical name');
    qp.matchOnDescription = false;
    qp.matchOnDetail = false;
    const update = () => {
      qp.items = this.items(qp.value);
    };
    qp.value = initial;
    update();
    return new Promise<IndexedAnnotation | undefined>((resolve) => {
      let accepted: IndexedAnnotation | undefined;
      qp.onDidChangeValue(update);
      qp.onDidAccept(() => {
        accepted = qp.selectedItems[0]?.found ?? qp.activeItems[0]?.found;
        qp.hide();
      });
      qp.onDidHide(() => {
        qp.dispose();
        if (this.current === qp) this.current = undefined;
        resolve(accepted);
      });
      qp.show();
    });
  }

  /** The rows for a query: every annotation whose quote, note or canonical name holds it, folded. */
  items(query: string): FoundItem[] {
    const all = this.scanner.index.all(query.trim() ? { text: query } : undefined);
    return all.slice(0, MAX_ITEMS).map((found) => ({
      label: labelText(preview(found.annotation.text, 80)),
      description: `${labelText(this.config.typeOf(found.annotation.type).label)} · ${labelText(fileText(found.path))}`,
      detail: [placeText(found), found.annotation.note ? labelText(preview(found.annotation.note, 60)) : ''].filter(Boolean).join(' · '),
      // Shown whatever VS Code's own letter matching thinks: the folded match above decided.
      alwaysShow: true,
      found,
    }));
  }
}
