/**
 * Dates placed anywhere in generated text: between Arabic filler words, emoji (astral
 * characters, two UTF-16 units), line breaks and punctuation, behind an attached prefix or a
 * separate preposition. The recogniser must find each one with the same span text and value
 * as alone, at code point offsets that slice the generated text to that span.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { findDates } from '../../src/core/assist/dates/findDates';

/** Phrase, the span it gives, its value (document date 2024-02-11). */
const PHRASES: readonly [string, string, string | undefined][] = [
  ['الأحد 11 فبراير/شباط 2024', 'الأحد 11 فبراير/شباط 2024', '2024-02-11'],
  ['7-8 أغسطس/ آب 2023', '7-8 أغسطس/ آب 2023', '2023-08-07/2023-08-08'],
  ['26 شوال 1436 هـ', '26 شوال 1436 هـ', '1436-10-26'],
  ['عام ٢٠١٥', 'عام ٢٠١٥', '2015'],
  ['مارس (آذار) 2009', 'مارس (آذار) 2009', '2009-03'],
  ['22/07/2015', '22/07/2015', '2015-07-22'],
  ['أمس', 'أمس', '2024-02-10'],
  ['الشهر الماضي', 'الشهر الماضي', '2024-01'],
  ['بين عامي 2020 و2022', 'عامي 2020 و2022', '2020/2022'],
  ['1436هـ', '1436هـ', '1436'],
];
const FILLER = ['قال', 'الوزير', 'إن', 'اللجنة', 'اجتمعت', 'مع', 'الوفد', 'الرسمي', 'في', 'بغداد', 'بحسب', 'البيان'];
const GAPS = [' ', '  ', ' 🎉 ', '\n', '، ', '. ', ' «', '» ', ' 👍🏽 '];
const PREFIXES = ['', 'و', 'في ', 'منذ ', 'وفي '];

describe('dates: generated text around known dates', () => {
  it('finds each date with the same span and value wherever it is put', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({
          before: fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 4 }),
          gap: fc.constantFrom(...GAPS),
          prefix: fc.constantFrom(...PREFIXES),
          phrase: fc.nat(PHRASES.length - 1),
          after: fc.constantFrom(...GAPS),
        }), { minLength: 1, maxLength: 5 }),
        (parts) => {
          let text = '';
          const expected: [string, string | undefined][] = [];
          for (const p of parts) {
            const [phrase, span, value] = PHRASES[p.phrase]!;
            // A prefix `و` joined to a weekday, month or number still leaves the span as alone.
            const prefix = p.prefix === 'و' && /^\d/.test(phrase) ? '' : p.prefix;
            text += `${p.before.join(' ')}${p.gap}${prefix}${phrase}${p.after}`;
            expected.push([span, value]);
          }
          const found = findDates(text, { documentDate: '2024-02-11' });
          assert.deepStrictEqual(found.map((m) => [m.text, m.value]), expected, text);
          const cps = [...text];
          for (const m of found) assert.strictEqual(cps.slice(m.start, m.end).join(''), m.text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
