/** Merge by id where both sides touched the same annotation: conflicts, orphans, removals. */
import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { equal, mergeById } from '../../src/core/store/merge';

const base: Annotation = {
  id: 'a1', type: 'claim', start: 10, end: 20, text: 'قال المتحدث', before: 'بغداد - ', after: ' إن الوفد',
  attrs: { stance: 'neutral' }, links: {}, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
};
const at = (d: string) => `2026-01-0${d}T00:00:00Z`;
/** The data without prototypes: merged attrs and links are prototype-free maps (see namedMap). */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('merge by id, both sides at once', () => {
  it('keeps the newer copy of an annotation both sides added, reporting it', () => {
    const ours = { ...base, note: 'نسختنا', modified: at('2') };
    const theirs = { ...base, note: 'نسختهم', modified: at('3') };
    // A conflict carries both sides' values, so the researcher can be shown what was not kept.
    assert.deepStrictEqual(mergeById([], [ours], [theirs]), { annotations: [theirs], conflicts: [{ id: 'a1', field: '*', kept: 'theirs', ours, theirs }] });
    assert.deepStrictEqual(mergeById([], [theirs], [ours]), { annotations: [theirs], conflicts: [{ id: 'a1', field: '*', kept: 'ours', ours: theirs, theirs: ours }] });
    const undated = { ...ours, modified: undefined };
    assert.deepStrictEqual(mergeById([], [undated], [theirs]).conflicts.map(({ kept }) => kept), ['theirs']);
    assert.deepStrictEqual(mergeById([], [ours], [{ ...theirs, modified: undefined }]).conflicts.map(({ kept }) => kept), ['ours']);
  });

  it('takes an identical annotation both sides added once, without a conflict', () => {
    const copy = { ...base, attrs: { ...base.attrs } };
    assert.deepStrictEqual(mergeById([], [base], [copy]), { annotations: [base], conflicts: [] });
  });

  it('keeps ours on a tie of modification times and names the field in conflict', () => {
    const ours = { ...base, type: 'actor', note: 'أ', modified: at('2') };
    const theirs = { ...base, type: 'date', note: 'ب', modified: at('2') };
    const r = mergeById([base], [ours], [theirs]);
    assert.deepStrictEqual(r.conflicts, [{ id: 'a1', field: 'type', kept: 'ours', ours: 'actor', theirs: 'date' }, { id: 'a1', field: 'note', kept: 'ours', ours: 'أ', theirs: 'ب' }]);
    assert.deepStrictEqual([r.annotations[0]!.type, r.annotations[0]!.note], ['actor', 'أ']);
  });

  it('merges attributes and links key by key, naming a conflicting key', () => {
    const ours = { ...base, attrs: { stance: 'supportive', extra: 1 }, links: { speaker: 'a2' }, modified: at('4') };
    const theirs = { ...base, attrs: { stance: 'critical' }, links: { date: 'a3' }, modified: at('3') };
    const r = mergeById([base], [ours], [theirs]);
    assert.deepStrictEqual(r.conflicts, [{ id: 'a1', field: 'attrs.stance', kept: 'ours', ours: 'supportive', theirs: 'critical' }]);
    assert.deepStrictEqual(plain(r.annotations[0]!.attrs), { stance: 'supportive', extra: 1 });
    assert.deepStrictEqual(plain(r.annotations[0]!.links), { speaker: 'a2', date: 'a3' });
    assert.strictEqual(r.annotations[0]!.modified, at('4'));
  });

  it('drops a field one side removed, and an attribute one side deleted', () => {
    const withNote = { ...base, note: 'قديم', attrs: { stance: 'neutral', checked: true } };
    const ours = { ...withNote, attrs: { stance: 'neutral' } };
    const { note: _n, ...theirs } = withNote;
    const r = mergeById([withNote], [ours], [theirs]);
    assert.deepStrictEqual(r.conflicts, []);
    assert.ok(!('note' in r.annotations[0]!));
    assert.deepStrictEqual(plain(r.annotations[0]!.attrs), { stance: 'neutral' });
  });

  it('takes their orphaning of a span we did not move, and their revival of our orphan', () => {
    const orphan = { ...base, start: 10, end: 10, orphaned: true };
    const r1 = mergeById([base], [{ ...base, note: 'ن' }], [orphan]);
    assert.deepStrictEqual([r1.annotations[0]!.orphaned, r1.annotations[0]!.end, r1.annotations[0]!.note], [true, 10, 'ن']);
    const r2 = mergeById([orphan], [{ ...orphan, note: 'ن' }], [base]);
    assert.ok(!('orphaned' in r2.annotations[0]!), 'a revived span is not marked orphaned');
    assert.strictEqual(r2.annotations[0]!.end, 20);
    assert.deepStrictEqual(r2.conflicts, []);
  });

  it('keeps an annotation they added, and drops one they deleted that we left alone', () => {
    const added = { ...base, id: 'a9' };
    assert.deepStrictEqual(plain(mergeById([base], [base], [base, added]).annotations), plain([base, added]));
    assert.deepStrictEqual(mergeById([base], [base], []).annotations, []);
    const changedByThem = { ...base, note: 'ن' };
    assert.deepStrictEqual(plain(mergeById([base], [], [changedByThem]).annotations), plain([changedByThem]));
  });
});

describe('structural equality', () => {
  it('ignores key order and undefined fields, but not arrays against objects', () => {
    assert.ok(equal({ a: 1, b: [1, 'x'] }, { b: [1, 'x'], a: 1, c: undefined }));
    assert.ok(!equal({ a: 1 }, { a: 1, b: 2 }));
    assert.ok(!equal({ a: 1, b: 2 }, { a: 1 }));
    assert.ok(!equal([1], { 0: 1 }));
    assert.ok(!equal({ a: null }, { a: {} }));
    assert.ok(!equal({ a: {} }, { a: null }));
    assert.ok(!equal(1, '1'));
    assert.ok(!equal({ a: 1 }, 'a'));
    assert.ok(!equal('a', { a: 1 }));
    assert.ok(equal(null, null));
    assert.ok(!equal(['a', 'b'], ['b', 'a']));
  });
});
