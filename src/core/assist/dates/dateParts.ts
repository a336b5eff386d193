/**
 * The pieces a date expression is made of, read from the token stream at a position: a
 * month name or two naming one month, a year with its cue or suffix, a day in digits or as
 * an ordinal, a direction (الماضي، المقبل), a range link. The rules of grammar.ts combine them.
 */
import { NUM, PUNCT, WORD, type Token } from './dateTokens';
import { isYearCue, type LexWord, type MonthWord } from './lexicon';
import type { Direction } from './relative';

export interface MonthGroup {
  month: number;
  calendar: 'gregorian' | 'hijri';
  end: number;
  ambiguous: boolean;
}

export interface YearPart {
  y: number;
  end: number;
  hijri: boolean | undefined;
}
const RANGE_WORDS = new Set(['الي', 'حتي', 'و', 'ولغاية', 'لغاية']);
const RANGE_MARKS = new Set(['-', '–', '—', 'ـ']);

/**
 * The year after a month, if it belongs to the month's calendar: `رمضان 2015` or `مارس 1436 هـ`
 * mix two calendars, so the number is not that month's year.
 */
export function fits(year: YearPart | undefined, calendar: 'gregorian' | 'hijri'): YearPart | undefined {
  if (!year) return undefined;
  const hijri = year.hijri ?? year.y < 1600;
  return hijri === (calendar === 'hijri') ? year : undefined;
}

/** The token stream and the readers of its pieces; DateGrammar adds the rules. */
export class DateParts {
  constructor(protected readonly t: readonly Token[]) {}

  protected lex(i: number): LexWord | undefined {
    const tok = this.t[i];
    return tok && tok.kind === WORD ? tok.lex?.word : undefined;
  }

  protected skipOf(i: number): number {
    return this.t[i]?.lex?.prefix ?? 0;
  }

  protected word(i: number): string | undefined {
    const tok = this.t[i];
    return tok && tok.kind === WORD ? tok.text : undefined;
  }

  protected mark(i: number, marks: string): boolean {
    const tok = this.t[i];
    return tok !== undefined && tok.kind === PUNCT && marks.includes(tok.text);
  }

  protected num(i: number): string | undefined {
    const tok = this.t[i];
    return tok && tok.kind === NUM ? tok.text : undefined;
  }



  protected monthWord(i: number): { m: MonthWord; month: number; end: number } | undefined {
    const w = this.lex(i);
    if (!w || w.kind !== 'month') return undefined;
    if (!w.second) return { m: w, month: w.month, end: i + 1 };
    const next = this.word(i + 1);
    // Stryker disable next-line ConditionalExpression: the map's keys are words, so get(undefined) is undefined too.
    const month = next === undefined ? undefined : w.second.get(next);
    return month === undefined ? undefined : { m: w, month, end: i + 2 };
  }

  /** A month name, or two joined by a slash or parentheses (فبراير/شباط، (شباط) فبراير، مارس (آذار)). */
  protected monthGroup(i: number): MonthGroup | undefined {
    if (this.mark(i, '(')) {
      const inner = this.monthWord(i + 1);
      if (!inner || !this.mark(inner.end, ')')) return undefined;
      const outer = this.monthWord(inner.end + 1);
      if (!outer || outer.m.calendar !== inner.m.calendar) return undefined;
      return { month: outer.month, calendar: outer.m.calendar, end: outer.end, ambiguous: false };
    }
    const first = this.monthWord(i);
    if (!first) return undefined;
    const k = first.end;
    if (this.mark(k, '/\\|')) {
      const second = this.monthWord(k + 1);
      if (second && second.m.calendar === first.m.calendar) return { month: first.month, calendar: first.m.calendar, end: second.end, ambiguous: false };
    }
    if (this.mark(k, '(')) {
      const second = this.monthWord(k + 1);
      if (second && this.mark(second.end, ')') && second.m.calendar === first.m.calendar) {
        return { month: first.month, calendar: first.m.calendar, end: second.end + 1, ambiguous: false };
      }
    }
    if (this.mark(k, '-') && this.t[k + 1]?.kind === WORD) {
      const second = this.monthWord(k + 1);
      if (second && second.m.calendar === first.m.calendar && second.month === first.month) {
        return { month: first.month, calendar: first.m.calendar, end: second.end, ambiguous: false };
      }
    }
    // Two names side by side without a mark (مايو أيار، 2 اغسطس اب): the same month twice.
    const next = this.t[k]?.lex?.prefix === 0 ? this.monthWord(k) : undefined;
    if (next && next.m.calendar === first.m.calendar && next.month === first.month && next.m !== first.m) {
      return { month: first.month, calendar: first.m.calendar, end: next.end, ambiguous: false };
    }
    return { month: first.month, calendar: first.m.calendar, end: k, ambiguous: first.m.ambiguous };
  }

  /**
   * A year at i: `عام 2024`, `2024م`, `1436 هـ`, or (when `bare`, after a month) `2024`.
   * A cue or a suffix is needed otherwise: a lone four-digit number is too often a count.
   */
  protected year(i: number, bare: boolean): YearPart | undefined {
    let j = i;
    const cue = isYearCue(this.lex(j));
    if (cue) j++;
    const digits = this.num(j);
    if (digits === undefined || digits.length > 4) return undefined;
    const suffixWord = this.lex(j + 1);
    const after = this.t[j + 2];
    // م2، م3 (square and cubic metres) are not a year's suffix.
    const metres = after !== undefined && after.kind === NUM && after.start === this.t[j + 1]!.end;
    const suffix = suffixWord?.kind === 'yearSuffix' && this.skipOf(j + 1) === 0 && !metres ? suffixWord : undefined;
    const y = Number(digits);
    if (!cue && !suffix && !(bare && digits.length === 4)) return undefined;
    if (!suffix && digits.length < 4) return undefined;
    if (y < 1 || y > 2200) return undefined;
    return { y, end: suffix ? j + 2 : j + 1, hijri: suffix ? suffix.n === 1 : undefined };
  }

  protected day(i: number): { d: number; end: number } | undefined {
    const digits = this.num(i);
    if (digits !== undefined) {
      const d = Number(digits);
      return digits.length <= 2 && d >= 1 && d <= 31 ? { d, end: i + 1 } : undefined;
    }
    const w = this.lex(i);
    // أول يناير: the first day of the month.
    if (this.word(i) === 'اول' && this.monthWord(i + 1)) return { d: 1, end: i + 1 };
    // الأول من يناير، الثامن عشر من، الحادي والعشرين من: an ordinal day needs `من` before the month.
    if (w?.kind !== 'ordinal' || this.skipOf(i) !== 0) return undefined;
    let d = w.n;
    let j = i + 1;
    const next = this.word(j);
    if (d < 10 && (next === 'عشر' || next === 'عشرة')) {
      d += 10;
      j++;
    } else if (d < 10) {
      const tens = this.t[j]?.lex;
      if (tens && tens.prefix === 1 && next!.startsWith('و') && tens.word.kind === 'ordinal' && (tens.word.n === 20 || tens.word.n === 30)) {
        d += tens.word.n;
        j++;
      }
    }
    if (w.n === 1 && this.word(i) === 'الحادي' && d === 1) return undefined;
    return this.word(j) === 'من' && d <= 31 ? { d, end: j + 1 } : undefined;
  }

  protected direction(i: number): Direction | null {
    const w = this.lex(i);
    return w?.kind === 'direction' && this.skipOf(i) === 0 ? (w.n as Direction) : null;
  }

  protected rangeLink(i: number): boolean {
    const tok = this.t[i];
    if (!tok) return false;
    if (tok.kind === PUNCT) return RANGE_MARKS.has(tok.text);
    return tok.kind === WORD && RANGE_WORDS.has(tok.text);
  }
}
