/**
 * The clitics written against a name: و ف (and, so), ب ل ك (with, to, like), the article
 * ال, and their combinations. A mention's span leaves them out, so a tag covers the name.
 *
 * The article is part of the name when the listed name has it: `الجيش العراقي` is found in
 * `والجيش العراقي` as `الجيش العراقي`. When the listed name lacks it, an article in the text
 * is a prefix like the others: `حماس` is found in `والحماس`... as `حماس`.
 *
 * ل before the article drops the article's alef: ل + الجيش is written `للجيش`. There is no
 * `ال` in the text to cover, and a span must be a range of the text as written, so the span
 * starts at the second ل: `لجيش العراقي`, the article's lam and the name, the preposition left
 * out. (Starting at the first ل would tag the preposition; starting after both would cut the
 * article off a name listed with it.)
 */

/** Prefixes written before a name, in folded form (normalize.ts: bare alef). */
const PREFIXES = [
  'و', 'ف', 'ب', 'ل', 'ك',
  'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
  'ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'فبال', 'وكال', 'فكال',
  'لل', 'ولل', 'فلل',
];

/** Prefixes ending in ل + ل: the second ل is the article's, its alef dropped. */
const LAM_LAM = new Set(['لل', 'ولل', 'فلل']);

export interface PrefixReading {
  /** The word as a name's first word would be listed (folded). */
  key: string;
  /** Where the name starts in the word, in folded UTF-16 units. */
  offset: number;
}

const byFirst = new Map<string, string[]>();
for (const p of PREFIXES) {
  const list = byFirst.get(p[0]!) ?? [];
  list.push(p);
  byFirst.set(p[0]!, list);
}
for (const list of byFirst.values()) list.sort((a, b) => a.length - b.length);

/** A name's first word after a prefix has at least this many letters: `وك` is not و + ك. */
const MIN_REST = 2;

/**
 * Every way to read folded `word` as prefix + name word, the bare word first, then shorter
 * prefixes before longer ones (so ties between readings keep the widest span).
 */
export function prefixReadings(word: string): PrefixReading[] {
  const out: PrefixReading[] = [{ key: word, offset: 0 }];
  const candidates = byFirst.get(word[0] ?? '');
  if (!candidates) return out;
  for (const p of candidates) {
    if (word.length - p.length < MIN_REST || !word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    out.push({ key: rest, offset: p.length });
    if (LAM_LAM.has(p)) out.push({ key: 'ال' + rest, offset: p.length - 1 });
  }
  return out;
}
