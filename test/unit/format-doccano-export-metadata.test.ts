/**
 * What a doccano line carries beside doccano's own fields, and what an export says it left
 * out: Hamish's per-entity record (only the fields an annotation has), the note for an orphan
 * and for a link to another source, and the exact bytes of the file. Then the import of hand-
 * made lines whose offsets or records are wrong in one field only, each reported at its line.
 */
import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { doccanoExporter, doccanoImporter } from '../../src/core/formats/doccano';

const TEXT = 'قال الوزير إن الوفد وصل';

function ann(over: Partial<Annotation> & Pick<Annotation, 'id' | 'type' | 'start' | 'end'>): Annotation {
  return { text: Array.from(TEXT).slice(over.start, over.end).join(''), before: '', after: '', attrs: {}, links: {}, ...over };
}

const claim = ann({ id: 'aclaim0000000000000000000001', type: 'claim', start: 0, end: 3, note: 'ملاحظة', annotator: 'layla', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-02T00:00:00.000Z', links: { speaker: 'aactor0000000000000000000001', elsewhere: ['aother0000000000000000000001'] } });
const actor = ann({ id: 'aactor0000000000000000000001', type: 'actor', start: 4, end: 10, attrs: { kind: 'person' } });
const orphan = ann({ id: 'aorphan000000000000000000001', type: 'date', start: 11, end: 11, orphaned: true });

describe('doccano export: metadata and notes', () => {
  it('writes one line per source, LF-ended, with Hamish records holding only the fields each annotation has', () => {
    const result = doccanoExporter.export([{ path: 'news/a.txt', text: TEXT, annotations: [actor, claim] }]);
    const content = result.files[0]!.content;
    assert.ok(content.endsWith('}\n') && !content.slice(0, -1).includes('\n'));
    assert.deepStrictEqual(JSON.parse(content), {
      id: 1, text: TEXT, path: 'news/a.txt',
      entities: [{ id: 1, label: 'claim', start_offset: 0, end_offset: 3 }, { id: 2, label: 'actor', start_offset: 4, end_offset: 10 }],
      relations: [{ id: 1, from_id: 1, to_id: 2, type: 'speaker' }],
      hamish: {
        offsets: 'utf-16', annotations: [
          { span: [0, 3, 'claim'], id: claim.id, note: 'ملاحظة', annotator: 'layla', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-02T00:00:00.000Z' },
          { span: [4, 10, 'actor'], id: actor.id, attrs: { kind: 'person' } },
        ],
      },
    });
    assert.deepStrictEqual(result.notes, [{ source: 'news/a.txt', annotation: claim.id, message: `link "elsewhere" to aother0000000000000000000001 left out: doccano relates entities of one text only, and it is not one here` }]);
  });

  it('leaves an orphan out with a note, keeps the placed ones, and numbers entities through the file', () => {
    const result = doccanoExporter.export([
      { path: 'a.txt', text: TEXT, annotations: [orphan, actor] },
      { path: 'b.txt', text: TEXT, annotations: [ann({ id: 'aclaim0000000000000000000002', type: 'claim', start: 0, end: 3 })] },
    ]);
    const lines = result.files[0]!.content.split('\n');
    assert.strictEqual(lines.length, 3);
    assert.strictEqual(lines[2], '');
    const [a, b] = lines.slice(0, 2).map((l) => JSON.parse(l) as { id: number; entities: { id: number; label: string }[] });
    assert.deepStrictEqual([a!.id, a!.entities], [1, [{ id: 1, label: 'actor', start_offset: 4, end_offset: 10 }]]);
    assert.deepStrictEqual([b!.id, b!.entities], [2, [{ id: 2, label: 'claim', start_offset: 0, end_offset: 3 }]]);
    assert.deepStrictEqual(result.notes, [{ source: 'a.txt', annotation: orphan.id, message: 'orphaned: doccano needs a place in the text, so it was left out' }]);
  });

  it('has no notes when nothing was lost', () => {
    assert.deepStrictEqual(doccanoExporter.export([{ path: 'a.txt', text: TEXT, annotations: [actor] }]).notes, []);
  });
});

describe('doccano import: one wrong field at a time', () => {
  const problems = (...lines: string[]) => doccanoImporter.import([{ path: 'p.jsonl', text: lines.join('\n') }]).problems.map((p) => `${p.line} ${p.severity} ${p.message}`);
  const spans = (...lines: string[]) => doccanoImporter.import([{ path: 'p.jsonl', text: lines.join('\n') }]).sources.map((s) => s.spans.map((x) => ({ ...x, attrs: { ...x.attrs }, links: { ...x.links } })));

  it('refuses offsets that are negative, fractional, or strings, in dicts and in triples', () => {
    assert.deepStrictEqual(problems(
      '{"text": "abc", "entities": [{"label": "x", "start_offset": -1, "end_offset": 2}, {"label": "x", "start_offset": 0, "end_offset": 1.5}, {"label": "x", "start_offset": "0", "end_offset": 2}, {"label": 3, "start_offset": 0, "end_offset": 2}]}',
      '{"text": "abc", "label": [[-1, 2, "x"], [0, 1.5, "x"], [0, 2, 3], "x"]}',
    ), [
      '1 warning entity 1 lacks a label or integer start_offset/end_offset; it was not imported',
      '1 warning entity 2 lacks a label or integer start_offset/end_offset; it was not imported',
      '1 warning entity 3 lacks a label or integer start_offset/end_offset; it was not imported',
      '1 warning entity 4 lacks a label or integer start_offset/end_offset; it was not imported',
      '2 warning label# item 1 is not [start, end, "label"]; it was not imported',
      '2 warning label# item 2 is not [start, end, "label"]; it was not imported',
      '2 warning label# item 3 is not [start, end, "label"]; it was not imported',
      '2 warning label# item 4 is not [start, end, "label"]; it was not imported',
    ]);
  });

  it('imports an entity without id or user under its position, with no annotator, and a text that ends the span at its last unit', () => {
    assert.deepStrictEqual(spans('{"id": 4, "text": "ab😀", "entities": [{"label": "x", "start_offset": 0, "end_offset": 4}], "labels": [[2, 4, "e"]], "Comments": []}'), [[
      { localId: '1:entities#0', type: 'x', start: 0, end: 3, quote: 'ab😀', attrs: {}, links: {}, file: 'p.jsonl', line: 1 },
      { localId: '1:label#0', type: 'e', start: 2, end: 3, quote: '😀', attrs: {}, links: {}, file: 'p.jsonl', line: 1 },
    ]]);
    assert.deepStrictEqual(problems('{"text": "ab", "entities": [[0, 1, "x"], [0, 2, "y"]], "label": [], "Comments": []}'), []);
  });

  it('matches a Hamish record only on start, end and label together', () => {
    const line = '{"text": "abcdef", "entities": [[0, 2, "x"]], "hamish": {"offsets": "code-points", "annotations": [{"span": [0, 2, "y"], "id": "a1"}, {"span": [0, 3, "x"], "id": "a2"}, {"span": [1, 2, "x"], "id": "a3"}, {"span": "0 2 x", "id": "a4"}, {"span": [0, 2, "x"], "id": 5, "note": 6, "annotator": "omar"}]}}';
    assert.deepStrictEqual(spans(line), [[{ localId: '1:entities#0:0', type: 'x', start: 0, end: 2, quote: 'ab', attrs: {}, links: {}, file: 'p.jsonl', line: 1, annotator: 'omar' }]]);
    assert.deepStrictEqual(problems(line), ['1 warning 4 Hamish record(s) in "hamish" match no entity (moved or relabelled in doccano); their ids, attributes and notes were not imported']);
  });

  it('reads a declared unit as declared, and checks the end against that unit', () => {
    // "😀" is one code point, two UTF-16 units: 3 code points, 4 units.
    assert.deepStrictEqual(problems('{"text": "a😀b", "entities": [[0, 4, "x"]], "hamish": {"offsets": "code-points"}}'), ['1 warning entity entities#0:0 (0–4, "x") lies outside the text of 3 code points or is empty; it was not imported']);
    assert.deepStrictEqual(spans('{"text": "a😀b", "entities": [[1, 3, "x"]], "hamish": {"offsets": "code-points"}}'), [[{ localId: '1:entities#0:0', type: 'x', start: 1, end: 3, quote: '😀b', attrs: {}, links: {}, file: 'p.jsonl', line: 1 }]]);
    assert.deepStrictEqual(spans('{"text": "a😀b", "entities": [[1, 3, "x"]], "hamish": {"offsets": "utf-16"}}'), [[{ localId: '1:entities#0:0', type: 'x', start: 1, end: 2, quote: '😀', attrs: {}, links: {}, file: 'p.jsonl', line: 1 }]]);
    assert.deepStrictEqual(problems('{"text": "a😀b", "entities": [[1, 5, "x"]], "hamish": {"offsets": "utf-16"}}'), ['1 warning entity entities#0:0 (1–5, "x") lies outside the text of 4 UTF-16 units or is empty; it was not imported']);
    // Offsets at the very start and end of the text split nothing: still UTF-16, with the warning.
    assert.deepStrictEqual(spans('{"text": "😀a😀", "entities": [[0, 5, "x"]]}')[0]!.map((s) => [s.start, s.end]), [[0, 3]]);
    assert.deepStrictEqual(problems('{"text": "ab", "entities": [[0, 1, "x"]]}'), []);
  });

  it('reports each broken relation by its number, and a relation with a label instead of a type is a link', () => {
    const line = '{"text": "abc", "entities": [{"id": 1, "label": "x", "start_offset": 0, "end_offset": 1}, {"id": 2, "label": "y", "start_offset": 1, "end_offset": 2}], "relations": [{"from_id": 1, "to_id": 2}, {"from_id": 7, "to_id": 2, "type": "r"}, {"from_id": 1, "to_id": 7, "type": "r"}, {"from_id": 1, "to_id": 2, "type": 3}, {"from_id": 2, "to_id": 1, "label": "back"}]}';
    assert.deepStrictEqual(problems(line), [1, 2, 3, 4].map((n) => `1 warning relation ${n} names an entity that is not on this line, or has no type; it was not imported`));
    assert.deepStrictEqual(spans(line)[0]!.map((s) => s.links), [{}, { back: ['1:1'] }]);
  });

  it('skips blank and space-only lines, strips only a leading byte-order mark, and a line id names the file', () => {
    const result = doccanoImporter.import([{ path: 'dir/p.jsonl', text: '\uFEFF{"id": "k", "text": "a\uFEFFb"}\n   \n{"id": -1, "text": "c"}\r{"text": "d", "path": 7}' }]);
    assert.deepStrictEqual(result.sources.map((s) => [s.path, s.text]), [['p-k.txt', 'a\uFEFFb'], ['p-line3.txt', 'c'], ['p-line4.txt', 'd']]);
    assert.deepStrictEqual(result.problems, []);
  });
});
