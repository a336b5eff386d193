/**
 * Where carried-over comments land when Hamish rewrites a commented sidecar: with the
 * annotation they described even when it moves in the list, on nested fields, before a
 * blank line a person left, at the end of the file; and never at all from a previous text
 * YAML cannot read.
 */
import * as assert from 'assert';
import type { AnnotationSet } from '../../src/core/model/annotation';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { carryComments, hasComments } from '../../src/core/sidecar/comments';
import { createAnnotation } from '../../src/core/model/build';
import { cpIndexOf, seedArticle } from './support/fixtures';
import { FIXED_TIME, sampleSet } from './support/sampleSet';

const TEXT = seedArticle();
const SET = sampleSet(TEXT);
const CANONICAL = serializeSidecar(SET);

/** The set with an actor on the first word of the article, which sorts before every other annotation. */
function withFirstWord(): AnnotationSet {
  const start = cpIndexOf(TEXT, TEXT.match(/[\u0621-\u064a]+/)![0]);
  const first = createAnnotation(TEXT, { type: 'actor', start, end: start + 3, now: FIXED_TIME, id: 'afirst00000000000000000000001' });
  return { ...SET, annotations: [...SET.annotations, first] };
}

describe('comment placement on rewrite', () => {
  it('keeps a comment above the first annotation with that annotation when another now comes first', () => {
    const previous = CANONICAL.replace('  - id: "aactor', '  # المتحدث الرسمي، تحققت منه ليلى\n  - id: "aactor');
    const out = serializeSidecar(withFirstWord(), previous);
    assert.match(out, /annotations:\n  - id: "afirst/);
    assert.match(out, /# المتحدث الرسمي، تحققت منه ليلى\n  - id: "aactor/);
  });

  it('keeps comments on nested attributes, links and list values, and at the end of the file', () => {
    const previous = CANONICAL
      .replace('      stance: "neutral"', '      stance: "neutral" # بعد المراجعة')
      .replace('      speaker: "aactor', '      # من الفقرة الأولى\n      speaker: "aactor')
      .concat('# نهاية الملف\n');
    assert.ok(hasComments(previous));
    const out = serializeSidecar(SET, previous);
    assert.match(out, /stance: "neutral" # بعد المراجعة/);
    assert.match(out, /# من الفقرة الأولى\n\s+speaker: "aactor/);
    assert.match(out, /# نهاية الملف\n$/);
    assert.ok(parseSidecar(out, 'x').ok);
  });

  it('keeps a blank line a person left between annotations', () => {
    const previous = CANONICAL.replace('\n  - id: "adate', '\n\n  # التواريخ\n  - id: "adate');
    const out = serializeSidecar(SET, previous);
    assert.match(out, /\n\n  # التواريخ\n  - id: "adate/);
  });

  it('does not fold long lines', () => {
    const long = structuredClone(SET);
    long.annotations[0]!.note = 'ملاحظة طويلة جداً '.repeat(12).trim();
    const previous = '# تعليق\n' + serializeSidecar(long);
    const out = serializeSidecar(long, previous);
    assert.ok(out.includes(`note: "${long.annotations[0]!.note}"`), 'the note stays on one line');
  });

  it('writes the canonical text when the previous one cannot be read', () => {
    assert.strictEqual(carryComments('# تعليق\nversion: [\n', CANONICAL), CANONICAL);
  });

  it('finds a comment on a list item deep in the file', () => {
    assert.ok(hasComments(CANONICAL.replace('    type: "date"', '    type: "date" # ميلادي')));
    assert.ok(hasComments(CANONICAL.replace('      iso: "2024-02-11"', '      # ISO\n      iso: "2024-02-11"')));
    assert.ok(hasComments(CANONICAL + '# آخر سطر\n'));
  });
});
