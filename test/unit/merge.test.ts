import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { mergeById } from '../../src/core/store/merge';

const base: Annotation = {
  id: 'a1', type: 'claim', start: 10, end: 20, text: 'قال المتحدث', before: '', after: '',
  attrs: { stance: 'neutral' }, links: {}, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z',
};
const at = (t: string) => `2026-01-0${t}T00:00:00Z`;

describe('merge by id', () => {
  it('keeps both sides’ changes to different fields', () => {
    const ours = { ...base, note: 'ours', modified: at('2') };
    const theirs = { ...base, type: 'actor', attrs: { stance: 'neutral', checked: true }, modified: at('3') };
    const r = mergeById([base], [ours], [theirs]);
    assert.deepStrictEqual(r.conflicts, []);
    assert.strictEqual(r.annotations[0]!.note, 'ours');
    assert.strictEqual(r.annotations[0]!.type, 'actor');
    assert.deepStrictEqual({ ...r.annotations[0]!.attrs }, { stance: 'neutral', checked: true });
    assert.strictEqual(r.annotations[0]!.modified, at('3'));
  });

  it('keeps an annotation one side deleted and the other edited', () => {
    const edited = { ...base, note: 'still needed' };
    assert.deepStrictEqual(mergeById([base], [edited], []).annotations, [edited]);
    assert.deepStrictEqual(mergeById([base], [], [edited]).annotations, [edited]);
  });

  it('drops an annotation one side deleted and the other left alone', () => {
    assert.deepStrictEqual(mergeById([base], [], [base]).annotations, []);
    assert.deepStrictEqual(mergeById([base], [base], []).annotations, []);
  });

  it('moves position fields as one and reports a real conflict, newer side winning', () => {
    const ours = { ...base, start: 11, end: 21, text: 'x', modified: at('2') };
    const theirs = { ...base, start: 30, end: 40, text: 'y', modified: at('5') };
    const r = mergeById([base], [ours], [theirs]);
    const position = (a: typeof base) => ({ start: a.start, end: a.end, orphaned: false, text: a.text, before: a.before, after: a.after });
    assert.deepStrictEqual(r.conflicts, [{ id: 'a1', field: 'position', kept: 'theirs', ours: position(ours), theirs: position(theirs) }]);
    assert.deepStrictEqual([r.annotations[0]!.start, r.annotations[0]!.end, r.annotations[0]!.text], [30, 40, 'y']);
  });

  it('keeps additions from both sides', () => {
    const a2 = { ...base, id: 'a2' };
    const a3 = { ...base, id: 'a3' };
    const ids = mergeById([base], [base, a2], [base, a3]).annotations.map((a) => a.id).sort();
    assert.deepStrictEqual(ids, ['a1', 'a2', 'a3']);
  });
});

describe('merge of links that hold several targets', () => {
  const at = (s: string) => `2026-01-01T00:00:0${s}.000Z`;
  const claim = {
    id: 'c1', type: 'claim', start: 0, end: 5, text: 'قالت', before: '', after: '', attrs: {}, links: { speaker: 's1' } as Record<string, string | string[]>, modified: at('1'),
  };

  it('keeps a speaker added on each side as a list of two, with no conflict', () => {
    const ours = { ...claim, links: { speaker: ['s1', 's2'] }, modified: at('2') };
    const theirs = { ...claim, links: { speaker: ['s1', 's3'] }, modified: at('3') };
    const r = mergeById([claim], [ours], [theirs]);
    assert.deepStrictEqual(r.conflicts, []);
    assert.deepStrictEqual(r.annotations[0]!.links.speaker, ['s1', 's2', 's3']);
  });

  it('drops a target one side removed while the other added another', () => {
    const base = { ...claim, links: { speaker: ['s1', 's2'] } };
    const ours = { ...claim, links: { speaker: 's2' }, modified: at('2') };
    const theirs = { ...claim, links: { speaker: ['s1', 's2', 's3'] }, modified: at('3') };
    assert.deepStrictEqual(mergeById([base], [ours], [theirs]).annotations[0]!.links.speaker, ['s2', 's3']);
  });

  it('leaves a single id a single id', () => {
    const ours = { ...claim, links: { speaker: 's1', date: 'd1' }, modified: at('2') };
    assert.deepStrictEqual({ ...mergeById([claim], [ours], [claim]).annotations[0]!.links }, { speaker: 's1', date: 'd1' });
  });
});

describe('merge at its edges', () => {
  const at = (s: string) => `2026-01-01T00:00:0${s}.000Z`;
  const claim = {
    id: 'c1', type: 'claim', start: 0, end: 5, text: 'قالت', before: '', after: '', attrs: {}, links: { speaker: ['s1', 's2', 's3'] } as Record<string, string | string[]>, modified: at('1'),
  };

  it('keeps what is left of a link as a single id, and drops a link whose targets both sides removed', () => {
    const ours = { ...claim, links: { speaker: ['s1', 's2'], date: 'd1' }, modified: at('2') };
    const theirs = { ...claim, links: { speaker: ['s1', 's3'], date: 'd1' }, modified: at('3') };
    const base = { ...claim, links: { speaker: ['s1', 's2', 's3'], date: 'd1' } };
    assert.deepStrictEqual({ ...mergeById([base], [ours], [theirs]).annotations[0]!.links }, { speaker: 's1', date: 'd1' });
    const gone = mergeById([claim], [{ ...claim, links: { speaker: 's1' } }], [{ ...claim, links: { speaker: 's2' } }]).annotations[0]!;
    assert.deepStrictEqual(Object.keys(gone.links), []);
  });

  it('keeps a target the other side added to a link one side removed entirely', () => {
    const ours = { ...claim, links: {}, modified: at('2') };
    const theirs = { ...claim, links: { speaker: ['s1', 's2', 's3', 's4'] }, modified: at('3') };
    assert.deepStrictEqual({ ...mergeById([claim], [ours], [theirs]).annotations[0]!.links }, { speaker: 's4' });
  });

  it('keeps ours when both sides added the same id with the same time, and says so', () => {
    const ours = { ...claim, note: 'ours' };
    const theirs = { ...claim, note: 'theirs' };
    const r = mergeById([], [ours], [theirs]);
    assert.strictEqual(r.annotations[0]!.note, 'ours');
    assert.deepStrictEqual(r.conflicts.map((c) => [c.field, c.kept]), [['*', 'ours']]);
  });

  it('takes the modification time of the side that has one', () => {
    const { modified: _none, ...unstamped } = claim;
    const theirs = { ...claim, note: 'theirs', modified: at('5') };
    assert.strictEqual(mergeById([claim], [unstamped], [theirs]).annotations[0]!.modified, at('5'));
  });

  it('counts a field present but undefined as absent: such an annotation is unchanged, and goes when the other side deleted it', () => {
    assert.deepStrictEqual(mergeById([claim], [{ ...claim, note: undefined }], []).annotations, []);
    assert.deepStrictEqual(mergeById([{ ...claim, note: undefined }], [claim], []).annotations, []);
  });
});
