import * as assert from 'assert';
import { snapToWords, trimSpaces } from '../../src/core/text/words';
import { escapeMarkdown } from '../../src/core/text/markdown';
import { seedArticle } from './support/fixtures';

const slice = (t: string, r: { start: number; end: number } | undefined) => (r ? t.slice(r.start, r.end) : undefined);

describe('word snapping', () => {
  const text = 'قال يحيى رسول، متحدث القائد العام: «الاجتماعاتُ ستتواتر» 😀 غداً.';

  it('grows a partial selection to whole words', () => {
    const s = text.indexOf('يحيى') + 2;
    const e = text.indexOf('رسول') + 2;
    assert.strictEqual(slice(text, snapToWords(text, s, e)), 'يحيى رسول');
  });

  it('drops surrounding spaces and punctuation', () => {
    const s = text.indexOf('«') - 1;
    const e = text.indexOf('»') + 2;
    assert.strictEqual(slice(text, snapToWords(text, s, e)), 'الاجتماعاتُ ستتواتر');
    const c = text.indexOf('رسول');
    assert.strictEqual(slice(text, snapToWords(text, c, c + 'رسول،'.length)), 'رسول');
  });

  it('keeps diacritics inside the word', () => {
    const s = text.indexOf('الاجتماعاتُ');
    assert.strictEqual(slice(text, snapToWords(text, s + 3, s + 4)), 'الاجتماعاتُ');
  });

  it('takes the word at or just before an empty selection', () => {
    const c = text.indexOf('متحدث') + 1;
    assert.strictEqual(slice(text, snapToWords(text, c, c)), 'متحدث');
    const end = text.indexOf('متحدث') + 'متحدث'.length;
    assert.strictEqual(slice(text, snapToWords(text, end, end)), 'متحدث');
  });

  it('finds no word in punctuation, spaces or an emoji alone', () => {
    const p = text.indexOf('«');
    assert.strictEqual(snapToWords(text, p, p + 1), undefined);
    const e = text.indexOf('😀');
    assert.strictEqual(snapToWords(text, e, e + 2), undefined);
  });

  it('takes only the next word when the selection starts exactly at the end of a word', () => {
    // The researcher dragged from just after "يحيى" into "رسول": the space is all that was
    // taken of the first word's side, so "يحيى" is not part of the span.
    const s = text.indexOf('يحيى') + 'يحيى'.length;
    const e = text.indexOf('رسول') + 2;
    assert.strictEqual(slice(text, snapToWords(text, s, e)), 'رسول');
  });

  it('takes only the earlier word when the selection ends exactly at the start of a word', () => {
    const s = text.indexOf('يحيى') + 1;
    const e = text.indexOf('رسول');
    assert.strictEqual(slice(text, snapToWords(text, s, e)), 'يحيى');
  });

  it('takes the word that starts at an empty selection, not the one before it', () => {
    const c = text.indexOf('رسول');
    assert.strictEqual(slice(text, snapToWords(text, c, c)), 'رسول');
  });

  it('snaps deep inside a long article, far from its start and end', () => {
    const article = seedArticle();
    const word = 'الاجتماعات';
    const at = article.indexOf(word, 1300);
    assert.ok(at > 1000 && article.length - at > 1000, 'the word sits in the middle of the article');
    assert.deepStrictEqual(snapToWords(article, at + 2, at + 4), { start: at, end: at + word.length });
    assert.deepStrictEqual(snapToWords(article, at + 3, at + 3), { start: at, end: at + word.length });
    const before = article.lastIndexOf(' ', at - 2) + 1;
    assert.deepStrictEqual(snapToWords(article, before + 1, at + 1), { start: before, end: at + word.length });
  });

  it('trims only spaces when snapping is off', () => {
    assert.deepStrictEqual(trimSpaces('  ab c ', 0, 7), { start: 2, end: 6 });
    assert.strictEqual(trimSpaces('   ', 0, 3), undefined);
    assert.deepStrictEqual(trimSpaces('قال  يحيى\n', 3, 10), { start: 5, end: 9 });
    assert.deepStrictEqual(trimSpaces('يحيى', 0, 4), { start: 0, end: 4 });
  });
});

describe('escapeMarkdown', () => {
  it('leaves links, HTML and icons inert', () => {
    const out = escapeMarkdown('[x](command:workbench.action.quit) <img src=x> $(alert) **b**');
    assert.ok(!out.includes('[x](command:'), out);
    assert.ok(!/(^|[^\\])<img/.test(out), out);
    assert.ok(out.includes('\\$\\(alert\\)'));
    assert.strictEqual(out.replace(/\\(.)/g, '$1'), '[x](command:workbench.action.quit) <img src=x> $(alert) **b**');
  });

  it('keeps Arabic as it is and line breaks as hard breaks', () => {
    assert.strictEqual(escapeMarkdown('سطر\nآخر'), 'سطر  \nآخر');
  });
});
