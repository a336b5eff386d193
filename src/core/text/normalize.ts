/**
 * STAND-IN for the lead's normaliser (same API), so the anchoring branch compiles before
 * main's `src/core/text/normalize.ts` lands; on merging main, main's file replaces this one.
 */
export interface NormalizeOptions {
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

function isDropped(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640 ||
    c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || c === 0x061c || c === 0xfeff;
}

export function normalizeForMatching(text: string, options: NormalizeOptions = {}): NormalizedText {
  const codes = new Uint16Array(text.length * 2 + 4);
  const map = new Uint32Array(text.length * 2 + 4);
  let n = 0;
  const push = (c: number, i: number): void => {
    codes[n] = c;
    map[n++] = i;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) {
      push(c, i);
      continue;
    }
    if (isDropped(c)) continue;
    if (c >= 0xfb50 && c <= 0xfeff) {
      for (const ch of text[i]!.normalize('NFKC')) {
        const cc = ch.charCodeAt(0);
        if (!isDropped(cc)) push((FOLD[ch] ?? ch).charCodeAt(0), i);
      }
      continue;
    }
    if (c >= 0x0660 && c <= 0x0669) push(c - 0x0660 + 48, i);
    else if (c >= 0x06f0 && c <= 0x06f9) push(c - 0x06f0 + 48, i);
    else if (options.tehMarbuta && c === 0x0629) push(0x0647, i);
    else {
      const f = FOLD[text[i]!];
      push(f === undefined ? c : f.charCodeAt(0), i);
    }
  }
  let normalized = '';
  for (let k = 0; k < n; k += 8192) normalized += String.fromCharCode(...codes.subarray(k, Math.min(n, k + 8192)));
  const toOriginal = map.slice(0, n);
  const originalLength = text.length;
  return {
    text: normalized,
    toOriginal,
    originalLength,
    originalRange(start: number, end: number) {
      if (end <= start) {
        const at = start < toOriginal.length ? toOriginal[start]! : originalLength;
        return { start: at, end: at };
      }
      const s = toOriginal[start]!;
      let e = toOriginal[end - 1]! + 1;
      if (e < originalLength && text.charCodeAt(e - 1) >= 0xd800 && text.charCodeAt(e - 1) <= 0xdbff) e++;
      while (e < originalLength && isDropped(text.charCodeAt(e))) e++;
      return { start: s, end: e };
    },
  };
}

export function clusterEnd(text: string, index: number): number {
  while (index < text.length && isDropped(text.charCodeAt(index))) index++;
  return index;
}

export function clusterStart(text: string, index: number): number {
  while (index > 0 && index < text.length && isDropped(text.charCodeAt(index))) index--;
  return index;
}
