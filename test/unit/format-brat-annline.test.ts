/**
 * The brat .ann line parser, line kind by line kind: what each well-formed line reads as,
 * exactly, and the message each malformed one gives (a misread line would misplace data,
 * so offsets, references and arity are checked, while brat's own tolerances are kept).
 */
import * as assert from 'assert';
import { parseAnnLine, type AnnLine } from '../../src/core/formats/brat/annLine';

const cases: Array<[string, AnnLine]> = [
  ['', { kind: 'blank' }],
  [' \t ', { kind: 'blank' }],
  ['T1\tclaim 0 5\tقال ', { kind: 'T', id: 'T1', type: 'claim', fragments: [[0, 5]], text: 'قال ' }],
  ['T2\tclaim 0 5;7 9\tقال\tx', { kind: 'T', id: 'T2', type: 'claim', fragments: [[0, 5], [7, 9]], text: 'قال\tx' }],
  ['T3\tactor  3   3 ', { kind: 'T', id: 'T3', type: 'actor', fragments: [[3, 3]] }],
  ['T4\tactor 12 15\t', { kind: 'T', id: 'T4', type: 'actor', fragments: [[12, 15]], text: '' }],
  ['R1\tspeaker Arg1:T1 Arg2:T2\t', { kind: 'R', id: 'R1', type: 'speaker', args: [['Arg1', 'T1'], ['Arg2', 'T2']] }],
  ['R2\tsaid  Arg1:T1 Arg2:#3', { kind: 'R', id: 'R2', type: 'said', args: [['Arg1', 'T1'], ['Arg2', '#3']] }],
  ['E1\tAttack:T3 Target:T1', { kind: 'E', id: 'E1', type: 'Attack' }],
  ['A1\tchecked T1', { kind: 'A', id: 'A1', name: 'checked', target: 'T1' }],
  ['A2\tmodality T1 reported  speech', { kind: 'A', id: 'A2', name: 'modality', target: 'T1', value: 'reported speech' }],
  ['M1\tNegation E1', { kind: 'M', id: 'M1', name: 'Negation', target: 'E1' }],
  ['N1\tReference T1 Wikipedia:534366\tBarack Obama', { kind: 'N', id: 'N1', type: 'Reference', target: 'T1', ref: 'Wikipedia:534366', text: 'Barack Obama' }],
  ['N2\tReference T1 Wikidata:Q1', { kind: 'N', id: 'N2', type: 'Reference', target: 'T1', ref: 'Wikidata:Q1', text: '' }],
  ['#1\tAnnotatorNotes T1\tنقلته وكالة', { kind: '#', id: '#1', type: 'AnnotatorNotes', target: 'T1', text: 'نقلته وكالة' }],
  ['#2\tLemma T1', { kind: '#', id: '#2', type: 'Lemma', target: 'T1', text: '' }],
  ['*\tEquiv T1 T2 T3', { kind: '*', type: 'Equiv', members: ['T1', 'T2', 'T3'] }],
];

const malformed: Array<[string, string]> = [
  ['T1 claim 0 5', 'no tab after the id (expected "ID<tab>...")'],
  ['X1\tclaim 0 5', '"X1" is not a brat id (T1, R1, E1, A1, M1, N1, #1 or *)'],
  ['T 1\tclaim 0 5', '"T 1" is not a brat id (T1, R1, E1, A1, M1, N1, #1 or *)'],
  ['T1\tclaim', 'a text-bound line needs "TYPE START END"'],
  ['T1\t claim 0 5', 'a text-bound line needs "TYPE START END"'],
  ['T1\tclaim 0 x', '"0 x" is not "START END" with whole numbers'],
  ['T1\tclaim 0 5;7', '"7" is not "START END" with whole numbers'],
  ['T1\tclaim -1 5', '"-1 5" is not "START END" with whole numbers'],
  ['T1\tclaim 0 5 6', '"0 5 6" is not "START END" with whole numbers'],
  ['T1\tclaim 99999999999999999999 5', 'offset out of range in "99999999999999999999 5"'],
  ['T1\tclaim 0 99999999999999999999', 'offset out of range in "0 99999999999999999999"'],
  ['T1\tclaim 6 5', 'start 6 is after end 5'],
  ['R1\tspeaker Arg1:T1', 'a relation needs "TYPE Arg1:ID Arg2:ID"'],
  ['R1\tspeaker Arg1:T1 Arg2:T2 Arg3:T3', 'a relation needs "TYPE Arg1:ID Arg2:ID"'],
  ['R1\tspeaker Arg1:T1 :T2', 'a relation needs "TYPE Arg1:ID Arg2:ID"'],
  ['R1\tspeaker Arg1:T1 Arg2:1x', 'a relation needs "TYPE Arg1:ID Arg2:ID"'],
  ['R1\tspeaker Arg1:T1 Arg2', 'a relation needs "TYPE Arg1:ID Arg2:ID"'],
  ['R1\t', 'a relation needs "TYPE Arg1:ID Arg2:ID"'],
  ['E1\t', 'an event needs "TYPE:TRIGGER ROLE:ID ..."'],
  ['E1\tAttack', 'an event needs "TYPE:TRIGGER ROLE:ID ..."'],
  ['E1\t:T3', 'an event needs "TYPE:TRIGGER ROLE:ID ..."'],
  ['A1\tchecked', 'an attribute needs "NAME TARGET [VALUE]"'],
  ['A1\t', 'an attribute needs "NAME TARGET [VALUE]"'],
  ['A1\tchecked 1', 'an attribute needs "NAME TARGET [VALUE]"'],
  ['M1\tNegation E1 yes', 'a modifier (M) line has no value: "NAME TARGET"'],
  ['N1\tReference T1', 'a normalisation needs "TYPE TARGET DB:ID"'],
  ['N1\tReference', 'a normalisation needs "TYPE TARGET DB:ID"'],
  ['N1\t', 'a normalisation needs "TYPE TARGET DB:ID"'],
  ['N1\tReference T1 Wikipedia:1 extra', 'a normalisation needs "TYPE TARGET DB:ID"'],
  ['N1\tReference 1 Wikipedia:1', 'a normalisation needs "TYPE TARGET DB:ID"'],
  ['N1\tReference T1 :1', 'a normalisation needs "TYPE TARGET DB:ID"'],
  ['N1\tReference T1 Wikipedia', 'a normalisation needs "TYPE TARGET DB:ID"'],
  ['#1\tAnnotatorNotes\tnote', 'a note needs "TYPE TARGET<tab>TEXT"'],
  ['#1\tAnnotatorNotes T1 T2\tnote', 'a note needs "TYPE TARGET<tab>TEXT"'],
  ['#1\tAnnotatorNotes 1\tnote', 'a note needs "TYPE TARGET<tab>TEXT"'],
  ['*\tEquiv T1', 'an equivalence needs "TYPE ID ID ..."'],
  ['*\t', 'an equivalence needs "TYPE ID ID ..."'],
  ['*\tEquiv T1 2', 'an equivalence needs "TYPE ID ID ..."'],
];

describe('brat .ann lines', () => {
  for (const [line, expected] of cases) {
    it(`reads ${JSON.stringify(line)}`, () => assert.deepStrictEqual(parseAnnLine(line), expected));
  }
  it('names what is wrong with each malformed line', () => {
    for (const [line, message] of malformed) assert.deepStrictEqual(parseAnnLine(line), { kind: 'malformed', message }, JSON.stringify(line));
  });
});
