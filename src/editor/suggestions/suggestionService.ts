/**
 * The suggestions shown in each document: computed by the core (`suggestAnnotations`) from
 * the document's text, its annotations, the dismissals and date its sidecar holds, the
 * workspace actor list and the actors tagged across the corpus. Nothing here becomes an
 * annotation by itself: `accept` goes through the AnnotationService (undo, sidecar, lock),
 * `dismiss` records a dismissal in the sidecar through it.
 *
 * While a document shows suggestions, edits move their spans at once (so the painting stays
 * on the words) and the list is computed again a moment later; a command acting on a stale
 * list computes it first, so it never accepts a span that no longer says what it said.
 */
import * as vscode from 'vscode';
import {
  type ActorName,
  type CorpusChange,
  type Annotation,
  annotationFromSuggestion,
  dismissalOf,
  newAnnotationId,
  spansToCodePoints,
  suggestAnnotations,
  TextVersion,
} from '../../core';
import type { AnnotationService } from '../annotationService';
import type { ConfigService } from '../config';
import { Disposable } from '../dispose';
import { HamishError } from '../hamishError';
import { messageText } from '../display/userText';
import type { ActorListFile } from './actorListFile';
import type { ShownSuggestion } from './shownSuggestion';

/** Typing pauses this long before the suggestions are computed again. */
const RECOMPUTE_DELAY_MS = 300;

interface Shown {
  list: ShownSuggestion[];
  /** The document version the list was computed on; edits since make it stale. */
  version: number;
}

export class SuggestionService extends Disposable {
  private readonly shown = new Map<string, Shown>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = this.register(new vscode.EventEmitter<string>());
  /** Fires with a document's key when its suggestions changed (shown, moved, computed, cleared). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly service: AnnotationService,
    private readonly config: ConfigService,
    private readonly actorList: ActorListFile,
    /** Actors tagged across the corpus (the views' index). */
    private readonly corpusActors: () => readonly ActorName[],
    /** Fires when the corpus index changed, saying which actor groups did. */
    corpusChanged: vscode.Event<readonly CorpusChange[]>,
  ) {
    super();
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.follow(e)));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri.toString())));
    // Annotations added or removed (by hand, by undo, from disk) change what is proposed.
    this.register(service.onDidChange((doc) => this.later(doc.key)));
    this.register(actorList.onDidLoad(() => this.laterAll()));
    // An actor tagged (or untagged) in another file is proposed (or no longer) here.
    this.register(corpusChanged((changes) => {
      if (changes.some((c) => c.actorKeys.length > 0)) this.laterAll();
    }));
    this.register(config.onDidChange(() => this.laterAll()));
    this.register(vscode.workspace.onDidOpenTextDocument((d) => void this.onOpen(d)));
    this.register({ dispose: () => this.timers.forEach((t) => clearTimeout(t)) });
    for (const d of vscode.workspace.textDocuments) void this.onOpen(d);
  }

  /** The suggestions shown in a document, in text order; undefined when none are shown. */
  list(document: vscode.TextDocument): readonly ShownSuggestion[] | undefined {
    return this.shown.get(document.uri.toString())?.list;
  }

  /** The documents showing suggestions, by key. */
  get documents(): readonly string[] {
    return [...this.shown.keys()];
  }

  /** Suggestions covering a UTF-16 offset (a cursor just after the last letter counts), shortest first. */
  at(document: vscode.TextDocument, offset: number): ShownSuggestion[] {
    return (this.list(document) ?? []).filter((s) => s.start <= offset && offset <= s.end).sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** Computes the document's suggestions and shows them; resolves with the list. */
  async suggest(document: vscode.TextDocument): Promise<readonly ShownSuggestion[]> {
    await this.actorList.settled;
    const doc = await this.service.ensure(document);
    if (!doc) throw new HamishError(vscode.l10n.t('Hamish annotates text and Markdown files; this one is {0}.', messageText(document.languageId)));
    return this.compute(document);
  }

  clear(document: vscode.TextDocument): void {
    this.forget(document.uri.toString());
  }

  /** The suggestion a key names in the document's current list (computed again first if stale). */
  find(document: vscode.TextDocument, key: string): ShownSuggestion | undefined {
    return this.fresh(document).find((s) => s.suggestion.key === key);
  }

  /**
   * Accepts suggestions as annotations in one step (one undo). A claim brings its proposed
   * speaker along when that speaker is itself only a suggestion, so the claim's link has
   * an annotation to point to.
   */
  async accept(document: vscode.TextDocument, keys: readonly string[], label: string): Promise<Annotation[]> {
    const list = this.fresh(document);
    const byKey = new Map(list.map((s) => [s.suggestion.key, s]));
    const chosen = new Map<string, ShownSuggestion>();
    for (const key of keys) {
      const s = byKey.get(key);
      if (!s) throw new HamishError(vscode.l10n.t('That suggestion is no longer there.'));
      chosen.set(key, s);
    }
    for (const s of [...chosen.values()]) {
      for (const target of Object.values(s.suggestion.links)) {
        const linked = byKey.get(target);
        if (linked) chosen.set(target, linked);
      }
    }
    const ids = new Map([...chosen.keys()].map((k) => [k, newAnnotationId()]));
    const now = new Date().toISOString();
    const annotator = this.config.current.annotator;
    const specs = [...chosen.values()].map((s) => {
      const a = annotationFromSuggestion(s.suggestion, ids, { now, id: ids.get(s.suggestion.key)!, ...(annotator ? { annotator } : {}) });
      return { id: a.id, type: a.type, start: s.start, end: s.end, attrs: a.attrs, links: a.links };
    });
    const added = await this.service.add(document, specs, label);
    this.drop(document, new Set(chosen.keys()));
    return added;
  }

  /** Keys of every suggestion of a type in the document, in text order. */
  keysOfType(document: vscode.TextDocument, type: string): string[] {
    return this.fresh(document).filter((s) => s.suggestion.type === type).map((s) => s.suggestion.key);
  }

  /** Dismisses suggestions: remembered in the sidecar, never proposed again for the same words in the same place. */
  async dismiss(document: vscode.TextDocument, keys: readonly string[]): Promise<void> {
    const list = this.fresh(document);
    const text = document.getText();
    const chosen = keys.map((k) => list.find((s) => s.suggestion.key === k));
    if (chosen.some((s) => !s)) throw new HamishError(vscode.l10n.t('That suggestion is no longer there.'));
    await this.service.dismiss(document, chosen.map((s) => dismissalOf(s!.suggestion, text)));
    this.drop(document, new Set(keys));
  }

  /** The list, computed again now if the document changed since it was computed. */
  private fresh(document: vscode.TextDocument): readonly ShownSuggestion[] {
    const shown = this.shown.get(document.uri.toString());
    if (!shown) throw new HamishError(vscode.l10n.t('No suggestions are shown in this document: run Hamish: Suggest Annotations first.'));
    return shown.version === document.version ? shown.list : this.compute(document);
  }

  private compute(document: vscode.TextDocument): readonly ShownSuggestion[] {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const doc = this.service.get(document);
    const current = new TextVersion(document.getText());
    const index = current.index;
    const suggestions = suggestAnnotations(current.text, {
      types: this.config.current.suggest.types,
      annotations: spansToCodePoints(doc?.annotations ?? [], index),
      dismissed: doc?.dismissed ?? [],
      actors: [...this.actorList.actorsFor(document.uri), ...this.corpusActors()],
      ...(doc?.documentDate ? { documentDate: doc.documentDate } : {}),
    });
    const list = suggestions.map((s) => ({ suggestion: s, start: index.toUtf16(s.start), end: index.toUtf16(s.end) }));
    this.shown.set(key, { list, version: document.version });
    this.changed.fire(key);
    return list;
  }

  /** Moves the shown spans through an edit; a span the edit touches is dropped until the next computation. */
  private follow(e: vscode.TextDocumentChangeEvent): void {
    const key = e.document.uri.toString();
    const shown = this.shown.get(key);
    if (!shown || e.contentChanges.length === 0) return;
    // Applied from the last change to the first, so each offset is still in the old text.
    const changes = [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    let list = shown.list;
    for (const c of changes) {
      const from = c.rangeOffset;
      const to = from + c.rangeLength;
      const delta = c.text.length - c.rangeLength;
      list = list.flatMap((s) => (s.end <= from ? [s] : s.start >= to ? [{ ...s, start: s.start + delta, end: s.end + delta }] : []));
    }
    shown.list = list;
    this.changed.fire(key);
    this.later(key);
  }

  private drop(document: vscode.TextDocument, keys: ReadonlySet<string>): void {
    const key = document.uri.toString();
    const shown = this.shown.get(key);
    if (!shown) return;
    shown.list = shown.list.filter((s) => !keys.has(s.suggestion.key));
    this.changed.fire(key);
  }

  /** Computes a shown document's list again after a pause (nothing for a document not showing any). */
  private later(key: string): void {
    if (!this.shown.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
        if (document && this.shown.has(key)) this.compute(document);
      }, RECOMPUTE_DELAY_MS),
    );
  }

  private laterAll(): void {
    for (const key of this.shown.keys()) this.later(key);
  }

  private forget(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.shown.delete(key)) this.changed.fire(key);
  }

  private async onOpen(document: vscode.TextDocument): Promise<void> {
    if (!this.config.current.suggest.onOpen || this.shown.has(document.uri.toString())) return;
    await this.service.ensure(document);
    if (this.service.get(document) && !this.isDisposed) await this.suggest(document).catch(() => undefined);
  }
}
