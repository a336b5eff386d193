/**
 * The old → new alignment behind exact re-anchoring. Edits are applied to the seed article
 * with their true effect on every old character known, so each mapped character can be
 * checked against where it really went, and the share of surviving characters the
 * alignment finds can be held high.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextAlignment } from '../../src/core/anchoring/textAlignment';
import { seedArticle } from './support/fixtures';

const ARTICLE = seedArticle();
const WORDS = ['عاجل', 'المتحدث', 'بغداد', 'الاجتماعات', 'قوات التحالف', 'أمس', 'وأضاف', 'الحكومة العراقية'];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** Applies edits (sorted, not overlapping) and returns the new text with the true new offset of each old character (-1 if deleted). */
function apply(old: string, edits: Edit[]): { text: string; truth: number[] } {
  const truth = new Array<number>(old.length).fill(-1);
  let text = '';
  let i = 0;
  for (const e of edits) {
    for (; i < e.at; i++) {
      truth[i] = text.length;
      text += old[i];
    }
    text += e.insert;
    i += e.remove;
  }
  for (; i < old.length; i++) {
    truth[i] = text.length;
    text += old[i];
  }
  return { text, truth };
}

function check(old: string, edits: Edit[], minShare: number): TextAlignment {
  const { text, truth } = apply(old, edits);
  const alignment = TextAlignment.compute(old, text);
  assert.ok(alignment, 'aligned');
  let survived = 0;
  let found = 0;
  for (let x = 0; x < old.length; x++) {
    const m: number = alignment.mapChar(x);
    if (truth[x]! >= 0) survived++;
    if (m < 0) continue;
    assert.strictEqual(text[m], old[x], `old ${x} maps to an equal character`);
    if (m === truth[x]) found++;
  }
  for (const s of alignment.segments) assert.strictEqual(text.slice(s.newStart, s.newStart + s.length), old.slice(s.oldStart, s.oldStart + s.length));
  assert.ok(found >= survived * minShare, `${found} of ${survived} surviving characters mapped to their place`);
  return alignment;
}

const editArb = fc.record({ at: fc.nat(ARTICLE.length - 40), remove: fc.nat(12), insert: fc.constantFrom('', ...WORDS.map((w) => w + ' ')) });

describe('text alignment', () => {
  it('maps every character an unchanged text holds to itself', () => {
    const a = check(ARTICLE, [], 1);
    assert.deepStrictEqual(a.segments, [{ oldStart: 0, newStart: 0, length: ARTICLE.length }]);
    assert.ok(a.isIntact(10, 200));
    assert.strictEqual(a.gapAround(100), 0);
  });

  it('maps the characters around scattered small edits to where they went (property)', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 8 }), (raw) => {
        const edits = [...raw].sort((x, y) => x.at - y.at).filter((e, i, all) => i === 0 || e.at >= all[i - 1]!.at + all[i - 1]!.remove + 40);
        check(ARTICLE, edits, 0.97);
      }),
      { numRuns: 40, seed: 20240211 },
    );
  });

  it('finds the text again after a deleted and an inserted paragraph', () => {
    const paragraphs = ARTICLE.split('\n');
    const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
    const at = ARTICLE.indexOf(longest);
    const inserted = 'وفي تطور لاحق، قالت مصادر عسكرية إن المحادثات ستستمر أسبوعاً آخر، وإن الوفدين سيلتقيان مجدداً في بغداد لبحث جدول زمني للانسحاب. '.repeat(2);
    const a = check(ARTICLE, [{ at, remove: longest.length, insert: '' }, { at: at + longest.length + 200, remove: 0, insert: inserted }], 0.98);
    assert.strictEqual(a.gapAround(at + 5), longest.length);
    assert.strictEqual(a.mapBoundary(at + 5, 'left'), at);
    assert.strictEqual(a.mapBoundary(at + 5, 'right'), at);
    assert.strictEqual(a.mapChar(at + 5), -1);
    assert.ok(!a.isIntact(at, at + 10));
    assert.ok(a.isIntact(at + longest.length + 5, at + longest.length + 20));
  });

  it('follows a paragraph moved elsewhere', () => {
    const paragraphs = ARTICLE.split('\n');
    const moved = paragraphs.findIndex((p) => p.length > 200);
    const order = [...paragraphs];
    const [p] = order.splice(moved, 1);
    order.push(p!);
    const text = order.join('\n');
    const a = TextAlignment.compute(ARTICLE, text);
    assert.ok(a);
    const oldAt = ARTICLE.indexOf(p!);
    const newAt = text.indexOf(p!);
    let mapped = 0;
    for (let x = oldAt; x < oldAt + p!.length; x++) if (a.mapChar(x) === newAt + x - oldAt) mapped++;
    assert.ok(mapped > p!.length * 0.9, `${mapped} of ${p!.length}`);
  });

  it('maps boundaries in a changed region to either side of it', () => {
    const old = ARTICLE.slice(0, 600);
    const cut = 300;
    const text = old.slice(0, cut) + 'نص جديد تماماً' + old.slice(cut + 10);
    const a = TextAlignment.compute(old, text)!;
    assert.strictEqual(a.mapBoundary(cut + 5, 'left'), cut);
    assert.strictEqual(a.mapBoundary(cut + 5, 'right'), cut + 'نص جديد تماماً'.length);
    assert.strictEqual(a.mapBoundary(cut, 'left'), cut);
    assert.strictEqual(a.mapBoundary(cut + 10, 'right'), cut + 'نص جديد تماماً'.length);
    assert.strictEqual(a.mapBoundary(old.length, 'right'), text.length);
    assert.strictEqual(a.mapBoundary(old.length, 'left'), text.length);
    assert.strictEqual(a.gapAround(cut + 3), 10);
    assert.ok(a.isIntact(cut + 20, cut + 20), 'an empty span in an equal run is intact');
    assert.ok(a.isIntact(cut, cut), 'an empty span at the end of a run is intact');
  });

  it('handles a changed start and end of the text', () => {
    const old = ARTICLE.slice(0, 800);
    const text = 'مقدمة ' + old.slice(20, 780) + ' خاتمة';
    const a = TextAlignment.compute(old, text)!;
    assert.strictEqual(a.mapChar(5), -1);
    assert.strictEqual(a.mapBoundary(5, 'left'), 0);
    assert.strictEqual(a.mapChar(100), 100 - 20 + 'مقدمة '.length);
    assert.strictEqual(a.gapAround(790), 20);
    assert.strictEqual(a.mapBoundary(790, 'right'), text.length);
  });

  it('gives up on texts that agree only by chance', () => {
    // Two unrelated strings over four letters agree on short pieces everywhere and on
    // nothing long: aligning them would cost far more than it could map.
    const letters = (seed: number, n: number) => {
      let x = seed;
      let out = '';
      for (let i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        out += 'ابتث'[(x >>> 0) % 4];
      }
      return out;
    };
    assert.strictEqual(TextAlignment.compute(letters(7, 30_000), letters(99, 30_000)), undefined);
  });
});
