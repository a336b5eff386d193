/**
 * What the anchor chain does with its stretches once chosen: a detour through a copy is
 * undone without losing the short stretches around it, the exemption of sure places covers
 * only stretches of one or two spans, and a moved stretch at either end of the text is kept
 * even when its spans fit elsewhere as well (nothing on that side says it moved).
 */
import * as assert from 'assert';
import { bestChain, type ChainCandidate } from '../../src/core/anchoring/anchorChain';

function at(oldStart: number, newStart: number, value = 1, sure = false): ChainCandidate {
  return { oldStart, newStart, value, sure };
}

function run(from: number, count: number, drift: number, sure = false): ChainCandidate[][] {
  return Array.from({ length: count }, (_, i) => [at(from + 100 * i, from + 100 * i + drift, 1, sure)]);
}

/** `count` spans from `from` that each fit equally well at two far places. */
function doubled(from: number, count: number, sure = false): ChainCandidate[][] {
  return Array.from({ length: count }, (_, i) => [at(from + 100 * i, 80_000 + 100 * i, 1, sure), at(from + 100 * i, 90_000 + 100 * i, 1, sure)]);
}

describe('anchor chain stretches', () => {
  it('undoes a detour between two short stretches and keeps both of them', () => {
    // Spans 2-7 sit on a copy 300,000 further on, worth more than the two jumps; four of
    // them also fit at drift 0, where the two spans before and the two after are.
    const spans: ChainCandidate[][] = [...run(0, 2, 0)];
    for (let i = 2; i < 8; i++) {
      const old = 100 * i;
      spans.push(i < 6 ? [at(old, old + 300_000, 1.6), at(old, old)] : [at(old, old + 300_000, 1.6)]);
    }
    spans.push(...run(800, 2, 0));
    assert.deepStrictEqual(bestChain(spans), [0, 0, 1, 1, 1, 1, -1, -1, 0, 0]);
  });

  it('leaves out two unsure spans that moved, at the start of the text, and keeps two sure ones', () => {
    const unsure = [...run(0, 2, 50_000), ...run(200, 5, 0)];
    assert.deepStrictEqual(bestChain(unsure), [-1, -1, 0, 0, 0, 0, 0]);
    const sure = [...run(0, 2, 50_000, true), ...run(200, 5, 0)];
    assert.deepStrictEqual(bestChain(sure), [0, 0, 0, 0, 0, 0, 0]);
  });

  it('does not spare three sure spans that moved and fit as well elsewhere', () => {
    // Between two stretches, three spans each with two places of equal worth: which copy
    // moved is anyone's guess, and being sure of each place on its own does not settle it.
    for (const sure of [false, true]) {
      const spans = [...run(0, 4, 0), ...doubled(400, 3, sure), ...run(700, 4, -300)];
      const chain = bestChain(spans);
      assert.deepStrictEqual(chain.slice(4, 7), [-1, -1, -1], `sure: ${sure}`);
      assert.deepStrictEqual([...chain.slice(0, 4), ...chain.slice(7)], [0, 0, 0, 0, 0, 0, 0, 0]);
    }
  });

  it('keeps a moved stretch at the start of the text even when its spans fit as well elsewhere', () => {
    const spans = [...doubled(0, 4), ...run(400, 5, 0)];
    assert.deepStrictEqual(bestChain(spans), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps a moved stretch at the end of the text even when its spans fit as well elsewhere', () => {
    const spans = [...run(0, 5, 0), ...doubled(500, 4)];
    assert.deepStrictEqual(bestChain(spans), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves out the same stretch once a stretch follows it', () => {
    const spans = [...run(0, 5, 0), ...doubled(500, 4), ...run(900, 4, -500)];
    assert.deepStrictEqual(bestChain(spans).slice(5, 9), [-1, -1, -1, -1]);
  });
  it('undoes a detour onto places listed first, and only onto places that fit both sides', () => {
    // As above, with each span's place at drift 0 listed before its copy; spans 6 and 7
    // have, besides their copy, a place at drift 150 that fits the chain before the detour
    // but not the one after it: they are left out.
    const spans: ChainCandidate[][] = [...run(0, 2, 0)];
    for (let i = 2; i < 8; i++) {
      const old = 100 * i;
      spans.push(i < 6 ? [at(old, old), at(old, old + 300_000, 1.6)] : [at(old, old + 300_000, 1.6), at(old, old + 150)]);
    }
    spans.push(...run(800, 2, 0));
    assert.deepStrictEqual(bestChain(spans), [0, 0, 0, 0, 0, 0, -1, -1, 0, 0]);
  });

  it('keeps a detour when the chain before and after it do not agree', () => {
    // The text after the passage moved on by 250, more than the slack over that distance,
    // so the passage on the copy is not a detour from one drift back to the same one, even
    // though each span also has a place that fits both sides (at drift old / 4 - 63).
    const spans: ChainCandidate[][] = [...run(0, 5, 0)];
    for (let i = 5; i <= 10; i++) {
      const old = 100 * i;
      spans.push([at(old, old + 300_000, 1.6), at(old, old + old / 4 - 63)]);
    }
    spans.push(...run(1100, 5, 250));
    assert.deepStrictEqual(bestChain(spans), spans.map(() => 0));
  });

  it('counts a place worth less by just the tie margin (0.01) as equal', () => {
    const middle = (other: number): ChainCandidate[][] =>
      Array.from({ length: 4 }, (_, i) => [at(400 + 100 * i, 80_000 + 100 * i, 1), at(400 + 100 * i, 90_000 + 100 * i, other)]);
    const chain = (other: number) => bestChain([...run(0, 4, 0), ...middle(other), ...run(800, 4, -400)]).slice(4, 8);
    assert.deepStrictEqual(chain(0.99), [-1, -1, -1, -1]);
    assert.deepStrictEqual(chain(0.98), [0, 0, 0, 0]);
  });

  it('leaves out a moved stretch when half of its spans fit as well elsewhere, not fewer', () => {
    const middle = (equal: number): ChainCandidate[][] =>
      Array.from({ length: 4 }, (_, i) => [at(400 + 100 * i, 80_000 + 100 * i, 1), at(400 + 100 * i, 90_000 + 100 * i, i < equal ? 1 : 0.5)]);
    const chain = (equal: number) => bestChain([...run(0, 4, 0), ...middle(equal), ...run(800, 4, -400)]).slice(4, 8);
    assert.deepStrictEqual(chain(2), [-1, -1, -1, -1]);
    assert.deepStrictEqual(chain(1), [0, 0, 0, 0]);
  });
});
