/**
 * Quality of the date recogniser against hand-labelled real news (issue 11: precision ≥ 0.9,
 * recall ≥ 0.8 of calendar dates). Figures, not assertions. The held-out set
 * (test/corpus/dates-heldout) was labelled by reading, apart from the recogniser, on
 * articles of the held-out half of the news sample; it was never used to tune it.
 *
 * - Precision: a found date counts as right when it overlaps a labelled date (relative
 *   expressions included: a person would tag أمس as a date too).
 * - Recall: of the labelled calendar dates (a digit, a month name or a weekday in the
 *   labelled text), those that some found date overlaps.
 * - Values: of the recalled dates whose label has a value, those found with that value.
 */
import * as fs from 'fs';
import * as path from 'path';
import { findDates } from '../src/core/assist/dates/findDates';
import type { BenchFigure } from './figures';

interface LabelledDate {
  start: number;
  end: number;
  text: string;
  value?: string;
  relative?: boolean;
}

interface Segment {
  text: string;
  dates: LabelledDate[];
}

// Month names of every naming system and the weekdays, folded to bare letters: what makes
// a labelled date a calendar date. Written here, apart from the recogniser's own tables.
const CALENDAR_WORDS = [
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين',
  'جانفي', 'فيفري', 'افريل', 'ماي', 'جوان', 'جويليه', 'جويلية', 'اوت', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر',
  'محرم', 'صفر', 'ربيع', 'جمادي', 'رجب', 'شعبان', 'رمضان', 'شوال', 'القعده', 'القعدة', 'الحجه', 'الحجة',
  'السبت', 'الاحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'الجمعة',
];

function fold(word: string): string {
  return word.replace(/[\u064b-\u0652\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي');
}

const calendarWords = new Set(CALENDAR_WORDS.map(fold));

export function isCalendarDate(text: string): boolean {
  if (/[0-9\u0660-\u0669\u06f0-\u06f9]/u.test(text)) return true;
  return text.split(/[\s/()،,.-]+/u).some((w) => {
    const f = fold(w);
    // Attached و ب ل ف before a month or weekday name.
    return calendarWords.has(f) || calendarWords.has(f.replace(/^[وبلف]/u, '')) || calendarWords.has(f.replace(/^ال/u, ''));
  });
}

export function readSegments(file: string): Segment[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Segment);
}

export interface DateQuality {
  segments: number;
  labelled: number;
  calendar: number;
  found: number;
  right: number;
  recalled: number;
  valued: number;
  valueRight: number;
  misses: string[];
  wrong: string[];
}

export function measure(segments: readonly Segment[]): DateQuality {
  const q: DateQuality = { segments: segments.length, labelled: 0, calendar: 0, found: 0, right: 0, recalled: 0, valued: 0, valueRight: 0, misses: [], wrong: [] };
  for (const seg of segments) {
    const found = findDates(seg.text);
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    q.labelled += seg.dates.length;
    q.found += found.length;
    for (const f of found) {
      if (seg.dates.some((d) => overlaps(d, f))) q.right++;
      else q.wrong.push(f.text);
    }
    for (const d of seg.dates) {
      if (!isCalendarDate(d.text)) continue;
      q.calendar++;
      const hit = found.find((f) => overlaps(d, f));
      if (!hit) {
        q.misses.push(d.text);
        continue;
      }
      q.recalled++;
      if (d.value) {
        q.valued++;
        if (hit.value === d.value) q.valueRight++;
      }
    }
  }
  return q;
}

export function run(repoRoot: string): BenchFigure[] {
  const figures: BenchFigure[] = [];
  const sets: [string, string][] = [
    ['held-out', path.join(repoRoot, 'test', 'corpus', 'dates-heldout', 'dates-heldout.jsonl')],
  ];
  for (const [name, file] of sets) {
    if (!fs.existsSync(file)) continue;
    const q = measure(readSegments(file));
    const tag = `[${name}: ${q.segments} segments, ${q.labelled} labelled dates, ${q.calendar} calendar dates]`;
    figures.push({ name: `precision ${tag}`, value: q.found ? q.right / q.found : 1, unit: '', target: 0.9, higherIsBetter: true });
    figures.push({ name: 'recall of calendar dates', value: q.calendar ? q.recalled / q.calendar : 1, unit: '', target: 0.8, higherIsBetter: true });
    figures.push({ name: `right ISO value, of recalled dates with a labelled value (${q.valued})`, value: q.valued ? q.valueRight / q.valued : 1, unit: '', higherIsBetter: true });
  }
  return figures;
}
