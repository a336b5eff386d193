/**
 * The set every format's golden files are made from: the seed article with all three types,
 * a custom type, a claim linked to two speakers and a date, a note, attributes of every kind,
 * nested and overlapping spans, and an orphan. Fixed ids and times, so exports are stable.
 */
import type { Annotation } from '../../../src/core/model/annotation';
import { createAnnotation } from '../../../src/core/model/build';
import type { ExportSource } from '../../../src/core/formats/types';
import { cpIndexOf, seedArticle } from './fixtures';

const T0 = '2026-11-29T10:00:00.000Z';
const T1 = '2026-11-29T11:30:00.000Z';

/** Code point span of the first `quote` at or after the first `within` (the whole text if none). */
function span(text: string, quote: string, within?: string): { start: number; end: number } {
  const from = within === undefined ? 0 : text.indexOf(within);
  const start = cpIndexOf(text, quote, Math.max(0, from));
  return { start, end: start + [...quote].length };
}

/** The annotations over `text` (the seed article, or a variant of it that holds the same quotes). */
export function exportAnnotations(text: string): Annotation[] {
  const make = (id: string, type: string, quote: string, extra: Partial<Parameters<typeof createAnnotation>[1]> = {}, within?: string) =>
    createAnnotation(text, { id, type, ...span(text, quote, within), now: T0, annotator: 'layla', ...extra });
  const speaker = make('aspeaker0000000000000000001', 'actor', 'يحيى رسول', { attrs: { kind: 'person', role: 'متحدث' } });
  const ministry = make('aministry000000000000000001', 'actor', 'وزارة الدفاع الأميركية', { attrs: { kind: 'organisation' } });
  const date = make('adate00000000000000000000001', 'date', '11 فبراير/شباط 2024', { attrs: { iso: '2024-02-11', calendar: 'gregorian' } });
  const claim = make('aclaim0000000000000000000001', 'claim', 'استأنفت اجتماعاتها مع قوات التحالف الدولي في بغداد', {
    links: { speaker: [speaker.id, ministry.id], date: date.id },
    attrs: { modality: 'reported', confidence: 0.8, checked: true, tags: ['عسكري', 'بغداد'] },
    note: 'نقلته وكالة الأنباء العراقية الرسمية «واع»، وفي النص "اقتباس" و, فاصلة',
    annotator: 'omar',
  });
  // Nested inside the claim: a place within the claimed sentence.
  const place = make('aplace00000000000000000001', 'place', 'بغداد', {}, 'استأنفت اجتماعاتها مع');
  // Overlapping the claim's end without nesting in it.
  const overlap = make('aoverlap000000000000000001', 'actor', 'التحالف الدولي في بغداد يوم', {}, 'استأنفت اجتماعاتها مع');
  const orphan: Annotation = {
    ...make('aorphan00000000000000000001', 'actor', 'لويد أوستن'),
    start: 0,
    end: 0,
    orphaned: true,
    text: 'نص حذف من المقال',
    modified: T1,
  };
  return [claim, speaker, ministry, date, place, overlap, orphan];
}

/** The seed article as one export source at `news/seed-article.ar.txt`. */
export function exportSource(text = seedArticle(), path = 'news/seed-article.ar.txt'): ExportSource {
  return { path, text, annotations: exportAnnotations(text) };
}
