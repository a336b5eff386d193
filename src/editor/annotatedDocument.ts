/**
 * What the editor knows about one source document: its live annotations, the state of
 * its sidecar, and what was last read from or written to disk.
 */
import type * as vscode from 'vscode';
import { type Annotation, type Dismissal, type Problem, type SidecarSnapshot } from '../core';

export type SidecarStatus = 'missing' | 'ok' | 'invalid';

export class AnnotatedDocument {
  /**
   * Live annotations. Their offsets are UTF-16 units of the document's current text (not
   * code points as in the sidecar), so VS Code's change events apply to them directly.
   */
  annotations: Annotation[] = [];
  status: SidecarStatus = 'missing';
  /** Suggestions the researcher dismissed (the sidecar's `dismissed`), code points over the text as saved. */
  dismissed: Dismissal[] = [];
  /** The document's date set by the researcher (the sidecar's `source.date`), an ISO day. */
  documentDate: string | undefined;
  /** The sidecar's problems: its errors when invalid, warnings otherwise. */
  problems: Problem[] = [];
  /** The sidecar as last read or written: the base of the next merge. */
  snapshot: SidecarSnapshot | undefined;
  /** Annotation changes made since the last write (waiting for the source to be saved). */
  unsaved = false;
  /** Why the last read or write failed (the annotations stay here); cleared when one succeeds. */
  saveError: string | undefined;
  /** Every read, merge and write of this document runs in this chain, one at a time. */
  queue: Promise<void> = Promise.resolve();

  constructor(
    readonly uri: vscode.Uri,
    readonly sidecarUri: vscode.Uri,
  ) {}

  get key(): string {
    return this.uri.toString();
  }

  /**
   * Annotations covering a UTF-16 offset, innermost (shortest) first. Orphans have no
   * place. With `touching`, a span ending at the offset counts too (a cursor just after
   * the last letter of a word is on that word).
   */
  at(offset: number, touching = false): Annotation[] {
    return this.annotations
      .filter((a) => !a.orphaned && a.start <= offset && (offset < a.end || (touching && offset === a.end)))
      .sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  find(id: string): Annotation | undefined {
    return this.annotations.find((a) => a.id === id);
  }

  get placed(): Annotation[] {
    return this.annotations.filter((a) => !a.orphaned);
  }

  get orphans(): Annotation[] {
    return this.annotations.filter((a) => a.orphaned);
  }
}
