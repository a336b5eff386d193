/**
 * The date recogniser on real news phrasing: every form the issue lists (Gregorian months in
 * the Egyptian/Gulf, Maghreb and Levantine naming, both together, Hijri months and years,
 * weekdays, numeric dates, ranges, years with a cue, ordinal days, attached prefixes, three
 * digit scripts), the seed article's dates with their values, and the words that look like
 * month names but are not dates here. Phrasing comes from the dev half of the news sample.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dateValueOf, findDates } from '../../src/core/assist/dates/findDates';
import type { DateMention } from '../../src/core/assist/types';

const repo = path.resolve(__dirname, '../../..');
const seed = fs.readFileSync(path.join(repo, 'test/fixtures/seed-article.ar.txt'), 'utf8');

/** The single mention of `text`, failing when there is not exactly one. */
function only(text: string, documentDate?: string): DateMention {
  const found = findDates(text, documentDate === undefined ? {} : { documentDate });
  assert.strictEqual(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0]!;
}

type Row = [text: string, span: string, value: string | undefined, calendar?: 'hijri', precision?: DateMention['precision']];

function checkRows(rows: readonly Row[], documentDate?: string): void {
  for (const [text, span, value, calendar, precision] of rows) {
    const m = only(text, documentDate);
    assert.strictEqual(m.text, span, text);
    assert.strictEqual(m.value, value, text);
    assert.strictEqual(m.calendar, calendar ?? 'gregorian', text);
    if (precision) assert.strictEqual(m.precision, precision, text);
  }
}

describe('dates: the seed article', () => {
  it('finds all six dates with their spans and values (document date 2024-02-11)', () => {
    const found = findDates(seed, { documentDate: '2024-02-11' }).map((m) => [m.text, m.value, m.precision, m.relative]);
    assert.deepStrictEqual(found, [
      ['الأحد', '2024-02-11', 'day', true],
      ['الأحد 11 فبراير/شباط 2024', '2024-02-11', 'day', false],
      ['25 يناير/ كانون الثاني الماضي', '2024-01-25', 'day', true],
      ['7-8 أغسطس/ آب 2023', '2023-08-07/2023-08-08', 'interval', false],
      ['7 أكتوبر/ تشرين الأول الماضي', '2023-10-07', 'day', true],
      ['منتصف تشرين الأول/أكتوبر', '2023-10', 'month', true],
    ]);
  });

  it('leaves relative values empty without a document date, keeps absolute ones', () => {
    const values = findDates(seed).map((m) => m.value);
    assert.deepStrictEqual(values, [undefined, '2024-02-11', undefined, '2023-08-07/2023-08-08', undefined, undefined]);
  });

  it('gives offsets in code points that slice the article to the mention', () => {
    const cps = [...seed];
    for (const m of findDates(seed)) assert.strictEqual(cps.slice(m.start, m.end).join(''), m.text);
  });
});

describe('dates: Gregorian months in every naming system', () => {
  it('Egyptian and Gulf names with their spelling variants', () => {
    checkRows([
      ['وقعت الحادثة في 3 يناير 2015 بالقاهرة', '3 يناير 2015', '2015-01-03'],
      ['حتى 26 فبراير 2016 م.', '26 فبراير 2016 م', '2016-02-26'],
      ['منذ شهر مارس 2009 وهي', 'مارس 2009', '2009-03'],
      ['في 9 إبريل 2015', '9 إبريل 2015', '2015-04-09'],
      ['في 9 ابريل 2015', '9 ابريل 2015', '2015-04-09'],
      ['في 30 يونيه 2015', '30 يونيه 2015', '2015-06-30'],
      ['ثورة 23 يوليه 1952', '23 يوليه 1952', '1952-07-23'],
      ['الموافق 11 اغسطس 2015 م واس', '11 اغسطس 2015 م', '2015-08-11'],
      ['في سبتمبر 2014', 'سبتمبر 2014', '2014-09'],
      ['في أكتوبر 2013 خلال القمة', 'أكتوبر 2013', '2013-10'],
      ['في 4 نوفمبر 2015', '4 نوفمبر 2015', '2015-11-04'],
      ['في 31 ديسمبر 2014', '31 ديسمبر 2014', '2014-12-31'],
    ]);
  });

  it('Moroccan and Algerian/Tunisian names', () => {
    checkRows([
      ['في 3 يوليوز 2015', '3 يوليوز 2015', '2015-07-03'],
      ['يوم 12 غشت 2015', '12 غشت 2015', '2015-08-12'],
      ['منذ 5 شتنبر 2014', '5 شتنبر 2014', '2014-09-05'],
      ['في 20 نونبر 2015', '20 نونبر 2015', '2015-11-20'],
      ['في 1 دجنبر 2015', '1 دجنبر 2015', '2015-12-01'],
      ['في 15 جانفي 2016', '15 جانفي 2016', '2016-01-15'],
      ['خلال فيفري 2015', 'فيفري 2015', '2015-02'],
      ['في 9 أفريل 2015', '9 أفريل 2015', '2015-04-09'],
      ['في 8 ماي 1945', '8 ماي 1945', '1945-05-08'],
      ['في 30 جوان 2015', '30 جوان 2015', '2015-06-30'],
      ['في 5 جويلية 1962', '5 جويلية 1962', '1962-07-05'],
      ['في 20 أوت 1955', '20 أوت 1955', '1955-08-20'],
    ]);
  });

  it('Levantine and Iraqi names, two-word ones included', () => {
    checkRows([
      ['في كانون الثاني 2013', 'كانون الثاني 2013', '2013-01'],
      ['في 14 شباط 2005', '14 شباط 2005', '2005-02-14'],
      ['منذ آذار 2011', 'آذار 2011', '2011-03'],
      ['في 9 نيسان 2003', '9 نيسان 2003', '2003-04-09'],
      ['في 15 أيار 1948', '15 أيار 1948', '1948-05-15'],
      ['في حزيران 2014', 'حزيران 2014', '2014-06'],
      ['في 14 تموز 2015', '14 تموز 2015', '2015-07-14'],
      ['في 2 آب 1990', '2 آب 1990', '1990-08-02'],
      ['في 11 أيلول 2001', '11 أيلول 2001', '2001-09-11'],
      ['في تشرين الأول 2015', 'تشرين الأول 2015', '2015-10'],
      ['في 13 تشرين الثاني 2015', '13 تشرين الثاني 2015', '2015-11-13'],
      ['في كانون الأول 2014', 'كانون الأول 2014', '2014-12'],
    ]);
  });

  it('two names of one month: slash, spaces, parentheses either side, or side by side', () => {
    checkRows([
      ['يوم الأحد 11 فبراير/شباط 2024،', 'الأحد 11 فبراير/شباط 2024', '2024-02-11'],
      ['في 11 فبراير/ شباط 2024', '11 فبراير/ شباط 2024', '2024-02-11'],
      ['في 11 (شباط) فبراير 2024', '11 (شباط) فبراير 2024', '2024-02-11'],
      ['منذ شهر مارس (آذار) 2009.', 'مارس (آذار) 2009', '2009-03'],
      ['في حزيران/ يونيو 2014، سيطر', 'حزيران/ يونيو 2014', '2014-06'],
      ['في يناير (كانون الثاني) 2013، وتم', 'يناير (كانون الثاني) 2013', '2013-01'],
      ['شهري يونيو حزيران 2018', 'يونيو حزيران 2018', '2018-06'],
      ['بالتحفظ عليه (2 اغسطس اب 2015) لكن', '2 اغسطس اب 2015', '2015-08-02'],
    ]);
  });
});

describe('dates: Hijri', () => {
  it('months, years and suffixes keep their Hijri numbers', () => {
    checkRows([
      ['الرياض26 شوال 1436 هـ الموافق', '26 شوال 1436 هـ', '1436-10-26', 'hijri'],
      ['يوم الثلاثاء 13 رمضان 1436هـ.', 'الثلاثاء 13 رمضان 1436هـ', '1436-09-13', 'hijri'],
      ['في 1 ربيع الأول 1437 هـ', '1 ربيع الأول 1437 هـ', '1437-03-01', 'hijri'],
      ['في 20 ربيع الآخر 1437 هـ', '20 ربيع الآخر 1437 هـ', '1437-04-20', 'hijri'],
      ['في 3 ربيع الثاني 1437ه', '3 ربيع الثاني 1437ه', '1437-04-03', 'hijri'],
      ['في 7 جمادى الأولى 1436 هـ', '7 جمادى الأولى 1436 هـ', '1436-05-07', 'hijri'],
      ['غرة جمادى الآخرة 1436 هـ', 'جمادى الآخرة 1436 هـ', '1436-06', 'hijri'],
      ['في 9 ذو الحجة 1436 هجري', '9 ذو الحجة 1436 هجري', '1436-12-09', 'hijri'],
      ['في 5 ذي القعدة 1436هـ', '5 ذي القعدة 1436هـ', '1436-11-05', 'hijri'],
      ['مطلع محرم 1437 هـ', 'مطلع محرم 1437 هـ', '1437-01', 'hijri'],
      ['أطلق عام 1435هـ يلعب', 'عام 1435هـ', '1435', 'hijri'],
      ['عام ١٣٨٢ هـ بأمر من الملك', 'عام ١٣٨٢ هـ', '1382', 'hijri'],
      ['في الفترة من (7-9 محرم) بفندق', '7-9 محرم', undefined, 'hijri'],
      ['خلال الفترة من 4 شوال إلى 6 ذوالقعدة من', '4 شوال إلى 6 ذوالقعدة', undefined, 'hijri', 'interval'],
      // A Hijri month with a Gregorian year: one expression, no value in either calendar.
      ['خلال شهر رمضان 2015 ارتفعت', 'رمضان 2015', undefined, 'hijri', 'month'],
      ['في 5 رمضان 2015', '5 رمضان 2015', undefined, 'hijri', 'day'],
    ]);
  });

  it('a Hijri numeric date, with spaces and the suffix', () => {
    checkRows([
      ['توفيت بتاريخ 26 /9 /1436هـ ثم', '26 /9 /1436هـ', '1436-09-26', 'hijri'],
      ['يوم الخميس ١٢/ ١١ / ١٤٣٦هـ الموافق', 'الخميس ١٢/ ١١ / ١٤٣٦هـ', '1436-11-12', 'hijri'],
      ['تداول يوم الخميس 1436/11/5هـ (حسب', 'الخميس 1436/11/5هـ', '1436-11-05', 'hijri'],
      ['خلال الفترة من 2 إلى 5 / 11 / 1436 هـ , ولمعسكر', '2 إلى 5 / 11 / 1436 هـ', '1436-11-02/1436-11-05', 'hijri', 'interval'],
    ]);
  });
});

describe('dates: years, numeric dates, ranges, ordinals', () => {
  it('years need a cue: عام، سنة، العام، م، هـ، or a preposition of time', () => {
    checkRows([
      ['في دور جون رامبو عام 1982، كناقم', 'عام 1982', '1982', undefined, 'year'],
      ['بلغت 2.4 في المائة 2024م', '2024م', '2024'],
      ['ففي العام 2011 ترشح', 'العام 2011', '2011'],
      ['مقارنة بعام 2013م ،مؤكدا', 'عام 2013م', '2013'],
      ['مقارنة بالعام 2013م.', 'العام 2013م', '2013'],
      ['في سنة 1990 بدأ', 'سنة 1990', '1990'],
      ['منذ أن بدأ نشاطهما في 2013 من تأجير', '2013', '2013'],
      ['تراجعت منذ 2011.', '2011', '2011'],
      ['خلال العام الماضي 2014م بلغ', 'العام الماضي 2014م', '2014'],
      ['للعام الجامعي 2014/2015 فبلغ', 'لعام الجامعي 2014/2015', '2014/2015', undefined, 'interval'],
    ]);
    assert.deepStrictEqual(findDates('بلغ عدد الزوار 2015 زائرا وبيع 1990 كتابا'), []);
    assert.deepStrictEqual(findDates('بمساحة 1500م2 تضم 70 مبسطاً و1000م3/يوم'), []);
  });

  it('numeric dates day-first and year-first, in three digit scripts', () => {
    checkRows([
      ['عادت بتاريخ 22/07/2015، علمًا', '22/07/2015', '2015-07-22'],
      ['تاريخ التوزيع 2015/9/1.', '2015/9/1', '2015-09-01'],
      ['اجتمعوا في 2024-02-11 صباحا', '2024-02-11', '2024-02-11'],
      ['في 11/2/2024', '11/2/2024', '2024-02-11'],
      ['في ٢٢/٠٧/٢٠١٥', '٢٢/٠٧/٢٠١٥', '2015-07-22'],
      ['في ۲۲/۰۷/۲۰۱۵', '۲۲/۰۷/۲۰۱۵', '2015-07-22'],
      ['في ۱۱ فبراير ۲۰۲۴', '۱۱ فبراير ۲۰۲۴', '2024-02-11'],
    ]);
    assert.deepStrictEqual(findDates('قرار رقم (104 / 47) وتاريخ 32/13/2015'), []);
  });

  it('ranges become intervals', () => {
    checkRows([
      ['عقد بواشنطن في 7-8 أغسطس/ آب 2023، وفق', '7-8 أغسطس/ آب 2023', '2023-08-07/2023-08-08', undefined, 'interval'],
      ['زار الغابون من 17 إلى 18 يوليو 2015 بعد', '17 إلى 18 يوليو 2015', '2015-07-17/2015-07-18'],
      ['من 7 إلى 9 أغسطس 2015', '7 إلى 9 أغسطس 2015', '2015-08-07/2015-08-09'],
      ['بين 20 و31 يوليو (تموز) 2015.', '20 و31 يوليو (تموز) 2015', '2015-07-20/2015-07-31'],
      ['من 30 يونيو إلى 2 يوليو 2015', '30 يونيو إلى 2 يوليو 2015', '2015-06-30/2015-07-02'],
      ['خلال الفترة بين عامي 2002 و2012.', 'عامي 2002 و2012', '2002/2012', undefined, 'interval'],
      ['الفترة من عام 2008 إلى 2012. ووجد', 'عام 2008 إلى 2012', '2008/2012'],
      ['الأشهر «أغسطس - ديسمبر (كانون الأول) 2014» استقرارًا', 'أغسطس - ديسمبر (كانون الأول) 2014', '2014-08/2014-12'],
    ]);
  });

  it('ordinal days and day words', () => {
    checkRows([
      ['في الأول من يناير 2016', 'الأول من يناير 2016', '2016-01-01'],
      ['قبل الثامن عشر من آب/أغسطس 2015.', 'الثامن عشر من آب/أغسطس 2015', '2015-08-18'],
      ['في الحادي والعشرين من مارس 2015', 'الحادي والعشرين من مارس 2015', '2015-03-21'],
      ['في 24 من يوليو 2015', '24 من يوليو 2015', '2015-07-24'],
      ['أغسطس 3, 2015', 'أغسطس 3, 2015', '2015-08-03'],
    ]);
  });

  it('leaves attached prefixes and separate prepositions out of the span', () => {
    checkRows([
      ['وفبراير 2024 شهد', 'فبراير 2024', '2024-02'],
      ['مقارنة بعام 2024', 'عام 2024', '2024'],
      ['وفي 25 يناير/ كانون الثاني 2024، أعلن', '25 يناير/ كانون الثاني 2024', '2024-01-25'],
      ['ولعام 2016م', 'عام 2016م', '2016'],
      ['والأحد 11 فبراير 2024', 'الأحد 11 فبراير 2024', '2024-02-11'],
    ]);
  });
});

describe('dates: relative expressions against the document date', () => {
  // 2024-02-11 was a Sunday.
  const doc = '2024-02-11';
  it('days, weekdays, periods and yearless months', () => {
    checkRows([
      ['وصلت أمس رحلتان', 'أمس', '2024-02-10'],
      ['صدر أول من أمس، حيال', 'أول من أمس', '2024-02-09'],
      ['عقب عودتهم ظهر أمس الأول من مدينة', 'أمس الأول', '2024-02-09'],
      ['نشرت اليوم الخميس أن', 'اليوم الخميس', '2024-02-11'],
      ['تبدأ غدا في الرياض', 'غدا', '2024-02-12'],
      ['تختتم بعد غد الخميس في الظهران', 'بعد غد الخميس', '2024-02-13'],
      ['بدأ يوم الخميس الماضي, مع', 'الخميس الماضي', '2024-02-08'],
      ['سيخوضها مساء يوم الأحد المقبل أمام', 'الأحد المقبل', '2024-02-18'],
      ['أكدت الأحد الماضي سيطرة', 'الأحد الماضي', '2024-02-04'],
      ['قال رسول، الأحد، إن', 'الأحد', '2024-02-11'],
      ['أعلن الخميس أن', 'الخميس', '2024-02-08'],
      ['مرر الأسبوع الماضي إصلاحات', 'الأسبوع الماضي', '2024-02-04/2024-02-10', undefined, 'interval'],
      ['خلال الشهر الماضي بلغ', 'الشهر الماضي', '2024-01', undefined, 'month'],
      ['منذ مطلع الشهر الجاري', 'مطلع الشهر الجاري', '2024-02'],
      ['حتى منتصف الشهر على أكثر', 'منتصف الشهر', '2024-02'],
      ['خلال العام الماضي بنحو', 'العام الماضي', '2023', undefined, 'year'],
      ['مهرجان هذا العام حضورًا', 'هذا العام', '2024'],
      ['في 25 يناير/ كانون الثاني الماضي، أعلن', '25 يناير/ كانون الثاني الماضي', '2024-01-25'],
      ['منذ 7 أكتوبر/ تشرين الأول الماضي.', '7 أكتوبر/ تشرين الأول الماضي', '2023-10-07'],
      ['في يونيو الماضي وأن', 'يونيو الماضي', '2023-06'],
      ['بدلاً من 26 و27 فبراير الجاري، على', '26 و27 فبراير الجاري', '2024-02-26/2024-02-27'],
      ['في نوفمبر (تشرين الثاني) من العام الماضي', 'نوفمبر (تشرين الثاني) من العام الماضي', '2023-11'],
      ['وحتى 15 يوليو(تموز) هذا العام', '15 يوليو(تموز) هذا العام', '2024-07-15'],
      ['من أول يناير(كانون ثاني) وحتى', 'أول يناير(كانون ثاني)', '2024-01-01'],
      ['في يومي الجمعة و السبت المقبلين ستنطلق', 'الجمعة و السبت المقبلين', '2024-02-16/2024-02-17', undefined, 'interval'],
      ['من 30 يونيو إلى 2 يوليو الماضي', '30 يونيو إلى 2 يوليو الماضي', '2023-06-30/2023-07-02'],
      ['خلال الفترة من 15 - 26 من الشهر الحالي ، في', '15 - 26 من الشهر الحالي', '2024-02-15/2024-02-26'],
      ['يوم 19 من نفس الشهر', '19 من نفس الشهر', undefined],
    ], doc);
  });

  it('gives a day or month without a year the year that puts it up to three months ahead or nine behind', () => {
    checkRows([
      ['في 23 يوليو', '23 يوليو', '2015-07-23'],
      ['في 30 أكتوبر', '30 أكتوبر', '2015-10-30'],
      ['في 20 نوفمبر', '20 نوفمبر', '2014-11-20'],
      ['في ديسمبر', 'ديسمبر', '2014-12'],
    ], '2015-08-11');
    checkRows([['في فبراير', 'فبراير', '2016-02']], '2015-12-20');
  });

  it('marks them relative and leaves the value empty without a document date', () => {
    for (const text of ['أمس', 'الأحد الماضي', 'الشهر المقبل', '7 أكتوبر الماضي', 'الخميس']) {
      const m = only(text);
      assert.strictEqual(m.relative, true, text);
      assert.strictEqual(m.value, undefined, text);
    }
    assert.strictEqual(only('11 فبراير 2024').relative, false);
  });

  it('ignores a document date that is not an ISO day', () => {
    assert.strictEqual(only('أمس', '11/02/2024').value, undefined);
    assert.strictEqual(only('أمس', '2024-02-30').value, undefined);
  });
});

describe('dates: words that look like dates but are not', () => {
  it('ambiguous month names need a day, a year, a second name or a cue', () => {
    for (const text of [
      'مارس الرياضة منذ صغره', 'الذي مارس الضغط على الحكومة', 'هو أب لثلاثة أطفال وآب إلى بيته',
      'قال محمد رمضان إن', 'انتهت المباراة بنتيجة صفر', 'كأس جوان غامبر', 'زار رجب طيب أردوغان',
      'نيسان وتويوتا', 'ذكرياتهم في شهر رمضان', 'الأحد عشر لاعبا', 'بعد صلاة الجمعة', 'في اليوم الوطني',
      'على مدار اليوم، من دون', 'ربيع الثورات العربية', 'الموسم 18:37 ت م',
    ]) assert.deepStrictEqual(findDates(text).map((m) => m.text), [], text);
  });

  it('accepts the same words where they are months', () => {
    checkRows([
      ['في 5 مارس 2015', '5 مارس 2015', '2015-03-05'],
      ['في شهر مارس الماضي', 'مارس الماضي', undefined],
      ['منذ مطلع مارس (آذار) إلى', 'مطلع مارس (آذار)', undefined],
      ['في 13 رمضان 1436هـ', '13 رمضان 1436هـ', '1436-09-13', 'hijri'],
      ['في 2 آب 1990', '2 آب 1990', '1990-08-02'],
    ]);
  });
});

describe('dates: offsets and marks', () => {
  it('counts code points, so emoji before the date do not shift it', () => {
    const text = '🎉🎉 في 11 فبراير 2024 👍';
    const m = only(text);
    assert.strictEqual(m.start, 6);
    assert.strictEqual(m.end, 6 + [...'11 فبراير 2024'].length);
    assert.strictEqual([...text].slice(m.start, m.end).join(''), m.text);
  });

  it('keeps a letter with its marks and the tatweel of هـ inside the span', () => {
    assert.strictEqual(only('في يومِ الأحدِ، قال').text, 'الأحدِ');
    assert.strictEqual(only('عامَ 1436هـ.').text, 'عامَ 1436هـ');
    assert.strictEqual(only('وَفِي فَبْرَايِرَ ٢٠٢٤').text, 'فَبْرَايِرَ ٢٠٢٤');
  });

  it('never runs across a line break', () => {
    const found = findDates('في 11\nفبراير 2024').map((m) => m.text);
    assert.deepStrictEqual(found, ['فبراير 2024']);
  });
});

describe('dates: the value of a hand-tagged quote', () => {
  it('is the value of the date that covers the quote', () => {
    assert.deepStrictEqual(dateValueOf('الأحد 11 فبراير/شباط 2024'), { value: '2024-02-11', calendar: 'gregorian', precision: 'day', relative: false });
    assert.deepStrictEqual(dateValueOf('26 شوال 1436 هـ'), { value: '1436-10-26', calendar: 'hijri', precision: 'day', relative: false });
    assert.deepStrictEqual(dateValueOf('أمس', { documentDate: '2024-02-11' }), { value: '2024-02-10', calendar: 'gregorian', precision: 'day', relative: true });
    assert.deepStrictEqual(dateValueOf('أمس'), { calendar: 'gregorian', precision: 'day', relative: true });
  });

  it('is undefined when the quote has no date or the date is a small part of it', () => {
    assert.strictEqual(dateValueOf(''), undefined);
    assert.strictEqual(dateValueOf('اللجنة العسكرية العراقية العليا'), undefined);
    assert.strictEqual(dateValueOf('قال إن اللجنة استأنفت اجتماعاتها في بغداد مع قوات التحالف عام 2024'), undefined);
  });
});
