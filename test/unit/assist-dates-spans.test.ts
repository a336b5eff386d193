/**
 * findDates and dateValueOf at their edges (docs/assistance.md, "Spans" and `dateValueOf`): a
 * span takes the tatweel of هـ and the marks written on it, but nothing after; a mention has a
 * value only when one can be given; a hand-tagged quote gets the value of its longest date when
 * that date covers at least half of the quote's letters and digits.
 */
import * as assert from 'assert';
import { dateValueOf, findDates } from '../../src/core/assist/dates/findDates';

describe('date spans: the tatweel of هـ and the marks on it', () => {
  const rows: [string, string][] = [
    ['عام 1436 هـ', 'عام 1436 هـ'],
    ['عام 1436 هـ في مكة', 'عام 1436 هـ'],
    ['عام 1436 هـ، وفي', 'عام 1436 هـ'],
    ['عام 1436هــ ثم', 'عام 1436هــ'],
    ['عام 1436 هـً ثم', 'عام 1436 هـً'],
    ['عام 1436 هـٟ ثم', 'عام 1436 هـٟ'],
    ['عام 1436 هـٰ ثم', 'عام 1436 هـٰ'],
    ['عام 1436 هـْ', 'عام 1436 هـْ'],
  ];
  for (const [text, span] of rows) {
    it(JSON.stringify(text), () => {
      const found = findDates(text).map((m) => [m.text, m.start, m.end, m.value, m.calendar, m.precision]);
      assert.deepStrictEqual(found, [[span, 0, Array.from(span).length, '1436', 'hijri', 'year']]);
    });
  }
});

describe('date mentions: a value only when there is one', () => {
  it('a relative day without a document date has no value field at all', () => {
    const [m] = findDates('وصل الوفد أمس');
    assert.deepStrictEqual(m, { start: 10, end: 13, text: 'أمس', calendar: 'gregorian', precision: 'day', relative: true, rule: m!.rule });
    assert.ok(!('value' in m!));
  });
  it('with a document date it has one', () => {
    assert.strictEqual(findDates('وصل الوفد أمس', { documentDate: '2024-02-11' })[0]!.value, '2024-02-10');
  });
  it('a text without a date gives none', () => assert.deepStrictEqual(findDates('نص بلا تاريخ'), []));
});

describe('dateValueOf: the longest date, when it covers half of the quote', () => {
  const month = { calendar: 'gregorian', precision: 'month', relative: false, value: '2024-02' };
  const rows: [string, object | undefined][] = [
    // The longest date wins, wherever it stands; of two as long, the first.
    ['عام 2024 و11 فبراير 2025', { calendar: 'gregorian', precision: 'day', relative: false, value: '2025-02-11' }],
    ['في عام 2024 و11 فبراير 2025', { calendar: 'gregorian', precision: 'day', relative: false, value: '2025-02-11' }],
    ['11 فبراير 2025 وعام 2024', { calendar: 'gregorian', precision: 'day', relative: false, value: '2025-02-11' }],
    ['11 فبراير 2024 12 فبراير 2024', { calendar: 'gregorian', precision: 'day', relative: false, value: '2024-02-11' }],
    // فبراير 2024 has 10 letters and digits: a quote of 20 still takes its value, of 21 not.
    ['فبراير 2024 قالت الوزير', month],
    ['فبراير 2024 قال الوزير', month],
    ['فبراير 2024 قالت الوزيرة', undefined],
    // Only letters and digits weigh: punctuation and spaces do not.
    ['فبراير 2024 ............................', month],
    ['فبراير 2024 - - - - - - - - - - - -', month],
    ['2024 ١٢٣٤٥', undefined],
    ['نص بلا تاريخ', undefined],
  ];
  for (const [quote, expected] of rows) it(JSON.stringify(quote), () => assert.deepStrictEqual(dateValueOf(quote), expected));
});
