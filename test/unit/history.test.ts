import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { AnnotationHistory, diffStep } from '../../src/core/model/history';

function ann(id: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return { id, type: 'claim', start, end: start + 2, text: 'ab', before: '', after: '', attrs: {}, links: {}, ...extra };
}

describe('annotation history', () => {
  it('records only what a step changed, and nothing for a step that changed nothing', () => {
    const a = ann('a', 0);
    const b = ann('b', 5);
    const step = diffStep('Retype', [a, b], [a, { ...b, type: 'actor' }])!;
    assert.deepStrictEqual([...step.before.keys()], ['b']);
    assert.strictEqual(step.after.get('b')!.type, 'actor');
    assert.strictEqual(diffStep('Nothing', [a, b], [a, b]), undefined);
    // Moving with the text is not a step.
    assert.strictEqual(diffStep('Moved', [a], [{ ...a, start: 9, end: 11, before: 'x' }]), undefined);
    const tag = diffStep('Tag', [a], [a, b])!;
    assert.deepStrictEqual([...tag.before], [['b', null]]);
    const remove = diffStep('Remove', [a, b], [b])!;
    assert.deepStrictEqual([...remove.after], [['a', null]]);
  });

  it('undoes onto the current list: other changes and current positions stay', () => {
    const h = new AnnotationHistory();
    const a = ann('a', 0);
    const b = ann('b', 5);
    h.record(diffStep('Link', [a, b], [{ ...a, links: { speaker: 'b' } }, b]));
    // Since then, typing moved both spans and another step changed b.
    const now = [{ ...a, start: 10, end: 12, links: { speaker: 'b' } }, { ...b, start: 15, end: 17, note: 'x' }];
    const undone = h.undo(now)!;
    assert.strictEqual(undone.label, 'Link');
    assert.deepStrictEqual(undone.annotations, [{ ...a, start: 10, end: 12 }, { ...b, start: 15, end: 17, note: 'x' }]);
    assert.deepStrictEqual(undone.reinserted, []);
    const redone = h.redo(undone.annotations)!;
    assert.deepStrictEqual(redone.annotations[0]!.links, { speaker: 'b' });
    assert.strictEqual(redone.annotations[0]!.start, 10);
  });

  it('undoes a tag by removing it and a removal by putting it back, then redoes both', () => {
    const h = new AnnotationHistory();
    const a = ann('a', 0);
    const b = ann('b', 5);
    h.record(diffStep('Tag', [a], [a, b]));
    h.record(diffStep('Remove', [a, b], [b]));
    assert.ok(h.canUndo && !h.canRedo);
    const r1 = h.undo([b])!;
    assert.deepStrictEqual(r1.annotations.map((x) => x.id), ['b', 'a']);
    assert.deepStrictEqual(r1.reinserted, ['a']);
    const r2 = h.undo(r1.annotations)!;
    assert.deepStrictEqual(r2.annotations.map((x) => x.id), ['a']);
    assert.ok(!h.canUndo && h.canRedo);
    assert.strictEqual(h.undo(r2.annotations), undefined);
    const r3 = h.redo(r2.annotations)!;
    assert.deepStrictEqual(r3.annotations.map((x) => x.id), ['a', 'b']);
    assert.deepStrictEqual(r3.reinserted, ['b']);
    const r4 = h.redo(r3.annotations)!;
    assert.deepStrictEqual(r4.annotations.map((x) => x.id), ['b']);
    assert.strictEqual(h.redo(r4.annotations), undefined);
  });

  it('a new step clears the redo stack; an empty step is not recorded', () => {
    const h = new AnnotationHistory();
    const a = ann('a', 0);
    h.record(diffStep('Tag', [], [a]));
    h.undo([a]);
    assert.ok(h.canRedo);
    h.record(undefined);
    assert.ok(h.canRedo, 'nothing recorded, nothing cleared');
    h.record(diffStep('Tag', [], [ann('c', 3)]));
    assert.ok(!h.canRedo);
  });

  it('keeps the last 200 steps', () => {
    const h = new AnnotationHistory();
    let list: Annotation[] = [];
    for (let i = 0; i < 205; i++) {
      const next = [...list, ann(`x${i}`, i)];
      h.record(diffStep(`Tag ${i}`, list, next));
      list = next;
    }
    let undone = 0;
    while (h.canUndo) {
      list = h.undo(list)!.annotations;
      undone++;
    }
    assert.strictEqual(undone, 200);
    assert.deepStrictEqual(list.map((x) => x.id), ['x0', 'x1', 'x2', 'x3', 'x4']);
  });
});
