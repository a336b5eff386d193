/**
 * The word-level diff behind re-anchoring with the old text: tokens (normalised forms,
 * exact original ranges) and the pairing of old and new tokens, moves included. Exact
 * pairings are pinned, since the placement maps spans through them.
 */
import * as assert from 'assert';
import { longestChain } from '../../src/core/anchoring/blockChain';
import { diffTokens } from '../../src/core/anchoring/tokenDiff';
import { TokenVocabulary, isWordChar } from '../../src/core/anchoring/tokens';

function words(text: string): string[] {
  const v = new TokenVocabulary();
  const t = v.tokenize(text);
  return Array.from(t.ids, (_, k) => text.slice(t.start[k], t.end[k]));
}

/** Old and new texts diffed; each old token's partner as text, or '-' when unpaired. */
function pairs(oldText: string, newText: string): string[] {
  const v = new TokenVocabulary();
  const a = v.tokenize(oldText);
  const b = v.tokenize(newText);
  const m = diffTokens(a.ids, b.ids, v.size);
  return Array.from(m.oldToNew, (j, i) => {
    if (j < 0) return '-';
    assert.strictEqual(m.newToOld[j], i, 'the pairing is one to one');
    return `${i}>${j}`;
  });
}

describe('tokens for the diff', () => {
  it('cuts words, single punctuation and emoji; whitespace only separates', () => {
    assert.deepStrictEqual(words('قال الوزير، إن 25 شخصا 👍 (رويترز).'), ['قال', 'الوزير', '،', 'إن', '25', 'شخصا', '👍', '(', 'رويترز', ')', '.']);
  });

  it('keeps marks and tatweel with their word, and gives orthographic variants one id', () => {
    const v = new TokenVocabulary();
    const a = v.tokenize('الدّولً هـَ أحمد ٢٥،');
    const b = v.tokenize('الدول ه احمد 25,');
    assert.deepStrictEqual(Array.from(a.ids), Array.from(b.ids));
    assert.deepStrictEqual(Array.from(a.start), [0, 8, 12, 17, 19]);
    assert.deepStrictEqual(Array.from(a.end), [7, 11, 16, 19, 20]);
    assert.strictEqual(v.size, 5);
  });

  it('tells word characters of any script from punctuation', () => {
    for (const c of 'aZ09_بيًٰ٣۵é') assert.ok(isWordChar(c.charCodeAt(0)), c);
    for (const c of ' ،؛؟٪.,-(«') assert.ok(!isWordChar(c.charCodeAt(0)), c);
  });

  it('interns many distinct tokens across rehashing', () => {
    const v = new TokenVocabulary();
    const text = Array.from({ length: 50_000 }, (_, i) => `w${i}`).join(' ');
    const t = v.tokenize(text);
    assert.strictEqual(v.size, 50_000);
    assert.strictEqual(v.tokenize(text).ids[49_999], t.ids[49_999]);
  });
});

describe('diffTokens', () => {
  it('pairs equal texts one to one', () => {
    assert.deepStrictEqual(pairs('أ ب ت ث', 'أ ب ت ث'), ['0>0', '1>1', '2>2', '3>3']);
  });

  it('leaves deleted words unpaired and skips inserted ones', () => {
    assert.deepStrictEqual(pairs('قال الوزير إن الاجتماع انتهى', 'قال إن الاجتماع الطويل انتهى'), ['0>0', '-', '2>1', '3>2', '4>4']);
  });

  it('grows a block around a unique word over the repeated words beside it', () => {
    assert.deepStrictEqual(pairs('في في من في', 'في من في'), ['-', '1>0', '2>1', '3>2']);
  });

  it('pairs a moved paragraph as a move, not a deletion and an insertion', () => {
    const p1 = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة';
    const p2 = 'وقال المتحدث باسم الشرطة إن التحقيق ما زال جاريا';
    const p3 = 'وتراجعت أسعار النفط في الأسواق العالمية بعد قرار أوبك';
    const oldText = [p1, p2, p3].join('\n');
    const newText = [p2, p3, p1].join('\n');
    const v = new TokenVocabulary();
    const a = v.tokenize(oldText);
    const b = v.tokenize(newText);
    const m = diffTokens(a.ids, b.ids, v.size);
    for (let i = 0; i < a.count; i++) {
      const j = m.oldToNew[i]!;
      assert.ok(j >= 0, `old token ${i} paired`);
      assert.strictEqual(oldText.slice(a.start[i], a.end[i]), newText.slice(b.start[j], b.end[j]));
    }
    assert.strictEqual(m.oldToNew[0], b.count - a.count + (a.count - 10)); // p1 (10 tokens) now last
  });

  it('finds a moved sentence made only of words found elsewhere too', () => {
    const line = 'الرياض 25 شوال 1436 هـ واس';
    const other = 'الرياض 26 شوال 1436 هـ واس';
    const body1 = 'خبر أول عن الطقس الحار جدا';
    const body2 = 'خبر ثان عن المطر الغزير اليوم';
    const oldText = [line, body1, other, body2].join('\n');
    const newText = [body1, other, line, body2].join('\n');
    const v = new TokenVocabulary();
    const a = v.tokenize(oldText);
    const b = v.tokenize(newText);
    const m = diffTokens(a.ids, b.ids, v.size);
    const lineAt = newText.indexOf(line);
    for (let i = 0; i < 6; i++) assert.strictEqual(b.start[m.oldToNew[i]!], lineAt + line.split(' ').slice(0, i).join(' ').length + (i > 0 ? 1 : 0));
  });

  it('drops a lone common word shared by two unrelated sentences', () => {
    // "في" occurs in the kept phrase too, so it is unique in neither text and only the gap diff can pair it.
    const keep = 'الاجتماع الوزاري في الخليج';
    const oldText = `${keep} سافر الوفد الرسمي صباح امس في رحلة قصيرة الى مدينة جدة ${keep}`;
    const newText = `${keep} تراجعت الاسهم بشدة خلال تداولات في جلسة مسائية طويلة شهدت بيعا ${keep}`;
    const out = pairs(oldText, newText);
    assert.strictEqual(out[9], '-', '"في" is not paired across unrelated sentences');
    assert.deepStrictEqual(out.slice(0, 4), ['0>0', '1>1', '2>2', '3>3']);
    assert.strictEqual(out.filter((p) => p !== '-').length, 8);
  });
});

describe('longestChain', () => {
  it('takes the in-order blocks with the most tokens', () => {
    const blocks = [
      { a: 0, b: 10, len: 1 },
      { a: 2, b: 0, len: 3 },
      { a: 6, b: 4, len: 2 },
      { a: 9, b: 2, len: 1 },
    ];
    assert.deepStrictEqual(longestChain(blocks), [blocks[1], blocks[2]]);
    assert.deepStrictEqual(longestChain([]), []);
  });
});
