/**
 * Sentence bounds, the two ways the assistance needs them: a claim's content stops at the end of
 * its sentence (claims/sentences.ts, on folded text, by word), and the combiner pairs a date with
 * a claim only inside one sentence (suggest/sentences.ts, on the raw text, by offset). Each row
 * is a punctuation habit of Arabic news that must (or must not) end a sentence.
 */
import * as assert from 'assert';
import { sentencesOf } from '../../src/core/assist/claims/sentences';
import { sentenceAround } from '../../src/core/assist/suggest/sentences';
import { FoldedText } from '../../src/core/assist/text/foldedText';

/** The sentence of each word, as the original text behind folded [start(i), end(i)), one entry per sentence. */
function sentencesOfWords(text: string): string[] {
  const t = new FoldedText(text);
  const s = sentencesOf(t);
  const out: string[] = [];
  for (let i = 0; i < t.wordCount; i++) {
    const piece = t.span(s.start(i), s.end(i)).text;
    if (out[out.length - 1] !== piece) out.push(piece);
  }
  return out;
}

describe('claim sentences (folded text)', () => {
  it('ends a sentence at each end mark, its own and the folded Arabic ones', () => {
    for (const mark of ['.', '!', '?', '\n', '…', '؟', '۔']) {
      const text = `قال الوزير${mark} واكد الرئيس`;
      assert.deepStrictEqual(sentencesOfWords(text), ['قال الوزير', ' واكد الرئيس'], JSON.stringify(mark));
    }
  });

  it('does not end a sentence at a comma, a colon or a quotation mark', () => {
    for (const mark of [',', '،', ':', '"', '»', '-', ';']) {
      const text = `قال الوزير${mark} واكد الرئيس`;
      assert.strictEqual(sentencesOfWords(text).length, 1, JSON.stringify(mark));
    }
  });

  it('gives each word the offsets of its own sentence, the end mark excluded', () => {
    const t = new FoldedText('قال الوزير. واكد الرئيس! ثم غادر');
    const s = sentencesOf(t);
    const dot = t.text.indexOf('.');
    const bang = t.text.indexOf('!');
    assert.deepStrictEqual([0, 1].map((i) => [s.start(i), s.end(i)]), [[0, dot], [0, dot]]);
    assert.deepStrictEqual([2, 3].map((i) => [s.start(i), s.end(i)]), [[dot + 1, bang], [dot + 1, bang]]);
    assert.deepStrictEqual([4, 5].map((i) => [s.start(i), s.end(i)]), [[bang + 1, t.text.length], [bang + 1, t.text.length]]);
  });

  it('ends a sentence at a full stop between Arabic letters (a space left out)', () => {
    assert.deepStrictEqual(sentencesOfWords('ارتفع بنحو 22%.واوضحت الهيئة'), ['ارتفع بنحو 22%', 'واوضحت الهيئة']);
    assert.deepStrictEqual(sentencesOfWords('قال الوزير.واكد الرئيس'), ['قال الوزير', 'واكد الرئيس']);
    // The usual form, a space after the mark: neither side is a Latin letter or a digit.
    assert.deepStrictEqual(sentencesOfWords('ارتفع بنحو 22%. واوضحت الهيئة'), ['ارتفع بنحو 22%', ' واوضحت الهيئة']);
  });

  it('keeps decimals, web addresses and Latin abbreviations in one sentence', () => {
    for (const text of [
      'بلغ النمو 10.9 في المئة',
      'بلغ النمو 19.05 في المئة',
      'بلغ النمو 3.5 في المئة',
      'نشر البيان على alpha.zeta مساء امس',
      'نشر البيان على www.spa.gov.sa مساء امس',
    ]) {
      assert.deepStrictEqual(sentencesOfWords(text), [text], text);
    }
  });

  it('ends a sentence at a full stop between a Latin letter or digit and an Arabic letter', () => {
    assert.deepStrictEqual(sentencesOfWords('بلغ 35.واكد الوزير'), ['بلغ 35', 'واكد الوزير']);
    assert.deepStrictEqual(sentencesOfWords('قال الوزير.35 مليونا'), ['قال الوزير', '35 مليونا']);
    assert.deepStrictEqual(sentencesOfWords('زار spa.واكد الوزير'), ['زار spa', 'واكد الوزير']);
  });

  it('keeps an initial or a title with its full stop (د. for doctor) inside the sentence', () => {
    assert.deepStrictEqual(sentencesOfWords('وقال د. محمد العلي إن الوضع مستقر'), ['وقال د. محمد العلي إن الوضع مستقر']);
  });

  it('still ends a sentence at a line break or ! after a one-letter word (only the full stop is an initial)', () => {
    assert.deepStrictEqual(sentencesOfWords('ارتفع العدد الى 5\nوقال الوزير'), ['ارتفع العدد الى 5', 'وقال الوزير']);
    assert.deepStrictEqual(sentencesOfWords('ارتفع العدد الى 5! وقال الوزير'), ['ارتفع العدد الى 5', ' وقال الوزير']);
  });

  it('starts the first sentence after end marks that open the text', () => {
    const t = new FoldedText('\n\nقال الوزير');
    const s = sentencesOf(t);
    assert.deepStrictEqual([s.start(0), s.end(0), s.start(1)], [2, t.text.length, 2]);
  });

  it('spans a run of end marks: the sentence ends at the first, the next starts after the last', () => {
    const t = new FoldedText('هل انتهى؟! نعم انتهى');
    const s = sentencesOf(t);
    const q = t.text.indexOf('?');
    assert.deepStrictEqual([s.start(1), s.end(1), s.start(2), s.end(2)], [0, q, q + 2, t.text.length]);
  });

  it('ends the last sentence at the first end mark after its last word', () => {
    const t = new FoldedText('قال الوزير. واكد الرئيس. »\n');
    const s = sentencesOf(t);
    const second = t.text.indexOf('.', t.text.indexOf('.') + 1);
    assert.strictEqual(s.end(3), second);
    const u = new FoldedText('واكد الرئيس »');
    assert.strictEqual(sentencesOf(u).end(1), u.text.length);
  });
});

/** The sentence around [from, to) of `text` as text. */
function around(text: string, from: number, to = from): string {
  const s = sentenceAround(text, from, to);
  return text.slice(s.start, s.end);
}

describe('combiner sentences (raw text)', () => {
  it('stops at each end mark, Arabic question mark and full stop included', () => {
    for (const mark of ['.', '!', '?', '؟', '\n', '\r', '۔']) {
      const text = `قال الوزير امس${mark} واكد الرئيس${mark} ثم غادر`;
      const at = text.indexOf('الرئيس');
      assert.strictEqual(around(text, at, at + 2), ' واكد الرئيس', JSON.stringify(mark));
    }
  });

  it('does not stop at a comma, a colon or a quotation mark', () => {
    const text = 'قال الوزير، في بيان: «الهجوم وقع امس»';
    assert.strictEqual(around(text, 5), text);
  });

  it('keeps a decimal in its sentence, not a full stop after or before a number', () => {
    assert.strictEqual(around('بلغ النمو 3.5 في المئة', 0), 'بلغ النمو 3.5 في المئة');
    assert.strictEqual(around('بلغ 35. وقال الوزير', 0), 'بلغ 35');
    assert.strictEqual(around('قال الوزير.5 مرات', 0), 'قال الوزير');
    assert.strictEqual(around('.5 مرات', 3), '5 مرات');
    assert.strictEqual(around('مرات 5.', 0), 'مرات 5');
    // Only a full stop joins digits: a line break between two numbers ends the sentence.
    assert.strictEqual(around('بلغ العدد 15\n20 شخصا', 0), 'بلغ العدد 15');
  });

  it('covers every sentence a span runs through', () => {
    const text = 'اولا. قال الوزير. واكد الرئيس. ثالثا';
    const from = text.indexOf('الوزير');
    const to = text.indexOf('الرئيس') + 2;
    assert.deepStrictEqual(sentenceAround(text, from, to), { start: text.indexOf(' قال'), end: text.lastIndexOf('.') });
  });

  it('ends at a span that ends on its terminator (a quoted sentence with its full stop)', () => {
    const text = 'قال: الوضع مستقر. ثم غادر';
    const to = text.indexOf('.') + 1;
    assert.deepStrictEqual(sentenceAround(text, 5, to), { start: 0, end: to });
  });

  it('an empty span just after a terminator belongs to the sentence that follows', () => {
    const text = 'امس. اليوم';
    assert.deepStrictEqual(sentenceAround(text, 4, 4), { start: 4, end: text.length });
  });

  it('clamps offsets outside the text to its ends', () => {
    const text = 'اولا. قال الوزير';
    assert.deepStrictEqual(sentenceAround(text, 100, 200), { start: 5, end: text.length });
    assert.deepStrictEqual(sentenceAround(text, -3, 2), { start: 0, end: 4 });
    assert.deepStrictEqual(sentenceAround(text, 8, 2), { start: 5, end: text.length });
  });
});
