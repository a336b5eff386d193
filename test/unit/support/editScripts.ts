/**
 * Edit scripts for the followEdits tests: a text as UTF-16 units or code points, changes applied
 * the way followEdits reads them, and spans tagged on a document with their real quote.
 */
import * as assert from 'assert';
import { followEdits, LiveSpan, TextChange } from '../../../src/core/anchoring/followEdits';
import { spanContext } from '../../../src/core/text/context';

export type Unit = 'utf16' | 'codePoint';

/** The text as a list of units: UTF-16 code units or code points. */
export function cellsOf(text: string, unit: Unit): string[] {
  return unit === 'utf16' ? text.split('') : Array.from(text);
}

/** Applies changes to a string in sequence, the way followEdits reads them. */
export function applyChanges(text: string, changes: readonly TextChange[], unit: Unit = 'codePoint'): string {
  const cells = cellsOf(text, unit);
  for (const c of changes) cells.splice(c.offset, c.deleteLength, ...cellsOf(c.insertText, unit));
  return cells.join('');
}

export function slice(text: string, start: number, end: number, unit: Unit = 'codePoint'): string {
  return cellsOf(text, unit).slice(start, end).join('');
}

export const ins = (offset: number, insertText: string): TextChange => ({ offset, deleteLength: 0, insertText });
export const del = (offset: number, deleteLength: number): TextChange => ({ offset, deleteLength, insertText: '' });
export const rep = (offset: number, deleteLength: number, insertText: string): TextChange => ({ offset, deleteLength, insertText });

/** A span over doc[start:end] (code points) with its real quote and context. */
export function tag(doc: string, id: string, start: number, end: number): LiveSpan {
  return { id, start, end, ...spanContext(doc, start, end) };
}

export function one<T extends LiveSpan>(span: T, changes: TextChange[], unit?: Unit): T {
  const out = followEdits([span], changes, unit ? { unit } : undefined);
  assert.strictEqual(out.length, 1);
  return out[0]!;
}

export function where(span: LiveSpan): [number, number, boolean] {
  return [span.start, span.end, span.orphaned === true];
}

export const DIGITS = '0123456789';
