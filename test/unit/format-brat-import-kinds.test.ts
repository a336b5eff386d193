/**
 * brat import of every .ann line kind into one source: spans (with a line break between
 * fragments, a missing or differing text column, offsets past the end), relations, binary
 * and valued attributes, normalisations, notes, Hamish ids, equivalences, events, and a
 * problem with its line for each reference to something that was not imported.
 */
import * as assert from 'assert';
import { bratImporter } from '../../src/core/formats/brat';

const TXT = 'قال الوزير إن الوفد\r\nوصل بغداد';
const ANN = [
  'T1\tclaim 0 3\tقال',
  'T2\tactor 4 10\tالوزير',
  'T3\tplace 14 19;20 25\tلا يوجد',
  'T4\tdate 4 10',
  'T5\tdate 0 99\tx',
  'T6\tactor 11 13\tإن',
  'E1\tAttack:T2 Target:T1',
  'T1\tdup 0 1\tق',
  'R1\tspeaker Arg1:T1 Arg2:T2',
  'R2\tspeaker Arg1:T1 Arg2:T5',
  'R3\tspeaker Arg1:T1 Arg2:T9',
  'R4\tspeaker Arg1:T1 Arg2:R1',
  'A1\tchecked T1',
  'A2\tmodality T1 reported',
  'A3\tmodality T1 rumour',
  'A4\tcertainty T2 0.8',
  'A5\tchecked T9',
  'N1\tReference T2 Wikidata:Q1\tالوزير',
  'N2\tReference T9 Wikidata:Q2\tx',
  '#1\tAnnotatorNotes T1\tسطر\\nثان',
  '#2\tAnnotatorNotes T1\tآخر',
  '#3\tHamishId T1\taabc',
  '#4\tHamishId T2\t../bad',
  '#5\tLemma T2\tوزير',
  '#6\tAnnotatorNotes T9\tx',
  '*\tEquiv T2 T6',
  '*\tEquiv T2 T9',
  '',
  'X1\tbad',
].join('\n');

describe('brat import of every line kind', () => {
  // Imported inside each test, not when the suite is declared, so that mutation testing
  // counts these tests as covering the importer (it attributes code run at declaration to no test).
  const read = () => bratImporter.import([{ path: 'news/a.txt', text: TXT }, { path: 'news/a.ann', text: ANN }]);
  const file = 'news/a.ann';

  it('imports spans with their attributes, links, notes and ids', () => {
    const r = read();
    assert.deepStrictEqual(r.sources.map((s) => ({ ...s, spans: s.spans.map((x) => ({ ...x, attrs: { ...x.attrs }, links: { ...x.links } })) })), [{
      path: 'news/a.txt', text: TXT, spans: [
        { localId: 'T1', type: 'claim', start: 0, end: 3, quote: 'قال', attrs: { checked: true, modality: ['reported', 'rumour'] }, links: { speaker: ['T2'] }, file, line: 1, note: 'سطر\nثان\nآخر', id: 'aabc' },
        { localId: 'T2', type: 'actor', start: 4, end: 10, quote: 'الوزير', attrs: { certainty: 0.8, norm: 'Wikidata:Q1', Lemma: 'وزير' }, links: { Equiv: ['T6'] }, file, line: 2 },
        { localId: 'T3', type: 'place', start: 14, end: 26, quote: 'لا يوجد', attrs: {}, links: {}, file, line: 3 },
        { localId: 'T4', type: 'date', start: 4, end: 10, quote: 'الوزير', attrs: {}, links: {}, file, line: 4 },
        { localId: 'T6', type: 'actor', start: 11, end: 13, quote: 'إن', attrs: {}, links: {}, file, line: 6 },
      ],
    }]);
  });

  it('names every line it could not take, and every reference to what it did not import', () => {
    const r = read();
    assert.deepStrictEqual(r.problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.message}`), [
      'news/a.ann:7 warning event E1 (Attack): Hamish has no events, not imported (its trigger span is)',
      'news/a.ann:8 error T1 is already used on an earlier line: this line is skipped',
      'news/a.ann:29 error "X1" is not a brat id (T1, R1, E1, A1, M1, N1, #1 or *): X1\tbad',
      'news/a.ann:3 warning T3: its text "لا يوجد" is not the .txt\'s "الوفد وصل ب" at 14–25',
      'news/a.ann:4 warning T4 has no text column: its text is taken from the .txt',
      'news/a.ann:5 error T5: offset 99 is past the end of the .txt (29 characters): not imported',
      'news/a.ann:10 warning relation R2 (speaker): T5 was not imported (see its line)',
      'news/a.ann:11 error relation R3 (speaker): T9 is not in this file',
      'news/a.ann:12 warning relation R4 (speaker): R1 is a relation, not a span, and Hamish has only spans: not imported',
      'news/a.ann:17 error attribute A5 (checked): T9 is not in this file',
      'news/a.ann:18 warning normalisation N1 (Reference) kept as attribute norm = Wikidata:Q1 on T2; its text "الوزير" is not kept',
      'news/a.ann:19 error normalisation N2: T9 is not in this file',
      'news/a.ann:23 warning #4: "../bad" is not a Hamish id: a new id is given',
      'news/a.ann:25 error note #6 (AnnotatorNotes): T9 is not in this file',
      'news/a.ann:27 error equivalence Equiv: T9 is not in this file',
    ]);
  });
});
