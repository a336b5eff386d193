/**
 * The arithmetic behind a date's ISO value: the calendar (valid days, leap years, weekdays,
 * month and day steps) and the resolution of relative expressions against the document's
 * date (أمس، الأحد الماضي، الشهر المقبل، ٧ أكتوبر الماضي), day by day around the edges a
 * researcher would check by hand: the same weekday, the same month, year ends, 29 February.
 */
import * as assert from 'assert';
import { addDays, addMonths, daysIn, isoDay, isoMonth, isoYear, parseIsoDay, validDay, weekdayOf, type Ymd } from '../../src/core/assist/dates/calendar';
import { relativeDay, relativePeriod, relativeWeekday, yearlessValue, type Direction } from '../../src/core/assist/dates/relative';

const day = (iso: string): Ymd => {
  const d = parseIsoDay(iso);
  assert.ok(d, iso);
  return d;
};

describe('dates: calendar arithmetic', () => {
  it('writes ISO values with zero padding', () => {
    assert.strictEqual(isoYear(987), '0987');
    assert.strictEqual(isoMonth(2024, 3), '2024-03');
    assert.strictEqual(isoDay(2024, 3, 7), '2024-03-07');
  });

  it('reads an ISO day only when it is a whole, real Gregorian day', () => {
    assert.deepStrictEqual(parseIsoDay('2024-02-29'), { y: 2024, m: 2, d: 29 });
    for (const bad of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-04-00',
      'x2024-02-11', '2024-02-11x', '24-02-11', '2024-2-11', '']) {
      assert.strictEqual(parseIsoDay(bad), undefined, bad);
    }
    assert.strictEqual(parseIsoDay(undefined), undefined);
  });

  it('knows the length of Gregorian months, leap years included, and bounds a Hijri month at 30', () => {
    assert.deepStrictEqual([2024, 2023, 2100, 2000].map((y) => daysIn(y, 2, 'gregorian')), [29, 28, 28, 29]);
    assert.deepStrictEqual([1, 4, 12].map((m) => daysIn(2024, m, 'gregorian')), [31, 30, 31]);
    assert.deepStrictEqual([2, 12].map((m) => daysIn(1445, m, 'hijri')), [30, 30]);
  });

  it('accepts a day only inside its month and a month only from 1 to 12', () => {
    assert.strictEqual(validDay(2024, 12, 31, 'gregorian'), true);
    assert.strictEqual(validDay(2024, 1, 1, 'gregorian'), true);
    for (const [m, d] of [[0, 10], [13, 10], [2, 30], [2, 0], [4, 31]] as const) {
      assert.strictEqual(validDay(2024, m, d, 'gregorian'), false, `${m}/${d}`);
    }
    // ٣٠ صفر exists in the Hijri bound though 30 February does not.
    assert.strictEqual(validDay(1445, 2, 30, 'hijri'), true);
    for (const [m, d] of [[2, 31], [13, 1], [0, 1], [2, 0]] as const) {
      assert.strictEqual(validDay(1445, m, d, 'hijri'), false, `hijri ${m}/${d}`);
    }
  });

  it('steps days across month, year and leap-day boundaries, both ways', () => {
    assert.deepStrictEqual(addDays(day('2024-02-28'), 1), { y: 2024, m: 2, d: 29 });
    assert.deepStrictEqual(addDays(day('2024-12-31'), 1), { y: 2025, m: 1, d: 1 });
    assert.deepStrictEqual(addDays(day('2024-03-01'), -1), { y: 2024, m: 2, d: 29 });
    assert.deepStrictEqual(addDays(day('2024-01-01'), -1), { y: 2023, m: 12, d: 31 });
  });

  it('numbers weekdays from Sunday (0) to Saturday (6)', () => {
    assert.strictEqual(weekdayOf(day('2024-02-11')), 0);
    assert.strictEqual(weekdayOf(day('2024-10-09')), 3);
    assert.strictEqual(weekdayOf(day('2024-10-12')), 6);
  });

  it('steps months across year ends, both ways', () => {
    assert.deepStrictEqual(addMonths(2024, 12, 1), { y: 2025, m: 1 });
    assert.deepStrictEqual(addMonths(2024, 1, -1), { y: 2023, m: 12 });
    assert.deepStrictEqual(addMonths(2024, 5, 0), { y: 2024, m: 5 });
    assert.deepStrictEqual(addMonths(2024, 11, 14), { y: 2026, m: 1 });
  });
});

// The document is dated Wednesday 9 October 2024.
const DOC = day('2024-10-09');
const SUN = 0;
const WED = 3;
const THU = 4;

describe('dates: relative expressions resolved against the document date', () => {
  it('gives no value at all without a document date', () => {
    assert.strictEqual(relativeDay(undefined, -1), undefined);
    assert.strictEqual(relativeWeekday(undefined, SUN, -1), undefined);
    assert.strictEqual(relativePeriod(undefined, 1, -1), undefined);
    assert.strictEqual(yearlessValue(undefined, 10, 7, -1), undefined);
    assert.strictEqual(yearlessValue(undefined, 10, undefined, undefined), undefined);
  });

  it('أمس، اليوم، غدا: whole days from the document date', () => {
    assert.deepStrictEqual([-1, 0, 1].map((n) => relativeDay(DOC, n)), ['2024-10-08', '2024-10-09', '2024-10-10']);
  });

  it('a weekday alone is the latest on or before the document date', () => {
    assert.deepStrictEqual([SUN, WED, THU].map((w) => relativeWeekday(DOC, w, undefined)), ['2024-10-06', '2024-10-09', '2024-10-03']);
    assert.strictEqual(relativeWeekday(DOC, WED, 0), '2024-10-09');
  });

  it('a weekday with الماضي is strictly before the document date, a week back on the same weekday', () => {
    assert.deepStrictEqual([SUN, WED, THU].map((w) => relativeWeekday(DOC, w, -1)), ['2024-10-06', '2024-10-02', '2024-10-03']);
  });

  it('a weekday with المقبل is strictly after the document date, a week on for the same weekday', () => {
    assert.deepStrictEqual([SUN, WED, THU].map((w) => relativeWeekday(DOC, w, 1)), ['2024-10-13', '2024-10-16', '2024-10-10']);
  });

  it('الأسبوع is Sunday to Saturday around the document date, one back or on with a direction', () => {
    const weeks = ([undefined, 0, -1, 1] as Direction[]).map((d) => relativePeriod(DOC, 0, d));
    assert.deepStrictEqual(weeks, ['2024-10-06/2024-10-12', '2024-10-06/2024-10-12', '2024-09-29/2024-10-05', '2024-10-13/2024-10-19']);
    // A document dated on Sunday starts its own week.
    assert.strictEqual(relativePeriod(day('2024-02-11'), 0, undefined), '2024-02-11/2024-02-17');
  });

  it('الشهر and العام step a month or a year, across year ends', () => {
    assert.deepStrictEqual(([undefined, -1, 1] as Direction[]).map((d) => relativePeriod(DOC, 1, d)), ['2024-10', '2024-09', '2024-11']);
    assert.strictEqual(relativePeriod(day('2024-01-15'), 1, -1), '2023-12');
    assert.strictEqual(relativePeriod(day('2024-12-15'), 1, 1), '2025-01');
    assert.deepStrictEqual(([undefined, -1, 1] as Direction[]).map((d) => relativePeriod(DOC, 2, d)), ['2024', '2023', '2025']);
  });
});

describe('dates: a month or day written without a year', () => {
  it('with الماضي: the latest such date strictly before the document date', () => {
    assert.strictEqual(yearlessValue(DOC, 10, 7, -1), '2024-10-07');
    assert.strictEqual(yearlessValue(DOC, 10, 9, -1), '2023-10-09');
    assert.strictEqual(yearlessValue(DOC, 10, 10, -1), '2023-10-10');
    assert.strictEqual(yearlessValue(DOC, 9, undefined, -1), '2024-09');
    // أكتوبر الماضي written in October is last year's.
    assert.strictEqual(yearlessValue(DOC, 10, undefined, -1), '2023-10');
    assert.strictEqual(yearlessValue(DOC, 11, undefined, -1), '2023-11');
  });

  it('with المقبل: the earliest such date strictly after the document date', () => {
    assert.strictEqual(yearlessValue(DOC, 10, 10, 1), '2024-10-10');
    assert.strictEqual(yearlessValue(DOC, 10, 9, 1), '2025-10-09');
    assert.strictEqual(yearlessValue(DOC, 10, 8, 1), '2025-10-08');
    assert.strictEqual(yearlessValue(DOC, 10, undefined, 1), '2025-10');
    assert.strictEqual(yearlessValue(DOC, 11, undefined, 1), '2024-11');
    assert.strictEqual(yearlessValue(DOC, 9, undefined, 1), '2025-09');
  });

  it('with الجاري: the document year', () => {
    assert.strictEqual(yearlessValue(DOC, 3, undefined, 0), '2024-03');
    assert.strictEqual(yearlessValue(DOC, 1, 5, 0), '2024-01-05');
  });

  it('alone: within three months ahead or nine behind the document date', () => {
    // Nine months behind October is January: that one is read as next January.
    assert.strictEqual(yearlessValue(DOC, 2, undefined, undefined), '2024-02');
    assert.strictEqual(yearlessValue(DOC, 1, undefined, undefined), '2025-01');
    assert.strictEqual(yearlessValue(DOC, 1, 9, undefined), '2025-01-09');
    assert.strictEqual(yearlessValue(DOC, 1, 8, undefined), '2025-01-08');
    assert.strictEqual(yearlessValue(DOC, 1, 10, undefined), '2024-01-10');
    const march = day('2024-03-15');
    assert.strictEqual(yearlessValue(march, 6, undefined, undefined), '2024-06');
    assert.strictEqual(yearlessValue(march, 7, undefined, undefined), '2023-07');
    assert.strictEqual(yearlessValue(march, 6, 15, undefined), '2024-06-15');
    assert.strictEqual(yearlessValue(march, 6, 16, undefined), '2023-06-16');
    assert.strictEqual(yearlessValue(march, 6, 14, undefined), '2024-06-14');
  });

  it('gives no value for a day its resolved year does not have', () => {
    assert.strictEqual(yearlessValue(DOC, 2, 29, undefined), '2024-02-29');
    assert.strictEqual(yearlessValue(day('2023-10-09'), 2, 29, undefined), undefined);
    assert.strictEqual(yearlessValue(DOC, 2, 30, undefined), undefined);
    assert.strictEqual(yearlessValue(DOC, 4, 31, -1), undefined);
  });
});
