// A deliberate move (a quick fix re-anchoring one annotation) is undone with its place; the
// sidecar line of an annotation is found from the YAML's positions.
import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { AnnotationHistory, moveStep } from '../../src/core/model/history';
import { annotationLine } from '../../src/core/sidecar/annotationLine';

function ann(id: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return { id, type: 'claim', start, end: start + 2, text: 'ab', before: '', after: '', attrs: {}, links: {}, ...extra };
}

describe('move steps', () => {
  it('undo puts a moved span back where it was, orphan flag included, and redo moves it again', () => {
    const h = new AnnotationHistory();
    const orphan = ann('a', 4, { end: 4, orphaned: true });
    const placed = ann('a', 10, { text: 'cd' });
    h.record(moveStep('Re-anchor', orphan, placed));
    const undone = h.undo([placed, ann('b', 20)])!;
    assert.deepStrictEqual(undone.annotations[0], orphan);
    assert.strictEqual(undone.annotations[1]!.id, 'b');
    const redone = h.redo(undone.annotations)!;
    assert.deepStrictEqual(redone.annotations[0], placed);
  });

  it('a span the text moved since keeps its current place on undo; its other fields come back', () => {
    const h = new AnnotationHistory();
    const before = ann('a', 4, { text: 'xy', note: 'old' });
    const after = ann('a', 10, { text: 'cd', note: 'old' });
    h.record(moveStep('Re-anchor', before, after));
    const typedSince = { ...after, start: 12, end: 14, note: 'new' };
    const undone = h.undo([typedSince])!;
    assert.strictEqual(undone.annotations[0]!.start, 12);
    assert.strictEqual(undone.annotations[0]!.note, 'old');
  });
});

describe('annotationLine', () => {
  const sidecar = [
    'version: 2',
    'source:',
    '  file: a.txt',
    'annotations:',
    '  - id: first',
    '    type: claim',
    '    note: "mentions id: second"',
    '  - id: second',
    '    type: actor',
    '',
  ].join('\n');

  it('finds the line of each entry by its id, not by searching the text', () => {
    assert.strictEqual(annotationLine(sidecar, 'first'), 5);
    assert.strictEqual(annotationLine(sidecar, 'second'), 8);
  });

  it('is undefined for an id not there, or a file that is not a sidecar', () => {
    assert.strictEqual(annotationLine(sidecar, 'third'), undefined);
    assert.strictEqual(annotationLine('annotations: [', 'first'), undefined);
    assert.strictEqual(annotationLine('- 1\n- 2\n', 'first'), undefined);
  });
});
