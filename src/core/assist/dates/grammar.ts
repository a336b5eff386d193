/**
 * The date grammar over the token stream: at each token, the longest date expression that
 * starts there, then on past its end. Each rule looks a few tokens ahead at most, so the
 * whole pass is linear in the text.
 *
 * Span rules (what a researcher tagging a date takes): the whole expression, weekday and
 * both month names included (`الأحد 11 فبراير/شباط 2024`, `مارس (آذار) 2009`), year cues
 * and suffixes included (`عام 2024`, `1436 هـ`), `الموافق` between a weekday and its date
 * included; left out: attached prefixes (و ب ل ف ك), prepositions written apart (في، منذ،
 * من، بين), `يوم` and `شهر` before a weekday or month, and trailing punctuation.
 */
import { isoDay, isoMonth, isoYear, validDay } from './calendar';
import { fits } from './dateParts';
import { PUNCT } from './dateTokens';
import { relativePeriod, yearlessValue } from './relative';
import { RelativeRules, type Found } from './relativeRules';

export type { Found } from './relativeRules';

/** Kinds of year between العام and its number (العام المالي 1435). */
const YEAR_KINDS = new Set(['المالي', 'الدراسي', 'الجامعي', 'الهجري', 'الميلادي', 'الرياضي']);
/** Prepositions that make a bare four-digit number a year (في 2013، منذ 2011، بحلول 2020). */
const YEAR_PREPOSITIONS = new Set(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'بحلول', 'مطلع', 'اواخر', 'اوائل', 'نهاية', 'بداية', 'منتصف', 'عن']);

export class DateGrammar extends RelativeRules {

  /** All expressions, in order, none overlapping. */
  all(): Found[] {
    const out: Found[] = [];
    let i = 0;
    while (i < this.t.length) {
      const f = this.at(i);
      if (f) {
        out.push(f);
        i = f.to;
      } else i++;
    }
    return out;
  }

  /** The expression starting at token i, if any. */
  at(i: number): Found | undefined {
    return this.relativeSpecial(i) ?? this.withWeekday(i) ?? this.dayMonth(i, i) ?? this.numeric(i)
      ?? this.monthYear(i, i) ?? this.years(i, i) ?? this.qualified(i) ?? this.relative(i);
  }

  // ---- rules ----------------------------------------------------------------------------

  /** الأحد 11 فبراير، الأحد، 11 فبراير، الأحد الموافق 11 فبراير. */
  private withWeekday(i: number): Found | undefined {
    const w = this.lex(i);
    if (w?.kind !== 'weekday') return undefined;
    let j = i + 1;
    if (this.mark(j, ',')) j++;
    if (this.word(j) === 'الموافق') j++;
    const date = this.dayMonth(j, i) ?? this.numeric(j);
    if (!date) return undefined;
    return { ...date, from: i, skip: this.skipOf(i), rule: `weekday-${date.rule}` };
  }

  /** 11 فبراير/شباط 2024، 7-8 أغسطس 2023، من 7 إلى 9 أغسطس، 26 شوال 1436 هـ، 7 أكتوبر الماضي. */
  private dayMonth(i: number, from: number, nested = false): Found | undefined {
    const first = this.day(i);
    if (!first) return undefined;
    let k = first.end;
    let second: { d: number; end: number } | undefined;
    // من 2 إلى 5 / 11 / 1436 هـ: a first day before a full numeric date.
    if (this.rangeLink(k) && this.num(i) !== undefined) {
      const last = this.numeric(k + 1);
      if (last?.value !== undefined && Number(last.value.slice(8)) > first.d) {
        const start = `${last.value.slice(0, 8)}${String(first.d).padStart(2, '0')}`;
        return { ...last, from, skip: this.skipOf(from), value: `${start}/${last.value}`, precision: 'interval', rule: 'range-days' };
      }
    }
    if (this.rangeLink(k)) {
      second = this.day(k + 1);
      if (second) k = second.end;
    }
    if (this.word(k) === 'من' && this.num(k - 1) !== undefined) k++;
    if (this.lex(k)?.kind === 'monthCue' && this.skipOf(k) === 0) k++;
    if (this.word(k - 1) === 'من') {
      // A range that runs backwards (من 20 إلى 10 من الشهر الماضي) is no interval, as below.
      if (second && second.d <= first.d) return undefined;
      const precision = second ? 'interval' : 'day';
      const same = this.sameMonth(k);
      if (same !== undefined) return { from, skip: this.skipOf(from), to: same, calendar: 'gregorian', precision, relative: true, rule: 'day-same-month' };
      const p = this.period(k);
      if (p && p.precision === 'month') {
        const ym = p.value;
        const iso = (d: number): string | undefined => (ym === undefined || !validDay(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), d, 'gregorian') ? undefined : `${ym}-${String(d).padStart(2, '0')}`);
        const a = iso(first.d);
        const b = second ? iso(second.d) : undefined;
        const value = second ? (a && b ? `${a}/${b}` : undefined) : a;
        return { from, skip: this.skipOf(from), to: p.to, value, calendar: 'gregorian', precision, relative: true, rule: 'day-relative-month' };
      }
    }
    const group = this.monthGroup(k);
    if (!group) return undefined;
    const { month, calendar } = group;
    k = group.end;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equal when from === i, and withWeekday, the one caller with from !== i, sets skip itself.
    const skip = from === i ? this.skipOf(i) : this.skipOf(from);
    // Across months: 30 يونيو إلى 2 يوليو 2015.
    // (Not from inside another range: a chain of ranges is read pairwise, in linear time.)
    if (!second && !nested && this.rangeLink(k)) {
      const end = this.dayMonth(k + 1, k + 1, true);
      if (end && end.precision === 'day' && end.calendar === calendar && (end.value === undefined || end.relative)) {
        // 4 شوال إلى 6 ذو القعدة، 30 يونيو إلى 2 يوليو الماضي: without a year of their own.
        const e = end.value === undefined ? undefined : { y: Number(end.value.slice(0, 4)), m: Number(end.value.slice(5, 7)) };
        const start = e && validDay(month > e.m ? e.y - 1 : e.y, month, first.d, calendar) ? isoDay(month > e.m ? e.y - 1 : e.y, month, first.d) : undefined;
        return { from, skip, to: end.to, value: start && end.value ? `${start}/${end.value}` : undefined, calendar, precision: 'interval', relative: true, rule: 'range-days' };
      }
      if (end && end.precision === 'day' && end.calendar === calendar && end.value !== undefined && !end.relative) {
        const y = Number(end.value.slice(0, 4));
        if (validDay(y, month, first.d, calendar)) {
          const start = isoDay(month > Number(end.value.slice(5, 7)) ? y - 1 : y, month, first.d);
          return { from, skip, to: end.to, value: `${start}/${end.value}`, calendar, precision: 'interval', relative: false, rule: 'range-days' };
        }
      }
    }
    const written = this.year(k, true);
    const year = fits(written, calendar);
    if (written && !year) return { from, skip, to: written.end, calendar, precision: second ? 'interval' : 'day', relative: false, rule: 'day-month-year-mixed' };
    if (year) {
      if (!validDay(year.y, month, first.d, calendar) || (second && !validDay(year.y, month, second.d, calendar))) return undefined;
      const a = isoDay(year.y, month, first.d);
      if (second) {
        if (second.d <= first.d) return undefined;
        return { from, skip, to: year.end, value: `${a}/${isoDay(year.y, month, second.d)}`, calendar, precision: 'interval', relative: false, rule: 'range-days' };
      }
      return { from, skip, to: year.end, value: a, calendar, precision: 'day', relative: false, rule: 'day-month-year' };
    }
    // 15 يوليو هذا العام، 3 مارس من العام الماضي: the year from the document date.
    const yearPeriod = calendar === 'gregorian' ? this.period(this.word(k) === 'من' ? k + 1 : k) : undefined;
    if (yearPeriod && yearPeriod.precision === 'year' && yearPeriod.relative) {
      const y = yearPeriod.value === undefined ? undefined : Number(yearPeriod.value);
      const iso = (d: number): string | undefined => (y !== undefined && validDay(y, month, d, 'gregorian') ? isoDay(y, month, d) : undefined);
      const a = iso(first.d);
      const b = second ? iso(second.d) : undefined;
      const value = second ? (a && b ? `${a}/${b}` : undefined) : a;
      return { from, skip, to: yearPeriod.to, value, calendar, precision: second ? 'interval' : 'day', relative: true, rule: second ? 'range-days' : 'day-month' };
    }
    // Without a year: resolved against the document date (Gregorian only).
    const dir = this.direction(k);
    const to = dir === null ? k : k + 1;
    const direction = dir === null ? undefined : dir;
    const resolve = (d: number): string | undefined => (calendar === 'gregorian' ? yearlessValue(this.doc, month, d, direction) : undefined);
    if (second) {
      if (second.d <= first.d) return undefined;
      const a = resolve(first.d);
      const b = resolve(second.d);
      return { from, skip, to, value: a && b ? `${a}/${b}` : undefined, calendar, precision: 'interval', relative: true, rule: 'range-days' };
    }
    if (first.d > 30 && month === 2) return undefined;
    return { from, skip, to, value: resolve(first.d), calendar, precision: 'day', relative: true, rule: 'day-month' };
  }

  /** نفس الشهر، الشهر نفسه، ذات الشهر: the month named just before (its value is not resolved). */
  private sameMonth(i: number): number | undefined {
    const w = this.word(i);
    if ((w === 'نفس' || w === 'ذات') && this.word(i + 1) === 'الشهر') return i + 2;
    if (w === 'الشهر' && (this.word(i + 1) === 'نفسه' || this.word(i + 1) === 'ذاته')) return i + 2;
    return undefined;
  }

  /** 11/2/2024، 2024-02-11، 15/9/1436 هـ. */
  private numeric(i: number): Found | undefined {
    const a = this.num(i);
    // Not the tail of a longer run of numbers (1/2/3/2015, 1.2.2015.5); a full stop ending the sentence before is fine.
    if (a === undefined || (this.mark(i - 1, '/-.') && this.num(i - 2) !== undefined) || this.num(i - 1) !== undefined) return undefined;
    const sep = this.t[i + 1];
    if (!sep || sep.kind !== PUNCT || !'/-.'.includes(sep.text)) return undefined;
    const b = this.num(i + 2);
    if (b === undefined || !this.mark(i + 3, sep.text)) return undefined;
    const c = this.num(i + 4);
    // A full stop after 11.2.2024 ends the sentence; after 1.2.2015 it goes on to a number (1.2.2015.5).
    if (c === undefined || (sep.text !== '.' && this.mark(i + 5, sep.text)) || (this.mark(i + 5, '.') && this.num(i + 6) !== undefined)) return undefined;
    let y: number, m: number, d: number;
    if (a.length === 4 && b.length <= 2 && c.length <= 2) [y, m, d] = [Number(a), Number(b), Number(c)];
    else if (c.length === 4 && a.length <= 2 && b.length <= 2) [y, m, d] = [Number(c), Number(b), Number(a)];
    else return undefined;
    const suffix = this.lex(i + 5);
    const hasSuffix = suffix?.kind === 'yearSuffix' && this.skipOf(i + 5) === 0;
    const hijri = hasSuffix ? suffix.n === 1 : y >= 1300 && y <= 1500;
    if (!hijri && (y < 1800 || y > 2200)) return undefined;
    const calendar = hijri ? 'hijri' : 'gregorian';
    if (!validDay(y, m, d, calendar)) return undefined;
    return { from: i, skip: 0, to: hasSuffix ? i + 6 : i + 5, value: isoDay(y, m, d), calendar, precision: 'day', relative: false, rule: 'numeric' };
  }

  /** فبراير/شباط 2024، مارس (آذار) 2009، يناير الماضي، and a month alone when unambiguous. */
  private monthYear(i: number, from: number): Found | undefined {
    const group = this.monthGroup(i);
    if (!group) return undefined;
    const { month, calendar } = group;
    const skip = this.skipOf(from);
    const written = this.year(group.end, true) ?? (this.word(group.end) === 'من' ? this.year(group.end + 1, false) : undefined);
    const year = fits(written, calendar);
    // رمضان 2015: one expression, but no ISO value in either calendar.
    if (written && !year) return { from, skip, to: written.end, calendar, precision: 'month', relative: false, rule: 'month-year-mixed' };
    if (year) {
      return { from, skip, to: year.end, value: isoMonth(year.y, month), calendar, precision: 'month', relative: false, rule: 'month-year' };
    }
    // أغسطس 3, 2015 (the English order, in some agency copy).
    const d = this.num(group.end);
    if (d !== undefined && d.length <= 2 && this.mark(group.end + 1, ',')) {
      const y = this.year(group.end + 2, true);
      if (y && validDay(y.y, month, Number(d), calendar)) {
        return { from, skip, to: y.end, value: isoDay(y.y, month, Number(d)), calendar, precision: 'day', relative: false, rule: 'month-day-year' };
      }
    }
    // يناير - فبراير 2015، من يناير إلى مارس 2015: months of one year.
    if (this.rangeLink(group.end)) {
      const last = this.monthGroup(group.end + 1);
      const y = last ? this.year(last.end, true) : undefined;
      if (last && y && last.calendar === calendar && last.month > month) {
        return { from, skip, to: y.end, value: `${isoMonth(y.y, month)}/${isoMonth(y.y, last.month)}`, calendar, precision: 'interval', relative: false, rule: 'range-months' };
      }
    }
    // نوفمبر من العام الماضي: the year from the document date.
    if (calendar === 'gregorian') {
      const p = this.period(this.word(group.end) === 'من' ? group.end + 1 : group.end);
      if (p && p.precision === 'year' && p.relative) {
        const value = p.value === undefined ? undefined : isoMonth(Number(p.value), month);
        return { from, skip, to: p.to, value, calendar, precision: 'month', relative: true, rule: 'month-relative-year' };
      }
    }
    const dir = this.direction(group.end);
    const before = this.lex(i - 1);
    // شهر رمضان alone is the season, not a date; شهر مارس is the month of this year.
    const cued = (before?.kind === 'monthCue' && calendar === 'gregorian') || before?.kind === 'qualifier' || from !== i;
    if (group.ambiguous && dir === null && !cued) return undefined;
    const direction = dir === null ? undefined : dir;
    const value = calendar === 'gregorian' ? yearlessValue(this.doc, month, undefined, direction) : undefined;
    return { from, skip, to: dir === null ? group.end : group.end + 1, value, calendar, precision: 'month', relative: true, rule: 'month' };
  }

  /** عام 2024، 2024م، 1436 هـ، بين عامي 2020 و2022، من عام 2011 إلى 2015. */
  private years(i: number, from: number): Found | undefined {
    // 1435/1436هـ: a Hijri year straddling two (the school or fiscal year).
    const lead = this.num(i);
    if (lead?.length === 4 && this.mark(i + 1, '/-')) {
      const next = this.year(i + 2, false);
      if (next && next.y === Number(lead) + 1 && next.hijri !== undefined) {
        return { from, skip: this.skipOf(from), to: next.end, value: `${lead}/${isoYear(next.y)}`, calendar: next.hijri ? 'hijri' : 'gregorian', precision: 'interval', relative: false, rule: 'range-years' };
      }
    }
    const first = this.year(i, this.bareYearCued(i));
    if (!first) return undefined;
    const skip = this.skipOf(from);
    const calendar = first.hijri === true ? 'hijri' : 'gregorian';
    if (this.rangeLink(first.end)) {
      const k = first.end + 1;
      const second = this.year(k, true) ?? this.year(k + (this.num(k) === undefined ? 0 : -1), false);
      if (second && second.y > first.y && second.y - first.y < 200) {
        return { from, skip, to: second.end, value: `${isoYear(first.y)}/${isoYear(second.y)}`, calendar: second.hijri === true ? 'hijri' : calendar, precision: 'interval', relative: false, rule: 'range-years' };
      }
    }
    if (first.hijri === undefined && (first.y < 1000 || first.y > 2100)) return undefined;
    return { from, skip, to: first.end, value: isoYear(first.y), calendar, precision: 'year', relative: false, rule: 'year' };
  }

  /**
   * Whether a bare four-digit number at i reads as a year: after a preposition of time
   * (في 2013، منذ 2011) or after such a year and `و` (في 2009 و2010).
   */
  private bareYearCued(i: number, depth = 0): boolean {
    const digits = this.num(i);
    if (digits === undefined || digits.length !== 4 || Number(digits) < 1900 || Number(digits) > 2099) return false;
    const next = this.t[i + 1];
    if (next && next.kind === PUNCT && '%٪'.includes(next.text)) return false;
    const before = this.word(i - 1);
    if (before === undefined) return false;
    if (YEAR_PREPOSITIONS.has(before) || YEAR_PREPOSITIONS.has(before.replace(/^[وف]/, ''))) return true;
    const prior = this.num(i - 2);
    // A list of years (في 1924 و1925 و1929) is followed back a few steps only, to stay linear.
    return before === 'و' && depth < 8 && prior !== undefined && prior.length === 4 && this.bareYearCued(i - 2, depth + 1);
  }

  /** منتصف الشهر، مطلع الشهر الجاري، أواخر عام 2015، منتصف تشرين الأول/أكتوبر. */
  private qualified(i: number): Found | undefined {
    const w = this.lex(i);
    if (w?.kind !== 'qualifier') return undefined;
    let j = i + 1;
    if (this.lex(j)?.kind === 'monthCue') j++;
    const inner = this.monthYear(j, j) ?? this.years(j, j) ?? this.period(j);
    if (inner) return { ...inner, from: i, skip: this.skipOf(i), rule: `qualified-${inner.rule}` };
    // منتصف الشهر / نهاية العام alone: the current month or year.
    const p = this.lex(j);
    const adjective = this.word(j + 1)?.startsWith('ال') === true;
    if (p?.kind === 'period' && p.n > 0 && this.skipOf(j) === 0 && !adjective) {
      return { from: i, skip: this.skipOf(i), to: j + 1, value: relativePeriod(this.doc, p.n, 0), calendar: 'gregorian', precision: p.n === 1 ? 'month' : 'year', relative: true, rule: 'qualified-period' };
    }
    return undefined;
  }

  /**
   * الشهر الماضي، العام المقبل، الأسبوع الماضي، هذا العام; and a year named by a period
   * and its number (العام الماضي 2014م، العام المالي الماضي 1435 هـ، العام الجامعي 2014/2015),
   * whose value is the number.
   */
  private period(i: number): Found | undefined {
    let j = i;
    const self = this.lex(i)?.kind === 'this';
    if (self) j++;
    const p = this.lex(j);
    if (p?.kind !== 'period' || (self && this.skipOf(j) !== 0)) return undefined;
    let k = j + 1;
    const kindOfYear = p.n === 2 && YEAR_KINDS.has(this.word(k) ?? '');
    if (kindOfYear) k++;
    const dir = self ? 0 : this.direction(k);
    if (dir !== null && !self) k++;
    if (p.n === 2) {
      const named = this.namedYear(k);
      if (named) return { ...named, from: i, skip: this.skipOf(i) };
    }
    if (dir === null || (kindOfYear && self)) return undefined;
    const precision = p.n === 0 ? 'interval' : p.n === 1 ? 'month' : 'year';
    return { from: i, skip: this.skipOf(i), to: k, value: relativePeriod(this.doc, p.n, dir), calendar: 'gregorian', precision, relative: true, rule: 'relative-period' };
  }

  /** The number after العام (…): a year, or two years running (2014/2015، 1435/1436هـ). */
  private namedYear(k: number): Found | undefined {
    const lead = this.num(k);
    if (lead?.length === 4 && this.mark(k + 1, '/-')) {
      const next = this.year(k + 2, true);
      if (next && next.y === Number(lead) + 1) {
        const calendar = next.hijri === true || (next.hijri === undefined && next.y < 1600) ? 'hijri' : 'gregorian';
        return { from: k, skip: 0, to: next.end, value: `${lead}/${isoYear(next.y)}`, calendar, precision: 'interval', relative: false, rule: 'period-year' };
      }
    }
    const y = this.year(k, true);
    if (!y) return undefined;
    const calendar = y.hijri === true || (y.hijri === undefined && y.y < 1600) ? 'hijri' : 'gregorian';
    return { from: k, skip: 0, to: y.end, value: isoYear(y.y), calendar, precision: 'year', relative: false, rule: 'period-year' };
  }

  /** أمس، اليوم، غدا, a weekday alone or two together (RelativeRules), else the periods. */
  private relative(i: number): Found | undefined {
    const w = this.lex(i);
    if (w?.kind === 'relDay' || w?.kind === 'weekday') return this.relativeWord(i, w);
    return this.period(i);
  }
}
