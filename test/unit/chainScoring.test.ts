/**
 * How the anchor chain scores its steps: how far back a span looks for a predecessor that
 * agrees (16 spans that have candidates), which of equally good places it takes (the first
 * listed), and when a chain starts afresh rather than paying a jump from the best so far.
 */
import * as assert from 'assert';
import { bestChain, type ChainCandidate, JUMP } from '../../src/core/anchoring/anchorChain';

function at(oldStart: number, newStart: number, value = 1, sure = false): ChainCandidate {
  return { oldStart, newStart, value, sure };
}

/** Spans 100 apart from `from`, each with one candidate at drift `drift`. */
function run(from: number, count: number, drift: number, sure = false): ChainCandidate[][] {
  return Array.from({ length: count }, (_, i) => [at(from + 100 * i, from + 100 * i + drift, 1, sure)]);
}

describe('anchor chain scoring', () => {
  describe('looking back for a predecessor that agrees', () => {
    /**
     * Three spans at drift 0, then `gap` spans whose only places are worthless and agree with
     * nothing (each further back than the one before), then three spans that fit both at
     * drift 0 (listed first) and, worth a little more, far away.
     */
    function gapped(gap: number, empty = 0): ChainCandidate[][] {
      const spans = run(0, 3, 0);
      for (let j = 0; j < gap; j++) spans.push([at(300 + 100 * j, 900_000 - 10_000 * j, 0)]);
      // Spans without any candidate (their quote is gone) in the middle of the gap.
      spans.splice(3 + Math.floor(gap / 2), 0, ...Array.from({ length: empty }, () => []));
      const from = 300 + 100 * gap;
      for (let j = 0; j < 3; j++) spans.push([at(from + 100 * j, from + 100 * j), at(from + 100 * j, from + 100 * j + 500_000, 1.1)]);
      return spans;
    }
    const tail = (chain: number[]) => chain.slice(-3);

    it('keeps the drift across 15 spans in between, worth more than a jump', () => {
      const chain = bestChain(gapped(15));
      assert.deepStrictEqual(chain.slice(0, 3), [0, 0, 0]);
      assert.deepStrictEqual(tail(chain), [0, 0, 0]);
      assert.ok(chain.slice(3, -3).every((c) => c === -1), 'worthless places are left out');
    });

    it('pays a jump beyond 16 spans, so better-valued places elsewhere win', () => {
      // 3 + 1.1 * 3 - JUMP > 3 + 3 - JUMP: once the drift-0 spans are out of reach, both
      // continuations pay the jump and the better-valued one wins.
      const chain = bestChain(gapped(16));
      assert.deepStrictEqual(chain.slice(0, 3), [0, 0, 0]);
      assert.deepStrictEqual(tail(chain), [1, 1, 1]);
    });

    it('does not count spans without candidates among the 16', () => {
      assert.deepStrictEqual(tail(bestChain(gapped(15, 1))), [0, 0, 0]);
      assert.deepStrictEqual(tail(bestChain(gapped(15, 4))), [0, 0, 0]);
      assert.deepStrictEqual(tail(bestChain(gapped(16, 2))), [1, 1, 1]);
    });
  });

  describe('equally good places', () => {
    it('takes the first-listed of two places of the last span that are worth the same', () => {
      const spans = [...run(0, 2, 0), [at(200, 200), at(200, 210)]];
      assert.deepStrictEqual(bestChain(spans), [0, 0, 0]);
      const swapped = [...run(0, 2, 0), [at(200, 210), at(200, 200)]];
      assert.deepStrictEqual(bestChain(swapped), [0, 0, 0]);
    });

    it('continues from the first-listed of two equal places of a span in the middle', () => {
      const spans: ChainCandidate[][] = [[at(0, 0)], [at(100, 100), at(100, 110)], [at(200, 205)], [at(300, 305)]];
      assert.deepStrictEqual(bestChain(spans), [0, 0, 0, 0]);
      const swapped: ChainCandidate[][] = [[at(0, 0)], [at(100, 110), at(100, 100)], [at(200, 205)], [at(300, 305)]];
      assert.deepStrictEqual(bestChain(swapped), [0, 0, 0, 0]);
    });
  });

  describe('starting afresh', () => {
    it('starts afresh when the chain so far is worth less than the jump away from it', () => {
      // A sure span worth 1 < JUMP, then a passage far away: joining them would cost more
      // than the span is worth, so the chain starts at the passage and the span is left out.
      assert.ok(1 < JUMP);
      const spans = [[at(0, 0, 1, true), at(0, 5, 1, true)], ...run(100, 3, 50_000)];
      assert.deepStrictEqual(bestChain(spans), [-1, 0, 0, 0]);
    });

    it('still joins a chain worth exactly the jump', () => {
      const spans = [[at(0, 0, JUMP, true)], ...run(100, 3, 50_000)];
      assert.deepStrictEqual(bestChain(spans), [0, 0, 0, 0]);
    });

    it('carries over what the first span is worth beyond the jump after it', () => {
      // Span 0 is worth 2. Span 2 either follows span 1 (which jumped from span 0 and keeps
      // 2 - JUMP + 1 = 1.8, giving 2.8) or agrees with span 0 directly at worth 0.5 (2.5).
      const spans: ChainCandidate[][] = [
        [at(0, 0, 2, true)],
        [at(100, 40_100, 1, true)],
        [at(200, 40_200, 1, true), at(200, 200, 0.5, true)],
      ];
      assert.deepStrictEqual(bestChain(spans), [0, 0, 0]);
    });
  });
});
