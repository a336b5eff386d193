/**
 * The document date, rule by rule (docs/assistance.md, `findDocumentDate`): a full Gregorian
 * day after a publication cue anywhere, or opening one of the top four lines (400 characters)
 * after at most a place name, or a Hijri date and الموافق; nothing when in doubt. Each row is a
 * text a researcher might open and the day Hamish should take as its date (or none).
 */
import * as assert from 'assert';
import { findDocumentDate } from '../../src/core/assist/dates/findDates';

type Row = [text: string, expected: string | undefined, why: string];

function table(rows: Row[]): void {
  for (const [text, expected, why] of rows) {
    it(`${why}: ${JSON.stringify(text)}`, () => assert.strictEqual(findDocumentDate(text), expected));
  }
}

const DAY = '2024-02-11';

describe('document date: a dateline at the top', () => {
  table([
    ['', undefined, 'an empty text'],
    ['نص طويل\nآخر\nسطر', undefined, 'a text with no date'],
    ['11 فبراير 2024', DAY, 'the date alone, at the very start'],
    ['11 فبراير 2024\nنص الخبر', DAY, 'the first line'],
    ['عنوان الخبر\n11 فبراير 2024\nنص الخبر', DAY, 'the line after the title'],
    ['هذا عنوان طويل جدا للخبر\n11 فبراير 2024\nنص الخبر', DAY, 'a long title line does not count as words before the date'],
    ['11/02/2024\nنص', DAY, 'a numeric day'],
    ['الخميس 11 فبراير 2024\nنص', DAY, 'a weekday before it is part of the date'],
    ['الرياض 11 فبراير 2024 (واس)\nنص', DAY, 'a place name before it'],
    ['من الرياض 11 فبراير 2024\nنص', DAY, 'من before the place name, not before the date'],
    ['مدينة الملك عبدالله 11 فبراير 2024\nنص', DAY, 'a place name of three words'],
    ['مدينة الملك عبدالله الاقتصادية 11 فبراير 2024\nنص', undefined, 'four words are a sentence, not a place name'],
    ['قال مصدر مسؤول في الوزارة، 11 فبراير 2024\nنص', undefined, 'a comma does not open a line'],
    ['أمس 11 فبراير 2024\nنص', undefined, 'a relative day is no publication day'],
  ]);
});

describe('document date: a date after a preposition or و is part of a sentence', () => {
  table([
    ['في 11 فبراير 2024 أعلنت الحكومة', undefined, 'في'],
    ['وفي 11 فبراير 2024 أعلنت الحكومة', undefined, 'وفي'],
    ['و 11 فبراير 2024 أعلنت الحكومة', undefined, 'و written apart'],
    ['منذ 11 فبراير 2024\nنص', undefined, 'منذ'],
    ['الرياض منذ 11 فبراير 2024\nنص', undefined, 'منذ after a place name'],
    ['خلال 11 فبراير 2024\nنص', undefined, 'خلال'],
  ]);
});

describe('document date: a Hijri date and الموافق', () => {
  table([
    ['الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nنص', '2015-08-11', 'the agency dateline'],
    ['مدينة الملك عبدالله 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م\nنص', '2015-08-11',
      'neither the Hijri date nor الموافق counts as place-name words'],
    ['الرياض 26 شوال 1436 هـ 11 اغسطس 2015 م واس\nنص', undefined, 'two dates side by side without الموافق'],
    ['الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م 12 اغسطس 2015\nنص', '2015-08-11', 'a second day later on the line does not open it'],
    ['1 شعبان 1445 هـ\nنص', undefined, 'a Hijri date alone'],
  ]);
});

describe('document date: only one day at the top', () => {
  table([
    ['11 فبراير 2024\n12 فبراير 2024\nنص', undefined, 'two different days'],
    ['11 فبراير 2024\nالرياض 11 فبراير 2024\nنص', DAY, 'the same day twice'],
    ['الرياض 11 اغسطس 2015 ثم 12 اغسطس 2015\nنص', '2015-08-11', 'a second day inside the line does not open it'],
    ['11 فبراير\n12 فبراير 2024\nنص', '2024-02-12', 'a day without its year is not a candidate'],
    ['11 فبراير\nنص', undefined, 'a day without a year'],
    ['فبراير 2024\nنص', undefined, 'a month'],
  ]);
});

describe('document date: the top is four lines and 400 characters', () => {
  table([
    ['سطر\nسطر\nسطر\n11 فبراير 2024\nنص', DAY, 'the fourth line'],
    ['سطر\nسطر\nسطر\nسطر\n11 فبراير 2024\nنص', undefined, 'the fifth line'],
    ['11 فبراير 2024\nسطر\nسطر\nسطر\n12 فبراير 2024', DAY, 'a different day on the fifth line is below the top'],
    ['11 فبراير 2024\nسطر\nسطر\n12 فبراير 2024', undefined, 'a different day on the fourth line'],
    [`${'كلمة '.repeat(90)}\n11 فبراير 2024\nنص`, undefined, 'the second line, past 400 characters'],
    [`${'كلمة '.repeat(70)}\n11 فبراير 2024\nنص`, DAY, 'the second line, within 400 characters'],
  ]);
});

describe('document date: after a publication cue, anywhere', () => {
  table([
    ['نشر في 11 فبراير 2024', DAY, 'نشر في'],
    ['نشر 11 فبراير 2024', DAY, 'نشر'],
    ['ونشر في 11 فبراير 2024', DAY, 'ونشر'],
    ['فنشر في 11 فبراير 2024', DAY, 'فنشر'],
    ['تاريخ النشر: 11 فبراير 2024', DAY, 'تاريخ النشر'],
    ['آخر تحديث الخميس 11 فبراير 2024', DAY, 'آخر تحديث'],
    ['نشر الخبر في يوم الخميس 11 فبراير 2024', DAY, 'four tokens between the cue and the date'],
    ['نشر الخبر الأول في يوم الخميس 11 فبراير 2024', undefined, 'five tokens'],
    ['الرياض 12 فبراير 2024\nنص\nنشر في 11 فبراير 2024', DAY, 'the cue wins over a dateline'],
    ['نشر في 11 فبراير 2024 الرياض 12 فبراير 2024\nنص', DAY, 'the first cued day'],
    ['نشر في فبراير 2024', undefined, 'a month after the cue'],
    ['نشر في 11 فبراير', undefined, 'a day without a year after the cue'],
    ['نشر في 1 شعبان 1445 هـ', undefined, 'a Hijri day after the cue'],
    ['نشر في أمس', undefined, 'a relative day after the cue'],
  ]);
});
