/**
 * What an export takes from each sidecar: the researcher's filters (types, annotators,
 * orphans) with links to filtered-out annotations cut and noted, and stale sidecars brought
 * onto the current text first (or refused), with what re-anchoring did counted per source.
 */
import * as assert from 'assert';
import { filterAnnotations } from '../../src/core/exchange/exportFilters';
import { prepareExport, type ExportInput } from '../../src/core/exchange/prepareExport';
import type { Annotation } from '../../src/core/model/annotation';
import { createAnnotation, describeSource } from '../../src/core/model/build';

const TEXT = 'قال الوزير إن الاتفاق تم في بغداد يوم الأحد.';
const T0 = '2026-11-29T10:00:00.000Z';

function at(id: string, type: string, quote: string, extra: Partial<Annotation> = {}): Annotation {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(quote))).length;
  return { ...createAnnotation(TEXT, { id, type, start, end: start + Array.from(quote).length, now: T0 }), ...extra };
}

const minister = at('a1', 'actor', 'الوزير', { annotator: 'layla' });
const claim = at('a2', 'claim', 'الاتفاق تم', { annotator: 'omar', links: { speaker: 'a1', place: ['a3', 'a1'] } });
const place = at('a3', 'place', 'بغداد', { orphaned: true });

describe('export filters', () => {
  it('keeps everything without filters, or with empty ones, and keeps the very objects when no link is cut', () => {
    for (const filters of [{}, { types: [], annotators: [] }, { orphans: 'include' as const }]) {
      const r = filterAnnotations('a.txt', [minister, claim, place], filters);
      assert.deepStrictEqual(r.notes, []);
      assert.ok(r.annotations[0] === minister && r.annotations[1] === claim && r.annotations[2] === place);
    }
  });

  it('keeps only the types and annotators asked for; an annotation with no annotator matches no annotator filter', () => {
    assert.deepStrictEqual(filterAnnotations('a.txt', [minister, claim, place], { types: ['actor', 'place'] }).annotations.map((a) => a.id), ['a1', 'a3']);
    assert.deepStrictEqual(filterAnnotations('a.txt', [minister, claim, place], { annotators: ['layla', 'omar'] }).annotations.map((a) => a.id), ['a1', 'a2']);
    assert.deepStrictEqual(filterAnnotations('a.txt', [minister, claim, place], { orphans: 'exclude' }).annotations.map((a) => a.id), ['a1', 'a2']);
  });

  it('cuts each link whose target is not exported, keeps the rest as one id or a list, and notes every cut', () => {
    const r = filterAnnotations('a.txt', [minister, claim, place], { orphans: 'exclude' });
    assert.deepStrictEqual({ ...r.annotations[1]!.links }, { speaker: 'a1', place: 'a1' });
    assert.deepStrictEqual(r.notes, [{ source: 'a.txt', annotation: 'a2', message: 'link "place" to a3 left out: its target is not exported (filtered out, or missing)' }]);
    const both = filterAnnotations('a.txt', [minister, { ...claim, links: { about: ['a1', 'a3', 'a9'] } }, place], {});
    assert.deepStrictEqual({ ...both.annotations[1]!.links }, { about: ['a1', 'a3'] });
    const none = filterAnnotations('a.txt', [claim], {});
    assert.deepStrictEqual({ ...none.annotations[0]!.links }, {});
    assert.deepStrictEqual(none.notes.map((n) => n.message.slice(0, 19)), ['link "speaker" to a', 'link "place" to a3 ', 'link "place" to a1 ']);
    assert.strictEqual(claim.links.speaker, 'a1', 'the sidecar\'s own annotation is not changed');
  });
});

describe('preparing an export', () => {
  const set = (annotations: Annotation[], text = TEXT) => ({ version: 1, source: describeSource('a.txt', text), annotations });

  it('passes current sidecars through sorted, in path order, with the filters applied', () => {
    const inputs: ExportInput[] = [
      { path: 'news/b.txt', text: TEXT, set: set([claim, minister]) },
      { path: 'news/a.txt', text: TEXT, set: set([place]) },
    ];
    const r = prepareExport(inputs, { orphans: 'exclude' });
    assert.deepStrictEqual(r.sources.map((s) => [s.path, s.annotations.map((a) => a.id)]), [['news/a.txt', []], ['news/b.txt', ['a1', 'a2']]]);
    assert.deepStrictEqual([r.reanchored, r.refused, r.notes.map((n) => n.annotation)], [[], [], ['a2']]);
    assert.deepStrictEqual(prepareExport([inputs[1]!, inputs[0]!]).sources.map((s) => s.path), ['news/a.txt', 'news/b.txt']);
  });

  it('re-anchors a stale sidecar onto the text, counting what moved and what was lost, or refuses it', () => {
    const edited = 'أمس ' + TEXT.replace('بغداد', 'المدينة');
    const stale = set([minister, at('a4', 'place', 'بغداد'), place]);
    const r = prepareExport([{ path: 'a.txt', text: edited, set: stale }]);
    assert.deepStrictEqual(r.reanchored, [{ path: 'a.txt', moved: 1, fuzzy: 0, orphaned: 1 }]);
    const moved = r.sources[0]!.annotations.find((a) => a.id === 'a1')!;
    assert.deepStrictEqual([moved.start, moved.end, moved.text], [8, 14, 'الوزير']);
    const refused = prepareExport([{ path: 'a.txt', text: edited, set: stale }, { path: 'b.txt', text: TEXT, set: set([minister]) }], {}, 'refuse');
    assert.deepStrictEqual([refused.refused, refused.sources.map((s) => s.path), refused.reanchored], [['a.txt'], ['b.txt'], []]);
  });
});
