/**
 * Exact conversion between code point offsets (what sidecars store) and UTF-16 offsets
 * (what JavaScript strings and VS Code use). The two differ only by astral characters
 * (emoji, some CJK, etc.), which take two UTF-16 units and one code point. Combining
 * marks, CRLF and Arabic letters are one unit and one code point each, so they need no
 * correction; a BOM is never part of the text we are given.
 *
 * The index records where astral characters sit, so each conversion is a binary search
 * over the astral characters only: O(1) for the usual Arabic article without emoji.
 */
export class CodePointIndex {
  /** UTF-16 offset of each astral character's high surrogate, ascending. */
  private readonly astral: number[];
  /** Length of the text in UTF-16 units. */
  readonly utf16Length: number;
  /** Length of the text in code points. */
  readonly length: number;

  private constructor(astral: number[], utf16Length: number) {
    this.astral = astral;
    this.utf16Length = utf16Length;
    this.length = utf16Length - astral.length;
  }

  static of(text: string): CodePointIndex {
    const astral: number[] = [];
    // Stryker disable next-line EqualityOperator: `<=` is equivalent (the step past the end reads NaN, no surrogate); `>=`, which the tests kill, goes with it
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral.push(i);
          i++;
        }
      }
    }
    return new CodePointIndex(astral, text.length);
  }

  /** UTF-16 offset of code point offset `cp` (clamped to the text). */
  toUtf16(cp: number): number {
    // Stryker disable next-line EqualityOperator: `cp < 0` is equivalent (the search gives 0 at 0); `cp > 0`, which the tests kill, goes with it
    if (cp <= 0) return 0;
    // Stryker disable next-line EqualityOperator: `>` is equivalent (the search gives utf16Length at the end); `<`, which the tests kill, goes with it
    if (cp >= this.length) return this.utf16Length;
    // Count astral characters whose code point offset (astral[i] - i) is below cp.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astral[mid]! - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /**
   * Code point offset of UTF-16 offset `u` (clamped to the text). An offset that falls
   * between the two halves of a surrogate pair rounds down to the character's start.
   */
  fromUtf16(u: number): number {
    // Stryker disable next-line EqualityOperator: `u < 0` is equivalent (the search gives 0 at 0); `u > 0`, which the tests kill, goes with it
    if (u <= 0) return 0;
    // Stryker disable next-line EqualityOperator: `>` is equivalent (the search gives length at the end); `<`, which the tests kill, goes with it
    if (u >= this.utf16Length) return this.length;
    // Count astral characters that start before u.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astral[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    // A pair starting at u-1 is counted too, which is exactly the round-down.
    return u - lo;
  }

  /** True when the text has no astral characters, so both offsets coincide. */
  get isBmpOnly(): boolean {
    return this.astral.length === 0;
  }
}

/** Code point length of a string. */
export function codePointLength(text: string): number {
  let n = text.length;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: `<=` and `length + 1` are equivalent (reading past the end gives NaN, no surrogate); `>=`, which the tests kill, goes with them
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** `text[start:end]` in code points, as Python would slice it. */
export function sliceCodePoints(text: string, start: number, end: number, index = CodePointIndex.of(text)): string {
  return text.slice(index.toUtf16(start), index.toUtf16(end));
}

/** Removes a leading UTF-8 BOM (U+FEFF), which is not part of the text offsets count. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
