// Tokens and sentences for the token-based export formats, at their edges: URLs and the
// punctuation after them, numbers against letters, span cuts, sentence ends.
import * as assert from 'assert';
import { sentences, tokenize } from '../../src/core/text/tokens';

const tokens = (text: string, cuts: number[] = []) => tokenize(text, cuts).map((t) => [t.text, t.start, t.end]);
const split = (text: string, spans: { start: number; end: number }[] = []) =>
  sentences(text, tokenize(text), spans).map((s) => s.map((t) => t.text).join(' '));

describe('tokens at their edges', () => {
  it('leaves the closing quote and the sentence end after a URL out of it', () => {
    assert.deepStrictEqual(tokens('انظر https://a.b/c». ثم'), [['انظر', 0, 4], ['https://a.b/c', 5, 18], ['»', 18, 19], ['.', 19, 20], ['ثم', 21, 23]]);
    assert.deepStrictEqual(tokens('https://a.b/c"\' x').map((t) => t[0]), ['https://a.b/c', '"', "'", 'x']);
    assert.deepStrictEqual(tokens('https://a.b/c)] x').map((t) => t[0]), ['https://a.b/c', ')', ']', 'x']);
    assert.deepStrictEqual(tokens('https://a.b/c،؛:,;! x').map((t) => t[0]), ['https://a.b/c', '،', '؛', ':', ',', ';', '!', 'x']);
    assert.deepStrictEqual(tokens('https://a.b/c…').map((t) => t[0]), ['https://a.b/c', '…']);
  });

  it('reads URLs in any case, in brackets, several in a row, with an emoji counted as one code point', () => {
    assert.deepStrictEqual(tokens('HTTP://X.Y/z؟'), [['HTTP://X.Y/z', 0, 12], ['؟', 12, 13]]);
    assert.deepStrictEqual(tokens('(www.x.iq) و'), [['(', 0, 1], ['www.x.iq', 1, 9], [')', 9, 10], ['و', 11, 12]]);
    assert.deepStrictEqual(tokens('www.a.b و www.c.d'), [['www.a.b', 0, 7], ['و', 8, 9], ['www.c.d', 10, 17]]);
    assert.deepStrictEqual(tokens('https://x.y/😀 قال'), [['https://x.y/😀', 0, 13], ['قال', 14, 17]]);
    assert.deepStrictEqual(tokens('http:/x').map((t) => t[0]), ['http', ':', '/', 'x'], 'not a URL');
  });

  it('splits digits from letters on either side, in any script, keeping marks on their letter', () => {
    assert.deepStrictEqual(tokens('ب25 a1b2 ٣٫٥كم 2024مً'), [
      ['ب', 0, 1], ['25', 1, 3], ['a', 4, 5], ['1', 5, 6], ['b', 6, 7], ['2', 7, 8], ['٣٫٥', 9, 12], ['كم', 12, 14], ['2024', 15, 19], ['مً', 19, 21],
    ]);
  });

  it('splits digits from a letter that carries marks', () => {
    assert.deepStrictEqual(tokens('بً25 ب').map((t) => t[0]), ['بً', '25', 'ب']);
  });

  it('keeps a stray mark after white space as a token of its own, without the space', () => {
    assert.deepStrictEqual(tokens('ب َت'), [['ب', 0, 1], ['َ', 2, 3], ['ت', 3, 4]]);
    assert.deepStrictEqual(tokens('a  b\u00a0\u0651c'), [['a', 0, 1], ['b', 3, 4], ['ّ', 5, 6], ['c', 6, 7]]);
  });

  it('cuts a token at each span boundary inside it, whatever the order or repeats of the cuts', () => {
    assert.deepStrictEqual(tokens('الاجتماعات', [5, 3, 3, 0, 10, 20]), [['الا', 0, 3], ['جت', 3, 5], ['ماعات', 5, 10]]);
    assert.deepStrictEqual(tokens('في الاجتماعات', [0, 3, 13]), [['في', 0, 2], ['الاجتماعات', 3, 13]], 'cuts at token edges change nothing');
  });

  it('moves a cut past the marks of a letter, never making an empty token', () => {
    assert.deepStrictEqual(tokens('الاجتماعاتُ', [10]), [['الاجتماعاتُ', 0, 11]], 'past the last marks: no cut');
    assert.deepStrictEqual(tokens('بًّت', [1, 2]), [['بًّ', 0, 3], ['ت', 3, 4]], 'two cuts inside the marks: one cut');
  });
});

describe('sentences at their edges', () => {
  it('end after … and ۔, and keep a closing guillemet written against the end', () => {
    assert.deepStrictEqual(split('أ… ب۔ ج› د'), ['أ …', 'ب ۔', 'ج › د']);
    assert.deepStrictEqual(split('قال؟»ثم مضى. ب'), ['قال ؟ » ثم مضى .', 'ب']);
    assert.deepStrictEqual(split('هل؟! نعم'), ['هل ؟ !', 'نعم']);
  });

  it('do not end at an end mark written against the next word', () => {
    assert.deepStrictEqual(split('قال!ثم مضى'), ['قال ! ثم مضى']);
    assert.deepStrictEqual(split('أ. «ب» ج'), ['أ .', '« ب » ج']);
    // A closing quote ends nothing unless an end mark comes right before it.
    assert.deepStrictEqual(split('» قال ثم'), ['» قال ثم']);
    assert.deepStrictEqual(split('قال » ثم'), ['قال » ثم']);
  });

  it('end at a line separator and once at white space holding a line break', () => {
    assert.deepStrictEqual(split('أ\u2028ب\u2029ج'), ['أ', 'ب', 'ج']);
    assert.deepStrictEqual(split('قال. \n ثم'), ['قال .', 'ثم']);
    assert.deepStrictEqual(sentences('', []), []);
  });

  it('keep together the spans given in any order, and only across the gap they cover', () => {
    assert.deepStrictEqual(split('أ. ب. ج. د', [{ start: 6, end: 10 }, { start: 0, end: 4 }]), ['أ . ب .', 'ج . د']);
    // A span ending where a sentence ends, or starting where the next begins, keeps nothing together.
    assert.deepStrictEqual(split('أ. ب. ج', [{ start: 0, end: 2 }, { start: 3, end: 4 }]), ['أ .', 'ب .', 'ج']);
    // Nor does a span that starts or ends in the white space between the two sentences.
    assert.deepStrictEqual(split('أ. ب ج', [{ start: 2, end: 5 }]), ['أ .', 'ب ج']);
    assert.deepStrictEqual(split('أ. ب', [{ start: 0, end: 3 }]), ['أ .', 'ب']);
  });

  it('takes NEL (U+0085) as a line break: no token of its own, the end of a sentence and of a web address', () => {
    const text = 'قال الوزير\u0085وأضاف https://a.b/c\u0085ثم';
    const tokens = tokenize(text);
    assert.deepStrictEqual(tokens.map((t) => t.text), ['قال', 'الوزير', 'وأضاف', 'https://a.b/c', 'ثم']);
    assert.strictEqual(sentences(text, tokens).length, 3);
  });
});
