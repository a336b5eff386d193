import * as assert from 'assert';
import { DOCCANO_OUTPUT, doccanoExporter, doccanoImporter } from '../../src/core/formats/doccano';
import { exportSource } from './support/exportFixture';
import { assertGolden, assertRoundTrip, fuzzImporter, hardSource, importText, problemAt } from './support/formatChecks';

interface Line {
  text: string;
  entities: { id: number; label: string; start_offset: number; end_offset: number }[];
  relations: { from_id: number; to_id: number; type: string }[];
}

const lineOf = (content: string, n = 0) => JSON.parse(content.split('\n')[n]!) as Line;

describe('doccano JSONL export', () => {
  it('matches its golden file', () => {
    const result = doccanoExporter.export([exportSource()]);
    assert.deepStrictEqual(result.files.map((f) => f.path), [DOCCANO_OUTPUT]);
    assertGolden('doccano', result);
    assert.ok(result.notes.some((n) => n.annotation === 'aorphan00000000000000000001'));
  });

  it('writes one relation per speaker, between entities of the same line', () => {
    const line = lineOf(doccanoExporter.export([exportSource()]).files[0]!.content);
    const label = (id: number) => line.entities.find((e) => e.id === id)!.label;
    const claim = line.entities.find((e) => e.label === 'claim')!;
    const from = line.relations.filter((r) => r.from_id === claim.id);
    assert.deepStrictEqual(from.map((r) => [r.type, label(r.to_id)]), [['speaker', 'actor'], ['speaker', 'actor'], ['date', 'date']]);
  });

  it('counts offsets in UTF-16 units, as doccano does, so JavaScript slicing gives each quote', () => {
    const source = hardSource();
    const line = lineOf(doccanoExporter.export([source]).files[0]!.content);
    assert.strictEqual(line.text, source.text);
    const byQuote = new Map(source.annotations.filter((a) => !a.orphaned).map((a) => [a.id, a.text]));
    assert.strictEqual(line.entities.length, byQuote.size);
    const quotes = line.entities.map((e) => line.text.slice(e.start_offset, e.end_offset)).sort();
    assert.deepStrictEqual(quotes, [...byQuote.values()].sort());
    // The emoji span: code points would end 3 units short.
    const emoji = line.entities.find((e) => line.text.slice(e.start_offset, e.end_offset).includes('😀'))!;
    assert.strictEqual(emoji.end_offset - emoji.start_offset, 'المتحدثُ 😀🇮🇶'.length);
  });
});

describe('doccano JSONL import', () => {
  it('round-trips: type, offsets (back to code points), attributes, links, note, annotator, ids', () => {
    for (const source of [exportSource(), hardSource()]) assertRoundTrip(doccanoExporter, doccanoImporter, source);
  });

  // Hand-written after the shapes doccano exports: with relations (dict entities), without
  // (label triples), an older export with triples under "entities", and a classification line.
  const foreign = [
    '{"id": 7, "text": "قال يحيى رسول 😀 إن اللجنة اجتمعت", "entities": [{"id": 11, "label": "actor", "start_offset": 4, "end_offset": 13}, {"id": 12, "label": "claim", "start_offset": 20, "end_offset": 33}], "relations": [{"id": 3, "from_id": 12, "to_id": 11, "type": "speaker"}], "Comments": ["راجع"]}',
    '{"id": 8, "text": "EU rejects German call", "label": [[0, 2, "ORG"], [11, 17, "MISC"]]}',
    '',
    '{"doc_id": 9, "text": "x 😄 label2", "entities": [[2, 3, "l1"], [4, 10, "l2"]]}',
    '{"id": 10, "text": "خبر", "label": ["politics"]}',
    '{"id": 11, "text": "abc", "entities": [{"id": 1, "label": "x", "start_offset": 2, "end_offset": 9}]}',
    'not json',
    '{"id": 12, "text": "abc", "path": "../../escape.txt", "entities": []}',
  ].join('\n');

  it('reads doccano\'s own shapes, converting UTF-16 offsets and reporting what it cannot map, by line', () => {
    const result = importText(doccanoImporter, 'exports/project.jsonl', foreign);
    const [first, second, third, fourth, fifth, sixth] = result.sources;
    assert.strictEqual(first!.path, 'project-7.txt');
    const [actor, claim] = first!.spans;
    // "😀" is two UTF-16 units: the claim starts at unit 20, code point 19.
    assert.deepStrictEqual([actor!.start, actor!.end, actor!.quote], [4, 13, 'يحيى رسول']);
    assert.deepStrictEqual([claim!.start, claim!.end, claim!.quote], [19, 32, 'اللجنة اجتمعت']);
    assert.deepStrictEqual(claim!.links.speaker, [actor!.localId]);
    assert.ok(problemAt(result, 1, /read as UTF-16/));
    assert.ok(problemAt(result, 1, /comment/));
    assert.deepStrictEqual(second!.spans.map((s) => [s.type, s.quote]), [['ORG', 'EU'], ['MISC', 'German']]);
    // Old doccano counted code points: read as UTF-16, offset 3 would split the emoji.
    assert.deepStrictEqual(third!.spans.map((s) => s.quote), ['😄', 'label2']);
    assert.ok(problemAt(result, 4, /read as code points/));
    assert.deepStrictEqual(fourth!.spans, []);
    assert.ok(problemAt(result, 5, /text classification/));
    assert.deepStrictEqual(fifth!.spans, []);
    assert.ok(problemAt(result, 6, /outside the text/));
    assert.ok(problemAt(result, 7, /not JSON/));
    assert.strictEqual(sixth!.path, 'project-12.txt');
    assert.ok(problemAt(result, 8, /outside the import folder/));
  });

  it('says where malformed files go wrong, and never throws', () => {
    assert.ok(problemAt(importText(doccanoImporter, 'a.jsonl', '{"id": 1}\n'), 1, /no "text"/));
    assert.ok(problemAt(importText(doccanoImporter, 'a.jsonl', '\n\n[1, 2]'), 3, /not a JSON object/));
    assert.ok(problemAt(importText(doccanoImporter, 'a.jsonl', '{"text": "a"}\n{"text": "b", "path": "x"}\n{"text": "c", "path": "x"}'), 3, /second text/));
    fuzzImporter(doccanoImporter, 'fuzz.jsonl', doccanoExporter.export([exportSource()]).files[0]!.content);
  });
});
