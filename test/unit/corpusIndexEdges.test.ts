// The corpus index at its edges: how files, claims and actor groups are ordered, what one
// update or removal reports, and how links with several targets or none resolve.
import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { digestFile, indexAnnotation } from '../../src/core/corpus/fileDigest';
import { fold } from '../../src/core/corpus/fold';

let next = 0;
function ann(type: string, text: string, extra: Partial<Annotation> = {}): Annotation {
  next += 1;
  const start = next * 10;
  return { id: `e${next}`, type, start, end: start + text.length, text, before: '', after: '', attrs: {}, links: {}, ...extra };
}

const ids = (list: readonly { annotation: Annotation }[]) => list.map((it) => it.annotation.id);

describe('corpus digest of one file', () => {
  it('orders annotations by start, then end, with orphans last', () => {
    const long = ann('actor', 'وزير الدفاع', { start: 5, end: 16 });
    const short = ann('actor', 'وزير', { start: 5, end: 9 });
    const first = ann('date', 'أمس', { start: 1, end: 4 });
    const orphan = ann('claim', 'قال', { start: 0, end: 0, orphaned: true });
    const d = digestFile({ path: 'a.txt', annotations: [orphan, long, short, first] });
    assert.deepStrictEqual(ids(d.items), [first.id, short.id, long.id, orphan.id]);
    assert.deepStrictEqual([d.summary.total, d.summary.orphans], [4, 1]);
    assert.deepStrictEqual([...d.summary.byType], [['date', 1], ['actor', 2], ['claim', 1]]);
  });

  it('keeps each annotation\'s line, and none when the file gave no lines', () => {
    const a = ann('actor', 'رسول');
    const b = ann('actor', 'يحيى');
    assert.deepStrictEqual(digestFile({ path: 'a', annotations: [a, b], lines: [3, 7] }).items.map((it) => it.line), [3, 7]);
    assert.ok(!('line' in digestFile({ path: 'a', annotations: [a] }).items[0]!));
  });

  it('searches the quote, the note and the canonical name, each folded, but not across them', () => {
    const a = ann('actor', 'الوزيرُ', { note: 'ناطق  باسم الحكومة', attrs: { canonical: 'يحيى رسول' }, annotator: ' Huda ' });
    const it = indexAnnotation('a.txt', a);
    assert.strictEqual(it.folded, 'الوزير');
    assert.strictEqual(it.searchable, 'الوزير\nناطق باسم الحكومه\nيحيي رسول');
    assert.strictEqual(it.annotatorKey, 'huda');
    const bare = indexAnnotation('a.txt', ann('actor', 'رسول', { attrs: { canonical: 3 as unknown as string } }));
    assert.strictEqual(bare.searchable, 'رسول');
    assert.strictEqual(bare.annotatorKey, '');
  });

  it('groups actors by canonical name when it has one, else by quote; a blank canonical counts as none', () => {
    const a = ann('actor', 'الرئيس', { attrs: { canonical: 'عبد الفتاح السيسي' } });
    const b = ann('actor', 'السيسي', { attrs: { canonical: ' عبد الفتاح السيسي ' } });
    const c = ann('actor', 'الرئيس', { attrs: { canonical: '  ' } });
    const d = digestFile({ path: 'a', annotations: [a, b, c] });
    assert.deepStrictEqual([...d.actors].map(([k, v]) => [k, ids(v)]), [['عبد الفتاح السيسي', [a.id, b.id]], [fold('الرئيس'), [c.id]]]);
    // A quote that folds to nothing (only marks) makes no group.
    assert.strictEqual(digestFile({ path: 'a', annotations: [ann('actor', '\u064b\u0651')] }).actors.size, 0);
  });

  it('resolves a link with several targets to the first that exists, else to the first id', () => {
    const speaker = ann('actor', 'رسول', { attrs: { canonical: 'يحيى رسول' } });
    const claim = ann('claim', 'قال', { links: { speaker: ['gone', speaker.id], date: ['x', 'y'], 'reported-by': speaker.id } });
    const empty = ann('claim', 'نفى', { links: { speaker: [] } });
    const [row, none] = digestFile({ path: 'a', annotations: [speaker, claim, empty] }).claims;
    assert.deepStrictEqual([row!.speaker!.id, row!.speaker!.target!.annotation.id], [speaker.id, speaker.id]);
    assert.deepStrictEqual(row!.date, { id: 'x' });
    assert.strictEqual(row!.reportedBy!.target!.annotation.id, speaker.id);
    assert.deepStrictEqual(row!.missing, ['date']);
    assert.strictEqual(row!.speakerKey, 'يحيي رسول');
    assert.ok(!('speaker' in none!) && !('date' in none!) && !('reportedBy' in none!) && !('speakerKey' in none!));
    assert.deepStrictEqual(none!.missing, ['speaker', 'date']);
  });

  it('takes a date value trimmed, and no value when it is blank or not text', () => {
    const date = ann('date', 'أمس', { attrs: { value: ' 2024-02-11 ' } });
    const blank = ann('date', 'اليوم', { attrs: { value: '  ' } });
    const claims = [date, blank].map((d) => ann('claim', 'قال', { links: { date: d.id } }));
    const rows = digestFile({ path: 'a', annotations: [date, blank, ...claims] }).claims;
    assert.strictEqual(rows[0]!.dateValue, '2024-02-11');
    assert.ok(!('dateValue' in rows[1]!));
    assert.deepStrictEqual(rows[1]!.missing, ['speaker']);
  });
});

describe('corpus index ordering and updates', () => {
  it('sorts claims by date with equal dates in file order and undated ones last, in position order', () => {
    const index = new CorpusIndex();
    const mk = (value?: string) => {
      const d = ann('date', 'يوم', value === undefined ? {} : { attrs: { value } });
      return [d, ann('claim', 'قال', { links: { date: d.id } })] as const;
    };
    const [d1, late] = mk('2024-05-01');
    const [d2, undatedA] = mk();
    const [d3, early] = mk('2023-01-01');
    const [d4, sameA] = mk('2024-01-01');
    const [d5, sameB] = mk('2024-01-01');
    const [d6, undatedB] = mk();
    index.update({ path: 'b.txt', annotations: [d5, sameB, d6, undatedB] });
    index.update({ path: 'a.txt', annotations: [d1, late, d2, undatedA, d3, early, d4, sameA] });
    const byDate = index.claims(undefined, 'date').map((r) => r.claim.annotation.id);
    assert.deepStrictEqual(byDate, [early.id, sameA.id, sameB.id, late.id, undatedA.id, undatedB.id]);
    assert.deepStrictEqual(index.claims().map((r) => r.claim.annotation.id), [late.id, undatedA.id, early.id, sameA.id, sameB.id, undatedB.id]);
  });

  it('lists files, all annotations and actor groups in path and name order', () => {
    const index = new CorpusIndex();
    const x = ann('actor', 'زيد');
    const y = ann('actor', 'أحمد');
    const z = ann('actor', 'زيد');
    index.update({ path: 'c.txt', annotations: [x] });
    index.update({ path: 'a.txt', annotations: [y] });
    index.update({ path: 'b.txt', annotations: [z] });
    assert.ok(index.has('a.txt') && !index.has('d.txt'));
    assert.deepStrictEqual(index.files().map((f) => f.path), ['a.txt', 'b.txt', 'c.txt']);
    assert.deepStrictEqual(ids(index.all()), [y.id, z.id, x.id]);
    const groups = index.actors();
    assert.deepStrictEqual(groups.map((g) => [g.name, g.files, ids(g.mentions)]), [['أحمد', 1, [y.id]], ['زيد', 2, [z.id, x.id]]]);
  });

  it('names a group by its first canonical name, trimmed, and orders groups by that name', () => {
    const index = new CorpusIndex();
    const plain = ann('actor', 'رسول');
    const named = ann('actor', 'رسول', { attrs: { canonical: ' يحيى رسول ' } });
    const other = ann('actor', 'يحيى رسول');
    index.update({ path: 'a', annotations: [plain, named, other] });
    const groups = index.actors();
    assert.deepStrictEqual(groups.map((g) => [g.name, g.key]), [['رسول', 'رسول'], ['يحيى رسول', 'يحيي رسول']]);
    assert.deepStrictEqual(ids(groups[1]!.mentions), [named.id, other.id]);
    // Groups sort by the name shown, not by their folded key: أحمد (hamza) before ابراهيم.
    const shown = new CorpusIndex();
    shown.update({ path: 'a', annotations: [ann('actor', 'ابراهيم'), ann('actor', 'أحمد')] });
    assert.deepStrictEqual(shown.actors().map((g) => g.name), ['أحمد', 'ابراهيم']);
    const reversed = new CorpusIndex();
    reversed.update({ path: 'a', annotations: [ann('actor', 'أحمد'), ann('actor', 'ابراهيم')] });
    assert.deepStrictEqual(reversed.actors().map((g) => g.name), ['أحمد', 'ابراهيم']);
    // A blank canonical name is no name: the group shows the quote.
    const blank = new CorpusIndex();
    blank.update({ path: 'a', annotations: [ann('actor', 'الرئيس', { attrs: { canonical: '  ' } })] });
    assert.deepStrictEqual(blank.actors().map((g) => g.name), ['الرئيس']);
  });

  it('gives one group by key with only the mentions passing a filter, counting files that keep one', () => {
    const index = new CorpusIndex();
    const a = ann('actor', 'رسول', { annotator: 'Huda' });
    const b = ann('actor', 'رسول', { annotator: 'Omar' });
    const c = ann('actor', 'رسول', { annotator: 'Huda' });
    index.update({ path: 'b', annotations: [b] });
    index.update({ path: 'a', annotations: [a] });
    index.update({ path: 'c', annotations: [c] });
    const key = fold('رسول');
    assert.deepStrictEqual(ids(index.actor(key)!.mentions), [a.id, b.id, c.id]);
    const huda = index.actor(key, { annotator: 'huda' })!;
    assert.deepStrictEqual([ids(huda.mentions), huda.files], [[a.id, c.id], 2]);
    assert.strictEqual(index.actor(key, { annotator: 'nobody' }), undefined);
    assert.strictEqual(index.actor('nobody'), undefined);
  });

  it('reports what an update changed: claims before or after, the actor keys left and joined', () => {
    const index = new CorpusIndex();
    const claim = ann('claim', 'قال');
    const old = ann('actor', 'رسول');
    assert.deepStrictEqual(index.update({ path: 'a', annotations: [claim, old] }), { path: 'a', claims: true, actorKeys: ['رسول'], removed: false });
    const now = ann('actor', 'يحيى');
    assert.deepStrictEqual(index.update({ path: 'a', annotations: [now] }), { path: 'a', claims: true, actorKeys: ['رسول', 'يحيي'], removed: false });
    assert.strictEqual(index.actor('رسول'), undefined, 'an emptied group is gone');
    assert.deepStrictEqual(index.actors().map((g) => g.key), ['يحيي']);
    assert.deepStrictEqual(index.update({ path: 'a', annotations: [ann('date', 'أمس')] }).claims, false);
    assert.deepStrictEqual(index.remove('a'), { path: 'a', claims: false, actorKeys: [], removed: true });
    assert.deepStrictEqual(index.remove('never'), { path: 'never', claims: false, actorKeys: [], removed: false });
    assert.deepStrictEqual(index.files(), []);
  });

  it('keeps another file\'s mentions when one file leaves a shared group', () => {
    const index = new CorpusIndex();
    const a = ann('actor', 'رسول');
    const b = ann('actor', 'رسول');
    index.update({ path: 'a', annotations: [a] });
    index.update({ path: 'b', annotations: [b] });
    const claim = ann('claim', 'قال');
    index.update({ path: 'c', annotations: [claim] });
    assert.deepStrictEqual(index.remove('c'), { path: 'c', claims: true, actorKeys: [], removed: true });
    index.remove('a');
    assert.deepStrictEqual(ids(index.actor('رسول')!.mentions), [b.id]);
  });

  it('counts by type and orphans only what passes a filter, and lists one file\'s annotations filtered', () => {
    const index = new CorpusIndex();
    const claim = ann('claim', 'قال', { orphaned: true });
    const actor = ann('actor', 'قال');
    const date = ann('date', 'أمس');
    index.update({ path: 'a', annotations: [claim, actor, date] });
    const [summary] = index.files({ text: 'قال' });
    assert.deepStrictEqual([summary!.total, summary!.orphans, [...summary!.byType]], [2, 1, [['actor', 1], ['claim', 1]]]);
    assert.deepStrictEqual(ids(index.annotationsOf('a', { types: ['date'] })), [date.id]);
    assert.deepStrictEqual(ids(index.annotationsOf('a')), [actor.id, date.id, claim.id]);
    assert.deepStrictEqual(index.annotationsOf('missing'), []);
  });
});
