/**
 * Tables of date phrasing for the grammar's tests: each row is a text and what the
 * recogniser must find in it, checked whole (span, value, calendar, precision, relative, rule).
 * Unless a row says otherwise the document is dated Sunday 11 February 2024.
 */
import * as assert from 'assert';
import { findDates } from '../../../src/core/assist/dates/findDates';
import type { DateMention } from '../../../src/core/assist/types';

const DOC = '2024-02-11';

/** text → the one mention: its span, value, calendar (g/h), precision, relative, rule; then the document date. */
export type Row = [text: string, span: string, value: string | undefined, cal: 'g' | 'h', precision: DateMention['precision'],
  relative: boolean, rule: string, doc?: string];

export function checkRows(rows: readonly Row[]): void {
  for (const [text, span, value, cal, precision, relative, rule, doc] of rows) {
    const found = findDates(text, { documentDate: doc ?? DOC });
    assert.strictEqual(found.length, 1, `${text}: ${JSON.stringify(found)}`);
    const m = found[0]!;
    assert.deepStrictEqual(
      [m.text, m.value, m.calendar, m.precision, m.relative, m.rule],
      [span, value, cal === 'h' ? 'hijri' : 'gregorian', precision, relative, rule],
      text,
    );
    // The span is where the text says it is, in code points.
    assert.strictEqual([...text].slice(m.start, m.end).join(''), span, text);
  }
}

/** text → every mention as [span, value, rule]. */
export function checkAll(rows: readonly [text: string, mentions: [string, string | undefined, string][], doc?: string][]): void {
  for (const [text, mentions, doc] of rows) {
    const found = findDates(text, { documentDate: doc ?? DOC }).map((m) => [m.text, m.value, m.rule]);
    assert.deepStrictEqual(found, mentions, text);
  }
}


/** The spans and values found in `text` when the document has no date. */
export function withoutDocumentDate(text: string): [string, string | undefined][] {
  return findDates(text).map((m) => [m.text, m.value]);
}
