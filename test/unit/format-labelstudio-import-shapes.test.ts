/**
 * Label Studio import of what its export holds beyond plain labelled regions: regions with
 * several labels or bad offsets, relations in each direction, per-region notes and choices,
 * cancelled annotations, predictions, tasks without data.text or with unsafe paths. Each
 * piece is either imported with exact values or named in a problem, never silently lost.
 */
import * as assert from 'assert';
import { labelStudioImporter } from '../../src/core/formats/labelstudio';

const TASKS: unknown[] = [
  {
    id: 7,
    data: { text: 'قال الوزير إن 😀 الاتفاق', path: 'news/a.txt', hamish: { regions: { r1: { attrs: { certainty: 0.8 }, annotator: 'layla', created: 'C', modified: 'M' } } } },
    annotations: [
      {
        completed_by: { email: 'omar@example.org', id: 4 }, created_at: 'c1', updated_at: 'u1',
        result: [
          { id: 'r1', type: 'labels', value: { start: 0, end: 3, labels: ['claim'], text: 'قال' } },
          { id: 'r2', type: 'labels', value: { start: 4, end: 10, labels: ['actor', 'person', 5] } },
          { id: 'r3', type: 'labels', value: { start: 5, end: 5, labels: ['x'] } },
          { id: 'r4', type: 'labels', value: { start: 0, end: 2, labels: [] } },
          { id: 'r5', type: 'labels', value: { start: 0, end: 24, labels: ['x'] } },
          { id: 'r6', type: 'labels', value: { start: 14, end: 15, labels: 'emoji' } },
          { type: 'labels', value: { start: 1.5, end: 2, labels: ['x'] } },
          'not a result',
          { from_id: 'r1', to_id: 'r2', type: 'relation', labels: ['speaker'], direction: 'right' },
          { from_id: 'r1', to_id: 'r2', type: 'relation', direction: 'left' },
          { from_id: 'r1', to_id: 'r2', type: 'relation', direction: 'bi', labels: ['said', 3] },
          { from_id: 'r1', to_id: 'zz', type: 'relation' },
          { id: 'r1', type: 'textarea', value: { text: ['n1', 'n2', 5] } },
          { id: 'r2', type: 'textarea', value: { text: [] } },
          { id: 'r1', type: 'choices', from_name: 'stance', value: { choices: ['pro'] } },
          { id: 'r2', type: 'choices', from_name: 'many', value: { choices: ['a', 'b'] } },
          { id: 'r2', type: 'taxonomy', from_name: 'tax', value: { taxonomy: [['a', 'b']] } },
          { id: 'r2', type: 'number', value: { number: 3 } },
          { id: 'r2', type: 'rating', from_name: 'r', value: { rating: 4 } },
          { id: 'r2', type: 'datetime', from_name: 'd', value: { datetime: '2024-02-11' } },
          { id: 'r1', type: 'hypertextlabels', value: {} },
          { id: 'nope', type: 'choices', value: {} },
        ],
      },
      'not an annotation',
      { was_cancelled: true, result: [{ id: 'k', type: 'labels', value: { start: 0, end: 3, labels: ['claim'] } }] },
      { completed_by: 12, result: [{ id: 'r9', type: 'labels', value: { start: 0, end: 3, labels: ['claim'] } }] },
    ],
    predictions: [{ model_version: 'v2', result: [{}, {}] }, 'p', { model_version: 3 }],
  },
  { id: 't2', text: 'نص', path: '../x' },
  { data: { body: 'نص آخر', path: 5 } },
  { data: { path: 'a', n: 1 } },
  { data: { text: 'x', path: 'news/a.txt' } },
  5,
  { id: 'q', data: { text: 'abc' }, completions: [{ completed_by: { id: 3 }, result: [{ id: 'c 1', type: 'labels', value: { start: 0, end: 1, labels: ['q'] } }] }] },
];

describe('Label Studio import of a full export', () => {
  // Imported inside each test, not when the suite is declared, so that mutation testing
  // counts these tests as covering the importer (it attributes code run at declaration to no test).
  const read = () => labelStudioImporter.import([{ path: 'exports/ls.json', text: JSON.stringify(TASKS, null, 1) }]);
  const spans = (result: ReturnType<typeof read>, path: string) => result.sources.find((s) => s.path === path)!.spans.map((x) => ({ ...x, attrs: { ...x.attrs }, links: { ...x.links } }));

  it('imports each labelled region with its label, code point offsets, quote, region extras, notes, choices and links', () => {
    const result = read();
    assert.deepStrictEqual(result.sources.map((s) => [s.path, s.text]), [['news/a.txt', 'قال الوزير إن 😀 الاتفاق'], ['ls-t2.txt', 'نص'], ['ls-3.txt', 'نص آخر'], ['ls-q.txt', 'abc']]);
    const file = 'exports/ls.json';
    const omar = { annotator: 'omar@example.org', created: 'c1', modified: 'u1' };
    assert.deepStrictEqual(spans(result, 'news/a.txt'), [
      { annotator: 'layla', created: 'C', modified: 'M', localId: '1:1:r1', id: 'r1', type: 'claim', start: 0, end: 3, quote: 'قال', note: 'n1\nn2', attrs: { certainty: 0.8, stance: 'pro' }, links: { speaker: ['1:1:r2'], said: ['1:1:r2'] }, file, line: 29 },
      { ...omar, localId: '1:1:r2', type: 'actor', start: 4, end: 10, quote: 'الوزير', attrs: { many: ['a', 'b'], number: 3, r: 4, d: '2024-02-11' }, links: { related: ['1:1:r1'] }, file, line: 41 },
      { ...omar, localId: '1:1:r2#2', type: 'person', start: 4, end: 10, quote: 'الوزير', attrs: {}, links: {}, file, line: 41 },
      { ...omar, localId: '1:1:r6', type: 'emoji', start: 14, end: 15, quote: '😀', attrs: {}, links: {}, file, line: 85 },
      { annotator: 'label-studio-user-12', localId: '1:4:r9', type: 'claim', start: 0, end: 3, quote: 'قال', attrs: {}, links: {}, file, line: 242 },
    ]);
    assert.deepStrictEqual(spans(result, 'ls-q.txt'), [{ annotator: 'label-studio-user-3', localId: '7:1:c 1', type: 'q', start: 0, end: 1, quote: 'a', attrs: {}, links: {}, file, line: 305 }]);
  });

  it('names everything it left out or changed, with its line', () => {
    const result = read();
    assert.deepStrictEqual(result.problems.map((p) => `${p.line} ${p.severity} ${p.message}`), [
      '41 warning region r2 has 2 labels; each became its own annotation, and relations and notes stay with the first ("actor")',
      "54 warning region r3 has no integer start < end within the text's 23 code points; it was not imported",
      '65 warning region r4 has no label; it was not imported',
      "74 warning region r5 has no integer start < end within the text's 23 code points; it was not imported",
      "94 warning region result94 has no integer start < end within the text's 23 code points; it was not imported",
      '1 warning a result is not an object; it was not imported',
      '114 warning a relation without a label was imported as a link named "related"',
      '120 warning a two-way relation became a link from its first region to its second',
      '130 warning a relation names a region that is not a text span of this annotation; it was not imported',
      '174 warning the "tax" taxonomy of region r2 is not a value Hamish can store; it was not imported',
      '210 warning result type "hypertextlabels" is not supported; it was not imported',
      '215 warning a "choices" result that belongs to no text span (a classification of the whole text, or another kind of region) was not imported',
      '2 warning annotation 2 of task 1 is not an object; it was not imported',
      '223 warning annotation 3 of task 1 was cancelled (skipped) in Label Studio; it was not imported',
      '257 warning a prediction of model v2 with 2 result(s) was not imported: accept it in Label Studio to make it an annotation',
      '2 warning a prediction with 0 result(s) was not imported: accept it in Label Studio to make it an annotation',
      '265 warning a prediction with 0 result(s) was not imported: accept it in Label Studio to make it an annotation',
      '270 warning path "../x" could lead outside the import folder; a name was made up instead',
      '275 warning task 3 has no data.text; its text was taken from data.body',
      '281 error task 4 has no text in its data; it was not imported',
      '287 error a second task for "news/a.txt"; it was not imported',
      '293 error task 6 is not an object; it was not imported',
    ]);
  });

  it('takes only .json files', () => {
    assert.deepStrictEqual(['a.json', 'B.JSON', 'a.jsonl', 'a.json.txt'].map((p) => labelStudioImporter.accepts(p)), [true, true, false, false]);
  });
});
