/**
 * Attribution phrases: "according to X" and its kin (وفق، وفقا لـ، بحسب، حسب، نقلا عن،
 * وفق ما نقلته، على حد قوله، كما ذكرت). They follow or precede the statement they attribute,
 * so the statement is the rest of the sentence on the other side of the phrase.
 */
import { foldKey } from '../text/foldedText';

const fold = (words: string): Set<string> => new Set(words.split(' ').map(foldKey));

/** Heads that stand alone: وفق الوزارة، بحسب المصدر. */
const HEADS = fold('وفق وفقا بحسب حسب حسبما بحسبما');
/** What may follow a head before the source: وفقا لـ، وفق ما نقلته، حسبما أفاد. */
const LINKERS = fold('ل لما ما');
const TRANSMIT = fold(
  'نقلت نقلته نقله نقلها نقل ذكرت ذكرته ذكره ذكر أورد أوردت أوردته أورده أفاد أفادت أفادته أفاده أعلن أعلنت أعلنته أعلنه ' +
  'قال قالت قاله قالته نشرت نشرته نشره نشر أكد أكدت أكده أكدته صرح صرحت جاء أوضح أوضحت',
);
/** على حد قوله / تعبيرها: the speaker is the pronoun; no source follows. */
const SAYING = fold('قوله قولها قولهم قولهما تعبيره تعبيرها تعبيرهم وصفه وصفها');

export interface AttributionReading {
  /** Words the phrase takes, from the head. */
  words: number;
  /** Units of و/ف before the head (left out of the cue span). */
  prefix: number;
  /** False for على حد قوله: the source is not named after it. */
  sourceFollows: boolean;
}

/**
 * The attribution phrase starting at word `i` of `word(i)`, `count` words in all, or
 * undefined. `كما ذكرت` is read where the verb is (findClaimCues.ts).
 */
export function readAttribution(word: (i: number) => string, i: number, count: number): AttributionReading | undefined {
  // Stryker disable next-line StringLiteral: equivalent, past the end `at` is only compared with Arabic words and looked up in sets of them, which no placeholder matches
  const at = (k: number): string => (k < count ? word(k) : '');
  let head = at(i);
  let prefix = 0;
  if (!HEADS.has(head) && head !== 'نقلا' && head !== 'علي' && (head[0] === 'و' || head[0] === 'ف')) {
    head = head.slice(1);
    prefix = 1;
  }
  if (head === 'نقلا') return at(i + 1) === 'عن' ? { words: 2, prefix, sourceFollows: true } : undefined;
  if (head === 'علي') return at(i + 1) === 'حد' && SAYING.has(at(i + 2)) ? { words: 3, prefix, sourceFollows: false } : undefined;
  if (!HEADS.has(head)) return undefined;
  let words = 1;
  if (LINKERS.has(at(i + 1)) && TRANSMIT.has(at(i + 2))) words = 3;
  // وفق ما هو محدد (as set out): ما without a verb of saying after it attributes nothing.
  else if (at(i + 1) === 'ما' || at(i + 1) === 'لما') return undefined;
  else if ((head === foldKey('حسبما') || head === foldKey('بحسبما')) && TRANSMIT.has(at(i + 1))) words = 2;
  return { words, prefix, sourceFollows: true };
}
