/**
 * The date grammar rule by rule, continued (src/core/assist/dates/grammar.ts): numeric dates,
 * months with and without their year, years and ranges of years, bare years after a
 * preposition, qualified months and periods (منتصف، أواخر), periods named by their year, two
 * weekdays together, and the relative words (أمس، اليوم، غدا، a weekday) with the phrasing
 * in which they are names rather than dates. Document date: Sunday 11 February 2024.
 */
import { checkAll, checkRows } from './support/dateRows';

describe('date grammar: numeric dates', () => {
  it('reads day/month/year and year/month/day with any one separator, Hijri by range or suffix', () => {
    checkRows([
      ['انتهى. 11.2.2024 صدر', '11.2.2024', '2024-02-11', 'g', 'day', false, 'numeric'],
      // The full stop that ends the sentence is not part of the date.
      ['صدر في 11.2.2024. ثم', '11.2.2024', '2024-02-11', 'g', 'day', false, 'numeric'],
      ['صدر في 11/2/2024. ثم', '11/2/2024', '2024-02-11', 'g', 'day', false, 'numeric'],
      ['في 11-2-2024 صدر', '11-2-2024', '2024-02-11', 'g', 'day', false, 'numeric'],
      ['في 2024/2/11 صدر', '2024/2/11', '2024-02-11', 'g', 'day', false, 'numeric'],
      ['في 5/11/1436 صدر', '5/11/1436', '1436-11-05', 'h', 'day', false, 'numeric'],
      ['في 5/11/1436هـ صدر', '5/11/1436هـ', '1436-11-05', 'h', 'day', false, 'numeric'],
      ['في 5/11/1436 وهـ صدر', '5/11/1436', '1436-11-05', 'h', 'day', false, 'numeric'],
      ['في 30/2/1436 صدر', '30/2/1436', '1436-02-30', 'h', 'day', false, 'numeric'],
      ['في 5/11/1300 صدر', '5/11/1300', '1300-11-05', 'h', 'day', false, 'numeric'],
      ['في 5/11/1500 صدر', '5/11/1500', '1500-11-05', 'h', 'day', false, 'numeric'],
      ['في 5/11/1800 صدر', '5/11/1800', '1800-11-05', 'g', 'day', false, 'numeric'],
      ['في 5/11/2200 صدر', '5/11/2200', '2200-11-05', 'g', 'day', false, 'numeric'],
    ]);
  });

  it('reads nothing in longer runs of numbers, mixed separators, short years or days that do not exist', () => {
    checkAll([
      ['في 1/2/3/2015 صدر', []],
      ['في 1.2.2015.5 صدر', []],
      ['في 11/2/2024/ ثم', []],
      ['في 11/2-2024 صدر', []],
      ['في 11/2.2024 صدر', []],
      ['في 11,2,2024 صدر', []],
      ['في 11 2 2024 صدر', []],
      ['رقم 5 11/2/2024 صدر', []],
      ['في 111/2/2024 صدر', []],
      ['في 11/2/24 صدر', []],
      ['في 31/2/2015 صدر', []],
      ['في 13/13/2015 صدر', []],
      // Outside both calendars' years.
      ['في 5/11/1299 صدر', []],
      ['في 5/11/1501 صدر', []],
      ['في 5/11/1799 صدر', []],
      ['في 5/11/2201 صدر', []],
      ['في 2024/2/111 صدر', [['2024', '2024', 'year']]],
    ]);
  });
});

describe('date grammar: months', () => {
  it('reads a month with its year, in the English order too, and a year in the other calendar without a value', () => {
    checkRows([
      ['في رمضان 2015 ارتفعت', 'رمضان 2015', undefined, 'h', 'month', false, 'month-year-mixed'],
      ['في مارس 1436 هـ', 'مارس 1436 هـ', undefined, 'g', 'month', false, 'month-year-mixed'],
      ['في مارس من عام 2015', 'مارس من عام 2015', '2015-03', 'g', 'month', false, 'month-year'],
      ['في أغسطس 3, 2015 قال', 'أغسطس 3, 2015', '2015-08-03', 'g', 'day', false, 'month-day-year'],
      ['في أغسطس 31, 2015 قال', 'أغسطس 31, 2015', '2015-08-31', 'g', 'day', false, 'month-day-year'],
    ]);
    checkAll([
      ['في فبراير 30, 2015 قال', [['فبراير', '2024-02', 'month']]],
      ['في أغسطس 123, 2015 قال', [['أغسطس', '2023-08', 'month']]],
      ['في أغسطس 3, 15 قال', [['أغسطس', '2023-08', 'month']]],
      // A bare number after من is not the month's year.
      ['في مارس من 2015', []],
    ]);
  });

  it('reads months of one year as an interval, only forwards and in one calendar', () => {
    checkRows([
      ['في يناير - مارس 2015', 'يناير - مارس 2015', '2015-01/2015-03', 'g', 'interval', false, 'range-months'],
      ['من يناير إلى مارس 2015', 'يناير إلى مارس 2015', '2015-01/2015-03', 'g', 'interval', false, 'range-months'],
      ['من محرم إلى صفر 1437 هـ', 'محرم إلى صفر 1437 هـ', '1437-01/1437-02', 'h', 'interval', false, 'range-months'],
    ]);
    checkAll([
      ['من مارس إلى يناير 2015', [['يناير 2015', '2015-01', 'month-year']]],
      ['من مارس إلى مارس 2015', [['مارس 2015', '2015-03', 'month-year']]],
      ['من يناير إلى رمضان 1436 هـ', [['يناير', '2024-01', 'month'], ['رمضان 1436 هـ', '1436-09', 'month-year']]],
      ['من يناير إلى مارس', [['يناير', '2024-01', 'month']]],
    ]);
  });

  it('takes a Gregorian month\'s year from العام الماضي or هذا العام, never from a month', () => {
    checkRows([
      ['في نوفمبر من العام الماضي', 'نوفمبر من العام الماضي', '2023-11', 'g', 'month', true, 'month-relative-year'],
      ['في نوفمبر العام الماضي', 'نوفمبر العام الماضي', '2023-11', 'g', 'month', true, 'month-relative-year'],
      ['في نوفمبر هذا العام', 'نوفمبر هذا العام', '2024-11', 'g', 'month', true, 'month-relative-year'],
    ]);
    checkAll([
      ['في رمضان من العام الماضي', [['العام الماضي', '2023', 'relative-period']]],
      ['في نوفمبر من الشهر الماضي', [['نوفمبر', '2023-11', 'month'], ['الشهر الماضي', '2024-01', 'relative-period']]],
    ]);
  });

  it('reads a month alone when it cannot be a word, or when شهر, a qualifier or a direction marks it', () => {
    checkRows([
      ['في مايو قال', 'مايو', '2024-05', 'g', 'month', true, 'month'],
      ['في نوفمبر قال', 'نوفمبر', '2023-11', 'g', 'month', true, 'month'],
      ['في مايو الماضي', 'مايو الماضي', '2023-05', 'g', 'month', true, 'month'],
      ['في شهر مارس', 'مارس', '2024-03', 'g', 'month', true, 'month'],
      ['في مارس الماضي', 'مارس الماضي', '2023-03', 'g', 'month', true, 'month'],
      ['منتصف مارس', 'منتصف مارس', '2024-03', 'g', 'month', true, 'qualified-month'],
      ['أواخر رمضان', 'أواخر رمضان', undefined, 'h', 'month', true, 'qualified-month'],
      ['في رمضان الماضي', 'رمضان الماضي', undefined, 'h', 'month', true, 'month'],
      ['في شهر رمضان الماضي', 'رمضان الماضي', undefined, 'h', 'month', true, 'month'],
    ]);
    // مارس is also "he practised"; شهر رمضان alone is the season.
    checkAll([['مارس الرئيس ضغوطا', []], ['في مارس قال', []], ['في شهر رمضان', []]]);
  });
});

describe('date grammar: years', () => {
  it('reads a year with its cue or suffix, and two years as an interval', () => {
    checkRows([
      ['في عام 2024 قال', 'عام 2024', '2024', 'g', 'year', false, 'year'],
      ['في 2024م قال', '2024م', '2024', 'g', 'year', false, 'year'],
      ['في 1436 هـ قال', '1436 هـ', '1436', 'h', 'year', false, 'year'],
      ['عام 500 هـ قال', 'عام 500 هـ', '0500', 'h', 'year', false, 'year'],
      ['عام 1000 قال', 'عام 1000', '1000', 'g', 'year', false, 'year'],
      ['عام 2100 قال', 'عام 2100', '2100', 'g', 'year', false, 'year'],
      ['في 1435/1436هـ', '1435/1436هـ', '1435/1436', 'h', 'interval', false, 'range-years'],
      ['في 1435-1436 هـ', '1435-1436 هـ', '1435/1436', 'h', 'interval', false, 'range-years'],
      ['في 2014/2015 م', '2014/2015 م', '2014/2015', 'g', 'interval', false, 'range-years'],
      ['بين عامي 2020 و2022 قال', 'عامي 2020 و2022', '2020/2022', 'g', 'interval', false, 'range-years'],
      ['من عام 2011 إلى 2015 قال', 'عام 2011 إلى 2015', '2011/2015', 'g', 'interval', false, 'range-years'],
      ['من عام 2011 إلى عام 2015 قال', 'عام 2011 إلى عام 2015', '2011/2015', 'g', 'interval', false, 'range-years'],
      ['من عام 2011 إلى 2015م قال', 'عام 2011 إلى 2015م', '2011/2015', 'g', 'interval', false, 'range-years'],
      ['من عام 1801 إلى 2000 قال', 'عام 1801 إلى 2000', '1801/2000', 'g', 'interval', false, 'range-years'],
      ['من عام 1435 إلى 1437 هـ قال', 'عام 1435 إلى 1437 هـ', '1435/1437', 'h', 'interval', false, 'range-years'],
    ]);
  });

  it('does not join years that are not consecutive, run backwards or lie centuries apart', () => {
    checkAll([
      ['في 1435/1437هـ', [['1437هـ', '1437', 'year']]],
      ['في 2014/2015', [['2014', '2014', 'year']]],
      ['في 1435/1436 صدر', []],
      ['من عام 2015 إلى 2011 قال', [['عام 2015', '2015', 'year']]],
      ['من عام 1800 إلى 2015 قال', [['عام 1800', '1800', 'year']]],
      ['من عام 1800 إلى 2000 قال', [['عام 1800', '1800', 'year']]],
      ['من عام 2011 إلى 2011 قال', [['عام 2011', '2011', 'year']]],
      ['عام 999 قال', []],
      ['عام 2101 قال', []],
    ]);
  });

  it('reads a bare year only after a preposition of time, or after such a year and و', () => {
    checkRows([
      ['تراجعت منذ 2011 ثم', '2011', '2011', 'g', 'year', false, 'year'],
      ['تراجعت ومنذ 2011 ثم', '2011', '2011', 'g', 'year', false, 'year'],
      ['تراجعت فمنذ 2011 ثم', '2011', '2011', 'g', 'year', false, 'year'],
      ['بحلول 2020 قال', '2020', '2020', 'g', 'year', false, 'year'],
      ['في 1900 قال', '1900', '1900', 'g', 'year', false, 'year'],
      ['في 2099 قال', '2099', '2099', 'g', 'year', false, 'year'],
      ['في 2009 و15 قال', '2009', '2009', 'g', 'year', false, 'year'],
    ]);
    checkAll([
      ['في 1924 و1925 و1929 قال', [['1924 و1925', '1924/1925', 'range-years'], ['1929', '1929', 'year']]],
      ['بلغ 2011 شخصا', []],
      ['بلغ 1924 و1925 قال', []],
      ['نمت في 2013% قال', []],
      ['نمت في 2013٪ قال', []],
      ['في 1899 قال', []],
      ['في 2100 قال', []],
    ]);
  });
});

describe('date grammar: qualified months and periods', () => {
  it('reads منتصف، مطلع، نهاية، أواخر before a month, a year or a period', () => {
    checkRows([
      ['مطلع 2020 قال', 'مطلع 2020', '2020', 'g', 'year', false, 'qualified-year'],
      ['منتصف شهر مارس', 'منتصف شهر مارس', '2024-03', 'g', 'month', true, 'qualified-month'],
      ['أواخر عام 2015', 'أواخر عام 2015', '2015', 'g', 'year', false, 'qualified-year'],
      ['نهاية شهر مارس 2015', 'نهاية شهر مارس 2015', '2015-03', 'g', 'month', false, 'qualified-month-year'],
      ['منتصف الشهر الجاري', 'منتصف الشهر الجاري', '2024-02', 'g', 'month', true, 'qualified-relative-period'],
      ['أواخر الشهر الماضي', 'أواخر الشهر الماضي', '2024-01', 'g', 'month', true, 'qualified-relative-period'],
      ['منتصف الشهر', 'منتصف الشهر', '2024-02', 'g', 'month', true, 'qualified-period'],
      ['نهاية العام', 'نهاية العام', '2024', 'g', 'year', true, 'qualified-period'],
      ['ونهاية العام', 'نهاية العام', '2024', 'g', 'year', true, 'qualified-period'],
    ]);
    checkAll([['نهاية العام الدراسي', []], ['منتصف الأسبوع', []], ['منتصف ولاية', []]]);
  });
});

describe('date grammar: periods', () => {
  it('reads the last, this and the next week, month and year', () => {
    checkRows([
      ['الأسبوع الماضي قال', 'الأسبوع الماضي', '2024-02-04/2024-02-10', 'g', 'interval', true, 'relative-period'],
      ['الأسبوع المقبل قال', 'الأسبوع المقبل', '2024-02-18/2024-02-24', 'g', 'interval', true, 'relative-period'],
      ['الشهر المقبل قال', 'الشهر المقبل', '2024-03', 'g', 'month', true, 'relative-period'],
      ['العام المقبل قال', 'العام المقبل', '2025', 'g', 'year', true, 'relative-period'],
      ['خلال هذا الشهر قال', 'هذا الشهر', '2024-02', 'g', 'month', true, 'relative-period'],
      ['خلال وهذا الشهر قال', 'هذا الشهر', '2024-02', 'g', 'month', true, 'relative-period'],
      ['خلال العام المالي الحالي قال', 'العام المالي الحالي', '2024', 'g', 'year', true, 'relative-period'],
    ]);
    checkAll([['خلال هذا العام المالي قال', []], ['خلال العام المالي قال', []], ['خلال هذه الأيام', []]]);
  });

  it('reads a year named after its period by the number, Hijri below 1600 or by suffix', () => {
    checkRows([
      ['خلال العام المالي الماضي 1435 هـ', 'العام المالي الماضي 1435 هـ', '1435', 'h', 'year', false, 'period-year'],
      ['خلال العام المالي 1435', 'العام المالي 1435', '1435', 'h', 'year', false, 'period-year'],
      ['خلال العام الماضي 2014م قال', 'العام الماضي 2014م', '2014', 'g', 'year', false, 'period-year'],
      ['خلال العام الدراسي 2014/2015 قال', 'العام الدراسي 2014/2015', '2014/2015', 'g', 'interval', false, 'period-year'],
      ['خلال العام المالي 2015 قال', 'العام المالي 2015', '2015', 'g', 'year', false, 'period-year'],
      ['خلال العام المالي 2014/2015 قال', 'العام المالي 2014/2015', '2014/2015', 'g', 'interval', false, 'period-year'],
      ['خلال العام الجامعي 1435/1436هـ قال', 'العام الجامعي 1435/1436هـ', '1435/1436', 'h', 'interval', false, 'period-year'],
      // Two years that do not follow each other: the first alone.
      ['خلال العام الدراسي 2014/2016 قال', 'العام الدراسي 2014', '2014', 'g', 'year', false, 'period-year'],
      ['خلال العام الهجري 1435/1436 قال', 'العام الهجري 1435/1436', '1435/1436', 'h', 'interval', false, 'period-year'],
    ]);
  });
});

describe('date grammar: weekdays and relative days', () => {
  it('reads two weekdays named together with a direction as an interval', () => {
    checkRows([
      ['في يومي الجمعة والسبت المقبلين قال', 'الجمعة والسبت المقبلين', '2024-02-16/2024-02-17', 'g', 'interval', true, 'relative-weekdays'],
      ['في يومي الجمعة و السبت الماضيين قال', 'الجمعة و السبت الماضيين', '2024-02-09/2024-02-10', 'g', 'interval', true, 'relative-weekdays'],
    ]);
    checkAll([
      ['في يومي الجمعة والسبت الحاليين قال', [['السبت', '2024-02-10', 'relative-weekday']]],
      ['في يومي الجمعة والسبت قال', [['السبت', '2024-02-10', 'relative-weekday']]],
      ['في يومي الجمعة السبت المقبلين قال', [['السبت المقبلين', '2024-02-17', 'relative-weekday']]],
    ]);
  });

  it('reads أمس، اليوم، غدا with the weekday written after them', () => {
    checkRows([
      ['وصلت أمس رحلتان', 'أمس', '2024-02-10', 'g', 'day', true, 'relative-day'],
      ['وصلت أمس الخميس رحلتان', 'أمس الخميس', '2024-02-08', 'g', 'day', true, 'relative-day', '2024-02-09'],
      ['تبدأ غدا في الرياض', 'غدا', '2024-02-12', 'g', 'day', true, 'relative-day'],
      ['تبدأ غدا الاثنين في الرياض', 'غدا الاثنين', '2024-02-12', 'g', 'day', true, 'relative-day'],
      ['تبدأ يوم غد في الرياض', 'غد', '2024-02-12', 'g', 'day', true, 'relative-day'],
      ['تبدأ غد الاثنين في الرياض', 'غد الاثنين', '2024-02-12', 'g', 'day', true, 'relative-day'],
      ['نشرت اليوم أن', 'اليوم', '2024-02-11', 'g', 'day', true, 'relative-day'],
      ['نشرت اليوم الأحد أن', 'اليوم الأحد', '2024-02-11', 'g', 'day', true, 'relative-day'],
      ['ظل طوال اليوم الأحد', 'اليوم الأحد', '2024-02-11', 'g', 'day', true, 'relative-day'],
    ]);
    checkAll([['وصلت أمس والخميس رحلتان', [['أمس', '2024-02-10', 'relative-day'], ['الخميس', '2024-02-08', 'relative-weekday']]]]);
  });

  it('reads no date in اليوم as "the day" or a newspaper\'s name', () => {
    checkAll([
      ['طوال اليوم قال', []], ['صحيفة اليوم قال', []], ['لصحيفة اليوم قال', []],
      ['في اليوم الوطني قال', []], ['في اليوم الأول قال', []], ['اليوم نفسه قال', []], ['بدأ اليوم الدراسي', []],
    ]);
  });

  it('reads a weekday alone with its direction, but not in صلاة الجمعة and its kin', () => {
    checkRows([
      ['يوم الجمعة قال', 'الجمعة', '2024-02-09', 'g', 'day', true, 'relative-weekday'],
      ['الأحد المقبل قال', 'الأحد المقبل', '2024-02-18', 'g', 'day', true, 'relative-weekday'],
      ['الأحد الماضي قال', 'الأحد الماضي', '2024-02-04', 'g', 'day', true, 'relative-weekday'],
      ['وقال الأحد إن', 'الأحد', '2024-02-11', 'g', 'day', true, 'relative-weekday'],
    ]);
    // الأحد عشر is "the eleven", أيام السبت "on Saturdays".
    checkAll([['صلاة الجمعة قال', []], ['خطبة الجمعة قال', []], ['مسجد الجمعة', []], ['تفتح أيام السبت', []],
      ['اختار المدرب اللاعبين الأحد عشر', []]]);
  });
});
