/**
 * brat reads a document's .txt with universal newlines (CRLF and a lone CR both become LF)
 * and counts offsets in code points of that text. Hamish counts code points of the text as
 * written. The two differ only by the CR of each CRLF pair, which brat drops; a lone CR
 * becomes one LF, so it keeps its place. This class converts offsets both ways.
 */
export class BratText {
  /** The text as brat sees it: every line break is one LF. */
  readonly text: string;
  /** Code points of `text`, for slicing by brat offsets. */
  readonly codePoints: readonly string[];
  /** Code point offsets, in the text as written, of each CR that brat drops (the CR of a CRLF). */
  private readonly dropped: number[];

  private constructor(codePoints: string[], dropped: number[]) {
    this.codePoints = codePoints;
    this.text = codePoints.join('');
    this.dropped = dropped;
  }

  static of(written: string): BratText {
    const out: string[] = [];
    const dropped: number[] = [];
    const cps = Array.from(written);
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i]!;
      if (c !== '\r') out.push(c);
      else if (cps[i + 1] === '\n') dropped.push(i);
      else out.push('\n');
    }
    return new BratText(out, dropped);
  }

  /** Number of code points brat counts. */
  get length(): number {
    return this.codePoints.length;
  }

  /**
   * brat offset of Hamish offset `cp`: minus the dropped CRs before it. An offset between a
   * CR and its LF lands on the LF, so a span starting there still starts at the line break.
   */
  toBrat(cp: number): number {
    return cp - countWhere(this.dropped.length, (i) => this.dropped[i]! < cp);
  }

  /**
   * Hamish offset of brat offset `q`. A dropped CR sits, in brat's text, where its LF is; an
   * offset at that LF maps to the CR, so a span that starts or ends at a line break keeps
   * the whole CRLF on the side brat put the LF.
   */
  fromBrat(q: number): number {
    // The CR dropped i-th (0-based) sits at brat offset dropped[i] - i.
    return q + countWhere(this.dropped.length, (i) => this.dropped[i]! - i < q);
  }

  /** brat's text between brat offsets `start` and `end`. */
  slice(start: number, end: number): string {
    return this.codePoints.slice(start, end).join('');
  }
}

/** How many leading indices of 0..n-1 satisfy `below`, which holds up to some index and not after it. */
function countWhere(n: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The pieces of brat's text [start, end) between line breaks, as brat offsets: a span over
 * several lines is written as a fragment list, since a .ann line cannot hold a line break.
 * Empty pieces (the span starts or ends at a break, or crosses a blank line) are left out.
 */
export function lineFragments(text: BratText, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.codePoints[i] === '\n') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}
