/** A realistic annotation set over the seed article, used by several tests. */
import type { AnnotationSet } from '../../../src/core/model/annotation';
import { createAnnotation, describeSource } from '../../../src/core/model/build';
import { cpIndexOf, seedArticle } from './fixtures';

export const FIXED_TIME = '2026-11-29T10:00:00.000Z';

export function sampleSet(text = seedArticle()): AnnotationSet {
  const span = (quote: string) => {
    const start = cpIndexOf(text, quote);
    return { start, end: start + Array.from(quote).length };
  };
  const actor = createAnnotation(text, { type: 'actor', ...span('يحيى رسول'), now: FIXED_TIME, id: 'aactor0000000000000000000001', annotator: 'layla' });
  const date = createAnnotation(text, { type: 'date', ...span('11 فبراير/شباط 2024'), now: FIXED_TIME, id: 'adate00000000000000000000001', attrs: { iso: '2024-02-11' } });
  const claim = createAnnotation(text, {
    type: 'claim',
    ...span('"اللجنة العسكرية العراقية العليا" استأنفت في بغداد اجتماعاتها'),
    now: FIXED_TIME,
    id: 'aclaim00000000000000000000001',
    links: { speaker: actor.id, date: date.id },
    attrs: { stance: 'neutral', confidence: 0.8, verified: false, tags: ['عسكري', 'بغداد'] },
    note: 'ملاحظة: قارن بـ "واع" — see #2 [x](command:evil) <b>bold</b>',
    annotator: 'layla',
  });
  return { version: 1, source: describeSource('seed-article.ar.txt', text), annotations: [claim, actor, date] };
}
