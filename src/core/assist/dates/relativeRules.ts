/**
 * The date rules that count from the document's day: أول أمس، بعد غد، أمس، اليوم، غدا (with a
 * weekday after them or not), a weekday alone, and two weekdays named together. DateGrammar
 * (grammar.ts) builds on them with the calendar dates, numeric dates, years and periods.
 */
import type { Ymd } from './calendar';
import { DateParts } from './dateParts';
import type { Token } from './dateTokens';
import type { SimpleWord } from './lexicon';
import { relativeDay, relativeWeekday } from './relative';

export interface Found {
  /** First token, units of its attached prefix to leave out, and the token after the last. */
  from: number;
  skip: number;
  to: number;
  value?: string;
  calendar: 'gregorian' | 'hijri';
  precision: 'day' | 'month' | 'year' | 'interval';
  relative: boolean;
  rule: string;
}

/** Words before a weekday that make it a name, not a date (صلاة الجمعة، أيام السبت). */
const NOT_BEFORE_WEEKDAY = new Set(['صلاة', 'صلاه', 'خطبة', 'خطيب', 'خطب', 'ايام', 'الايام', 'يومي', 'صلوات', 'جمعة', 'مسجد', 'جامع', 'سوق']);
/** Words before اليوم that make it "the day" or a name (طوال اليوم، صحيفة اليوم). */
const NOT_TODAY_BEFORE = new Set(['مدار', 'طوال', 'طيلة', 'عين', 'صحيفة', 'جريدة', 'لصحيفة', 'لجريدة', 'نهاية', 'بداية', 'ذلك', 'ذات', 'نفس', 'هذا']);
/** Words after اليوم that make it "the day" rather than "today" (اليوم الوطني، اليوم الأول). */
const NOT_TODAY_AFTER = new Set(['الوطني', 'العالمي', 'الدولي', 'التالي', 'الاخير', 'الموعود', 'المفتوح', 'الواحد', 'السابق', 'الختامي',
  'الاخر', 'العربي', 'الخليجي', 'الرياضي', 'الثقافي', 'التعريفي', 'التاريخي', 'الكامل', 'نفسه', 'ذاته', 'الذي', 'الثامن', 'الاول', 'الثاني',
  'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'التاسع', 'العاشر', 'الدراسي', 'المفتوح', 'العالمية', 'الطويل', 'المشهود']);
export class RelativeRules extends DateParts {
  constructor(
    t: readonly Token[],
    protected readonly doc: Ymd | undefined,
  ) {
    super(t);
  }

  /** أول أمس، أول من أمس، بعد غد. */
  protected relativeSpecial(i: number): Found | undefined {
    const w = this.word(i);
    if (w === undefined) return undefined;
    const bare = w.replace(/^[وف]/, '');
    const skip = w.length - bare.length;
    if (bare === 'اول') {
      const j = this.word(i + 1) === 'من' ? i + 2 : i + 1;
      if (this.word(j) === 'امس') {
        const withDay = this.lex(j + 1)?.kind === 'weekday' && this.skipOf(j + 1) === 0;
        return this.relDay(i, skip, withDay ? j + 2 : j + 1, -2, 'relative-day');
      }
    }
    if (bare === 'امس' && this.word(i + 1) === 'الاول') {
      const withDay = this.lex(i + 2)?.kind === 'weekday' && this.skipOf(i + 2) === 0;
      return this.relDay(i, skip, withDay ? i + 3 : i + 2, -2, 'relative-day');
    }
    if (bare === 'بعد' && this.word(i + 1) === 'غد') {
      const withDay = this.lex(i + 2)?.kind === 'weekday' && this.skipOf(i + 2) === 0;
      return this.relDay(i, skip, withDay ? i + 3 : i + 2, 2, 'relative-day');
    }
    return undefined;
  }

  protected relDay(from: number, skip: number, to: number, days: number, rule: string): Found {
    return { from, skip, to, value: relativeDay(this.doc, days), calendar: 'gregorian', precision: 'day', relative: true, rule };
  }

  /** يومي الجمعة والسبت المقبلين: two days named together, past or next, as an interval. */
  private weekdayPair(i: number): Found | undefined {
    const a = this.lex(i);
    if (a?.kind !== 'weekday') return undefined;
    let j = i + 1;
    if (this.word(j) === 'و') j++;
    const b = this.lex(j);
    const joined = j > i + 1 || this.skipOf(j) === 1;
    if (b?.kind !== 'weekday' || !joined) return undefined;
    const dir = this.direction(j + 1);
    if (dir === null || dir === 0) return undefined;
    const first = relativeWeekday(this.doc, a.n, dir);
    const last = relativeWeekday(this.doc, b.n, dir);
    const value = first && last ? `${first}/${last}` : undefined;
    return { from: i, skip: this.skipOf(i), to: j + 2, value, calendar: 'gregorian', precision: 'interval', relative: true, rule: 'relative-weekdays' };
  }

  /** أمس، اليوم، غدا (with a weekday after them or not), or a weekday alone: `w` is token i's word, of kind relDay or weekday. */
  protected relativeWord(i: number, w: SimpleWord): Found | undefined {
    if (w.kind === 'relDay') {
      const next = this.lex(i + 1);
      const withDay = next?.kind === 'weekday' && this.skipOf(i + 1) === 0;
      if (this.t[i]!.text.endsWith('غد') && !withDay && this.word(i - 1) !== 'يوم') return undefined;
      if (w.n === 0 && !withDay) {
        const before = this.word(i - 1);
        if (before !== undefined && NOT_TODAY_BEFORE.has(before)) return undefined;
        const after = this.word(i + 1);
        if (after !== undefined && NOT_TODAY_AFTER.has(after)) return undefined;
      }
      return this.relDay(i, this.skipOf(i), withDay ? i + 2 : i + 1, w.n, 'relative-day');
    }
    const pair = this.weekdayPair(i);
    if (pair) return pair;
    const before = this.word(i - 1);
    if (before !== undefined && NOT_BEFORE_WEEKDAY.has(before)) return undefined;
    const after = this.word(i + 1);
    if (after === 'عشر' || after === 'عشرة') return undefined;
    const dir = this.direction(i + 1);
    const direction = dir === null ? undefined : dir;
    return { from: i, skip: this.skipOf(i), to: dir === null ? i + 1 : i + 2, value: relativeWeekday(this.doc, w.n, direction), calendar: 'gregorian', precision: 'day', relative: true, rule: 'relative-weekday' };
  }
}
