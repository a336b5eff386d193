import * as assert from 'assert';
import { snapToWords, trimSpaces } from '../../src/core/text/words';
import { escapeMarkdown } from '../../src/core/text/markdown';

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

  it('trims only spaces when snapping is off', () => {
    assert.deepStrictEqual(trimSpaces('  ab c ', 0, 7), { start: 2, end: 6 });
    assert.strictEqual(trimSpaces('   ', 0, 3), undefined);
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
