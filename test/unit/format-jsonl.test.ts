// JSONL: the golden file from the shared fixture, an exact round trip (CRLF, emoji, combining
// marks included), and malformed lines reported with file and line, never thrown.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { mergeImported } from '../../src/core/exchange/mergeImported';
import { placeImported } from '../../src/core/exchange/placeImported';
import { jsonlExporter, jsonlImporter } from '../../src/core/formats/jsonl';
import type { ExportSource } from '../../src/core/formats/types';
import { sortAnnotations } from '../../src/core/model/annotation';
import { exportSource } from './support/exportFixture';
import { fixturesDir, seedArticle } from './support/fixtures';

const golden = path.join(fixturesDir, 'export', 'jsonl', 'annotations.jsonl');

/** Export then import (into an empty sidecar), as the pipeline does it. */
function roundTrip(source: ExportSource) {
  const out = jsonlExporter.export([source]).files[0]!;
  const read = jsonlImporter.import([{ path: 'in.jsonl', text: out.content }]);
  assert.deepStrictEqual(read.problems, []);
  assert.strictEqual(read.sources.length, 1);
  assert.strictEqual(read.sources[0]!.path, source.path);
  const placed = placeImported(read.sources[0]!.spans, source.text, '2000-01-01T00:00:00.000Z');
  assert.deepStrictEqual(placed.problems, []);
  const merged = mergeImported([], placed.placed);
  assert.deepStrictEqual(merged.problems, []);
  return merged.annotations;
}

/** Plain objects, so null-prototype maps compare like any others. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('format: jsonl', () => {
  it('matches the golden file byte for byte', () => {
    const content = jsonlExporter.export([exportSource()]).files[0]!.content;
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, content);
    assert.strictEqual(content, fs.readFileSync(golden, 'utf8'));
  });

  it('writes one record per annotation with code point offsets that slice the quote', () => {
    const source = exportSource();
    const lines = jsonlExporter.export([source]).files[0]!.content.trimEnd().split('\n');
    assert.strictEqual(lines.length, source.annotations.length);
    const points = [...source.text];
    for (const line of lines) {
      const r = JSON.parse(line);
      if (!r.orphaned) assert.strictEqual(points.slice(r.start, r.end).join(''), r.quote);
    }
  });

  it('round-trips exactly: every field, both speakers, the orphan', () => {
    const source = exportSource();
    assert.deepStrictEqual(plain(roundTrip(source)), plain(sortAnnotations(source.annotations)));
  });

  it('round-trips on a CRLF source with emoji and combining marks before the spans', () => {
    const text = 'تجربة 😀👍🏽 وحروف مركبة: e\u0301 و\u0651\r\n' + seedArticle().replace(/\n/g, '\r\n');
    const source = exportSource(text);
    const back = roundTrip(source);
    assert.deepStrictEqual(plain(back), plain(sortAnnotations(source.annotations)));
    assert.ok(back.some((a) => a.before.includes('\r\n')), 'context kept its CRLF');
  });

  it('reports malformed lines with file and line and never throws', () => {
    const good = jsonlExporter.export([exportSource()]).files[0]!.content.split('\n')[0]!;
    const bad = [
      good,
      '{not json',
      '[1,2]',
      JSON.stringify({ ...JSON.parse(good), start: -1 }),
      JSON.stringify({ ...JSON.parse(good), start: 1.5 }),
      JSON.stringify({ ...JSON.parse(good), type: 7 }),
      JSON.stringify({ ...JSON.parse(good), attrs: { x: { nested: 1 } } }),
      JSON.stringify({ ...JSON.parse(good), links: { speaker: [] } }),
      '',
      JSON.stringify({ ...JSON.parse(good), extra: 1 }),
    ].join('\r\n');
    const r = jsonlImporter.import([{ path: 'bad.jsonl', text: bad }]);
    const errors = r.problems.filter((p) => p.severity === 'error');
    assert.deepStrictEqual(errors.map((p) => p.line), [2, 3, 4, 5, 6, 7, 8]);
    assert.ok(errors.every((p) => p.file === 'bad.jsonl' && p.message.length > 0));
    assert.deepStrictEqual(r.problems.filter((p) => p.severity === 'warning').map((p) => p.line), [10]);
    assert.strictEqual(r.sources[0]!.spans.length, 2);
    for (const junk of ['\u0000', '{"__proto__":{}}', 'null', '"x"', '9'.repeat(400), '{"source":"a","id":"b","type":"c","quote":"","start":0,"end":0,"attrs":{"__proto__":"x"}}']) {
      assert.doesNotThrow(() => jsonlImporter.import([{ path: 'junk.jsonl', text: junk }]));
    }
  });

  it('accepts .jsonl files only', () => {
    assert.ok(jsonlImporter.accepts('a/b.JSONL'));
    assert.ok(!jsonlImporter.accepts('a/b.json'));
  });
});
