/**
 * doccano import of every shape its exports take: entity dicts and [start, end, label]
 * triples, relations, document labels and comments (which have no span), texts with emoji
 * whose offset unit must be told apart, Hamish's own records carried beside the entities,
 * and the problem each unusable piece gives, with its line.
 */
import * as assert from 'assert';
import { doccanoImporter } from '../../src/core/formats/doccano';

const LINES = [
  '{"id": 1, "text": "قال الوزير 😀 إن", "entities": [{"id": 10, "start_offset": 4, "end_offset": 10, "label": "actor", "user": 3}, {"id": 11, "start_offset": 11, "end_offset": 13, "label": "emoji"}, [0, 3, "claim"], "x", {"start_offset": 1}, {"id": 12, "start_offset": 5, "end_offset": 5, "label": "e"}, {"id": 10, "start_offset": 0, "end_offset": 3, "label": "dup"}], "relations": [{"from_id": 10, "to_id": 11, "type": "linked"}, {"from_id": 10, "to_id": 99, "type": "x"}, 5, {"from_id": 10, "to_id": 11}, {"from_id": 11, "to_id": 10, "label": "back"}], "label": ["pos"], "Comments": [{}, {}], "hamish": {"annotations": [{"span": [4, 10, "actor"], "id": "aid", "attrs": {"k": 1}, "note": "n", "created": "c", "annotator": 7}, {"span": [0, 1, "zz"]}, 3]}}',
  '{"data": "نص", "path": "../x", "label": [[0, 1, "a"], [1, 0, "b"], [0, 1]], "hamish": {"offsets": "code-points"}}',
  '{"text": 5}',
  '[1]',
  '{bad',
  '',
  '{"id": "x", "text": "a", "path": "doc-line2.txt"}',
  '{"text": "😀a😀", "entities": [[1, 3, "e"]]}',
  '{"text": "abc", "entities": {"a": 1}, "label": "pos", "id": 2.5}',
  '{"text": "😀a", "entities": [[2, 3, "e"]], "hamish": {"offsets": "utf-16", "annotations": {"span": [2, 3, "e"], "id": "z"}}}',
];

describe('doccano import of every shape', () => {
  // Imported inside each test, not when the suite is declared, so that mutation testing
  // counts these tests as covering the importer (it attributes code run at declaration to no test).
  const read = () => doccanoImporter.import([{ path: 'in/doc.jsonl', text: '\uFEFF' + LINES.join('\r\n') }]);
  const file = 'in/doc.jsonl';
  const plain = { attrs: {}, links: {}, file };

  it('imports entities in code points, whichever unit the line counts in, with relations and Hamish records', () => {
    const result = read();
    assert.deepStrictEqual(result.sources.map((s) => ({ ...s, spans: s.spans.map((x) => ({ ...x, attrs: { ...x.attrs }, links: { ...x.links } })) })), [
      {
        path: 'doc-1.txt', text: 'قال الوزير 😀 إن', spans: [
          { localId: '1:10', type: 'actor', start: 4, end: 10, quote: 'الوزير', attrs: { k: 1 }, links: { linked: ['1:11'] }, file, line: 1, annotator: '3', id: 'aid', note: 'n', created: 'c' },
          { localId: '1:11', type: 'emoji', start: 11, end: 12, quote: '😀', attrs: {}, links: { back: ['1:10'] }, file, line: 1 },
          { localId: '1:entities#2:0', type: 'claim', start: 0, end: 3, quote: 'قال', ...plain, line: 1 },
          { localId: '1:10', type: 'dup', start: 0, end: 3, quote: 'قال', ...plain, line: 1 },
        ],
      },
      { path: 'doc-line2.txt', text: 'نص', spans: [{ localId: '2:label#0', type: 'a', start: 0, end: 1, quote: 'ن', ...plain, line: 2 }] },
      { path: 'doc-line8.txt', text: '😀a😀', spans: [{ localId: '8:entities#0:0', type: 'e', start: 1, end: 3, quote: 'a😀', ...plain, line: 8 }] },
      { path: 'doc-line9.txt', text: 'abc', spans: [] },
      { path: 'doc-line10.txt', text: '😀a', spans: [{ localId: '10:entities#0:0', type: 'e', start: 1, end: 2, quote: 'a', ...plain, line: 10, id: 'z' }] },
    ]);
  });

  it('names everything it left out, by line', () => {
    const result = read();
    assert.deepStrictEqual(result.problems.map((p) => `${p.line} ${p.severity} ${p.message}`), [
      '1 warning entity 4 is not an object; it was not imported',
      '1 warning entity 5 lacks a label or integer start_offset/end_offset; it was not imported',
      '1 warning document labels ["pos"] (text classification) have no span; they were not imported',
      '1 warning the text holds emoji or other characters outside the BMP, so the offset unit matters: read as UTF-16 units, as doccano counts; a file counting code points would be misplaced here',
      '1 warning entity 12 (5–5, "e") lies outside the text of 16 UTF-16 units or is empty; it was not imported',
      '1 warning entity id 10 is used twice; relations name the first',
      '1 warning 1 Hamish record(s) in "hamish" match no entity (moved or relabelled in doccano); their ids, attributes and notes were not imported',
      '1 warning relation 2 names an entity that is not on this line, or has no type; it was not imported',
      '1 warning relation 3 is not an object; it was not imported',
      '1 warning relation 4 names an entity that is not on this line, or has no type; it was not imported',
      '1 warning 2 doccano comment(s) belong to the whole text, not to a span; they were not imported',
      '2 warning path "../x" could lead outside the import folder; a name was made up instead',
      '2 warning label# item 3 is not [start, end, "label"]; it was not imported',
      '2 warning entity label#1 (1–0, "b") lies outside the text of 2 code points or is empty; it was not imported',
      '3 error the line has no "text"; nothing on it was imported',
      '4 error the line is not a JSON object',
      '5 error not JSON: expected a quoted key',
      '7 error a second text for "doc-line2.txt"; this line was not imported',
      "8 warning offsets read as code points: read as UTF-16 units (doccano's own) some would fall inside an emoji",
      '9 warning "entities" is not a list; nothing in it was imported',
      '9 warning "label" is not a list; it was not imported',
    ]);
  });

  it('takes only .jsonl files', () => {
    assert.deepStrictEqual(['a.jsonl', 'B.JSONL', 'a.json', 'a.jsonl.txt'].map((p) => doccanoImporter.accepts(p)), [true, true, false, false]);
  });
});
