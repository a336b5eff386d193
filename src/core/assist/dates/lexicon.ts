import { normalizeForMatching } from '../../text/normalize';

/**
 * The words the date recogniser knows, written as `normalizeForMatching` folds them (alef
 * forms → ا, ى → ي, hamza carriers → ء, no diacritics or tatweel), so one entry covers
 * أبريل / إبريل / ابريل and غداً / غدا.
 */

export interface MonthWord {
  kind: 'month';
  calendar: 'gregorian' | 'hijri';
  month: number;
  /**
   * The word is also an everyday word or a name (مارس "practised", آب "father", صفر "zero",
   * رمضان a first name…): it is a month only with a day, a year, a second month name or a cue.
   */
  ambiguous: boolean;
  /** The first word of a two-word name (كانون الثاني, ربيع الأول): the second word → month. */
  second?: ReadonlyMap<string, number>;
}

export interface SimpleWord {
  kind: 'weekday' | 'yearCue' | 'yearSuffix' | 'monthCue' | 'relDay' | 'period' | 'direction' | 'qualifier' | 'ordinal' | 'this';
  /** weekday: 0 = Sunday; relDay: days from the document date; ordinal: the number; yearSuffix: 1 hijri, 0 gregorian; direction: -1, 0, +1; period: 0 week, 1 month, 2 year; qualifier: 0 start, 1 middle, 2 end. */
  n: number;
}

export type LexWord = MonthWord | SimpleWord;

/** Keys go in folded, as the text will be (الفائت → الفاءت, جمادى → جمادي). */
class FoldedMap extends Map<string, LexWord> {
  override set(key: string, value: LexWord): this {
    return super.set(normalizeForMatching(key).text, value);
  }
}

const lexicon = new FoldedMap();

function gregorian(month: number, words: string, ambiguous = ''): void {
  for (const w of words.split(' ')) lexicon.set(w, { kind: 'month', calendar: 'gregorian', month, ambiguous: false });
  for (const w of ambiguous.split(' ').filter(Boolean)) lexicon.set(w, { kind: 'month', calendar: 'gregorian', month, ambiguous: true });
}

// Egyptian/Gulf (transliterated), Maghreb (French and Moroccan forms), Levantine/Iraqi (Syriac).
gregorian(1, 'يناير ينايير جانفي');
gregorian(2, 'فبراير فبرائر فبرير فيفري شباط');
gregorian(3, 'اذار', 'مارس');
gregorian(4, 'ابريل افريل', 'نيسان');
gregorian(5, 'مايو ايار', 'ماي');
gregorian(6, 'يونيو يونيه حزيران', 'جوان');
gregorian(7, 'يوليو يوليه يوليوز جويلية جويليه', 'تموز');
gregorian(8, 'اغسطس اغشت', 'اب اوت غشت');
gregorian(9, 'سبتمبر شتنبر ايلول');
gregorian(10, 'اكتوبر');
gregorian(11, 'نوفمبر نونبر');
gregorian(12, 'ديسمبر دجنبر');
lexicon.set('تشرين', { kind: 'month', calendar: 'gregorian', month: 0, ambiguous: false, second: new Map([['الاول', 10], ['الثاني', 11], ['اول', 10], ['ثاني', 11]]) });
lexicon.set('كانون', { kind: 'month', calendar: 'gregorian', month: 0, ambiguous: false, second: new Map([['الاول', 12], ['الثاني', 1], ['اول', 12], ['ثاني', 1]]) });

function hijri(month: number, words: string, ambiguous = ''): void {
  for (const w of words.split(' ').filter(Boolean)) lexicon.set(w, { kind: 'month', calendar: 'hijri', month, ambiguous: false });
  for (const w of ambiguous.split(' ').filter(Boolean)) lexicon.set(w, { kind: 'month', calendar: 'hijri', month, ambiguous: true });
}
hijri(1, '', 'محرم');
hijri(2, '', 'صفر');
hijri(7, '', 'رجب');
hijri(8, '', 'شعبان');
hijri(9, '', 'رمضان');
hijri(10, 'شوال');
// ذو القعدة written as one word, as some copy has it.
hijri(11, 'ذوالقعدة ذيالقعدة');
hijri(12, 'ذوالحجة ذيالحجة');
lexicon.set('ربيع', { kind: 'month', calendar: 'hijri', month: 0, ambiguous: false, second: new Map([['الاول', 3], ['الاخر', 4], ['الثاني', 4], ['الاخير', 4]]) });
const jumada = new Map([['الاولي', 5], ['الاول', 5], ['الاخرة', 6], ['الاخر', 6], ['الثانية', 6], ['الاخيرة', 6], ['الثاني', 6]]);
lexicon.set('جمادي', { kind: 'month', calendar: 'hijri', month: 0, ambiguous: false, second: jumada });
lexicon.set('جماد', { kind: 'month', calendar: 'hijri', month: 0, ambiguous: false, second: jumada });
const dhu = new Map([['القعدة', 11], ['القعده', 11], ['الحجة', 12], ['الحجه', 12]]);
for (const w of ['ذو', 'ذي', 'ذا']) lexicon.set(w, { kind: 'month', calendar: 'hijri', month: 0, ambiguous: false, second: dhu });

function simple(kind: SimpleWord['kind'], n: number, words: string): void {
  for (const w of words.split(' ')) lexicon.set(w, { kind, n });
}
simple('weekday', 0, 'الاحد');
simple('weekday', 1, 'الاثنين الاتنين');
simple('weekday', 2, 'الثلاثاء الثلاثا');
simple('weekday', 3, 'الاربعاء الاربعا');
simple('weekday', 4, 'الخميس');
simple('weekday', 5, 'الجمعة');
simple('weekday', 6, 'السبت');
simple('yearCue', 0, 'عام العام سنة السنة عامي');
simple('yearSuffix', 1, 'ه هجري هجرية هجريا للهجرة');
simple('yearSuffix', 0, 'م ميلادي ميلادية ميلاديا للميلاد');
simple('monthCue', 0, 'شهر شهري');
simple('relDay', 0, 'اليوم');
simple('relDay', -1, 'امس الامس البارحة');
simple('relDay', 1, 'غدا غد');
simple('period', 0, 'الاسبوع');
simple('period', 1, 'الشهر');
simple('period', 2, 'العام السنة');
simple('direction', -1, 'الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق المنقضي الماضيين الماضيتين');
simple('direction', 1, 'المقبل المقبلة القادم القادمة المقبلين المقبلتين القادمين');
simple('direction', 0, 'الجاري الجارية الحالي الحالية');
simple('this', 0, 'هذا هذه');
simple('qualifier', 0, 'مطلع اوائل بداية بدايات مستهل اول');
simple('qualifier', 1, 'منتصف اواسط');
simple('qualifier', 2, 'اواخر نهاية اخر اخير');
simple('ordinal', 1, 'الاول');
simple('ordinal', 2, 'الثاني');
simple('ordinal', 3, 'الثالث');
simple('ordinal', 4, 'الرابع');
simple('ordinal', 5, 'الخامس');
simple('ordinal', 6, 'السادس');
simple('ordinal', 7, 'السابع');
simple('ordinal', 8, 'الثامن');
simple('ordinal', 9, 'التاسع');
simple('ordinal', 10, 'العاشر');
simple('ordinal', 1, 'الحادي');
simple('ordinal', 20, 'العشرين');
simple('ordinal', 30, 'الثلاثين');

// `العام` and `السنة` are periods here (العام الماضي) and year cues too (العام 2015): the
// grammar reads a period of years as a year cue (`isYearCue`).

const longestKey = Math.max(...[...lexicon.keys()].map((k) => k.length));

/** Prefixes written together with the next word: conjunctions and prepositions. */
const PREFIXES = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

export interface LexHit {
  word: LexWord;
  /** Units of the normalised word that are an attached prefix (left out of the span). */
  prefix: number;
}

/** The entry for a normalised word, looking through an attached prefix (وفبراير، بعام، للعام). */
export function lookup(word: string): LexHit | undefined {
  // Most words of a text are longer than any entry with its prefixes: one comparison.
  if (word.length > longestKey + 3) return undefined;
  const exact = lexicon.get(word);
  if (exact) return { word: exact, prefix: 0 };
  // لل + word: the preposition ل before ال drops the alef (للعام = ل + العام).
  if (word.startsWith('لل') || word.startsWith('ولل') || word.startsWith('فلل')) {
    const p = word.indexOf('لل');
    const hit = lexicon.get('ا' + word.slice(p + 1));
    if (hit) return { word: hit, prefix: p + 1 };
  }
  for (const p of PREFIXES) {
    if (word.length > p.length + 1 && word.startsWith(p)) {
      const hit = lexicon.get(word.slice(p.length));
      if (hit) return { word: hit, prefix: p.length };
    }
  }
  return undefined;
}

/** A word that announces a year: عام، سنة، عامي، and العام / السنة. */
export function isYearCue(word: LexWord | undefined): boolean {
  return word !== undefined && (word.kind === 'yearCue' || (word.kind === 'period' && word.n === 2));
}
