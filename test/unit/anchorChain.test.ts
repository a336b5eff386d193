/**
 * The chain that picks anchors by order among every span's candidate places: it keeps the
 * drift, pays for jumps only when enough spans carry them, undoes detours through a copy of
 * a passage, and leaves out short or doubtful stretches that agree with nothing around them.
 */
import * as assert from 'assert';
import { agree, bestChain, type ChainCandidate, JUMP } from '../../src/core/anchoring/anchorChain';

/** A candidate of a span that was at `oldStart`, now at `newStart`. */
function at(oldStart: number, newStart: number, value = 1, sure = false): ChainCandidate {
  return { oldStart, newStart, value, sure };
}

/** Spans 100 apart from `from`, each with one candidate at drift `drift`. */
function run(from: number, count: number, drift: number, sure = false): ChainCandidate[][] {
  return Array.from({ length: count }, (_, i) => [at(from + 100 * i, from + 100 * i + drift, 1, sure)]);
}

describe('anchor chain', () => {
  describe('agree', () => {
    it('allows the drift to change by 48 plus a quarter of the old distance, never backwards', () => {
      assert.strictEqual(agree(0, 0, 100, 100), true);
      assert.strictEqual(agree(0, 0, 100, 173), true); // 73 = 48 + 100 / 4
      assert.strictEqual(agree(0, 0, 100, 174), false);
      assert.strictEqual(agree(0, 0, 100, 27), true);
      assert.strictEqual(agree(0, 0, 100, 26), false);
      assert.strictEqual(agree(0, 10, 0, 9), false, 'a later span does not go back');
      assert.strictEqual(agree(0, 10, 0, 10), true);
      assert.strictEqual(agree(1000, 5000, 1400, 5400), true);
    });
  });

  it('takes every place of spans that keep their drift', () => {
    assert.deepStrictEqual(bestChain(run(0, 5, 7)), [0, 0, 0, 0, 0]);
  });

  it('leaves out spans without candidates and returns one entry per span', () => {
    const spans = run(0, 4, 0);
    spans.splice(2, 0, []);
    assert.deepStrictEqual(bestChain(spans), [0, 0, -1, 0, 0]);
    assert.deepStrictEqual(bestChain([]), []);
    assert.deepStrictEqual(bestChain([[], []]), [-1, -1]);
  });

  it('picks, among the candidates of each span, the one that keeps the drift', () => {
    const spans: ChainCandidate[][] = [
      [at(0, 50)],
      [at(100, 9000), at(100, 150)],
      [at(200, 250), at(200, 7000)],
      [at(300, 350)],
    ];
    assert.deepStrictEqual(bestChain(spans), [0, 1, 0, 0]);
  });

  it('prefers the better-valued of two places that agree equally', () => {
    const spans: ChainCandidate[][] = [[at(0, 0)], [at(100, 100, 1.01), at(100, 110, 1.04)], [at(200, 200)]];
    assert.deepStrictEqual(bestChain(spans), [0, 1, 0]);
  });

  it('follows a moved passage of three spans or more, and comes back', () => {
    const spans = [...run(0, 5, 0), ...run(500, 4, 50_000), ...run(900, 5, 0)];
    assert.deepStrictEqual(bestChain(spans), spans.map(() => 0));
  });

  it('leaves out two spans that jump away together unless both are sure', () => {
    const doubtful = [...run(0, 5, 0), ...run(500, 2, 50_000), ...run(700, 5, 0)];
    assert.deepStrictEqual(bestChain(doubtful), [0, 0, 0, 0, 0, -1, -1, 0, 0, 0, 0, 0]);
    const sure = [...run(0, 5, 0), ...run(500, 2, 50_000, true), ...run(700, 5, 0)];
    // Two sure spans are worth less than the two jumps: the chain itself leaves them out.
    assert.ok(2 < 2 * JUMP);
    assert.deepStrictEqual(bestChain(sure).slice(5, 7), [-1, -1]);
  });

  it('keeps a lone sure span that moved when it is the whole text', () => {
    assert.deepStrictEqual(bestChain([[at(100, 9000, 1, true)]]), [0]);
    assert.deepStrictEqual(bestChain([[at(100, 9000, 1, false)]]), [-1]);
  });

  it('keeps a short stretch that agrees with the stretch before it', () => {
    // Three spans at drift 0, then a gap the chain cannot bridge, then a span back at drift 0.
    const spans = [...run(0, 3, 0), [at(20_000, 20_000)]];
    assert.deepStrictEqual(bestChain(spans), [0, 0, 0, 0]);
  });

  it('undoes a detour through a copy when the spans also fit where the chain left off', () => {
    // Spans 5-10 fit both at drift 0 and on a copy at drift 300,000; the copy offers one more
    // of them (span 8 is missing at drift 0), but the chain before and after agree at drift 0.
    const spans: ChainCandidate[][] = [];
    for (let i = 0; i < 16; i++) {
      const old = 100 * i;
      const cands = [at(old, old + 300_000)];
      if (i !== 8 && i !== 9) cands.push(at(old, old));
      spans.push(i >= 5 && i <= 10 ? cands : [at(old, old)]);
    }
    // Make the copy worth the two jumps: spans 5-10 are worth a little more there.
    for (let i = 5; i <= 10; i++) spans[i]![0] = at(100 * i, 100 * i + 300_000, 1.6);
    const chain = bestChain(spans);
    assert.deepStrictEqual(chain.slice(0, 5), [0, 0, 0, 0, 0]);
    assert.deepStrictEqual(chain.slice(5, 11), [1, 1, 1, -1, -1, 1], 'back where the chain left off; spans with no place there are left out');
    assert.deepStrictEqual(chain.slice(11), [0, 0, 0, 0, 0]);
  });

  it('undoes a detour when a third of its spans fit where the chain left off, not fewer', () => {
    /** Spans 5-10 on a copy worth the jumps; `back` of them also fit at drift 0. */
    const detour = (back: number): ChainCandidate[][] =>
      Array.from({ length: 16 }, (_, i) => {
        const old = 100 * i;
        if (i < 5 || i > 10) return [at(old, old)];
        const cands = [at(old, old + 300_000, 1.6)];
        if (i - 5 < back) cands.push(at(old, old));
        return cands;
      });
    assert.deepStrictEqual(bestChain(detour(2)).slice(5, 11), [1, 1, -1, -1, -1, -1]);
    assert.deepStrictEqual(bestChain(detour(1)).slice(5, 11), [0, 0, 0, 0, 0, 0], 'one in six: the passage is elsewhere');
  });

  it('leaves out a moved stretch most of whose spans fit as well elsewhere', () => {
    const spans: ChainCandidate[][] = [...run(0, 4, 0)];
    for (let i = 0; i < 4; i++) spans.push([at(400 + 100 * i, 80_000 + 100 * i), at(400 + 100 * i, 90_000 + 100 * i)]);
    spans.push(...run(800, 4, -400));
    const chain = bestChain(spans);
    assert.deepStrictEqual(chain.slice(4, 8), [-1, -1, -1, -1]);
    assert.deepStrictEqual(chain.slice(0, 4), [0, 0, 0, 0]);
    assert.deepStrictEqual(chain.slice(8), [0, 0, 0, 0]);
  });

  it('keeps a moved stretch whose spans have no equal elsewhere', () => {
    const spans: ChainCandidate[][] = [...run(0, 4, 0)];
    for (let i = 0; i < 4; i++) spans.push([at(400 + 100 * i, 80_000 + 100 * i, 1.05), at(400 + 100 * i, 90_000 + 100 * i, 1)]);
    spans.push(...run(800, 4, -400));
    assert.deepStrictEqual(bestChain(spans).slice(4, 8), [0, 0, 0, 0]);
  });

  it('prefers a trusted place to any number of jumps', () => {
    const spans = [...run(0, 5, 0), [at(500, 70_000, 10, true)], ...run(600, 5, 0)];
    assert.strictEqual(bestChain(spans)[5], 0);
  });
});
