// The pure pieces of the editor's suggestions: the document date check and the corpus actors
// handed to the actor matcher.
import * as assert from 'assert';
import { type ActorGroup, createAnnotation } from '../../src/core';
import { actorNamesOf } from '../../src/editor/suggestions/corpusActors';
import { isIsoDay } from '../../src/editor/suggestions/isoDay';

describe('editor suggestions (pure parts)', () => {
  it('accepts only real Gregorian days written YYYY-MM-DD', () => {
    for (const ok of ['2024-02-11', '2024-02-29', '1999-12-31']) assert.ok(isIsoDay(ok), ok);
    for (const bad of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-2-11', '11-02-2024', '٢٠٢٤-٠٢-١١', '2024-02-11T00:00', '']) assert.ok(!isIsoDay(bad), bad);
  });

  it('gives each corpus actor its name, kind and every spelling tagged, orphans left out', () => {
    const text = 'قال وزير الدفاع لويد أوستن ثم أوستن';
    const at = (q: string, from = 0) => {
      const i = text.indexOf(q, from);
      return { start: i, end: i + q.length };
    };
    const full = createAnnotation(text, { type: 'actor', ...at('لويد أوستن'), attrs: { canonical: 'لويد أوستن', kind: 'person' } });
    const short = createAnnotation(text, { type: 'actor', ...at('أوستن', text.indexOf('ثم')), attrs: { canonical: 'لويد أوستن' } });
    const gone = { ...createAnnotation(text, { type: 'actor', ...at('وزير') }), text: 'وزير الدفاع', orphaned: true };
    const mention = (annotation: typeof full) => ({ path: 'file:///a.txt', annotation, folded: '', searchable: '', annotatorKey: '' });
    const group: ActorGroup = { key: 'k', name: 'لويد أوستن', mentions: [mention(short), mention(full), mention(gone)], files: 1 };
    assert.deepEqual(actorNamesOf([group]), [{ canonical: 'لويد أوستن', kind: 'person', aliases: ['أوستن'] }]);
  });
});
