/**
 * The tokens the date grammar reads. A date's span is cut from token bounds, so a letter taken
 * for punctuation (a Persian or Kurdish letter in a name), or a space taken for a mark (a
 * no-break or thin space between ٧ and أكتوبر, common in copied news), would cut a date short or
 * stop it. Each row is one character class at the edge of its Unicode range.
 */
import * as assert from 'assert';
import { dateTokens, NUM, PUNCT, WORD } from '../../src/core/assist/dates/dateTokens';

const KIND = ['word', 'num', 'punct'];
const tokens = (text: string): string[] => dateTokens(text).map((t) => `${KIND[t.kind]}:${t.start}-${t.end}:${t.text}`);

describe('dates: tokens', () => {
  it('reads words, numbers and marks with their exact UTF-16 bounds, nothing else', () => {
    assert.deepStrictEqual(tokens('في 7 اكتوبر، 2024'), ['word:0-2:في', 'num:3-4:7', 'word:5-11:اكتوبر', 'punct:11-12:،', 'num:13-17:2024']);
    assert.deepStrictEqual(tokens(''), []);
    assert.deepStrictEqual([WORD, NUM, PUNCT], [0, 1, 2]);
  });

  it('splits digits from letters stuck to them (1436هـ, الرياض26)', () => {
    assert.deepStrictEqual(tokens('1436هـ'), ['num:0-4:1436', 'word:4-6:هـ']);
    assert.deepStrictEqual(tokens('الرياض26'), ['word:0-6:الرياض', 'num:6-8:26']);
  });

  it('keeps Arabic-script letters at both ends of their ranges inside one word', () => {
    // ء ي, ٮ ۓ (Persian and Urdu letters lie between), ە, ۺ ۿ; Latin A Z a z.
    for (const letter of ['\u0621', '\u064a', '\u066e', '\u06a9', '\u06d3', '\u06d5', '\u06fa', '\u06ff', 'A', 'Z', 'a', 'z']) {
      assert.deepStrictEqual(tokens(`ب${letter}ب`), [`word:0-3:ب${letter}ب`], `U+${letter.charCodeAt(0).toString(16)}`);
    }
  });

  it('does not take the characters just outside those ranges for letters', () => {
    // A harakah, the Arabic full stop, a Quranic mark, a Syriac mark, Latin brackets and quotes.
    for (const mark of ['\u064b', '\u06d4', '\u06d6', '\u0700', '[', '`', '{', '@']) {
      assert.deepStrictEqual(tokens(`ب${mark}ب`), ['word:0-1:ب', `punct:1-2:${mark}`, 'word:2-3:ب'], `U+${mark.charCodeAt(0).toString(16)}`);
    }
  });

  it('drops every kind of space between a day and its month, keeps a line break', () => {
    for (const space of [' ', '\t', '\r', '\u000b', '\u000c', '\u00a0', '\u2000', '\u2009', '\u200a', '\u3000']) {
      assert.deepStrictEqual(tokens(`7${space}اكتوبر`), ['num:0-1:7', 'word:2-8:اكتوبر'], `U+${space.charCodeAt(0).toString(16)}`);
    }
    assert.deepStrictEqual(tokens('7\nاكتوبر'), ['num:0-1:7', 'punct:1-2:\n', 'word:2-8:اكتوبر']);
    // Zero-width space and the ellipsis sit just past the spaces: they are marks.
    assert.deepStrictEqual(tokens('7\u200bاكتوبر…'), ['num:0-1:7', 'punct:1-2:\u200b', 'word:2-8:اكتوبر', 'punct:8-9:…']);
  });

  it('reads a surrogate pair (an emoji, an astral character) as one mark, a lone surrogate as one unit', () => {
    assert.deepStrictEqual(tokens('ب😀ب'), ['word:0-1:ب', 'punct:1-3:😀', 'word:3-4:ب']);
    assert.deepStrictEqual(tokens('\ud800\udc00\udbff\udfff'), ['punct:0-2:\ud800\udc00', 'punct:2-4:\udbff\udfff']);
    assert.deepStrictEqual(tokens('\udc00ب'), ['punct:0-1:\udc00', 'word:1-2:ب']);
    assert.deepStrictEqual(tokens('ب\ud83d'), ['word:0-1:ب', 'punct:1-2:\ud83d']);
  });

  it('looks each word up in the date lexicon once: month names carry their entry', () => {
    const [day, month, other] = dateTokens('7 اكتوبر الوزير');
    assert.strictEqual(day!.lex, undefined);
    assert.ok(month!.lex, 'اكتوبر is a month');
    assert.strictEqual(other!.lex, undefined);
    assert.ok(!('lex' in other!), 'a word outside the lexicon has no lex field');
  });
});
