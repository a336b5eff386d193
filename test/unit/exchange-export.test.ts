// The export pipeline: filters, links cut by them, and stale sidecars re-anchored or refused.
import * as assert from 'assert';
import { prepareExport } from '../../src/core/exchange/prepareExport';
import { describeSource } from '../../src/core/model/build';
import type { AnnotationSet } from '../../src/core/model/annotation';
import { linkTargets } from '../../src/core/model/annotation';
import { sliceCodePoints } from '../../src/core/text/offsets';
import { exportAnnotations } from './support/exportFixture';
import { seedArticle } from './support/fixtures';

function input(text = seedArticle(), annotationsText = text) {
  const set: AnnotationSet = { version: 2, source: describeSource('seed.txt', annotationsText), annotations: exportAnnotations(annotationsText) };
  return { path: 'news/seed.txt', text, set };
}

describe('prepareExport', () => {
  it('passes everything through, sorted, when nothing is filtered', () => {
    const p = prepareExport([input()]);
    assert.strictEqual(p.sources.length, 1);
    assert.strictEqual(p.sources[0]!.annotations.length, 7);
    assert.deepStrictEqual(p.reanchored, []);
    assert.deepStrictEqual(p.notes, []);
    const starts = p.sources[0]!.annotations.map((a) => a.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('filters by type and cuts links to what is left out, with a note', () => {
    const p = prepareExport([input()], { types: ['claim', 'date'] });
    const list = p.sources[0]!.annotations;
    assert.deepStrictEqual(list.map((a) => a.type).sort(), ['claim', 'date']);
    const claim = list.find((a) => a.type === 'claim')!;
    assert.deepStrictEqual(Object.keys(claim.links), ['date'], 'both speakers were filtered out');
    assert.strictEqual(p.notes.length, 2);
    assert.match(p.notes[0]!.message, /link "speaker" to a\w+ left out/);
  });

  it('filters by annotator and excludes orphans on request', () => {
    const byOmar = prepareExport([input()], { annotators: ['omar'] }).sources[0]!.annotations;
    assert.deepStrictEqual(byOmar.map((a) => a.id), ['aclaim0000000000000000000001']);
    const placed = prepareExport([input()], { orphans: 'exclude' }).sources[0]!.annotations;
    assert.strictEqual(placed.length, 6);
    assert.ok(placed.every((a) => !a.orphaned));
  });

  it('re-anchors a stale sidecar before export, so every quote is at its offsets', () => {
    const old = seedArticle();
    const edited = 'سطر جديد أضيف في أول المقال.\n' + old;
    const p = prepareExport([input(edited, old)]);
    assert.strictEqual(p.reanchored.length, 1);
    assert.strictEqual(p.reanchored[0]!.moved, 6);
    for (const a of p.sources[0]!.annotations.filter((x) => !x.orphaned)) {
      assert.strictEqual(sliceCodePoints(edited, a.start, a.end), a.text);
    }
    const claim = p.sources[0]!.annotations.find((a) => a.type === 'claim')!;
    assert.strictEqual(linkTargets(claim.links.speaker!).length, 2);
  });

  it('refuses a stale sidecar when asked to, exporting nothing of it', () => {
    const old = seedArticle();
    const p = prepareExport([input('x' + old, old), { ...input(), path: 'b.txt' }], {}, 'refuse');
    assert.deepStrictEqual(p.refused, ['news/seed.txt']);
    assert.deepStrictEqual(p.sources.map((s) => s.path), ['b.txt']);
  });
});
