/**
 * Merging imported annotations into a source's existing ones, field by field: a change in any
 * one field is an update (and only then does `modified` move), an identical import is no
 * change, who made an annotation and when it was created are never overwritten, an imported
 * orphan does not move a placed annotation, and links merge as sets under their final ids.
 */
import * as assert from 'assert';
import { mergeImported } from '../../src/core/exchange/mergeImported';
import type { PlacedSpan } from '../../src/core/exchange/placeImported';
import type { ImportedSpan } from '../../src/core/formats/types';
import type { Annotation } from '../../src/core/model/annotation';

const OLD: Annotation = {
  id: 'aold', type: 'actor', start: 4, end: 10, text: 'الوزير', before: 'قال ', after: ' إن',
  attrs: { kind: 'person', roles: ['a', 'b'] }, links: { speaker: 'ax' }, note: 'قديم', annotator: 'layla',
  created: '2024-01-01T00:00:00Z', modified: '2024-01-05T00:00:00Z',
};

function placed(annotation: Annotation, localId = annotation.id, links: ImportedSpan['links'] = {}): PlacedSpan {
  return {
    span: { localId, type: annotation.type, start: annotation.start, end: annotation.end, attrs: {}, links, file: 'in.jsonl', line: 3 },
    annotation: { ...annotation, links: {} },
  };
}

function counts(existing: Annotation[], spans: PlacedSpan[]): [number, number, number] {
  const m = mergeImported(existing, spans);
  return [m.added, m.updated, m.unchanged];
}

describe('merging an import, field by field', () => {
  it('counts an identical import as unchanged, and a change in any one field as an update', () => {
    const oldLinks = { speaker: ['ax'] };
    assert.deepStrictEqual(counts([OLD], [placed({ ...OLD }, 'aold', oldLinks)]), [0, 0, 1]);
    assert.deepStrictEqual(counts([OLD], [placed({ ...OLD, modified: '2030-01-01T00:00:00Z' }, 'aold', oldLinks)]), [0, 0, 1], 'a newer date alone changes nothing');
    const changes: Array<Partial<Annotation>> = [
      { type: 'claim' }, { start: 3 }, { end: 11 }, { text: 'الوزيرُ' }, { before: 'ثم ' }, { after: ' أن' }, { note: 'جديد' },
      { attrs: { kind: 'group', roles: ['a', 'b'] } }, { attrs: { roles: ['a', 'c'] } }, { attrs: { roles: ['a'] } }, { attrs: { extra: 1 } },
    ];
    for (const change of changes) {
      assert.deepStrictEqual(counts([OLD], [placed({ ...OLD, ...change }, 'aold', oldLinks)]), [0, 1, 0], JSON.stringify(change));
    }
    assert.deepStrictEqual(counts([OLD], [placed({ ...OLD }, 'aold', { speaker: ['aold'] })]), [0, 1, 0], 'a new link target');
    assert.deepStrictEqual(counts([{ ...OLD, orphaned: true }], [placed({ ...OLD }, 'aold', oldLinks)]), [0, 1, 0], 'an orphan found again');
    const bare = { ...OLD, annotator: undefined, created: undefined };
    assert.deepStrictEqual(counts([bare], [placed({ ...OLD }, 'aold', oldLinks)]), [0, 1, 0], 'an annotator and a creation time filled in');
  });

  it('keeps the existing annotator and creation time, takes the later modification time, and keeps a note the import lacks', () => {
    const m = mergeImported([OLD], [placed({ ...OLD, type: 'claim', annotator: 'omar', created: '2025-01-01T00:00:00Z', modified: '2024-01-02T00:00:00Z', note: undefined })]);
    const a = m.annotations[0]!;
    assert.deepStrictEqual([a.type, a.annotator, a.created, a.modified, a.note], ['claim', 'layla', '2024-01-01T00:00:00Z', '2024-01-05T00:00:00Z', 'قديم']);
    const later = mergeImported([OLD], [placed({ ...OLD, type: 'claim', modified: '2024-02-01T00:00:00Z' })]).annotations[0]!;
    assert.strictEqual(later.modified, '2024-02-01T00:00:00Z');
    const bare = { ...OLD, annotator: undefined, created: undefined, modified: undefined };
    const filled = mergeImported([bare], [placed({ ...OLD, modified: undefined, note: 'جديد' })]).annotations[0]!;
    assert.deepStrictEqual([filled.annotator, filled.created, filled.modified, filled.note], ['layla', '2024-01-01T00:00:00Z', undefined, 'جديد']);
    assert.deepStrictEqual({ ...filled.attrs }, { kind: 'person', roles: ['a', 'b'] });
  });

  it('keeps a placed annotation where it is when the import says it is orphaned, and places an orphan the import places', () => {
    const orphanImport = mergeImported([OLD], [placed({ ...OLD, orphaned: true, start: 0, end: 0, text: 'الوزير', before: '', after: '', note: 'ن' })]).annotations[0]!;
    assert.deepStrictEqual([orphanImport.start, orphanImport.end, orphanImport.before, orphanImport.orphaned, orphanImport.note], [4, 10, 'قال ', undefined, 'ن']);
    const orphan = { ...OLD, orphaned: true, start: 0, end: 0 };
    const back = mergeImported([orphan], [placed({ ...OLD })]).annotations[0]!;
    assert.deepStrictEqual([back.start, back.end, 'orphaned' in back], [4, 10, false]);
    const still = mergeImported([orphan], [placed({ ...orphan, note: 'ن' })]).annotations[0]!;
    assert.deepStrictEqual([still.start, still.orphaned], [0, true]);
  });

  it('matches by type and span only among placed annotations', () => {
    const other = { ...OLD, id: 'anew' };
    const m = mergeImported([OLD], [placed(other, 'T1')]);
    assert.deepStrictEqual([m.added, m.updated, m.unchanged, m.annotations.map((a) => a.id)], [0, 0, 1, ['aold']]);
    const orphan = { ...OLD, orphaned: true };
    const apart = mergeImported([orphan], [placed(other, 'T1')]);
    assert.deepStrictEqual([apart.added, apart.annotations.map((a) => a.id)], [1, ['anew', 'aold']]);
    const orphanImported = mergeImported([OLD], [placed({ ...other, orphaned: true }, 'T1')]);
    assert.deepStrictEqual([orphanImported.added, orphanImported.annotations.length], [1, 2]);
  });

  it('resolves links to final ids, once each, merges them with existing ones, and reports links to spans not imported', () => {
    const claim: Annotation = { ...OLD, id: 'aclaim', type: 'claim', start: 20, end: 25, links: {} };
    const m = mergeImported([OLD], [
      placed(claim, 'T2', { speaker: ['T1', 'T1', 'T9'], about: ['T1', 'T2'], none: ['T8'] }),
      placed({ ...OLD, id: 'aimported' }, 'T1', { speaker: ['T2'] }),
    ]);
    const byId = new Map(m.annotations.map((a) => [a.id, a]));
    assert.deepStrictEqual({ ...byId.get('aclaim')!.links }, { speaker: 'aold', about: ['aold', 'aclaim'] });
    assert.deepStrictEqual({ ...byId.get('aold')!.links }, { speaker: ['ax', 'aclaim'] });
    assert.deepStrictEqual(m.problems, [
      { file: 'in.jsonl', line: 3, severity: 'warning', message: 'link "speaker" to "T9" left out: no span "T9" was imported' },
      { file: 'in.jsonl', line: 3, severity: 'warning', message: 'link "none" to "T8" left out: no span "T8" was imported' },
    ]);
    const again = mergeImported([{ ...OLD, links: { speaker: 'aold' } }], [placed({ ...OLD }, 'aold', { speaker: ['aold'] })]);
    assert.deepStrictEqual([again.unchanged, { ...again.annotations[0]!.links }], [1, { speaker: 'aold' }]);
  });
});
