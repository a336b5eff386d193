/**
 * Reading a token pairing (old → new, -1 where unpaired) for what is left unpaired: what the
 * word-level diff (tokenDiff.ts) then looks for elsewhere, as moved text.
 */

/** Unpaired tokens in [s, e) of `map`. */
export function countUnmatched(map: Int32Array, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (map[i] === -1) n++;
  return n;
}

/** Maximal runs [start, end) of -1 in `map` at least `min` long. */
export function unmatchedRuns(map: Int32Array, min: number): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  // Stryker disable next-line EqualityOperator: reading one past the end of a typed array gives undefined, which is not -1, so a step at i = map.length only moves i past the end.
  while (i < map.length) {
    if (map[i] !== -1) {
      i++;
      continue;
    }
    let e = i;
    // Stryker disable next-line EqualityOperator,ConditionalExpression: past the end map[e] is undefined, never -1, so the bound on e never changes where the run stops.
    while (e < map.length && map[e] === -1) e++;
    if (e - i >= min) out.push([i, e]);
    i = e;
  }
  return out;
}

/** A hash of the `gram` tokens of `x` from `at`: how unpaired runs are matched up, a few tokens at a time. */
export function gramHash(x: Int32Array, at: number, gram: number): number {
  let h = 0;
  for (let t = 0; t < gram; t++) h = (Math.imul(h, 0x01000193) ^ x[at + t]!) | 0;
  return h;
}
