/**
 * PROVISIONAL stand-in for the lead's normaliser (same API), so that the diff-based
 * re-anchoring compiles and runs before `src/core/text/normalize.ts` lands on main. On
 * merge, the lead's file wins: take theirs.
 *
 * Folding for matching, with an exact map back to the original text.
 */
export interface NormalizeOptions {
  /** Also fold teh marbuta to heh (ة → ه). Default false. */
  tehMarbuta?: boolean;
}

export interface NormalizedText {
  readonly text: string;
  readonly toOriginal: Uint32Array;
  readonly originalLength: number;
  originalRange(start: number, end: number): { start: number; end: number };
}

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي',
  '،': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '٬': ',', '\u00a0': ' ',
};

function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x0300 && c <= 0x036f);
}

function isDropped(c: number): boolean {
  return isMark(c) || c === 0x0640 || c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff;
}

function fold(ch: string, options: NormalizeOptions): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0);
  if (options.tehMarbuta && ch === 'ة') return 'ه';
  return FOLD[ch] ?? ch;
}

export function normalizeForMatching(text: string, options: NormalizeOptions = {}): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDropped(c)) continue;
    let ch = text[i]!;
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) ch = ch.normalize('NFKC');
    let piece = '';
    for (const part of ch) {
      const p = part.charCodeAt(0);
      if (!isDropped(p)) piece += fold(part, options);
    }
    for (let k = 0; k < piece.length; k++) {
      out.push(piece[k]!);
      map.push(i);
    }
  }
  const toOriginal = Uint32Array.from(map);
  const result = out.join('');
  return {
    text: result,
    toOriginal,
    originalLength: text.length,
    originalRange(start: number, end: number) {
      if (end <= start) {
        const at = start < toOriginal.length ? toOriginal[start]! : text.length;
        return { start: at, end: at };
      }
      const s = toOriginal[start]!;
      let e = toOriginal[end - 1]! + 1;
      while (e < text.length && isDropped(text.charCodeAt(e)) && (end >= toOriginal.length || e < toOriginal[end]!)) e++;
      return { start: s, end: e };
    },
  };
}

export function clusterEnd(text: string, index: number): number {
  while (index < text.length && isMark(text.charCodeAt(index))) index++;
  return index;
}

export function clusterStart(text: string, index: number): number {
  while (index > 0 && index < text.length && isMark(text.charCodeAt(index))) index--;
  return index;
}
