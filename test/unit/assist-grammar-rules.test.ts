/**
 * The date grammar rule by rule (src/core/assist/dates/grammar.ts): for each rule, news
 * phrasing that it must read (the exact span a researcher would tag, the ISO value, the
 * calendar, the precision, whether the value came from the document's date, and the rule's
 * name, which the hover shows), and the near misses it must leave alone or read otherwise.
 * Unless a row says otherwise the document is dated Sunday 11 February 2024.
 */
import * as assert from 'assert';
import { checkAll, checkRows, withoutDocumentDate } from './support/dateRows';

describe('date grammar: two days before or after (أول أمس، أمس الأول، بعد غد)', () => {
  it('reads each form, with an attached و or ف left out and a weekday after it taken in', () => {
    checkRows([
      ['وصل أول أمس إلى الرياض', 'أول أمس', '2024-02-09', 'g', 'day', true, 'relative-day'],
      ['وصل وأول أمس إلى الرياض', 'أول أمس', '2024-02-09', 'g', 'day', true, 'relative-day'],
      ['صدر فأول من أمس بيان', 'أول من أمس', '2024-02-09', 'g', 'day', true, 'relative-day'],
      ['أعلن أول أمس الخميس أن', 'أول أمس الخميس', '2024-02-08', 'g', 'day', true, 'relative-day', '2024-02-10'],
      ['قال أول من أمس الخميس إن', 'أول من أمس الخميس', '2024-02-08', 'g', 'day', true, 'relative-day', '2024-02-10'],
      ['عاد أمس الأول الجمعة من', 'أمس الأول الجمعة', '2024-02-09', 'g', 'day', true, 'relative-day'],
      ['عاد وأمس الأول من جدة', 'أمس الأول', '2024-02-09', 'g', 'day', true, 'relative-day'],
      ['تختتم بعد غد الخميس في', 'بعد غد الخميس', '2024-02-15', 'g', 'day', true, 'relative-day', '2024-02-13'],
      ['تختتم وبعد غد في الظهران', 'بعد غد', '2024-02-13', 'g', 'day', true, 'relative-day'],
      ['ينطلق بعد الخميس المقبل', 'الخميس المقبل', '2024-02-15', 'g', 'day', true, 'relative-weekday'],
    ]);
  });

  it('does not take in a weekday joined by و, and reads no date in أول مرة or a bare غد', () => {
    checkAll([
      ['أعلن أول أمس والخميس أن', [['أول أمس', '2024-02-09', 'relative-day'], ['الخميس', '2024-02-08', 'relative-weekday']]],
      ['عاد أمس الأول والجمعة', [['أمس الأول', '2024-02-09', 'relative-day'], ['الجمعة', '2024-02-09', 'relative-weekday']]],
      ['تختتم بعد غد والخميس', [['بعد غد', '2024-02-13', 'relative-day'], ['الخميس', '2024-02-08', 'relative-weekday']]],
      ['يبقى حتى غد في الرياض', []],
      ['لأول مرة في تاريخه', []],
      ['أعلن أول من التقى بهم', []],
    ]);
  });
});

describe('date grammar: a weekday before its date', () => {
  it('takes in the comma and الموافق between them', () => {
    checkRows([
      ['قال يوم الأحد، 11 فبراير 2024 إن', 'الأحد، 11 فبراير 2024', '2024-02-11', 'g', 'day', false, 'weekday-day-month-year'],
      ['قال يوم الأحد الموافق 11 فبراير 2024 إن', 'الأحد الموافق 11 فبراير 2024', '2024-02-11', 'g', 'day', false, 'weekday-day-month-year'],
      ['قال يوم الأحد، الموافق 11/2/2024 إن', 'الأحد، الموافق 11/2/2024', '2024-02-11', 'g', 'day', false, 'weekday-numeric'],
      ['وقع الخميس 5 مارس الماضي', 'الخميس 5 مارس الماضي', '2023-03-05', 'g', 'day', true, 'weekday-day-month'],
      ['وقع الخميس الموافق 1436/11/5هـ', 'الخميس الموافق 1436/11/5هـ', '1436-11-05', 'h', 'day', false, 'weekday-numeric'],
    ]);
  });
});

describe('date grammar: days of a month', () => {
  it('reads a first day before a full numeric date as an interval, only when it comes first', () => {
    checkRows([
      ['خلال الفترة من 2 إلى 5 / 11 / 1436 هـ ثم', '2 إلى 5 / 11 / 1436 هـ', '1436-11-02/1436-11-05', 'h', 'interval', false, 'range-days'],
      ['من 5 إلى 2 / 11 / 1436 هـ ثم', '2 / 11 / 1436 هـ', '1436-11-02', 'h', 'day', false, 'numeric'],
      ['من 5 إلى 5 / 11 / 1436 هـ ثم', '5 / 11 / 1436 هـ', '1436-11-05', 'h', 'day', false, 'numeric'],
      ['من الثاني إلى 5 / 11 / 1436 هـ', '5 / 11 / 1436 هـ', '1436-11-05', 'h', 'day', false, 'numeric'],
    ]);
  });

  it('reads a day of the same month without a value, and a day of the last or next month with one', () => {
    checkRows([
      ['يوم 19 من نفس الشهر', '19 من نفس الشهر', undefined, 'g', 'day', true, 'day-same-month'],
      ['يوم 19 من الشهر نفسه', '19 من الشهر نفسه', undefined, 'g', 'day', true, 'day-same-month'],
      ['يوم 19 من ذات الشهر', '19 من ذات الشهر', undefined, 'g', 'day', true, 'day-same-month'],
      ['يوم 19 من الشهر ذاته', '19 من الشهر ذاته', undefined, 'g', 'day', true, 'day-same-month'],
      ['بين 19 و21 من الشهر نفسه', '19 و21 من الشهر نفسه', undefined, 'g', 'interval', true, 'day-same-month'],
      ['من 15 - 26 من الشهر الحالي', '15 - 26 من الشهر الحالي', '2024-02-15/2024-02-26', 'g', 'interval', true, 'day-relative-month'],
      ['في 15 من الشهر الماضي', '15 من الشهر الماضي', '2024-01-15', 'g', 'day', true, 'day-relative-month'],
      ['في 31 من الشهر الماضي', '31 من الشهر الماضي', '2024-01-31', 'g', 'day', true, 'day-relative-month'],
      ['في 30 من الشهر المقبل', '30 من الشهر المقبل', '2024-03-30', 'g', 'day', true, 'day-relative-month'],
      ['في 15 و16 من الشهر المقبل', '15 و16 من الشهر المقبل', '2024-03-15/2024-03-16', 'g', 'interval', true, 'day-relative-month'],
      ['من 28 إلى 31 من الشهر الماضي', '28 إلى 31 من الشهر الماضي', '2024-01-28/2024-01-31', 'g', 'interval', true, 'day-relative-month'],
      // February 2024 has no 30th, April no 31st: the span stays, the value goes.
      ['في 30 من الشهر الماضي', '30 من الشهر الماضي', undefined, 'g', 'day', true, 'day-relative-month', '2024-03-10'],
      ['من 28 إلى 30 من الشهر الماضي', '28 إلى 30 من الشهر الماضي', undefined, 'g', 'interval', true, 'day-relative-month', '2024-03-10'],
      ['في 31 من الشهر المقبل', '31 من الشهر المقبل', undefined, 'g', 'day', true, 'day-relative-month', '2024-03-10'],
      ['في 15 من شهر مارس 2015', '15 من شهر مارس 2015', '2015-03-15', 'g', 'day', false, 'day-month-year'],
      ['في 15 شهر مارس 2015', '15 شهر مارس 2015', '2015-03-15', 'g', 'day', false, 'day-month-year'],
    ]);
  });

  it('does not read a day of a year, or a day with no month at all', () => {
    checkAll([
      ['في 15 من العام الماضي', [['العام الماضي', '2023', 'relative-period']]],
      ['في 15 من الشهر', []],
      // A range that runs backwards is no interval: only its last day is read.
      ['من 20 إلى 10 من الشهر الماضي', [['10 من الشهر الماضي', '2024-01-10', 'day-relative-month']]],
      ['من 20 إلى 10 من نفس الشهر', [['10 من نفس الشهر', undefined, 'day-same-month']]],
      ['من 10 إلى 10 من الشهر الماضي', [['10 من الشهر الماضي', '2024-01-10', 'day-relative-month']]],
    ]);
  });

  it('reads a range across two months, the first in the year before when the months wrap', () => {
    checkRows([
      ['من 30 يونيو إلى 2 يوليو 2015', '30 يونيو إلى 2 يوليو 2015', '2015-06-30/2015-07-02', 'g', 'interval', false, 'range-days'],
      ['من 30 ديسمبر إلى 2 يناير 2015', '30 ديسمبر إلى 2 يناير 2015', '2014-12-30/2015-01-02', 'g', 'interval', false, 'range-days'],
      ['من 30 ديسمبر إلى 2 يناير الماضي', '30 ديسمبر إلى 2 يناير الماضي', '2023-12-30/2024-01-02', 'g', 'interval', true, 'range-days'],
      ['من 30 يونيو إلى 2 يوليو', '30 يونيو إلى 2 يوليو', '2023-06-30/2023-07-02', 'g', 'interval', true, 'range-days'],
      ['من 4 شوال إلى 6 ذو القعدة', '4 شوال إلى 6 ذو القعدة', undefined, 'h', 'interval', true, 'range-days'],
      ['من 4 شوال إلى 6 ذو القعدة 1436 هـ', '4 شوال إلى 6 ذو القعدة 1436 هـ', '1436-10-04/1436-11-06', 'h', 'interval', false, 'range-days'],
    ]);
  });

  it('does not join days across calendars, across a day that does not exist, or along a chain', () => {
    checkAll([
      ['من 30 فبراير إلى 2 مارس 2015', [['30 فبراير', undefined, 'day-month'], ['2 مارس 2015', '2015-03-02', 'day-month-year']]],
      ['من 30 يونيو إلى 2 رمضان 1436 هـ', [['30 يونيو', '2023-06-30', 'day-month'], ['2 رمضان 1436 هـ', '1436-09-02', 'day-month-year']]],
      ['من 2 إلى 30 يونيو إلى 5 يوليو 2015', [['2 إلى 30 يونيو', '2023-06-02/2023-06-30', 'range-days'], ['5 يوليو 2015', '2015-07-05', 'day-month-year']]],
      ['من 1 يونيو إلى 5 يوليو إلى 9 أغسطس 2015', [['1 يونيو إلى 5 يوليو', '2023-06-01/2023-07-05', 'range-days'], ['9 أغسطس 2015', '2015-08-09', 'day-month-year']]],
    ]);
  });

  it('keeps a day whose year is in the other calendar as one expression without a value', () => {
    checkRows([
      ['في 3 مارس 1436 هـ', '3 مارس 1436 هـ', undefined, 'g', 'day', false, 'day-month-year-mixed'],
      ['في 3 رمضان 2015', '3 رمضان 2015', undefined, 'h', 'day', false, 'day-month-year-mixed'],
      ['في 3 و5 رمضان 2015', '3 و5 رمضان 2015', undefined, 'h', 'interval', false, 'day-month-year-mixed'],
    ]);
  });

  it('drops days that do not exist and ranges that run backwards', () => {
    checkAll([
      ['في 31 فبراير 2015', [['فبراير 2015', '2015-02', 'month-year']]],
      ['في 28 و30 فبراير 2015', [['فبراير 2015', '2015-02', 'month-year']]],
      ['في 5 و3 مارس 2015', [['3 مارس 2015', '2015-03-03', 'day-month-year']]],
      ['في 5 و3 مارس', [['3 مارس', '2024-03-03', 'day-month']]],
      ['في 31 فبراير', [['فبراير', '2024-02', 'month']]],
      ['في 5 و31 أبريل 2015', [['أبريل 2015', '2015-04', 'month-year']]],
      // A range from a day to itself is that day.
      ['في 5 و5 مارس 2015', [['5 مارس 2015', '2015-03-05', 'day-month-year']]],
      ['في 5 و5 مارس', [['5 مارس', '2024-03-05', 'day-month']]],
    ]);
  });

  it('takes the year of a day from هذا العام or العام الماضي, and resolves a day without a year', () => {
    checkRows([
      ['في 15 يوليو هذا العام', '15 يوليو هذا العام', '2024-07-15', 'g', 'day', true, 'day-month'],
      ['في 15 يوليو من العام الماضي', '15 يوليو من العام الماضي', '2023-07-15', 'g', 'day', true, 'day-month'],
      ['في 15 و16 يوليو من العام الماضي', '15 و16 يوليو من العام الماضي', '2023-07-15/2023-07-16', 'g', 'interval', true, 'range-days'],
      ['في 29 فبراير من العام الماضي', '29 فبراير من العام الماضي', undefined, 'g', 'day', true, 'day-month'],
      ['في 29 فبراير هذا العام', '29 فبراير هذا العام', '2024-02-29', 'g', 'day', true, 'day-month'],
      ['في 5 و7 مارس', '5 و7 مارس', '2024-03-05/2024-03-07', 'g', 'interval', true, 'range-days'],
      ['في 5 و7 مارس الماضي', '5 و7 مارس الماضي', '2023-03-05/2023-03-07', 'g', 'interval', true, 'range-days'],
      ['في 30 فبراير', '30 فبراير', undefined, 'g', 'day', true, 'day-month'],
      ['في 5 رمضان', '5 رمضان', undefined, 'h', 'day', true, 'day-month'],
      // One end of the range does not exist: the span stays, the value goes.
      ['في 28 و30 فبراير', '28 و30 فبراير', undefined, 'g', 'interval', true, 'range-days'],
      ['في 28 و30 فبراير من العام الماضي', '28 و30 فبراير من العام الماضي', undefined, 'g', 'interval', true, 'range-days'],
      ['في 31 مارس', '31 مارس', '2024-03-31', 'g', 'day', true, 'day-month'],
      ['من 30 فبراير إلى 2 مارس الماضي', '30 فبراير إلى 2 مارس الماضي', undefined, 'g', 'interval', true, 'range-days'],
    ]);
    // A Hijri day takes no year from a Gregorian هذا العام.
    checkAll([['في 15 رمضان هذا العام', [['15 رمضان', undefined, 'day-month'], ['هذا العام', '2024', 'relative-period']]]]);
  });
});

describe('date grammar: without a document date', () => {
  it('keeps the span of a relative expression and gives it no value', () => {
    for (const [text, span] of [
      ['في يومي الجمعة والسبت المقبلين قال', 'الجمعة والسبت المقبلين'],
      ['في نوفمبر من العام الماضي', 'نوفمبر من العام الماضي'],
      ['في 28 و30 فبراير', '28 و30 فبراير'],
      ['في 15 من الشهر الماضي', '15 من الشهر الماضي'],
      ['في 15 و16 يوليو من العام الماضي', '15 و16 يوليو من العام الماضي'],
    ] as const) {
      assert.deepStrictEqual(withoutDocumentDate(text), [[span, undefined]], text);
    }
  });
});
