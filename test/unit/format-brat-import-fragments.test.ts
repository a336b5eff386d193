/**
 * brat text-bound annotations in several pieces: pieces cut only at line breaks are one span
 * (brat writes a span over two lines so), anything else is reported as discontinuous with its
 * pieces as written; a wrong text column is quoted cut short; a flag and a value given for the
 * same attribute become a list of words.
 */
import * as assert from 'assert';
import { bratImporter } from '../../src/core/formats/brat/importer';

const TXT = 'قال الوزير\nإن الوفد وصل إلى بغداد يوم الأحد';

function read(ann: string) {
  const r = bratImporter.import([{ path: 'c/a.txt', text: TXT }, { path: 'c/a.ann', text: ann }]);
  return {
    spans: r.sources.flatMap((s) => s.spans.map((x) => [x.localId, x.start, x.end, x.quote, { ...x.attrs }])),
    problems: r.problems.map((p) => `${p.line} ${p.severity} ${p.message}`),
  };
}

describe('brat import of spans in pieces', () => {
  it('joins pieces cut at a line break, or touching, into one span without a warning', () => {
    assert.deepStrictEqual(read('T1\tclaim 4 10;11 13\tالوزير إن\nT2\tactor 0 3;3 10\tقال  الوزير'), {
      spans: [['T1', 4, 13, 'الوزير\nإن', {}], ['T2', 0, 10, 'قال الوزير', {}]],
      problems: [],
    });
  });

  it('reports pieces with words between them, or overlapping, or written out of order, with the pieces as written', () => {
    const r = read('T1\tclaim 14 19;0 3\tالوفد قال\nT2\tactor 0 6;4 10\tقال ال الوزير');
    assert.deepStrictEqual(r.spans, [['T1', 0, 19, 'قال الوزير\nإن الوفد', {}], ['T2', 0, 10, 'قال الوزير', {}]]);
    assert.deepStrictEqual(r.problems, [
      '1 warning T1 is discontinuous (14 19;0 3): imported as the one span 0–19, which also covers the text between its pieces',
      '2 warning T2 is discontinuous (0 6;4 10): imported as the one span 0–10, which also covers the text between its pieces',
    ]);
  });

  it('quotes a wrong text column in full up to 60 characters, and cut with an ellipsis past that', () => {
    const sixty = 'ب'.repeat(60);
    const r = read(`T1\tclaim 0 3\t${sixty}\nT2\tclaim 0 3\t${sixty}ج`);
    assert.deepStrictEqual(r.problems, [
      `1 warning T1: its text "${sixty}" is not the .txt's "قال" at 0–3`,
      `2 warning T2: its text "${sixty}…" is not the .txt's "قال" at 0–3`,
    ]);
    // The text column wins over the .txt: it is what the annotator saw.
    assert.deepStrictEqual(r.spans.map((s) => s[3]), [sixty, sixty + 'ج']);
  });

  it('makes a list of words from a flag and a value given for one attribute', () => {
    assert.deepStrictEqual(read('T1\tclaim 0 3\tقال\nA1\tchecked T1\nA2\tchecked T1 later').spans, [['T1', 0, 3, 'قال', { checked: ['true', 'later'] }]]);
  });
});
