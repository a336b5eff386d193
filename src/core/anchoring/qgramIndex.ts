/**
 * An index of every q-gram (run of Q UTF-16 units) of a text, built once in linear time, so
 * that the places a needle may come from are found by looking up its q-grams: the cost is
 * the needle's length plus the hits read, wherever in the text they are. Q-grams are hashed
 * into buckets (no strings are kept); a bucket can mix q-grams whose hashes collide, so a
 * hit is only a lead that the caller checks against the text.
 */

/** Length of an indexed q-gram. Long enough that most q-grams of Arabic news are rare, short enough that a word of context still holds one. */
export const Q = 6;

const BASE = 0x01000193;

export class QGramIndex {
  /** bucket → first position in `positions`; bucket b's hits are positions[starts[b], starts[b + 1]). */
  private readonly starts: Uint32Array;
  /** Start offsets of q-grams, grouped by bucket, ascending within a bucket. */
  private readonly positions: Uint32Array;
  private readonly shift: number;

  constructor(readonly text: string) {
    const count = Math.max(0, text.length - Q + 1);
    // About one bucket per position keeps collisions rare.
    let bits = 16;
    while (1 << bits < count && bits < 26) bits++;
    this.shift = 32 - bits;
    const buckets = 1 << bits;
    const keys = new Uint32Array(count);
    const sizes = new Uint32Array(buckets + 1);
    for (let i = 0; i < count; i++) {
      const key = this.bucket(hashAt(text, i));
      keys[i] = key;
      sizes[key + 1]!++;
    }
    for (let b = 0; b < buckets; b++) sizes[b + 1]! += sizes[b]!;
    this.starts = sizes;
    const fill = sizes.slice(0, buckets);
    this.positions = new Uint32Array(count);
    for (let i = 0; i < count; i++) this.positions[fill[keys[i]!]!++] = i;
  }

  /** The positions whose q-gram hashes like the one at `needle[at, at + Q)`, as a view (not a copy). */
  hits(needle: string, at: number): Uint32Array {
    const b = this.bucket(hashAt(needle, at));
    return this.positions.subarray(this.starts[b]!, this.starts[b + 1]!);
  }

  private bucket(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }
}

/** Hash of s[at, at + Q). */
function hashAt(s: string, at: number): number {
  let h = 0;
  for (let k = 0; k < Q; k++) h = (Math.imul(h, BASE) + s.charCodeAt(at + k)) | 0;
  return h;
}
