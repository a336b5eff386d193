/**
 * The sidecar's optional `dismissed` list and `source.date`: written only when set, read
 * back the same, checked field by field with lines, merged by union (dismissals) and three
 * ways (the date), and a cut-short file still told from a whole one.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { AnnotationSet, Dismissal } from '../../src/core/model/annotation';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { isIsoDay } from '../../src/core/sidecar/validate';
import { mergeDismissals, mergeSourceField } from '../../src/core/store/merge';
import { SidecarStore } from '../../src/core/store/sidecarStore';
import { toStoredSet, TextVersion } from '../../src/core/sync/liveSpans';
import { spanContext } from '../../src/core/text/context';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { cpIndexOf, repoRoot, seedArticle, tempDir } from './support/fixtures';
import { sampleSet } from './support/sampleSet';

const text = seedArticle();

function dismissalAt(quote: string, type: string): Dismissal {
  const start = cpIndexOf(text, quote);
  const end = start + Array.from(quote).length;
  return { type, start, end, ...spanContext(text, start, end) };
}

function withExtras(): AnnotationSet {
  const set = sampleSet(text);
  set.source.date = '2024-02-11';
  // Given out of order on purpose: the writer sorts by start, end, type, text.
  set.dismissed = [dismissalAt('لويد أوستن', 'actor'), dismissalAt('بغداد', 'actor'), dismissalAt('بغداد', 'date')];
  return set;
}

function mustParse(sidecar: string): AnnotationSet {
  const r = parseSidecar(sidecar, 'x.ann.yaml');
  if (!r.ok) assert.fail(r.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return r.set;
}

const lineOf = (sidecar: string, needle: string, from = 0) => sidecar.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('sidecar dismissals and document date', () => {
  it('round-trips dismissals and source.date; dismissals sorted, written before count', () => {
    const set = withExtras();
    const written = serializeSidecar(set);
    const back = mustParse(written);
    assert.strictEqual(back.source.date, '2024-02-11');
    const sorted = [...set.dismissed!].sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : 1));
    assert.deepStrictEqual(back.dismissed, sorted);
    assert.strictEqual(serializeSidecar(back), written, 'the same set gives the same bytes');
    const lines = written.trimEnd().split('\n');
    assert.match(lines[lines.length - 1]!, /^count: 3$/, 'count stays the last line');
    assert.ok(written.indexOf('\ndismissed:\n') > written.indexOf('\nannotations:\n'));
    assert.ok(written.includes('  length: ' + set.source.length + '\n  date: "2024-02-11"\n'));
    // Both dismissals of بغداد: the actor one before the date one (same span, type decides).
    const first = written.indexOf('  - type: "actor"\n    start: ' + sorted[0]!.start);
    assert.ok(first > 0 && sorted[0]!.type === 'actor' && sorted[1]!.type === 'date', written);
  });

  it('writes a file without dismissals or date byte for byte as before', () => {
    const sample = fs.readFileSync(path.join(repoRoot, 'samples', 'seed-article.ar.txt.ann.yaml'), 'utf8');
    const set = mustParse(sample);
    assert.strictEqual(set.dismissed, undefined);
    assert.strictEqual(set.source.date, undefined);
    assert.strictEqual(serializeSidecar(set), sample);
    assert.strictEqual(serializeSidecar({ ...set, dismissed: [] }), sample, 'an empty list is not written');
  });

  it('reads dismissals of a commented file through the full parser, and keeps the comment on rewrite', () => {
    const written = serializeSidecar(withExtras());
    const commented = written.replace('dismissed:\n', '# turned down in review\ndismissed:\n');
    const r = parseSidecar(commented, 'x.ann.yaml');
    assert.ok(r.ok && r.hasComments);
    const rewritten = serializeSidecar(r.set, { text: commented, hasComments: true });
    assert.ok(rewritten.includes('# turned down in review\ndismissed:'), rewritten);
    assert.deepStrictEqual(mustParse(rewritten).dismissed, r.set.dismissed);
  });

  it('reports each wrong dismissal field with its path and line', () => {
    const written = serializeSidecar(withExtras());
    const at = written.indexOf('\ndismissed:\n');
    const broken = written.slice(0, at) + written.slice(at)
      .replace(/ {4}start: \d+/, '    start: "five"')
      .replace(/ {4}text: "[^"]*"\n/, '')
      .replace('  - type: "date"', '  - type: "date"\n    colour: "red"');
    const r = parseSidecar(broken, 'x.ann.yaml');
    assert.ok(!r.ok);
    const byField = new Map(r.problems.map((p) => [p.field, p]));
    const start = byField.get('dismissed[0].start');
    assert.ok(start, JSON.stringify(r.problems));
    assert.strictEqual(start.code, 'wrong-type');
    assert.strictEqual(start.line, lineOf(broken, 'start: "five"'));
    const missing = r.problems.find((p) => p.code === 'missing-field' && p.field === 'dismissed[0]');
    assert.ok(missing && /missing "text"/.test(missing.message), JSON.stringify(r.problems));
    assert.strictEqual(missing.line, lineOf(broken, '- type:', lineOf(broken, 'dismissed:')));
    const unknown = r.problems.find((p) => p.code === 'unknown-field');
    assert.ok(unknown && unknown.field === 'dismissed[1].colour' && /unknown field "colour"/.test(unknown.message), JSON.stringify(r.problems));
    assert.strictEqual(unknown.line, lineOf(broken, 'colour:'));
  });

  it('refuses a dismissed list that is not a list, an end before start, and a bad type name', () => {
    const base = serializeSidecar(sampleSet(text));
    const notList = base.replace(/\ncount:/, '\ndismissed: "none"\ncount:');
    const r1 = parseSidecar(notList, 'x');
    assert.ok(!r1.ok && r1.problems.some((p) => p.field === 'dismissed' && p.code === 'wrong-type' && p.line === lineOf(notList, 'dismissed:')));
    const bad = base.replace(/\ncount:/, '\ndismissed:\n  - type: "no spaces"\n    start: 9\n    end: 3\n    text: ""\n    before: ""\n    after: ""\ncount:');
    const r2 = parseSidecar(bad, 'x');
    assert.ok(!r2.ok);
    assert.ok(r2.problems.some((p) => p.field === 'dismissed[0].end' && p.code === 'end-before-start' && p.line === lineOf(bad, 'end: 3')), JSON.stringify(r2.problems));
    assert.ok(r2.problems.some((p) => p.field === 'dismissed[0].type' && p.code === 'bad-value'));
  });

  it('validates source.date as a real ISO day', () => {
    for (const ok of ['2024-02-11', '2024-02-29', '1999-12-31']) assert.ok(isIsoDay(ok), ok);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-2-11', '11/02/2024', '2024-02-11T00:00', '2024-04-31']) assert.ok(!isIsoDay(bad), bad);
    const written = serializeSidecar(withExtras()).replace('date: "2024-02-11"', 'date: "11 فبراير 2024"');
    const r = parseSidecar(written, 'x');
    assert.ok(!r.ok);
    const p = r.problems.find((q) => q.field === 'source.date');
    assert.ok(p && p.code === 'bad-value' && /YYYY-MM-DD/.test(p.message), JSON.stringify(r.problems));
    assert.strictEqual(p.line, lineOf(written, 'date: "11 فبراير'));
  });

  it('detects every cut of a sidecar holding dismissals and a date', () => {
    const whole = serializeSidecar(withExtras());
    const full = mustParse(whole);
    const points = Array.from(whole);
    const silent: number[] = [];
    for (let cut = 0; cut < points.length; cut++) {
      const parsed = parseSidecar(points.slice(0, cut).join(''), 'x');
      if (!parsed.ok) continue;
      assert.deepStrictEqual(JSON.parse(JSON.stringify(parsed.set)), JSON.parse(JSON.stringify(full)), `cut at ${cut} lost data silently`);
      silent.push(cut);
    }
    assert.deepStrictEqual(silent, [points.length - 1]);
  });

  it('merges dismissals as a union, one per type, quote and context', () => {
    const a = dismissalAt('بغداد', 'actor');
    const b = dismissalAt('لويد أوستن', 'actor');
    const movedA = { ...a, start: a.start + 5, end: a.end + 5 }; // the same dismissal, seen after an edit
    const merged = mergeDismissals([b, a], [movedA, dismissalAt('بغداد', 'date')]);
    assert.deepStrictEqual(merged?.map((d) => [d.type, d.text]), [['actor', 'بغداد'], ['date', 'بغداد'], ['actor', 'لويد أوستن']]);
    assert.strictEqual(merged?.[0]!.start, a.start, 'ours wins for the offsets hint');
    assert.strictEqual(mergeDismissals(undefined, []), undefined);
  });

  it('merges source.date three ways: the side that changed it, ours when both did', () => {
    assert.strictEqual(mergeSourceField('2024-01-01', '2024-01-01', '2024-02-02'), '2024-02-02');
    assert.strictEqual(mergeSourceField('2024-01-01', '2024-03-03', '2024-01-01'), '2024-03-03');
    assert.strictEqual(mergeSourceField('2024-01-01', '2024-03-03', '2024-02-02'), '2024-03-03');
    assert.strictEqual(mergeSourceField('2024-01-01', undefined, '2024-01-01'), undefined, 'our removal kept');
    assert.strictEqual(mergeSourceField(undefined, undefined, '2024-02-02'), '2024-02-02', 'their setting kept');
  });

  it('an editor save keeps the dismissals and date it was given, and writes neither when there are none', () => {
    const current = new TextVersion(text);
    const dismissed = [dismissalAt('بغداد', 'actor')];
    const kept = toStoredSet([], 'seed-article.ar.txt', current, { dismissed, date: '2024-02-11' });
    assert.deepStrictEqual(kept.dismissed, dismissed);
    assert.strictEqual(kept.source.date, '2024-02-11');
    const bare = toStoredSet([], 'seed-article.ar.txt', current, { dismissed: [] });
    assert.ok(!('dismissed' in bare) && !('date' in bare.source));
  });

  it('the store keeps both writers\' dismissals and their date when the file changed on disk', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'seed-article.ar.txt.ann.yaml');
      const store = new SidecarStore(nodeFileSystem);
      const first = await store.save(file, sampleSet(text), undefined);
      assert.strictEqual(first.kind, 'saved');
      const base = first.snapshot;
      const theirs = structuredClone(base.set);
      theirs.dismissed = [dismissalAt('بغداد', 'actor')];
      theirs.source.date = '2024-02-11';
      fs.writeFileSync(file, serializeSidecar(theirs));
      const ours = structuredClone(base.set);
      ours.dismissed = [dismissalAt('لويد أوستن', 'actor')];
      const saved = await store.save(file, ours, base);
      assert.ok(saved.kind === 'saved' && saved.merged);
      const loaded = await store.load(file);
      assert.strictEqual(loaded.kind, 'loaded');
      assert.deepStrictEqual(loaded.snapshot.set.dismissed?.map((d) => d.text), ['بغداد', 'لويد أوستن']);
      assert.strictEqual(loaded.snapshot.set.source.date, '2024-02-11');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
