import * as assert from 'assert';
import { exporterFor } from '../../src/core/formats/registry';
import type { ExportSource } from '../../src/core/formats/types';
import { escapeText, escapeValue, webannoExporter } from '../../src/core/formats/webanno';
import type { Annotation } from '../../src/core/model/annotation';
import { createAnnotation } from '../../src/core/model/build';
import { CodePointIndex } from '../../src/core/text/offsets';
import { exportSource } from './support/exportFixture';
import { cpIndexOf, seedArticle } from './support/fixtures';
import { assertGolden } from './support/goldenFile';
import { readWebAnno, unescapeValue, type ReadDocument } from './support/webannoReader';

const T0 = '2026-11-29T10:00:00.000Z';
const SPAN_FEATURES = 5;

function run(source: ExportSource) {
  const result = webannoExporter.export([source]);
  assert.deepStrictEqual(result.files.map((f) => f.path), [`${source.path}.tsv`]);
  return { content: result.files[0]!.content, notes: result.notes };
}

function span(text: string, id: string, type: string, quote: string, extra: { note?: string; links?: Annotation['links'] } = {}): Annotation {
  const start = cpIndexOf(text, quote);
  return createAnnotation(text, { id, type, start, end: start + Array.from(quote).length, now: T0, ...extra });
}

/**
 * Reads the file back as INCEpTION would and checks it against the source: every token's
 * UTF-16 offsets hold its text in the rebuilt document, and every exported span comes back
 * with its offsets (in UTF-16 units), type, note, attributes, annotator and id.
 */
function readBack(source: ExportSource, content: string): ReadDocument {
  const doc = readWebAnno(content, SPAN_FEATURES);
  for (const t of doc.tokens) assert.strictEqual(doc.text.slice(t.begin, t.end), t.form, `token ${t.id}`);
  for (const t of doc.tokens) assert.strictEqual(source.text.slice(t.begin, t.end), t.form, `token ${t.id} in the source`);
  const index = CodePointIndex.of(source.text);
  for (const a of source.annotations.filter((x) => !x.orphaned)) {
    const found = doc.spans.find((s) => unescapeValue(s.values[4]!) === a.id);
    assert.ok(found, `span ${a.id} is in the file`);
    assert.deepStrictEqual([found.begin, found.end], [index.toUtf16(a.start), index.toUtf16(a.end)], `offsets of ${a.id}`);
    const [label, attrs, note, annotator] = found.values.map((v) => (v === '*' ? undefined : unescapeValue(v)));
    assert.strictEqual(label, a.type);
    assert.deepStrictEqual(attrs === undefined ? {} : JSON.parse(attrs), { ...a.attrs });
    assert.strictEqual(note, a.note?.replace(/\r\n?/g, '\n'));
    assert.strictEqual(annotator, a.annotator);
  }
  return doc;
}

describe('WebAnno TSV 3.3 export', () => {
  it('is registered under its format name', () => {
    assert.strictEqual(exporterFor('webanno'), webannoExporter);
  });

  it('matches the golden file for the seed article', () => {
    const { content } = run(exportSource());
    assertGolden('webanno/news/seed-article.ar.txt.tsv', content);
  });

  it('starts with the format line, the two layers and two blank lines, and ends every row with a TAB', () => {
    const { content } = run(exportSource());
    assert.ok(content.startsWith(
      '#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Hamish|label|attrs|note|annotator|hamishId\n' +
        '#T_RL=webanno.custom.HamishLink|name|BT_webanno.custom.Hamish\n\n\n#Text=',
    ));
    const rows = content.split('\n').filter((l) => /^\d+-\d+\t/.test(l));
    assert.ok(rows.length > 500);
    for (const row of rows) {
      assert.ok(row.endsWith('\t'));
      assert.strictEqual(row.split('\t').length, 3 + SPAN_FEATURES + 2 + 1);
    }
  });

  it('reads back with every span, its features and the three links of the claim', () => {
    const source = exportSource();
    const doc = readBack(source, run(source).content);
    const links = doc.relations.map((r) => [r.name, unescapeValue(r.source.values[4]!), unescapeValue(r.target.values[4]!)]).sort();
    assert.deepStrictEqual(links, [
      ['date', 'aclaim0000000000000000000001', 'adate00000000000000000000001'],
      ['speaker', 'aclaim0000000000000000000001', 'aministry000000000000000001'],
      ['speaker', 'aclaim0000000000000000000001', 'aspeaker0000000000000000001'],
    ]);
  });

  it('stacks the claim, the overlapping actor and the nested place on one token with disambiguation ids', () => {
    const { content } = run(exportSource());
    const row = content.split('\n').find((l) => l.includes('\tبغداد\tclaim'))!;
    const cols = row.split('\t');
    assert.match(cols[3]!, /^claim\[(\d+)\]\|actor\[(\d+)\]\|place\[(\d+)\]$/);
    assert.match(cols[7]!, /^aclaim0+1\[\d+\]\|aoverlap0+1\[\d+\]\|aplace0+1\[\d+\]$/);
    // A single-token span alone on its token needs no id.
    const text = 'وصل يحيى اليوم';
    const alone = run({ path: 'a.txt', text, annotations: [span(text, 'aalone00000000000000000001', 'actor', 'يحيى')] }).content;
    assert.ok(alone.includes('1-2\t4-8\tيحيى\tactor\t*\t*\t*\taalone00000000000000000001\t_\t_\t\n'));
  });

  it('writes a relation on the first token of its target, naming the first token of its source', () => {
    const text = 'قال يحيى رسول إن الاجتماعات ستتواتر';
    const speaker = span(text, 'aspeaker0000000000000000009', 'actor', 'يحيى رسول');
    const claim = span(text, 'aclaim0000000000000000000009', 'claim', 'الاجتماعات ستتواتر', { links: { speaker: speaker.id } });
    const { content } = run({ path: 'r.txt', text, annotations: [claim, speaker] });
    const rows = content.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.split('\t'));
    assert.deepStrictEqual(rows[1]!.slice(0, 4), ['1-2', '4-8', 'يحيى', 'actor[1]']);
    assert.deepStrictEqual(rows[1]!.slice(8, 10), ['speaker', '1-5[2_1]']);
    assert.deepStrictEqual(rows[2]!.slice(8, 10), ['_', '_']);
    assert.deepStrictEqual(rows[4]!.slice(0, 4), ['1-5', '17-27', 'الاجتماعات', 'claim[2]']);
  });

  it('counts offsets in UTF-16 units: an emoji before a span shifts them by two, not one', () => {
    const plain = exportSource();
    const withEmoji = exportSource(seedArticle().replace('بغداد - قال', '😀 بغداد - قال'));
    const tokenRow = (content: string, form: string) => content.split('\n').find((l) => l.split('\t')[2] === form)!.split('\t')[1]!;
    const [b0] = tokenRow(run(plain).content, 'يحيى').split('-').map(Number);
    const withContent = run(withEmoji).content;
    const [b1] = tokenRow(withContent, 'يحيى').split('-').map(Number);
    assert.strictEqual(b1! - b0!, 3); // the emoji (2 units) and its space (1)
    assert.match(withContent, /\t(\d+)-(\d+)\t😀\t/);
    const [, eb, ee] = /\t(\d+)-(\d+)\t😀\t/.exec(withContent)!;
    assert.strictEqual(Number(ee) - Number(eb), 2);
    readBack(withEmoji, withContent);
  });

  it('counts the CR of a CRLF source, and keeps it out of the #Text lines', () => {
    const source = exportSource(seedArticle().replace(/\n/g, '\r\n'));
    const { content } = run(source);
    assert.ok(!content.includes('\r'));
    assert.ok(!content.includes('\\r'));
    readBack(source, content);
    const lfContent = run(exportSource()).content;
    assert.notStrictEqual(content, lfContent);
    assert.strictEqual(content.split('\n').length, lfContent.split('\n').length);
  });

  it('writes a sentence that a span holds across a line break as several #Text lines', () => {
    const text = 'عنوان يحيى\r\nرسول قال';
    const a = span(text, 'across00000000000000000001', 'actor', 'يحيى\r\nرسول');
    const source: ExportSource = { path: 'x.txt', text, annotations: [a] };
    const { content } = run(source);
    assert.ok(content.includes('\n#Text=عنوان يحيى\\r\n#Text=رسول قال\n1-1\t0-5\t'));
    readBack(source, content);
  });

  it('keeps combining marks in their token and reads back spans over them', () => {
    const text = 'قالَ المتحدثُ الرسميُّ إنّ الاجتماعاتِ ستتواترُ';
    const a = span(text, 'amarks00000000000000000001', 'claim', 'الاجتماعاتِ ستتواترُ');
    const source: ExportSource = { path: 'm.txt', text, annotations: [a] };
    const { content, notes } = run(source);
    assert.deepStrictEqual(notes, []);
    assert.ok(content.includes('\tالرسميُّ\t'));
    readBack(source, content);
  });

  it('escapes reserved characters in feature values and control characters in #Text', () => {
    assert.strictEqual(escapeValue('a\\b[c]d|e_f->g;h\ti\nj*k-l>m'), 'a\\\\b\\[c\\]d\\|e\\_f\\->g\\;h\\ti\\nj\\*k-l>m');
    assert.strictEqual(escapeText('a\tb\\c\u0001d'), 'a\\tb\\\\c\\\u0001d');
    const text = 'قال\tيحيى رسول';
    const note = 'سطر\r\nثانٍ | [1] _ * -> ;';
    const a = span(text, 'anote000000000000000000001', 'actor', 'يحيى رسول', { note });
    const source: ExportSource = { path: 'e.txt', text, annotations: [a] };
    const { content } = run(source);
    assert.ok(content.includes('#Text=قال\\tيحيى رسول\n'));
    assert.ok(content.includes('\tسطر\\nثانٍ \\| \\[1\\] \\_ \\* \\-> \\;[1]\t'));
    readBack(source, content);
  });

  it('notes what it leaves out: orphans and links to annotations not exported', () => {
    const { notes } = run(exportSource());
    assert.deepStrictEqual(notes.map((n) => n.annotation), ['aorphan00000000000000000001']);
    const text = 'قال يحيى رسول';
    const claim = span(text, 'aclaim0000000000000000000007', 'claim', 'قال', { links: { speaker: ['amissing00000000000000001'] } });
    const result = run({ path: 'l.txt', text, annotations: [claim] });
    assert.strictEqual(result.notes.length, 1);
    assert.match(result.notes[0]!.message, /speaker link to amissing00000000000000001/);
    assert.ok(!/\tspeaker\t/.test(result.content));
  });

  it('writes a source without text as the header alone', () => {
    assert.strictEqual(run({ path: 'empty.txt', text: '', annotations: [] }).content, '#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Hamish|label|attrs|note|annotator|hamishId\n#T_RL=webanno.custom.HamishLink|name|BT_webanno.custom.Hamish\n\n');
  });
});
