/**
 * What `placeSpans` and `reanchor` do with annotations as a sidecar may hold them: contexts
 * longer than the format allows (a hand edit) are cut to the part nearest the span, offsets
 * that disagree with the quote are corrected and reported as a move, and the order the
 * annotations come in changes nothing.
 */
import * as assert from 'assert';
import { placeSpans, reanchor } from '../../src/core/anchoring/reanchor';
import { CONTEXT_LENGTH, type Annotation } from '../../src/core/model/annotation';
import { spanContext } from '../../src/core/text/context';
import { newsText } from '../corpus/newsCorpus';
import { seededRandom } from '../corpus/random';

const TEXT = 'قال المتحدث باسم الوزارة إن الوفد يصل الأحد إلى العاصمة لبدء جولة جديدة من المحادثات';

function annotation(id: string, start: number, end: number, text = TEXT): Annotation {
  const c = spanContext(text, start, end);
  return { id, type: 'actor', start, end, text: c.text, before: c.before, after: c.after, attrs: {}, links: {} };
}

describe('placeSpans and reanchor on annotations as sidecars hold them', () => {
  it('cuts an over-long context to the code points nearest the span, on each side', () => {
    const start = TEXT.indexOf('الوفد');
    const a = annotation('a', start, start + 'الوفد'.length);
    // A hand edit left 50 code points of context (one astral character among them) on each side.
    const farBefore = '𝔸' + 'ب'.repeat(49 - CONTEXT_LENGTH) + a.before.padStart(CONTEXT_LENGTH, 'ـ');
    const farAfter = a.after.padEnd(CONTEXT_LENGTH, 'ـ') + 'ت'.repeat(49 - CONTEXT_LENGTH) + '𝔸';
    const [item] = placeSpans([{ ...a, before: farBefore, after: farAfter }], TEXT);
    assert.strictEqual(item!.before, [...farBefore].slice(-CONTEXT_LENGTH).join(''));
    assert.strictEqual(item!.after, [...farAfter].slice(0, CONTEXT_LENGTH).join(''));
    assert.strictEqual(item!.state, 'placed');
    assert.deepStrictEqual([item!.newStart, item!.newEnd], [start, start + 'الوفد'.length]);
  });

  it('reports a span whose stored end or start disagrees with its quote as moved, offsets corrected', () => {
    const start = TEXT.indexOf('الوفد');
    const end = start + 'الوفد'.length;
    const good = annotation('a', start, end);
    for (const [s, e] of [[start, end - 2], [start, end + 3], [start - 2, end], [start + 1, end]] as const) {
      const [r] = reanchor([{ ...good, start: s, end: e }], TEXT);
      assert.strictEqual(r!.outcome, 'moved', `stored ${s}-${e}`);
      assert.deepStrictEqual([r!.annotation.start, r!.annotation.end], [start, end]);
      assert.deepStrictEqual(r!.previous, { start: s, end: e });
    }
    assert.strictEqual(reanchor([good], TEXT)[0]!.outcome, 'kept');
  });

  it('places every annotation the same whatever order they come in, nested and repeated spans included (seeded)', () => {
    const rnd = seededRandom(11);
    for (let run = 0; run < 40; run++) {
      const old = newsText(600, 'dev', run * 600);
      const points = [...old];
      const anns: Annotation[] = [];
      for (let k = 0; k < 8; k++) {
        const s = Math.floor(rnd() * (points.length - 20));
        // Spans sharing a start: the same span again, or one ending elsewhere.
        for (let r = 1 + Math.floor(rnd() * 3); r > 0; r--) {
          const e = s + 1 + Math.floor(rnd() * 15);
          anns.push(annotation(`a${anns.length}`, s, e, old));
        }
      }
      const edited = points.slice();
      for (let e = 0; e < 3; e++) {
        const at = Math.floor(rnd() * edited.length);
        const len = Math.floor(rnd() * 30);
        if (rnd() < 0.5) edited.splice(at, len);
        else edited.splice(at, 0, ...points.slice(len, len + 20));
      }
      const text = edited.join('');
      const shuffled = anns.map((a) => ({ a, key: rnd() })).sort((x, y) => x.key - y.key).map((x) => x.a);
      for (const options of [{}, { oldText: old }]) {
        const byId = new Map(reanchor(anns, text, options).map((r) => [r.annotation.id, r]));
        for (const r of reanchor(shuffled, text, options)) {
          assert.deepStrictEqual(r, byId.get(r.annotation.id), `run ${run}, ${r.annotation.id}`);
        }
      }
    }
  });
});
