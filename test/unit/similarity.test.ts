/**
 * The measures re-anchoring ranks candidates by: edit distance and quote similarity, and
 * how well the text beside a candidate agrees with a span's remembered context.
 */
import * as assert from 'assert';
import { adjacency, afterSimilarity, beforeSimilarity, contextSimilarity, levenshtein, quoteSimilarity } from '../../src/core/anchoring/similarity';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} != ${expected}`);

describe('similarity', () => {
  it('counts insertions, deletions and substitutions', () => {
    assert.strictEqual(levenshtein('kitten', 'sitting'), 3);
    assert.strictEqual(levenshtein('sitting', 'kitten'), 3);
    assert.strictEqual(levenshtein('يحيى رسول', 'يحيا رسول'), 1);
    assert.strictEqual(levenshtein('المتحدث', 'متحدث'), 2);
    assert.strictEqual(levenshtein('', 'بغداد'), 5);
    assert.strictEqual(levenshtein('بغداد', ''), 5);
    assert.strictEqual(levenshtein('بغداد', 'بغداد'), 0);
    assert.strictEqual(levenshtein('abc', 'cab'), 2);
  });

  it('rates quotes by edit distance over the longer length', () => {
    assert.strictEqual(quoteSimilarity('بغداد', 'بغداد'), 1);
    assert.strictEqual(quoteSimilarity('', ''), 1);
    close(quoteSimilarity('يحيى رسول', 'يحيا رسول'), 1 - 1 / 9);
    close(quoteSimilarity('متحدث', 'المتحدث'), 1 - 2 / 7);
    assert.strictEqual(quoteSimilarity('', 'أ'), 0);
  });

  it('rates long quotes by shared character pairs', () => {
    const a = 'قال المتحدث إن الاجتماعات ستستمر. '.repeat(80);
    const b = a.slice(0, 1000) + 'تغيير' + a.slice(1005);
    assert.ok(a.length * b.length > 4_000_000);
    const s = quoteSimilarity(a, b);
    assert.ok(s > 0.95 && s < 1, String(s));
    assert.ok(quoteSimilarity(a, 'ب'.repeat(a.length)) < 0.05);
  });

  describe('context', () => {
    const text = 'بغداد - قال يحيى رسول، متحدث القائد العام، إن الاجتماعات ستستمر';
    const start = text.indexOf('يحيى رسول');
    const end = start + 'يحيى رسول'.length;

    it('is 1 on both sides when the old context is right beside the span', () => {
      assert.strictEqual(beforeSimilarity(text, start, text.slice(start - 6, start)), 1);
      assert.strictEqual(afterSimilarity(text, end, text.slice(end, end + 9)), 1);
      assert.strictEqual(contextSimilarity(text, start, end, text.slice(0, start), text.slice(end)), 1);
      assert.strictEqual(adjacency(text, start, end, text.slice(0, start), text.slice(end)), 1);
    });

    it('treats an empty context as the edge of the text', () => {
      assert.strictEqual(beforeSimilarity(text, 0, ''), 1);
      assert.strictEqual(beforeSimilarity(text, start, ''), 0.5);
      assert.strictEqual(afterSimilarity(text, text.length, ''), 1);
      assert.strictEqual(afterSimilarity(text, end, ''), 0.5);
      assert.strictEqual(adjacency(text, start, end, '', ''), 1);
    });

    it('counts the characters that agree next to the span', () => {
      // "XXXل " : only the last two characters before the span agree.
      close(beforeSimilarity(text, start, 'ووووول '), 2 / 7);
      close(afterSimilarity(text, end, '، متحووووو'), 5 / 10);
      close(adjacency(text, start, end, 'ووووول ', '، متحووووو'), (2 + 5) / 17);
      close(contextSimilarity(text, start, end, 'ووووول ', '، متحووووو'), (2 / 7 + 5 / 10) / 2);
    });

    it('still recognises the context when a word was inserted beside the span', () => {
      const edited = text.replace('قال يحيى', 'قال اللواء يحيى').replace('رسول، متحدث', 'رسول، وهو متحدث');
      const s = edited.indexOf('يحيى رسول');
      const e = s + 'يحيى رسول'.length;
      const before = text.slice(start - 12, start);
      const after = text.slice(end, end + 12);
      assert.ok(beforeSimilarity(edited, s, before) > 0.6, String(beforeSimilarity(edited, s, before)));
      assert.ok(afterSimilarity(edited, e, after) > 0.6, String(afterSimilarity(edited, e, after)));
      assert.ok(beforeSimilarity(edited, s, before) < 1);
      assert.ok(contextSimilarity(edited, s, e, before, after) > contextSimilarity(edited, s, e, 'ثثثثثثثثثثثث', 'ثثثثثثثثثثثث'));
    });

    it('does not count the characters that no longer exist near the start or end of the text', () => {
      // The span now starts the text; its old context had 10 characters before it.
      const t = 'يحيى رسول متحدث';
      assert.strictEqual(beforeSimilarity(t, 0, 'قال أمس - '), 0.5);
      assert.strictEqual(afterSimilarity(t, t.length, ' أمس - قال'), 0.5);
      // Two characters remain before it, and they agree with the end of the old context.
      const u = '- ' + t;
      assert.ok(beforeSimilarity(u, 2, 'بغداد - ') >= (2 * 1 + 6 * 0.5) / 8 - 1e-9);
    });

    it('gives unrelated context a low score', () => {
      const other = 'ارتفعت أسعار النفط اليوم في الأسواق';
      assert.ok(contextSimilarity(text, start, end, other.slice(0, 32), other.slice(3, 35)) < 0.3);
    });
  });
});
