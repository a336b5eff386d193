/**
 * brat standoff: golden files over the seed article, offsets as brat counts them (universal
 * newlines, code points), spans over line breaks, the round trip, and the import of every
 * brat line kind (hand-written files modelled on brat's own example corpora) and of
 * malformed files, which give problems with their line and never throw.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { bratExporter, bratImporter } from '../../src/core/formats/brat';
import { parseAnnLine } from '../../src/core/formats/brat/annLine';
import { exporterFor, importerFor } from '../../src/core/formats/registry';
import type { ExportResult, ImportResult, InputFile } from '../../src/core/formats/types';
import type { Annotation } from '../../src/core/model/annotation';
import { createAnnotation } from '../../src/core/model/build';
import { exportAnnotations, exportSource } from './support/exportFixture';
import { cpIndexOf, fixturesDir, seedArticle } from './support/fixtures';

const GOLDEN = path.join(fixturesDir, 'export', 'brat');
const T0 = '2026-11-29T10:00:00.000Z';

function file(result: ExportResult, name: string): string {
  const f = result.files.find((x) => x.path === name);
  assert.ok(f, `${name} is written (files: ${result.files.map((x) => x.path).join(', ')})`);
  return f.content;
}

/** The exported .txt and .ann files as an importer's input. */
function asInput(result: ExportResult): InputFile[] {
  return result.files.filter((f) => /\.(txt|ann)$/.test(f.path)).map((f) => ({ path: f.path, text: f.content }));
}

function annLines(result: ExportResult, name = 'doc.ann'): string[] {
  return file(result, name).split('\n').filter((l) => l !== '');
}

/** An annotation over the first `quote` in `text`. */
function over(text: string, type: string, quote: string, extra: Partial<Parameters<typeof createAnnotation>[1]> = {}): Annotation {
  const start = cpIndexOf(text, quote);
  return createAnnotation(text, { type, start, end: start + [...quote].length, now: T0, ...extra });
}

/** brat's check of a T line: the text column equals the .txt's code points at the offsets, fragments joined by a space. */
function assertBratQuotes(txt: string, ann: string): void {
  const cps = Array.from(txt);
  for (const line of ann.split('\n')) {
    const parsed = parseAnnLine(line);
    if (parsed.kind !== 'T') continue;
    assert.strictEqual(parsed.text, parsed.fragments.map(([s, e]) => cps.slice(s, e).join('')).join(' '), line);
  }
}

describe('brat standoff export', () => {
  it('is in the registry for export and import', () => {
    assert.strictEqual(exporterFor('brat'), bratExporter);
    assert.strictEqual(importerFor('brat'), bratImporter);
    assert.ok(bratImporter.accepts('a/b.ann') && bratImporter.accepts('a/b.txt'));
    assert.ok(!bratImporter.accepts('a/b.txt.ann.yaml') && !bratImporter.accepts('annotation.conf'));
  });

  it('writes the golden files for the seed article', () => {
    const result = bratExporter.export([exportSource()]);
    const names = ['news/seed-article.ar.txt', 'news/seed-article.ar.ann', 'annotation.conf', 'visual.conf'];
    assert.deepStrictEqual(result.files.map((f) => f.path).sort(), [...names].sort());
    for (const name of names) {
      const golden = path.join(GOLDEN, name);
      if (process.env.UPDATE_GOLDEN === '1') {
        fs.mkdirSync(path.dirname(golden), { recursive: true });
        fs.writeFileSync(golden, file(result, name));
      }
      assert.strictEqual(file(result, name), fs.readFileSync(golden, 'utf8'), name);
    }
    assertBratQuotes(file(result, names[0]!), file(result, names[1]!));
    // The claim of the example, its two speakers as two R lines, and the note.
    const ann = file(result, 'news/seed-article.ar.ann');
    assert.match(ann, /^T2\tclaim 1036 1086\tاستأنفت اجتماعاتها مع قوات التحالف الدولي في بغداد$/m);
    assert.match(ann, /^R1\tspeaker Arg1:T2 Arg2:T1\nR2\tspeaker Arg1:T2 Arg2:T6$/m);
    assert.match(ann, /^A5\tchecked T2$/m);
    assert.match(ann, /^#3\tAnnotatorNotes T2\tنقلته وكالة/m);
  });

  it('says what it could not write: the orphan, and a link to it', () => {
    const source = exportSource();
    const claim = source.annotations.find((a) => a.type === 'claim')!;
    const orphan = source.annotations.find((a) => a.orphaned)!;
    const withLink = { ...source, annotations: source.annotations.map((a) => (a === claim ? { ...a, links: { ...a.links, witness: orphan.id } } : a)) };
    const result = bratExporter.export([withLink]);
    assert.deepStrictEqual(
      result.notes.map((n) => [n.annotation, n.message.split(':')[0]]),
      [[orphan.id, 'orphaned'], [claim.id, `link witness to ${orphan.id}`]],
    );
    assert.ok(!file(result, 'news/seed-article.ar.ann').includes('witness'));
  });

  it('writes a CRLF source as LF text with the offsets brat counts', () => {
    const lf = seedArticle();
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.notStrictEqual(cpIndexOf(crlf, 'استأنفت اجتماعاتها'), cpIndexOf(lf, 'استأنفت اجتماعاتها'), 'the CRLF offsets do shift');
    const fromLf = bratExporter.export([exportSource(lf)]);
    const fromCrlf = bratExporter.export([exportSource(crlf)]);
    assert.strictEqual(file(fromCrlf, 'news/seed-article.ar.txt'), lf);
    assert.strictEqual(file(fromCrlf, 'news/seed-article.ar.ann'), file(fromLf, 'news/seed-article.ar.ann'));
  });

  it('counts code points: emoji, flags and combining marks', () => {
    const text = 'قالَ 😀 المتحدثُ 🇮🇶 إنّ الاجتماعَ استُؤنف 👍🏽 أمس';
    const result = bratExporter.export([{ path: 'doc.txt', text, annotations: [over(text, 'actor', 'المتحدثُ'), over(text, 'claim', 'إنّ الاجتماعَ استُؤنف 👍🏽')] }]);
    assert.deepStrictEqual(annLines(result).slice(0, 2), ['T1\tactor 7 15\tالمتحدثُ', 'T2\tclaim 19 43\tإنّ الاجتماعَ استُؤنف 👍🏽']);
    assertBratQuotes(file(result, 'doc.txt'), file(result, 'doc.ann'));
  });

  it('writes a span over line breaks as fragments cut at each break, also from CRLF', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['سطر أول فيه بداية', 'ثم سطر ثان', '', 'وسطر ثالث ينتهي هنا'].join(eol);
      const quote = ['بداية', 'ثم سطر ثان', '', 'وسطر ثالث'].join(eol);
      const result = bratExporter.export([{ path: 'doc.txt', text, annotations: [over(text, 'claim', quote)] }]);
      assert.deepStrictEqual(annLines(result)[0], 'T1\tclaim 12 17;18 28;30 39\tبداية ثم سطر ثان وسطر ثالث', JSON.stringify(eol));
      assertBratQuotes(file(result, 'doc.txt'), file(result, 'doc.ann'));
      assert.deepStrictEqual(result.notes, []);
    }
  });

  it('notes a span whose line break at an end brat cannot mark', () => {
    const text = 'سطر أول\nسطر ثان';
    const onlyBreak = createAnnotation(text, { type: 'claim', start: 7, end: 8, now: T0 });
    const result = bratExporter.export([{ path: 'doc.txt', text, annotations: [onlyBreak, over(text, 'actor', 'أول\n')] }]);
    assert.deepStrictEqual(annLines(result).filter((l) => l.startsWith('T')), ['T1\tactor 4 7\tأول']);
    assert.deepStrictEqual(result.notes.map((n) => n.message.split(' ').slice(0, 3).join(' ')), ['its span ends', 'its span holds']);
  });

  it('escapes names and values brat reads as words, and notes with line breaks and tabs', () => {
    const text = 'قال المتحدث إن الاجتماع انتهى';
    const a = over(text, 'claim', 'الاجتماع انتهى', {
      attrs: { 'source kind': 'وكالة أنباء|رسمية, 100%', year: '2024', one: ['فقط'] },
      links: {},
      note: 'سطر أول\nسطر\tثان \\ نهاية',
    });
    const result = bratExporter.export([{ path: 'doc.txt', text, annotations: [a] }]);
    const lines = annLines(result);
    // A name outside brat's storage characters is written as code points; a value is %-escaped.
    const sourceKind = 'x--73-6f-75-72-63-65-20-6b-69-6e-64';
    assert.ok(lines.includes(`A1\t${sourceKind} T1 وكالة%20أنباء%7Cرسمية%2C%20100%25`), lines.join('\n'));
    assert.ok(lines.includes('#2\tAnnotatorNotes T1\tسطر أول\\nسطر\\tثان \\\\ نهاية'), lines.join('\n'));
    assert.match(file(result, 'annotation.conf'), new RegExp(`^${sourceKind}\tArg:claim, Value:وكالة%20أنباء%7Cرسمية%2C%20100%25$`, 'm'));
    assert.match(file(result, 'visual.conf'), new RegExp(`^${sourceKind} \\| source kind$`, 'm'));
    // "2024" reads back as a number and a list of one as one value: both said.
    assert.deepStrictEqual(result.notes.map((n) => n.message), [
      'attribute year: the text "2024" reads back as a number',
      'attribute one: a list of one reads back as a single value',
    ]);
  });

  it('writes Arabic type, link and attribute names as storage forms brat accepts, labelled in Arabic', () => {
    const text = 'قال المتحدث إن الاجتماع انتهى';
    const speaker = over(text, 'فاعل', 'المتحدث');
    const claim = over(text, 'ادعاء', 'الاجتماع انتهى', { attrs: { 'مصدر': 'واع' }, links: { 'قائل': speaker.id } });
    const result = bratExporter.export([{ path: 'doc.txt', text, annotations: [claim, speaker] }]);
    assert.deepStrictEqual(annLines(result).slice(0, 4), [
      'T1\tx--641-627-639-644 4 11\tالمتحدث',
      'T2\tx--627-62f-639-627-621 15 29\tالاجتماع انتهى',
      'R1\tx--642-627-626-644 Arg1:T2 Arg2:T1',
      'A1\tx--645-635-62f-631 T2 واع',
    ]);
    assert.match(file(result, 'visual.conf'), /^x--627-62f-639-627-621 \| ادعاء$/m);
    const back = bratImporter.import(asInput(result)).sources[0]!.spans;
    assert.deepStrictEqual(back.map((s) => [s.type, { ...s.attrs }, { ...s.links }]), [['فاعل', {}, {}], ['ادعاء', { 'مصدر': 'واع' }, { 'قائل': ['T1'] }]]);
  });

  it('names brat files after the source: .txt kept, other extensions get .txt added', () => {
    const text = 'نص';
    const result = bratExporter.export([
      { path: 'a/x.txt', text, annotations: [] },
      { path: 'a/y.md', text, annotations: [] },
      { path: 'a/y.md.txt', text, annotations: [] },
    ]);
    assert.deepStrictEqual(result.files.map((f) => f.path), ['a/x.txt', 'a/x.ann', 'a/y.md.txt', 'a/y.md.ann', 'annotation.conf', 'visual.conf']);
    assert.deepStrictEqual(result.notes.map((n) => n.source), ['a/y.md.txt']);
    const back = bratImporter.import(asInput(result));
    assert.deepStrictEqual(back.sources.map((s) => s.path), ['a/x.txt', 'a/y.md']);
  });
});

describe('brat standoff round trip', () => {
  it('gives back the seed article annotations: type, offsets, quote, attrs, links, note, id', () => {
    const text = seedArticle();
    const result = bratExporter.export([exportSource(text)]);
    const back = bratImporter.import(asInput(result));
    assert.deepStrictEqual(back.problems, []);
    const [source] = back.sources;
    assert.strictEqual(source!.path, 'news/seed-article.ar.txt');
    assert.strictEqual(source!.text, text);
    const byLocal = new Map(source!.spans.map((s) => [s.localId, s.id]));
    const got = source!.spans.map((s) => ({
      id: s.id, type: s.type, start: s.start, end: s.end, quote: s.quote, attrs: { ...s.attrs }, note: s.note,
      links: Object.fromEntries(Object.entries(s.links).map(([k, v]) => [k, v.map((l) => byLocal.get(l))])),
    }));
    const want = exportAnnotations(text).filter((a) => !a.orphaned).map((a) => ({
      id: a.id, type: a.type, start: a.start, end: a.end, quote: a.text, attrs: { ...a.attrs }, note: a.note,
      links: Object.fromEntries(Object.entries(a.links).map(([k, v]) => [k, typeof v === 'string' ? [v] : v])),
    }));
    const order = (x: { id?: string }, y: { id?: string }) => (x.id! < y.id! ? -1 : 1);
    assert.deepStrictEqual(got.sort(order), want.sort(order));
    const claim = got.find((g) => g.type === 'claim')!;
    assert.deepStrictEqual(claim.links.speaker, ['aspeaker0000000000000000001', 'aministry000000000000000001']);
  });

  it('places spans back on a CRLF source, over line breaks, emoji and escaped names', () => {
    const text = 'قال المتحدث 😀\r\nإن الاجتماع\r\nانتهى\rأمس 🇮🇶 فعلاً';
    const annotations = [
      over(text, 'claim', 'الاجتماع\r\nانتهى\rأمس', { attrs: { 'source kind': 'a b|c', n: 3, flags: ['x', 'y'] }, note: 'a\nb\tc\\d' }),
      over(text, 'actor', 'المتحدث 😀'),
      over(text, 'date', 'أمس 🇮🇶'),
    ];
    const result = bratExporter.export([{ path: 'crlf.txt', text, annotations }]);
    assert.strictEqual(file(result, 'crlf.txt'), text.replace(/\r\n?/g, '\n'));
    // The .txt as a user may hold it: with the CRLF of the original. Offsets come back into that text.
    const back = bratImporter.import(asInput(result).map((f) => (f.path === 'crlf.txt' ? { ...f, text } : f)));
    assert.deepStrictEqual(back.problems, []);
    const spans = back.sources[0]!.spans;
    const byStart = <T extends { start: number }>(list: T[]) => [...list].sort((x, y) => x.start - y.start);
    assert.deepStrictEqual(byStart(spans).map((s) => [s.type, s.start, s.end, s.quote]), byStart(annotations).map((a) => [a.type, a.start, a.end, a.text]));
    const claim = spans.find((s) => s.type === 'claim')!;
    assert.deepStrictEqual({ ...claim.attrs }, { 'source kind': 'a b|c', n: 3, flags: ['x', 'y'] });
    assert.strictEqual(claim.note, 'a\nb\tc\\d');
  });

  it('counts a BOM at the start of the .txt as brat does, and gives offsets without it', () => {
    const back = bratImporter.import([
      { path: 'd.txt', text: '\ufeffقال المتحدث' },
      { path: 'd.ann', text: '\ufeffT1\tactor 5 12\tالمتحدث\n' },
    ]);
    assert.deepStrictEqual(back.problems, []);
    assert.deepStrictEqual(back.sources.map((s) => [s.text, s.spans.map((x) => [x.start, x.end, x.quote])]), [['قال المتحدث', [[4, 11, 'المتحدث']]]]);
  });
});

describe('brat standoff import of every line kind', () => {
  const dir = path.join(fixturesDir, 'import', 'brat');
  // Hand-written after the line kinds of brat's example corpora (see the README beside them).
  const read = (name: string): InputFile => ({ path: name, text: fs.readFileSync(path.join(dir, name), 'utf8') });
  let result: ImportResult;
  before(() => {
    result = bratImporter.import([read('every-line-kind.ann'), read('every-line-kind.txt')]);
  });

  it('maps spans, fragments at line breaks, relations, attributes, notes, lemmas and equivalences', () => {
    const spans = new Map(result.sources[0]!.spans.map((s) => [s.localId, s]));
    assert.deepStrictEqual([...spans.keys()], ['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    const t = (id: string) => spans.get(id)!;
    assert.deepStrictEqual([t('T4').start, t('T4').end, t('T4').quote], [68, 98, 'الاجتماعات ستتواتر\nبصورة دورية']);
    assert.deepStrictEqual([t('T5').start, t('T5').end, t('T5').quote], [0, 16, 'قال يحيى رسول إن']);
    assert.deepStrictEqual({ ...t('T2').links }, { speaker: ['T1', 'T5'] });
    assert.deepStrictEqual({ ...t('T2').attrs }, { checked: true, modality: 'reported' });
    assert.strictEqual(t('T2').note, 'نقلته وكالة الأنباء العراقية');
    assert.deepStrictEqual({ ...t('T4').attrs }, { confidence: 0.8, Speculation: true });
    assert.deepStrictEqual({ ...t('T1').attrs }, { norm: 'Wikipedia:534366' });
    assert.deepStrictEqual({ ...t('T3').attrs }, { Lemma: ' بغداد' });
    assert.deepStrictEqual({ ...t('T1').links }, { Equiv: ['T5'] });
    assert.deepStrictEqual({ ...t('T3').links }, { Alias: ['T6'] });
    for (const s of spans.values()) assert.strictEqual(s.file, 'every-line-kind.ann');
    assert.deepStrictEqual([...spans.values()].map((s) => s.line), [1, 2, 3, 4, 5, 6]);
  });

  it('reports what it cannot map, each at its line', () => {
    const got = result.problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.message.split(/[:(]/)[0]!.trim()}`);
    assert.deepStrictEqual(got, [
      'every-line-kind.ann:7 warning event E1',
      'every-line-kind.ann:5 warning T5 is discontinuous',
      'every-line-kind.ann:11 warning relation R3',
      'every-line-kind.ann:14 warning attribute A3',
      'every-line-kind.ann:16 warning attribute M1',
      'every-line-kind.ann:18 warning normalisation N1',
      'every-line-kind.ann:20 warning note #2',
      'every-line-kind.ann:21 warning note #3',
    ]);
  });
});

describe('brat standoff import of malformed files', () => {
  const txt = { path: 'bad.txt', text: 'قال المتحدث إن الاجتماع انتهى\r\n' };

  it('gives a problem at each bad line and keeps the good ones', () => {
    const ann = [
      'T1\tactor 4 11\tالمتحدث',
      'T2 actor 4 11 المتحدث',
      'T3\tactor 4\tالمتحدث',
      'T4\tactor 11 4\tالمتحدث',
      'T5\tactor 4 999\tالمتحدث',
      'T6\tactor 4 11\tالمتكلم',
      'R1\tspeaker Arg1:T1',
      'R2\tspeaker Arg1:T1 Arg2:T99',
      'T1\tclaim 0 3\tقال',
      'X1\tfoo T1',
      'A1\tchecked',
      'E1\tNoTrigger',
      'N1\tReference T1 NoColon\ttext',
      '#1\tAnnotatorNotes\tno target',
      '*\tEquiv T1',
      'T7\tactor 15 23;0 3\tالاجتماع قال',
    ].join('\r\n');
    const result = bratImporter.import([txt, { path: 'bad.ann', text: ann }]);
    assert.deepStrictEqual(result.sources[0]!.spans.map((s) => s.localId), ['T1', 'T6', 'T7']);
    assert.deepStrictEqual(result.problems.map((p) => [p.line, p.severity]), [
      // Lines that do not parse, in order; then spans (past the end, wrong text, discontinuous); then relations.
      [2, 'error'], [3, 'error'], [4, 'error'], [7, 'error'], [9, 'error'], [10, 'error'], [11, 'error'], [12, 'error'], [13, 'error'], [14, 'error'], [15, 'error'],
      [5, 'error'], [6, 'warning'], [16, 'warning'], [8, 'error'],
    ]);
    assert.ok(result.problems.every((p) => p.file === 'bad.ann' && p.message.length > 10));
    // A text column that differs from the .txt keeps the file's text as the quote, for the pipeline to check.
    assert.strictEqual(result.sources[0]!.spans[1]!.quote, 'المتكلم');
  });

  it('reports an .ann without its .txt and leaves a lone .txt alone', () => {
    const result = bratImporter.import([{ path: 'a.ann', text: 'T1\tx 0 1\ta\n' }, { path: 'b.txt', text: 'b' }]);
    assert.deepStrictEqual(result.sources, []);
    assert.deepStrictEqual(result.problems.map((p) => [p.file, p.line, p.severity]), [['a.ann', 0, 'error']]);
  });

  it('never throws, whatever the .ann and .txt hold', () => {
    const token = fc.constantFrom('T1', 'T2', 'R1', 'E1', 'A1', 'M1', 'N1', '#1', '*', '\t', ' ', '\n', '\r\n', ';', ':', 'Arg1:T1', 'Arg2:T2', 'E1', '0', '3', '99', 'claim', 'Equiv', 'AnnotatorNotes', 'DB:1', '%', '%2', '\\', 'ب', '😀');
    const annText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(token, { maxLength: 60 }).map((t) => t.join('')));
    fc.assert(
      fc.property(annText, fc.string({ unit: 'grapheme', maxLength: 40 }), (ann, text) => {
        const result = bratImporter.import([{ path: 'p.txt', text }, { path: 'p.ann', text: ann }]);
        const lines = ann.split(/\r\n|\r|\n/).length;
        for (const p of result.problems) assert.ok(p.line >= 1 && p.line <= lines && p.file === 'p.ann', JSON.stringify(p));
        for (const s of result.sources.flatMap((x) => x.spans)) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= [...text.replace(/^\ufeff/, '')].length);
      }),
      { numRuns: 400 },
    );
  });
});
