/**
 * Placing imported spans on a source's text, case by case: offsets taken as given when the
 * quote is there, a quote searched for when it is not, orphans kept where they were last
 * seen, ids kept only when valid and unused, dates from the file or the import's time, and a
 * problem (with file and line) for each span that cannot be placed.
 */
import * as assert from 'assert';
import { placeImported } from '../../src/core/exchange/placeImported';
import type { ImportedSpan } from '../../src/core/formats/types';

const TEXT = 'قال الوزير إن الاتفاق تم في بغداد.';
const NOW = '2026-12-01T09:00:00.000Z';

function span(localId: string, start: number, end: number, extra: Partial<ImportedSpan> = {}): ImportedSpan {
  return { localId, type: 'actor', start, end, attrs: {}, links: {}, file: 'in.jsonl', line: 1, ...extra };
}

function problems(spans: ImportedSpan[]): string[] {
  return placeImported(spans, TEXT, NOW).problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.message}`);
}

describe('placing imported spans', () => {
  it('takes the offsets when the quote is there, or when there is no quote, over the whole text too', () => {
    const r = placeImported([span('T1', 4, 10, { quote: 'الوزير', id: 'agiven', note: 'ن', annotator: 'layla' }), span('T2', 0, 34)], TEXT, NOW);
    assert.deepStrictEqual(r.problems, []);
    const [a, b] = r.placed.map((p) => p.annotation);
    assert.deepStrictEqual([a!.id, a!.start, a!.end, a!.text, a!.before.endsWith('قال '), a!.note, a!.annotator, a!.created, a!.modified], ['agiven', 4, 10, 'الوزير', true, 'ن', 'layla', NOW, NOW]);
    assert.deepStrictEqual([b!.start, b!.end, b!.text], [0, 34, TEXT]);
    assert.strictEqual(b!.note, undefined);
    assert.strictEqual(b!.annotator, undefined);
  });

  it('dates a span from the file: created, else modified, else the time of the import', () => {
    const r = placeImported([
      span('T1', 0, 3, { created: '2024-01-01T00:00:00Z', modified: '2024-02-01T00:00:00Z' }),
      span('T2', 4, 10, { modified: '2024-03-01T00:00:00Z' }),
      span('T3', 11, 13, { created: '2024-04-01T00:00:00Z' }),
    ], TEXT, NOW);
    assert.deepStrictEqual(r.placed.map((p) => [p.annotation.created, p.annotation.modified]), [
      ['2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'],
      ['2024-03-01T00:00:00Z', '2024-03-01T00:00:00Z'],
      ['2024-04-01T00:00:00Z', '2024-04-01T00:00:00Z'],
    ]);
  });

  it('keeps a given id only when it is valid and not taken already, for spans and orphans alike', () => {
    const r = placeImported([
      span('T1', 0, 3, { id: 'a1' }), span('T2', 4, 10, { id: 'a1' }), span('T3', 11, 13, { id: '../x' }),
      span('T4', 5, 5, { id: 'a1', orphaned: true, quote: 'q' }), span('T5', 5, 5, { id: 'a5', orphaned: true }),
    ], TEXT, NOW);
    const ids = r.placed.map((p) => p.annotation.id);
    assert.deepStrictEqual([ids[0], ids[4]], ['a1', 'a5']);
    for (const i of [1, 2, 3]) assert.match(ids[i]!, /^a[a-z2-7]{26}$/);
  });

  it('keeps orphans where they were last seen, clamped into the text, with their remembered quote and context', () => {
    const r = placeImported([
      span('T1', 4, 4, { orphaned: true, quote: 'كان', prefix: 'ثم ', suffix: ' هنا', attrs: { k: 'v' }, note: 'ن', modified: '2024-05-01T00:00:00Z' }),
      span('T2', 50, 60, { orphaned: true, line: 2 }),
      span('T3', -5, -5, { orphaned: true, line: 3 }),
      span('T4', 2.5, 3, { orphaned: true, line: 4 }),
      span('T5', NaN, NaN, { orphaned: true, line: 5 }),
    ], TEXT, NOW);
    assert.deepStrictEqual(r.problems, []);
    const a = r.placed.map((p) => p.annotation);
    assert.deepStrictEqual(a.map((x) => [x.start, x.end, x.orphaned]), [[4, 4, true], [34, 34, true], [0, 0, true], [2, 2, true], [0, 0, true]]);
    assert.deepStrictEqual([a[0]!.text, a[0]!.before, a[0]!.after, { ...a[0]!.attrs }, { ...a[0]!.links }, a[0]!.note, a[0]!.created, a[0]!.modified], ['كان', 'ثم ', ' هنا', { k: 'v' }, {}, 'ن', '2024-05-01T00:00:00Z', '2024-05-01T00:00:00Z']);
    assert.deepStrictEqual([a[1]!.text, a[1]!.before, a[1]!.after, a[1]!.created, a[1]!.modified], ['', '', '', NOW, NOW]);
  });

  it('searches for a quote that is not at its offsets, and reports spans it cannot place', () => {
    assert.deepStrictEqual(placeImported([span('T1', 20, 26, { quote: 'بغداد' })], TEXT, NOW).placed.map((p) => [p.annotation.start, p.annotation.end]), [[28, 33]]);
    assert.deepStrictEqual(placeImported([span('T1', 200, 300, { quote: 'بغداد' })], TEXT, NOW).placed.map((p) => [p.annotation.start, p.annotation.end]), [[28, 33]]);
    assert.deepStrictEqual(problems([
      span('T1', 3, 3, { line: 2 }),
      span('T2', 3, 3, { quote: '', line: 3 }),
      span('T3', 30, 40, { line: 4 }),
      span('T4', -1, 2, { line: 5 }),
      span('T5', 1.5, 2, { line: 6 }),
      span('T6', 4, 10, { quote: 'لندن', line: 7 }),
      span('T7', 5, 3, { line: 8 }),
    ]), [
      'in.jsonl:2 warning an empty span at 3',
      'in.jsonl:3 warning an empty span at 3',
      'in.jsonl:4 warning offsets 30-40 are outside the source (34 code points)',
      'in.jsonl:5 warning offsets -1-2 are outside the source (34 code points)',
      'in.jsonl:6 warning offsets 1.5-2 are outside the source (34 code points)',
      'in.jsonl:8 warning offsets 5-3 are outside the source (34 code points)',
      'in.jsonl:7 warning the quote "لندن" is not at 4-10 and was not found in the source; not imported',
    ]);
  });

  it('refuses names Hamish cannot store and repeated local ids', () => {
    assert.deepStrictEqual(problems([
      span('T1', 0, 3, { type: 'bad type' }),
      span('T2', 0, 3, { attrs: { 'a b': 1 }, line: 2 }),
      span('T3', 0, 3, { links: { 'x/y': ['T1'] }, line: 3 }),
      span('T4', 0, 3, { line: 4 }),
      span('T4', 4, 10, { line: 5 }),
    ]), [
      'in.jsonl:1 warning the type "bad type" is not a Hamish type name (letters, digits, "_" and "-")',
      'in.jsonl:2 warning the attribute name "a b" is not letters, digits, "_" or "-"',
      'in.jsonl:3 warning the link name "x/y" is not letters, digits, "_" or "-"',
      'in.jsonl:5 warning a second span with the id "T4"; the first one was kept',
    ]);
  });

  it('gives the placed spans in file and line order, whatever order they came in and however they were placed', () => {
    const r = placeImported([
      span('T1', 0, 3, { file: 'b.jsonl', line: 1 }),
      span('T2', 20, 26, { quote: 'بغداد', file: 'a.jsonl', line: 9 }),
      span('T3', 4, 10, { file: 'a.jsonl', line: 10 }),
      span('T4', 11, 13, { file: 'a.jsonl', line: 2 }),
    ], TEXT, NOW);
    assert.deepStrictEqual(r.placed.map((p) => p.span.localId), ['T4', 'T2', 'T3', 'T1']);
  });
});
