// The corpus index behind the views: counts, claims with links resolved, actors grouped by
// canonical name, filters with normalised matching, and incremental updates.
import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';
import { linesOf } from '../../src/core/corpus/lines';

let next = 0;
function ann(type: string, text: string, extra: Partial<Annotation> = {}): Annotation {
  next += 1;
  const start = next * 10;
  return { id: `id${next}`, type, start, end: start + text.length, text, before: '', after: '', attrs: {}, links: {}, ...extra };
}

function corpus() {
  const speaker = ann('actor', 'يحيى رسول', { attrs: { canonical: 'يحيى رسول' } });
  const speakerAgain = ann('actor', 'رسول', { attrs: { canonical: 'يحيى رسول' } });
  const date = ann('date', '11 فبراير 2024', { attrs: { value: '2024-02-11' } });
  const older = ann('date', 'أمس', { attrs: { value: '2023-08-07' } });
  const full = ann('claim', 'استأنفت اجتماعاتها', { links: { speaker: speaker.id, date: date.id }, annotator: 'Huda' });
  const noSpeaker = ann('claim', 'الدّولة ترفض', { links: { date: older.id }, annotator: 'Omar' });
  const dangling = ann('claim', 'المحادثات مستمرة', { links: { speaker: 'gone', date: date.id } });
  const orphan = ann('actor', 'لويد أوستن', { orphaned: true });
  const index = new CorpusIndex();
  index.update({ path: 'a.txt', annotations: [speaker, date, full, noSpeaker, orphan, older], lines: [0, 1, 2, 3, 4, 5] });
  index.update({ path: 'b.txt', annotations: [speakerAgain, dangling] });
  return { index, speaker, speakerAgain, full, noSpeaker, dangling, orphan, date };
}

describe('corpus index', () => {
  it('counts annotations and orphans per file, files in path order', () => {
    const { index } = corpus();
    const files = index.files();
    assert.deepStrictEqual(files.map((f) => [f.path, f.total, f.orphans]), [['a.txt', 6, 1], ['b.txt', 2, 0]]);
    assert.strictEqual(files[0]!.byType.get('actor'), 2);
    assert.strictEqual(files[0]!.byType.get('claim'), 2);
  });

  it('resolves each claim\'s speaker and date through its links and marks what is missing or dangling', () => {
    const { index, full, noSpeaker, dangling, speaker } = corpus();
    const rows = index.claims();
    assert.deepStrictEqual(rows.map((r) => r.claim.annotation.id), [full.id, noSpeaker.id, dangling.id]);
    assert.strictEqual(rows[0]!.speaker!.target!.annotation.id, speaker.id);
    assert.strictEqual(rows[0]!.dateValue, '2024-02-11');
    assert.deepStrictEqual(rows[0]!.missing, []);
    assert.deepStrictEqual(rows[1]!.missing, ['speaker']);
    // A dangling speaker is missing; so is a date whose id lives in another file (links stay in their file).
    assert.deepStrictEqual(rows[2]!.missing, ['speaker', 'date']);
    assert.strictEqual(rows[2]!.speaker!.id, 'gone');
    assert.strictEqual(rows[0]!.claim.line, 2);
  });

  it('sorts claims by date, undated last', () => {
    const { index, full, noSpeaker, dangling } = corpus();
    assert.deepStrictEqual(index.claims(undefined, 'date').map((r) => r.claim.annotation.id), [noSpeaker.id, full.id, dangling.id]);
  });

  it('groups actors by canonical name across files, else by folded quote, with mention counts', () => {
    const { index, speaker, speakerAgain } = corpus();
    const groups = index.actors();
    assert.deepStrictEqual(groups.map((g) => [g.name, g.mentions.length]), [['لويد أوستن', 1], ['يحيى رسول', 2]], 'by name');
    assert.deepStrictEqual(groups[1]!.mentions.map((m) => m.annotation.id), [speaker.id, speakerAgain.id]);
    assert.strictEqual(groups[1]!.files, 2);
    // Without a canonical name, spellings that fold alike are one actor.
    const index2 = new CorpusIndex();
    index2.update({ path: 'x', annotations: [ann('actor', 'الدولة'), ann('actor', 'الدّولة'), ann('actor', 'الدوله'), ann('actor', 'إيران')] });
    // Teh marbuta written as heh too, as the actor matcher of suggestions reads it.
    assert.deepStrictEqual(index2.actors().map((g) => g.mentions.length), [1, 3], 'إيران, then الدولة three times');
  });

  it('filters by type, annotator and normalised text', () => {
    const { index, noSpeaker, full } = corpus();
    assert.deepStrictEqual(index.all({ text: 'الدولة' }).map((it) => it.annotation.id), [noSpeaker.id], 'الدولة finds الدّولة');
    assert.deepStrictEqual(index.claims({ annotator: 'huda' }).map((r) => r.claim.annotation.id), [full.id]);
    assert.deepStrictEqual(index.files({ types: ['claim'] }).map((f) => [f.path, f.total]), [['a.txt', 2], ['b.txt', 1]]);
    assert.deepStrictEqual(index.files({ text: 'أوستن' }).map((f) => [f.path, f.total, f.orphans]), [['a.txt', 1, 1]]);
    assert.strictEqual(index.actors({ types: ['date'] }).length, 0);
    assert.strictEqual(index.actors({ text: 'يحيي' }).length, 1, 'final yeh folds');
  });

  it('updates one file: only its groups are reported, and removal takes its mentions away', () => {
    const { index, speakerAgain } = corpus();
    const change = index.update({ path: 'b.txt', annotations: [speakerAgain] });
    assert.deepStrictEqual(change.actorKeys, [index.actors()[1]!.key]);
    assert.strictEqual(change.claims, true, 'b.txt had a claim');
    assert.strictEqual(index.claims().length, 2);
    const gone = index.update({ path: 'b.txt', annotations: [] });
    assert.strictEqual(gone.removed, true);
    assert.strictEqual(index.actors()[1]!.mentions.length, 1);
    assert.ok(!index.has('b.txt'));
    const untouched = index.update({ path: 'c.txt', annotations: [ann('date', 'اليوم')] });
    assert.deepStrictEqual([untouched.claims, untouched.actorKeys.length], [false, 0]);
  });
});

describe('line numbers of code point offsets', () => {
  it('counts LF, CRLF and CR once each, astral characters as one code point', () => {
    const text = 'a😀b\r\nc\rd\ne';
    //            0 1 2 3 4 5 6 7 8 9 10 (code points)
    assert.deepStrictEqual(linesOf(text, [9, 0, 3, 5, 7, 2]), [3, 0, 0, 1, 2, 0]);
  });
});
