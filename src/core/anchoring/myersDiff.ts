/**
 * Myers' O((N+M)·D) diff, for the small gaps the word-level diff (tokenDiff.ts) leaves
 * between the blocks it trusts. Bounded: past `maxD` edits it gives up and matches nothing,
 * since a gap that different is better left to the search for moved text than aligned at
 * any cost.
 */

/**
 * Calls `match(i, j)` for each pair of equal tokens of the shortest edit script between old
 * [i0, i1) and new [j0, j1) of `a` and `b` (last pair first); calls nothing when more than
 * `maxD` edits would be needed. Returns whether a script was found.
 */
export function myersMatches(
  a: Int32Array,
  b: Int32Array,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  maxD: number,
  match: (i: number, j: number) => void,
): boolean {
  const n = i1 - i0;
  const m = j1 - j0;
  const off = maxD + 1;
  let v = new Int32Array(2 * maxD + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= maxD; d++) {
    trace.push(v.slice());
    const next = v;
    for (let k = -d; k <= d; k += 2) {
      // Stryker disable next-line ConditionalExpression: when k === d the cell k + 1 is not yet reached (it is first written at step d + 1) and holds 0, so `v[k - 1] < 0` is false and dropping `k !== d` picks the same move.
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[i0 + x] === b[j0 + y]) {
        x++;
        y++;
      }
      next[off + k] = x;
      if (x >= n && y >= m) {
        backtrack(trace, next, d, k, off, (x1, y1) => match(i0 + x1, j0 + y1));
        return true;
      }
    }
    v = next;
  }
  return false;
}

/** Walks the script back from its end, reporting the diagonal (equal) steps. */
function backtrack(trace: Int32Array[], last: Int32Array, d: number, k: number, off: number, match: (x: number, y: number) => void): void {
  let x = last[off + k]!;
  let y = x - k;
  // Stryker disable next-line EqualityOperator: a pass at e = 0 (k = 0, snapshot all zeros) walks the same diagonal down to x = 0 that the loop after this one walks.
  for (let e = d; e > 0; e--) {
    const v = trace[e]!;
    // Stryker disable next-line ConditionalExpression: as in the forward pass, cell k + 1 of the snapshot at step e = k is still 0, so the comparison alone already says no.
    const down = k === -e || (k !== e && v[off + k - 1]! < v[off + k + 1]!);
    const pk = down ? k + 1 : k - 1;
    const px = v[off + pk]!;
    const py = px - pk;
    const sx = down ? px : px + 1;
    while (x > sx) match(--x, --y);
    x = px;
    y = py;
    k = pk;
  }
  while (x > 0) match(--x, --y);
}
