import * as assert from 'assert';
import { conllExporter, pickWinners } from '../../src/core/formats/conll';
import { exporterFor } from '../../src/core/formats/registry';
import type { ExportOptions, ExportSource } from '../../src/core/formats/types';
import type { Annotation } from '../../src/core/model/annotation';
import { createAnnotation } from '../../src/core/model/build';
import { exportSource } from './support/exportFixture';
import { cpIndexOf, seedArticle } from './support/fixtures';
import { assertGolden } from './support/goldenFile';

const T0 = '2026-11-29T10:00:00.000Z';

function run(sources: ExportSource[], options?: ExportOptions) {
  const result = conllExporter.export(sources, options);
  assert.strictEqual(result.files.length, 1);
  assert.strictEqual(result.files[0]!.path, 'corpus.conll');
  return { content: result.files[0]!.content, notes: result.notes };
}

/** The token and tag rows of a CoNLL file, without the document separators and blank lines. */
function rows(content: string): [string, string][] {
  return content
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('-DOCSTART-'))
    .map((l) => l.split('\t') as [string, string]);
}

const tagged = (content: string) => rows(content).filter(([, tag]) => tag !== 'O');

function span(text: string, id: string, type: string, quote: string, from = 0): Annotation {
  const start = cpIndexOf(text, quote, from);
  return createAnnotation(text, { id, type, start, end: start + Array.from(quote).length, now: T0 });
}

/** Every I- tag follows a B- or I- of the same type in the same sentence. */
function assertValidIob2(content: string): void {
  let prev = 'O';
  for (const line of content.split('\n')) {
    if (line === '' || line.startsWith('-DOCSTART-')) {
      prev = 'O';
      continue;
    }
    const tag = line.split('\t')[1]!;
    assert.match(tag, /^(O|[BI]-.+)$/);
    if (tag.startsWith('I-')) assert.ok(prev.slice(2) === tag.slice(2) && prev !== 'O', `${tag} after ${prev}`);
    prev = tag;
  }
}

describe('CoNLL IOB2 export', () => {
  it('is registered under its format name', () => {
    assert.strictEqual(exporterFor('conll'), conllExporter);
  });

  it('matches the golden file for the seed article', () => {
    const { content } = run([exportSource()]);
    assertGolden('conll/corpus.conll', content);
    assertValidIob2(content);
  });

  it('tags the claim, the speaker, the ministry and the date with B- then I- tags', () => {
    const { content } = run([exportSource()]);
    const claim = tagged(content).filter(([, t]) => t.endsWith('-claim'));
    assert.deepStrictEqual(claim.map(([w]) => w), ['استأنفت', 'اجتماعاتها', 'مع', 'قوات', 'التحالف', 'الدولي', 'في', 'بغداد']);
    assert.deepStrictEqual(claim.map(([, t]) => t), ['B-claim', ...new Array<string>(7).fill('I-claim')]);
    const date = tagged(content).filter(([, t]) => t.endsWith('-date'));
    assert.deepStrictEqual(date, [['11', 'B-date'], ['فبراير', 'I-date'], ['/', 'I-date'], ['شباط', 'I-date'], ['2024', 'I-date']]);
    assert.strictEqual(tagged(content).filter(([, t]) => t === 'B-actor').length, 2);
  });

  it('starts each source with -DOCSTART- and a blank line, in path order, and ends each sentence with a blank line', () => {
    const text = 'قال يحيى رسول. ثم مضى';
    const b: ExportSource = { path: 'b.txt', text, annotations: [span(text, 'aspeakerb00000000000000001', 'actor', 'يحيى رسول')] };
    const a: ExportSource = { path: 'a.txt', text: 'نص آخر', annotations: [] };
    const { content } = run([b, a]);
    assert.strictEqual(
      content,
      '-DOCSTART-\tO\n\nنص\tO\nآخر\tO\n\n' + '-DOCSTART-\tO\n\nقال\tO\nيحيى\tB-actor\nرسول\tI-actor\n.\tO\n\nثم\tO\nمضى\tO\n\n',
    );
  });

  describe('nested and overlapping spans (options.nested)', () => {
    it('outermost (the default) keeps the claim and notes the nested place and the overlapping actor', () => {
      const { content, notes } = run([exportSource()]);
      assert.strictEqual(tagged(content).filter(([, t]) => t.endsWith('-place')).length, 0);
      const lost = notes.filter((n) => /cannot represent the/.test(n.message));
      assert.deepStrictEqual(lost.map((n) => n.annotation).sort(), ['aoverlap000000000000000001', 'aplace00000000000000000001']);
      assert.match(lost.find((n) => n.annotation === 'aplace00000000000000000001')!.message, /place span that nests inside the claim span aclaim0000000000000000000001 .*nested: outermost/);
    });

    it('innermost keeps the place and drops the claim and the actor that overlap it', () => {
      const { content, notes } = run([exportSource()], { nested: 'innermost' });
      assert.deepStrictEqual(tagged(content).filter(([, t]) => t.endsWith('-place')), [['بغداد', 'B-place']]);
      assert.strictEqual(tagged(content).filter(([, t]) => t.endsWith('-claim')).length, 0);
      const lost = notes.filter((n) => /cannot represent the/.test(n.message)).map((n) => n.annotation).sort();
      assert.deepStrictEqual(lost, ['aclaim0000000000000000000001', 'aoverlap000000000000000001']);
      assertValidIob2(content);
    });

    it('longest keeps the longer of two overlapping spans where outermost keeps the earlier', () => {
      const text = 'قال وزير الدفاع الأميركي لويد أوستن اليوم';
      const early = span(text, 'aearly00000000000000000001', 'actor', 'وزير الدفاع');
      const long = span(text, 'along000000000000000000001', 'actor', 'الدفاع الأميركي لويد أوستن');
      const source: ExportSource = { path: 's.txt', text, annotations: [early, long] };
      const outer = tagged(run([source]).content);
      assert.deepStrictEqual(outer, [['وزير', 'B-actor'], ['الدفاع', 'I-actor']]);
      const longest = run([source], { nested: 'longest' });
      assert.deepStrictEqual(tagged(longest.content).map(([w]) => w), ['الدفاع', 'الأميركي', 'لويد', 'أوستن']);
      assert.deepStrictEqual(longest.notes.map((n) => n.annotation), ['aearly00000000000000000001']);
      assert.match(longest.notes[0]!.message, /overlaps the actor span along/);
    });

    it('picks winners that never overlap, whatever the option', () => {
      const spans = exportSource().annotations.filter((a) => !a.orphaned);
      for (const nested of ['outermost', 'innermost', 'longest'] as const) {
        const { winners, losers } = pickWinners(spans, nested);
        assert.strictEqual(winners.length + losers.length, spans.length);
        for (let i = 1; i < winners.length; i++) assert.ok(winners[i - 1]!.end <= winners[i]!.start);
      }
    });
  });

  it('cuts a clitic off at the span boundary so the tag covers exactly the span', () => {
    const text = 'وصل الوفد وبغداد تنتظر';
    const place = span(text, 'aplace00000000000000000009', 'place', 'بغداد');
    const { content } = run([{ path: 'c.txt', text, annotations: [place] }]);
    assert.deepStrictEqual(rows(content).slice(2, 4), [['و', 'O'], ['بغداد', 'B-place']]);
  });

  it('gives the same tokens and tags for a CRLF source as for the LF one', () => {
    const lf = run([exportSource()]).content;
    const crlf = run([exportSource(seedArticle().replace(/\n/g, '\r\n'))]).content;
    assert.strictEqual(crlf, lf);
    assert.ok(!crlf.includes('\r'));
  });

  it('is unaffected by an emoji before a span: the emoji is a token and the tags stay on their words', () => {
    const text = seedArticle().replace('بغداد - قال', '😀 بغداد - قال');
    const { content } = run([exportSource(text)]);
    assert.ok(rows(content).some(([w, t]) => w === '😀' && t === 'O'));
    assert.deepStrictEqual(tagged(content), tagged(run([exportSource()]).content));
  });

  it('keeps combining marks in their token, and says so when a span edge falls before one', () => {
    const text = 'قالَ المتحدثُ الرسميُّ';
    const quote = 'المتحدث'; // without its damma
    const a = span(text, 'amarks00000000000000000001', 'actor', quote);
    const { content, notes } = run([{ path: 'm.txt', text, annotations: [a] }]);
    assert.deepStrictEqual(rows(content), [['قالَ', 'O'], ['المتحدثُ', 'B-actor'], ['الرسميُّ', 'O']]);
    assert.strictEqual(notes.length, 1);
    assert.match(notes[0]!.message, /combining marks/);
  });

  it('skips orphans and spans over white space only, each with a note', () => {
    const { notes } = run([exportSource()]);
    assert.ok(notes.some((n) => n.annotation === 'aorphan00000000000000000001' && /orphaned/.test(n.message)));
    const text = 'قال   ثم';
    const blank = createAnnotation(text, { id: 'ablank00000000000000000001', type: 'actor', start: 4, end: 5, now: T0 });
    const result = run([{ path: 'w.txt', text, annotations: [blank] }]);
    assert.strictEqual(tagged(result.content).length, 0);
    assert.match(result.notes[0]!.message, /covers no token/);
  });
});
