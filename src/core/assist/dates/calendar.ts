/**
 * Calendar arithmetic for date values: ISO strings, days in a month, weekdays, and moving a
 * day by whole days. Gregorian only (relative expressions resolve against a Gregorian
 * document date); Hijri values keep the numbers the text gives and need none of this.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoYear = (y: number): string => pad(y, 4);
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const isoDay = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** The day of an ISO day string (`2024-02-11`), undefined when it is not one. */
export function parseIsoDay(iso: string | undefined): Ymd | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  // Stryker disable next-line StringLiteral: daysIn treats every calendar but 'hijri' as Gregorian, so an empty name is the same
  return validDay(ymd.y, ymd.m, ymd.d, 'gregorian') ? ymd : undefined;
}

/** Days in a Gregorian month; a Hijri month has 29 or 30, so 30 is the bound there. */
export function daysIn(y: number, m: number, calendar: 'gregorian' | 'hijri'): number {
  if (calendar === 'hijri') return 30;
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(y: number, m: number, d: number, calendar: 'gregorian' | 'hijri'): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m, calendar);
}

/** The day `days` days after `day` (negative: before). */
export function addDays(day: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Ymd): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

export const dayIso = (day: Ymd): string => isoDay(day.y, day.m, day.d);

/** The month `months` months after (y, m). */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + months;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}
