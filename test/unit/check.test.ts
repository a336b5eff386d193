/**
 * The whole check of a sidecar against its source (`hamish validate` and the editor's
 * diagnostics): which problems it reports, at which line, when the source is missing,
 * unchanged, or changed, and what it says about orphans.
 */
import * as assert from 'assert';
import { checkSidecar } from '../../src/core/check';
import type { Annotation, AnnotationSet } from '../../src/core/model/annotation';
import type { Problem } from '../../src/core/problems';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { seedArticle } from './support/fixtures';
import { FIXED_TIME, sampleSet } from './support/sampleSet';

const FILE = 'news/seed-article.ar.txt.ann.yaml';
const ARTICLE = seedArticle();

/** An annotation whose quote was deleted from the article before this sidecar was written. */
const ORPHAN: Annotation = {
  id: 'aorphan000000000000000000001',
  type: 'claim',
  start: 606,
  end: 606,
  orphaned: true,
  text: 'إن القوات الأميركية ستنسحب قبل نهاية العام',
  before: 'ام للقوات المسلحة العراقية، قال ',
  after: ' وفق ما نقلته وكالة الأنباء الرس',
  attrs: {},
  links: {},
  created: FIXED_TIME,
  modified: FIXED_TIME,
};

function withOrphan(): AnnotationSet {
  const set = sampleSet(ARTICLE);
  return { ...set, annotations: [...set.annotations, ORPHAN] };
}

/** 1-based line of the first line of `text` holding `needle`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" in sidecar`);
  return text.slice(0, at).split('\n').length;
}

const codes = (problems: readonly Problem[]) => problems.map((p) => p.code);

describe('checkSidecar', () => {
  it('finds nothing wrong with a sidecar that matches its source', () => {
    const r = checkSidecar(serializeSidecar(sampleSet(ARTICLE)), FILE, ARTICLE);
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.set?.annotations.length, 3);
    assert.strictEqual(r.reanchored, undefined, 'no re-anchoring dry run when the source is unchanged');
  });

  it('accepts a sidecar holding a real orphan (start equal to end) and notes the orphan at its line', () => {
    const text = serializeSidecar(withOrphan());
    const r = checkSidecar(text, FILE, ARTICLE);
    assert.ok(r.set, `valid: ${JSON.stringify(r.problems)}`);
    const orphan = r.set.annotations.find((a) => a.id === ORPHAN.id)!;
    assert.deepStrictEqual([orphan.start, orphan.end, orphan.orphaned], [606, 606, true]);
    assert.deepStrictEqual(r.problems, [{
      file: FILE,
      line: lineOf(text, `- id: "${ORPHAN.id}"`),
      field: 'annotations[1]',
      code: 'orphaned',
      severity: 'info',
      message: 'orphaned claim annotation: its text "إن القوات الأميركية ستنسحب قبل نهاية ال…" is no longer in the source',
    }]);
  });

  it('reports a missing source as an error at the source file line, keeping the set', () => {
    const text = serializeSidecar(sampleSet(ARTICLE));
    const r = checkSidecar(text, FILE, undefined);
    assert.deepStrictEqual(r.problems, [{
      file: FILE, line: 3, field: 'source.file', code: 'source-missing', severity: 'error',
      message: 'the source file "seed-article.ar.txt" does not exist beside this sidecar',
    }]);
    assert.ok(r.set);
  });

  it('returns only the parse problems of an invalid sidecar, without a set', () => {
    const text = serializeSidecar(sampleSet(ARTICLE)).replace('version: 2', 'version: 9');
    const r = checkSidecar(text, FILE, ARTICLE);
    assert.deepStrictEqual(codes(r.problems), ['unknown-version']);
    assert.strictEqual(r.set, undefined);
    assert.strictEqual(r.reanchored, undefined);
  });

  it('reports a quote that disagrees with an unchanged source at its text line', () => {
    const set = sampleSet(ARTICLE);
    const actor = set.annotations.find((a) => a.type === 'actor')!;
    actor.text = 'يحيى رسولا';
    const text = serializeSidecar(set).replace(/sha256: "\w+"/, `sha256: "${set.source.sha256}"`);
    const r = checkSidecar(text, FILE, ARTICLE);
    assert.deepStrictEqual(codes(r.problems), ['quote-mismatch']);
    assert.strictEqual(r.problems[0]!.line, lineOf(text, 'text: "يحيى رسولا"'));
    assert.strictEqual(r.problems[0]!.field, 'annotations[0].text');
  });

  describe('when the source changed', () => {
    it('says where each span would move, one line per annotation', () => {
      const text = serializeSidecar(sampleSet(ARTICLE));
      const r = checkSidecar(text, FILE, 'عاجل: ' + ARTICLE);
      assert.deepStrictEqual(codes(r.problems), ['source-changed', 'reanchor-moved', 'reanchor-moved', 'reanchor-moved']);
      const [changed, actor] = r.problems;
      assert.strictEqual(changed!.line, lineOf(text, 'sha256:'));
      assert.strictEqual(changed!.severity, 'warning');
      assert.deepStrictEqual(actor, {
        file: FILE, line: lineOf(text, '- id: "aactor'), field: 'annotations[0]', code: 'reanchor-moved', severity: 'info',
        message: 'actor "يحيى رسول" would move from 597-606 to 603-612',
      });
      assert.deepStrictEqual(r.reanchored?.map((x) => x.outcome), ['moved', 'moved', 'moved']);
    });

    it('warns about a quote that only matches approximately, with its similarity', () => {
      const text = serializeSidecar(sampleSet(ARTICLE));
      const edited = ARTICLE.replace('يحيى رسول', 'يحيا رسول');
      const r = checkSidecar(text, FILE, edited);
      const fuzzy = r.problems.filter((p) => p.code === 'reanchor-fuzzy');
      assert.deepStrictEqual(fuzzy, [{
        file: FILE, line: lineOf(text, '- id: "aactor'), field: 'annotations[0]', code: 'reanchor-fuzzy', severity: 'warning',
        message: 'actor "يحيى رسول" only matches approximately (89 %) at 597-606: "يحيا رسول"',
      }]);
      assert.deepStrictEqual(codes(r.problems), ['source-changed', 'reanchor-fuzzy']);
    });

    it('warns about a quote that vanished, but not again about an annotation already orphaned', () => {
      const text = serializeSidecar(withOrphan());
      const edited = ARTICLE.replace('11 فبراير/شباط 2024', 'الأسبوع الماضي');
      const r = checkSidecar(text, FILE, edited);
      assert.deepStrictEqual(r.reanchored?.map((x) => [x.annotation.id, x.outcome]), [
        ['aactor0000000000000000000001', 'kept'],
        [ORPHAN.id, 'orphaned'],
        ['aclaim00000000000000000000001', 'kept'],
        ['adate00000000000000000000001', 'orphaned'],
      ]);
      const orphaned = r.problems.filter((p) => p.code === 'orphaned');
      assert.deepStrictEqual(orphaned, [{
        file: FILE, line: lineOf(text, '- id: "adate'), field: 'annotations[3]', code: 'orphaned', severity: 'warning',
        message: 'date "11 فبراير/شباط 2024" is no longer in the source; it would be kept as orphaned',
      }]);
      assert.deepStrictEqual(codes(r.problems), ['source-changed', 'orphaned']);
    });
  });
});
