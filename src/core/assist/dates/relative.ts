/**
 * Resolving relative expressions against the document's date (an ISO day): أمس، الأحد
 * الماضي، الشهر المقبل، and months or days written without a year (٧ أكتوبر الماضي). Every
 * function returns undefined without a document date: the mention stays, its value does not.
 */
import { addDays, addMonths, dayIso, isoDay, isoMonth, isoYear, validDay, weekdayOf, type Ymd } from './calendar';

/** Direction words: -1 past (الماضي), +1 next (المقبل), 0 current (الجاري), undefined none. */
export type Direction = -1 | 0 | 1 | undefined;

export function relativeDay(doc: Ymd | undefined, days: number): string | undefined {
  return doc ? dayIso(addDays(doc, days)) : undefined;
}

/**
 * A weekday: with الماضي the last such day before the document date, with المقبل the next
 * one after it, alone the most recent on or before it (news speaks of what happened).
 */
export function relativeWeekday(doc: Ymd | undefined, weekday: number, direction: Direction): string | undefined {
  if (!doc) return undefined;
  const today = weekdayOf(doc);
  if (direction === 1) return dayIso(addDays(doc, ((weekday - today + 6) % 7) + 1));
  if (direction === -1) return dayIso(addDays(doc, -(((today - weekday + 6) % 7) + 1)));
  return dayIso(addDays(doc, -((today - weekday + 7) % 7)));
}

/** الأسبوع/الشهر/العام + direction: a week (Sunday to Saturday) as an interval, a month, a year. */
export function relativePeriod(doc: Ymd | undefined, period: number, direction: Direction): string | undefined {
  if (!doc) return undefined;
  const shift = direction ?? 0;
  if (period === 0) {
    const sunday = addDays(doc, -weekdayOf(doc) + 7 * shift);
    return `${dayIso(sunday)}/${dayIso(addDays(sunday, 6))}`;
  }
  if (period === 1) {
    const m = addMonths(doc.y, doc.m, shift);
    return isoMonth(m.y, m.m);
  }
  return isoYear(doc.y + shift);
}

/**
 * The year of a month (and day) written without one: with الماضي the latest such date
 * before the document, with المقبل the earliest after it, otherwise the one within three months ahead or nine behind.
 */
export function yearFor(doc: Ymd | undefined, month: number, day: number | undefined, direction: Direction): number | undefined {
  if (!doc) return undefined;
  const docKey = doc.m * 32 + (day === undefined ? 0 : doc.d);
  const key = month * 32 + (day ?? 0);
  if (direction === -1) return key < docKey ? doc.y : doc.y - 1;
  if (direction === 1) return key > docKey ? doc.y : doc.y + 1;
  if (direction === 0) return doc.y;
  // Neither: news mostly looks back, so up to three months ahead and nine behind.
  const diff = (month - doc.m) + (day === undefined ? 0 : (day - doc.d) / 31);
  if (diff > 3) return doc.y - 1;
  if (diff <= -9) return doc.y + 1;
  return doc.y;
}

export function yearlessValue(doc: Ymd | undefined, month: number, day: number | undefined, direction: Direction): string | undefined {
  const y = yearFor(doc, month, day, direction);
  if (y === undefined) return undefined;
  if (day === undefined) return isoMonth(y, month);
  // Stryker disable next-line StringLiteral: daysIn treats every calendar but 'hijri' as Gregorian, so an empty name is the same
  return validDay(y, month, day, 'gregorian') ? isoDay(y, month, day) : undefined;
}
