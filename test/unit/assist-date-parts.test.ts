/**
 * The pieces of a date expression (src/core/assist/dates/dateParts.ts), seen through the
 * recogniser: two names of one month (slash, dash, parentheses, side by side) and when they
 * are not one month; a year's cue, suffix and bounds, and which calendar a bare year fits;
 * a day in digits or as an ordinal (الخامس عشر، الحادي والثلاثين) and what is not a day;
 * range links. Document date: Sunday 11 February 2024.
 */
import { checkAll, checkRows } from './support/dateRows';

describe('date parts: two names of one month', () => {
  it('joins them by a slash, a dash, parentheses on either side or nothing, and the pair is never a word', () => {
    checkRows([
      ['في مارس/آذار قال', 'مارس/آذار', '2024-03', 'g', 'month', true, 'month'],
      ['في مارس (آذار) قال', 'مارس (آذار)', '2024-03', 'g', 'month', true, 'month'],
      ['في (آذار) مارس قال', '(آذار) مارس', '2024-03', 'g', 'month', true, 'month'],
      ['في مارس آذار قال', 'مارس آذار', '2024-03', 'g', 'month', true, 'month'],
      ['في فبراير-شباط 2024', 'فبراير-شباط 2024', '2024-02', 'g', 'month', false, 'month-year'],
      ['في فبراير - شباط 2024', 'فبراير - شباط 2024', '2024-02', 'g', 'month', false, 'month-year'],
      ['في مايو أيار 2018', 'مايو أيار 2018', '2018-05', 'g', 'month', false, 'month-year'],
    ]);
  });

  it('does not join months of two calendars, two different months, or a name after و', () => {
    checkAll([
      ['في 11 (رمضان) فبراير 2024', [['فبراير 2024', '2024-02', 'month-year']]],
      ['في مارس/رمضان 2015', [['رمضان 2015', undefined, 'month-year-mixed']]],
      ['في مارس (آذار 2015', [['آذار 2015', '2015-03', 'month-year']]],
      ['في فبراير-2024 قال', [['فبراير', '2024-02', 'month']]],
      ['في مايو وأيار 2018', [['مايو', '2024-05', 'month'], ['أيار 2018', '2018-05', 'month-year']]],
      ['في يونيو يوليو 2015', [['يونيو', '2023-06', 'month'], ['يوليو 2015', '2015-07', 'month-year']]],
    ]);
  });
});

describe('date parts: years', () => {
  it('reads a bare year after a month in the calendar its size says (Hijri below 1600)', () => {
    checkRows([
      ['في رمضان 1436 قال', 'رمضان 1436', '1436-09', 'h', 'month', false, 'month-year'],
      ['في مارس 1600 قال', 'مارس 1600', '1600-03', 'g', 'month', false, 'month-year'],
    ]);
  });

  it('needs four digits without a suffix, and stays between year 1 and 2200', () => {
    checkRows([
      ['عام 215 هـ قال', 'عام 215 هـ', '0215', 'h', 'year', false, 'year'],
      ['عام 1 هـ قال', 'عام 1 هـ', '0001', 'h', 'year', false, 'year'],
      ['عام 2200 هـ قال', 'عام 2200 هـ', '2200', 'h', 'year', false, 'year'],
    ]);
    checkAll([
      ['عام 20155 قال', []],
      ['عام 215 قال', []],
      ['عام 2201 هـ قال', []],
      ['عام 0 هـ قال', []],
      // م2 is square metres, not the Gregorian suffix.
      ['مساحة 2015 م2 قال', []],
    ]);
  });
});

describe('date parts: days', () => {
  it('reads days in digits from 1 to 31 only', () => {
    checkAll([
      ['في 0 مارس 2015', [['مارس 2015', '2015-03', 'month-year']]],
      ['في 00 مارس 2015', [['مارس 2015', '2015-03', 'month-year']]],
      ['في 32 مارس 2015', [['مارس 2015', '2015-03', 'month-year']]],
      // Without a year no later check would catch them: the month alone is read.
      ['في 32 مايو قال', [['مايو', '2024-05', 'month']]],
      ['في 0 مايو قال', [['مايو', '2024-05', 'month']]],
    ]);
  });

  it('reads ordinal days from الأول to الحادي والثلاثين, each with من before the month', () => {
    checkRows([
      ['الأول من مارس 2015', 'الأول من مارس 2015', '2015-03-01', 'g', 'day', false, 'day-month-year'],
      ['العاشر من مارس 2015', 'العاشر من مارس 2015', '2015-03-10', 'g', 'day', false, 'day-month-year'],
      ['الخامس عشر من مارس 2015', 'الخامس عشر من مارس 2015', '2015-03-15', 'g', 'day', false, 'day-month-year'],
      ['الثامن عشرة من مارس 2015', 'الثامن عشرة من مارس 2015', '2015-03-18', 'g', 'day', false, 'day-month-year'],
      ['التاسع عشر من مارس 2015', 'التاسع عشر من مارس 2015', '2015-03-19', 'g', 'day', false, 'day-month-year'],
      ['العشرين من مارس 2015', 'العشرين من مارس 2015', '2015-03-20', 'g', 'day', false, 'day-month-year'],
      ['الثاني والعشرين من مارس 2015', 'الثاني والعشرين من مارس 2015', '2015-03-22', 'g', 'day', false, 'day-month-year'],
      ['الحادي والثلاثين من مارس 2015', 'الحادي والثلاثين من مارس 2015', '2015-03-31', 'g', 'day', false, 'day-month-year'],
    ]);
    checkAll([
      ['التاسع والثلاثين من مارس 2015', [['مارس 2015', '2015-03', 'month-year']]],
      ['الحادي من مارس 2015', [['مارس 2015', '2015-03', 'month-year']]],
      ['الأول مارس 2015', [['مارس 2015', '2015-03', 'month-year']]],
      ['التاسع والثلاثين من مايو قال', [['مايو', '2024-05', 'month']]],
      ['الحادي من مايو قال', [['مايو', '2024-05', 'month']]],
    ]);
  });
});

describe('date parts: range links', () => {
  it('links two years by a range word or mark only', () => {
    checkAll([['عام 2011 ثم 2015 قال', [['عام 2011', '2011', 'year']]]]);
  });
});
