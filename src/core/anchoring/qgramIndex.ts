/**
 * An index of the q-grams (runs of Q UTF-16 units) that start a word of a text, built once in
 * linear time, so that the places a needle may come from are found by looking up the q-grams
 * that start its words: the cost is the needle's length plus the hits read, wherever in the
 * text they are. Only word starts are indexed (about one position in six of Arabic news),
 * which keeps the index small and quick to build; a needle's q-grams are taken at its word
 * starts too, so the two meet. Q-grams are hashed into buckets (no strings are kept); a bucket
 * can mix q-grams whose hashes collide, so a hit is only a lead that the caller checks.
 */

/** Length of an indexed q-gram: a short word and the start of the next, or most of a long word. */
export const Q = 8;

const BASE = 0x01000193;

export class QGramIndex {
  /** bucket → first position in `positions`; bucket b's hits are positions[starts[b], starts[b + 1]). */
  private readonly starts: Uint32Array;
  /** Start offsets of word-initial q-grams, grouped by bucket, ascending within a bucket. */
  private readonly positions: Uint32Array;
  private readonly shift: number;

  constructor(readonly text: string) {
    const at: number[] = [];
    for (let i = 0; i + Q <= text.length; i++) if (isWordStart(text, i)) at.push(i);
    // About one bucket per indexed position keeps collisions rare.
    let bits = 10;
    while (1 << bits < at.length && bits < 26) bits++;
    this.shift = 32 - bits;
    const buckets = 1 << bits;
    const keys = new Uint32Array(at.length);
    const sizes = new Uint32Array(buckets + 1);
    at.forEach((p, i) => {
      const key = this.bucket(hashAt(text, p));
      keys[i] = key;
      sizes[key + 1]!++;
    });
    for (let b = 0; b < buckets; b++) sizes[b + 1]! += sizes[b]!;
    this.starts = sizes;
    const fill = sizes.slice(0, buckets);
    this.positions = new Uint32Array(at.length);
    at.forEach((p, i) => {
      this.positions[fill[keys[i]!]!++] = p;
    });
  }

  /** The indexed positions whose q-gram hashes like `needle[at, at + Q)`, as a view (not a copy). */
  hits(needle: string, at: number): Uint32Array {
    const b = this.bucket(hashAt(needle, at));
    return this.positions.subarray(this.starts[b]!, this.starts[b + 1]!);
  }

  private bucket(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }
}

/** Whether a word starts at `i`: the text's start, or a character that follows white space. */
export function isWordStart(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  return (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) && !isSpace(s.charCodeAt(i));
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Hash of s[at, at + Q). */
function hashAt(s: string, at: number): number {
  let h = 0;
  for (let k = 0; k < Q; k++) h = (Math.imul(h, BASE) + s.charCodeAt(at + k)) | 0;
  return h;
}
