/**
 * Orthographic churn of Arabic words for the re-anchoring workloads: the same word written
 * another way (diacritics added or dropped, another alef form, ى for ي, tatweel, digits in
 * another script, the other comma), as happens when a source is re-typed, re-exported or
 * cleaned by another tool. A span over churned words still holds the same words, so its
 * right new place is exactly the churned form.
 */

const FATHA = '\u064E';
const DAMMA = '\u064F';
const KASRA = '\u0650';
const SHADDA = '\u0651';
const SUKUN = '\u0652';
/** Marks added on a letter: single harakat, tanwin, sukun, and shadda alone or with a haraka. */
const MARKS = [FATHA, DAMMA, KASRA, SUKUN, '\u064B', '\u064C', '\u064D', SHADDA, SHADDA + FATHA, SHADDA + KASRA];
const TATWEEL = '\u0640';
/** Letters that never join the next one: a tatweel after them would float. */
const NON_JOINING = new Set('اأإآٱدذرزوؤةىء');
const DIGITS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];

export type ChurnKind = 'addMarks' | 'dropMarks' | 'alef' | 'yeh' | 'tatweel' | 'digits' | 'comma';

/** An Arabic base letter (hamza to yeh), not a mark and not tatweel. */
export function isArabicLetter(c: string): boolean {
  const u = c.charCodeAt(0);
  return u >= 0x0621 && u <= 0x064a && u !== 0x0640;
}

function isMark(c: string): boolean {
  const u = c.charCodeAt(0);
  return (u >= 0x064b && u <= 0x065f) || u === 0x0670;
}

type Churn = (word: string, rnd: () => number) => string | null;

const int = (rnd: () => number, n: number): number => Math.floor(rnd() * n);

/** Marks on one or two letters; the last letter is chosen often, so span ends must take its marks along. */
const addMarks: Churn = (word, rnd) => {
  const chars = [...word];
  const bare: number[] = [];
  chars.forEach((c, i) => {
    if (isArabicLetter(c) && !(i + 1 < chars.length && isMark(chars[i + 1]!))) bare.push(i);
  });
  if (bare.length === 0) return null;
  const chosen = new Set<number>();
  if (rnd() < 0.4) chosen.add(bare[bare.length - 1]!);
  for (let n = 1 + int(rnd, 2); chosen.size < n && chosen.size < bare.length; ) chosen.add(bare[int(rnd, bare.length)]!);
  return chars.map((c, i) => (chosen.has(i) ? c + MARKS[int(rnd, MARKS.length)]! : c)).join('');
};

const dropMarks: Churn = (word) => {
  const out = [...word].filter((c) => !isMark(c)).join('');
  return out === word ? null : out;
};

/** One alef written another way: a hamzated or madda alef to bare alef, or a bare alef given a hamza or madda. */
const alef: Churn = (word, rnd) => {
  const chars = [...word];
  const hamzated = chars.flatMap((c, i) => ('أإآ'.includes(c) ? [i] : []));
  if (hamzated.length > 0) {
    chars[hamzated[int(rnd, hamzated.length)]!] = 'ا';
    return chars.join('');
  }
  const bare = chars.flatMap((c, i) => (c === 'ا' ? [i] : []));
  if (bare.length === 0) return null;
  chars[bare[int(rnd, bare.length)]!] = 'أإآ'[int(rnd, 3)]!;
  return chars.join('');
};

/** Final yeh and alef maqsura swapped (the common confusion of the two). */
const yeh: Churn = (word) => {
  const chars = [...word];
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i]!;
    if (isMark(c)) continue;
    if (c === 'ى') chars[i] = 'ي';
    else if (c === 'ي' && i > 0) chars[i] = 'ى';
    else return null;
    return chars.join('');
  }
  return null;
};

/** Tatweel removed where there is some, else stretched once between two joined letters. */
const tatweel: Churn = (word, rnd) => {
  if (word.includes(TATWEEL)) return word.split(TATWEEL).join('');
  const chars = [...word];
  const joins: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    if (isArabicLetter(chars[i - 1]!) && !NON_JOINING.has(chars[i - 1]!) && isArabicLetter(chars[i]!)) joins.push(i);
  }
  if (joins.length === 0) return null;
  const at = joins[int(rnd, joins.length)]!;
  return [...chars.slice(0, at), TATWEEL.repeat(1 + int(rnd, 2)), ...chars.slice(at)].join('');
};

/** Every digit of the word in another script (ASCII, Arabic-Indic, Extended Arabic-Indic). */
const digits: Churn = (word, rnd) => {
  const chars = [...word];
  let from = -1;
  for (const c of chars) {
    from = DIGITS.findIndex((d) => d.includes(c));
    if (from >= 0) break;
  }
  if (from < 0) return null;
  const to = (from + 1 + int(rnd, 2)) % 3;
  return chars
    .map((c) => {
      for (const d of DIGITS) {
        const k = d.indexOf(c);
        if (k >= 0) return DIGITS[to]![k]!;
      }
      return c;
    })
    .join('');
};

const comma: Churn = (word) => {
  if (word.includes('،')) return word.split('،').join(',');
  if (word.includes(',')) return word.split(',').join('،');
  return null;
};

const CHURNS: [ChurnKind, Churn][] = [
  ['addMarks', addMarks],
  ['dropMarks', dropMarks],
  ['alef', alef],
  ['yeh', yeh],
  ['tatweel', tatweel],
  ['digits', digits],
  ['comma', comma],
];

/**
 * The word written another way by one churn chosen at random among those that change it,
 * or null when none does (a Latin word without digits or commas).
 */
export function churnWord(word: string, rnd: () => number): { text: string; kind: ChurnKind } | null {
  // Chosen among the applicable ones, so rare churns (digits, commas) get their turn where they apply.
  const candidates: { text: string; kind: ChurnKind }[] = [];
  for (const [kind, churn] of CHURNS) {
    const text = churn(word, rnd);
    if (text !== null && text !== word) candidates.push({ text, kind });
  }
  if (candidates.length === 0) return null;
  return candidates[int(rnd, candidates.length)]!;
}
