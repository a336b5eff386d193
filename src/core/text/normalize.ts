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
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDropped(c)) continue;
    let s = text[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      out.push(text.slice(i, i + 2));
      map.push(i, i + 1);
      i++;
      continue;
    }
    if (c >= 0xfb50 && c <= 0xfeff) s = s.normalize('NFKC');
    let folded = '';
    for (const ch of s) {
      const cc = ch.charCodeAt(0);
      if (isDropped(cc)) continue;
      if (cc >= 0x0660 && cc <= 0x0669) folded += String.fromCharCode(cc - 0x0660 + 48);
      else if (cc >= 0x06f0 && cc <= 0x06f9) folded += String.fromCharCode(cc - 0x06f0 + 48);
      else if (options.tehMarbuta && ch === 'ة') folded += 'ه';
      else folded += FOLD[ch] ?? ch;
    }
    for (let k = 0; k < folded.length; k++) map.push(i);
    out.push(folded);
  }
  const normalized = out.join('');
  const toOriginal = Uint32Array.from(map);
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
