/**
 * Bringing a sidecar onto the editor's text and back (core/sync/liveSpans): live spans are
 * UTF-16 offsets, stored ones code points, so every text here starts with an emoji that
 * makes the two differ for every span after it.
 */
import * as assert from 'assert';
import type { Annotation, AnnotationSet } from '../../src/core/model/annotation';
import { FORMAT_VERSION } from '../../src/core/sidecar/format';
import { sha256Hex } from '../../src/core/text/hash';
import { adoptSet, reanchorLive, TextVersion, toStoredSet } from '../../src/core/sync/liveSpans';
import { seedArticle } from './support/fixtures';
import { sampleSet } from './support/sampleSet';

const TEXT = '📰 ' + seedArticle();

/** The sample set, written on TEXT. */
function storedSet(): AnnotationSet {
  const set = sampleSet(TEXT);
  return { ...set, source: { ...set.source, file: 'seed.txt' } };
}

/** UTF-16 start of a quote in TEXT. */
const at16 = (quote: string, text = TEXT) => text.indexOf(quote);

describe('live spans', () => {
  it('keeps the text of a version, its hash and its code point index', () => {
    const v = new TextVersion(TEXT);
    assert.strictEqual(v.text, TEXT);
    assert.strictEqual(v.hash, sha256Hex(TEXT));
    assert.strictEqual(v.index.length, TEXT.length - 1);
    assert.strictEqual(v.index, v.index, 'the index is built once');
  });

  it('adopts a set written on this very text by converting its offsets to UTF-16', () => {
    const set = storedSet();
    const adopted = adoptSet(set, new TextVersion(TEXT));
    assert.strictEqual(adopted.reanchored, undefined);
    assert.deepStrictEqual(adopted.annotations.map((a) => TEXT.slice(a.start, a.end)), set.annotations.map((a) => a.text));
    assert.deepStrictEqual(adopted.annotations.map((a) => a.start - set.annotations[adopted.annotations.indexOf(a)]!.start), [1, 1, 1]);
    adopted.annotations[0]!.start = 0;
    assert.notStrictEqual(set.annotations[0]!.start, 0, 'live spans are copies');
  });

  it('re-anchors a set written on another text, exactly through the previous text when it is that text', () => {
    const set = storedSet();
    const current = TEXT.replace('يحيى رسول', 'العميد يحيى رسول').replace('11 فبراير/شباط 2024', 'الأحد الماضي');
    for (const previous of [new TextVersion(TEXT), undefined, new TextVersion('نص آخر')]) {
      const adopted = adoptSet(set, new TextVersion(current), previous);
      assert.deepStrictEqual(adopted.reanchored, { moved: 2, fuzzy: 0, orphaned: 1 });
      const [claim, actor, date] = adopted.annotations;
      assert.strictEqual(actor!.start, at16('يحيى رسول', current));
      assert.strictEqual(current.slice(claim!.start, claim!.end), claim!.text);
      assert.strictEqual(date!.orphaned, true);
      assert.strictEqual(date!.text, '11 فبراير/شباط 2024');
    }
  });

  it('counts approximate matches apart from moves', () => {
    const current = '\n' + TEXT.replace('يحيى رسول', 'يحيا رسول');
    const adopted = adoptSet(storedSet(), new TextVersion(current), new TextVersion(TEXT));
    assert.deepStrictEqual(adopted.reanchored, { moved: 2, fuzzy: 1, orphaned: 0 });
    assert.strictEqual(adopted.annotations.find((a) => a.type === 'actor')!.text, 'يحيا رسول');
  });

  it('re-anchors live spans on a replaced text, in UTF-16 both ways', () => {
    const live = adoptSet(storedSet(), new TextVersion(TEXT)).annotations;
    const paragraphs = TEXT.split('\n');
    const current = [paragraphs[0], paragraphs[2], paragraphs[1], ...paragraphs.slice(3)].join('\n');
    assert.notStrictEqual(current, TEXT);
    const adopted = reanchorLive(live, new TextVersion(current));
    assert.strictEqual(adopted.reanchored!.orphaned, 0);
    assert.strictEqual(adopted.reanchored!.fuzzy, 0);
    for (const a of adopted.annotations) assert.strictEqual(current.slice(a.start, a.end), a.text);
  });

  it('stores live spans in code points with fresh quotes, context and source description', () => {
    const live: Annotation[] = adoptSet(storedSet(), new TextVersion(TEXT)).annotations;
    // The editor moved the actor span one word to the right without refreshing its quote.
    const i = live.findIndex((a) => a.type === 'actor');
    const next = at16('متحدث', TEXT);
    live[i] = { ...live[i]!, start: next, end: next + 'متحدث'.length };
    const set = toStoredSet(live, 'seed.txt', new TextVersion(TEXT));
    assert.deepStrictEqual(set.source, { file: 'seed.txt', sha256: sha256Hex(TEXT), length: TEXT.length - 1 });
    assert.strictEqual(set.version, FORMAT_VERSION);
    const stored = set.annotations[i]!;
    assert.deepStrictEqual([stored.start, stored.end, stored.text], [next - 1, next - 1 + 5, 'متحدث']);
    assert.strictEqual(stored.before, Array.from(TEXT.slice(0, next)).slice(-32).join(''));
    assert.strictEqual(stored.after, TEXT.slice(next + 5, next + 5 + 32));
    const others = (list: Annotation[]) => list.filter((a) => a.type !== 'actor');
    assert.deepStrictEqual(others(set.annotations), others(storedSet().annotations));
  });
});
