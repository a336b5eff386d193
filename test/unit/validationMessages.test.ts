/**
 * What `hamish validate` and the Problems view say about each kind of broken sidecar: the
 * line, the field and the words of the message, exactly. People fix their files from
 * these lines, so a change in any of them is a change users see.
 */
import * as assert from 'assert';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { formatProblem } from '../../src/core/problems';
import { sampleSet } from './support/sampleSet';

const FILE = 'news/seed-article.ar.txt.ann.yaml';
const GOOD = serializeSidecar(sampleSet());

/** Name, broken sidecar text, and every problem line (after the file name) it must give. */
const CASES: [string, string, string[]][] = [
  ['a sidecar that is not a mapping', '- 1\n- 2\n', [":1: error: a sidecar must be a YAML mapping with version, source and annotations [wrong-type]"]],
  ['a missing version', GOOD.replace('version: 2\n', ''), [":1: error: missing \"version\" [missing-field]"]],
  ['a version written as a string', GOOD.replace('version: 2', 'version: "2"'), [":1: error: unknown sidecar version \"2\"; this Hamish reads versions 1 and 2 (version) [unknown-version]"]],
  ['an older version', GOOD.replace('version: 2', 'version: 0'), [":1: error: unknown sidecar version 0; this Hamish reads versions 1 and 2 (version) [unknown-version]"]],
  ['a missing source', GOOD.replace(/source:\n(  .*\n){3}/, ''), [":1: error: missing \"source\" [missing-field]"]],
  ['a source that is a list', GOOD.replace(/source:\n(  .*\n){3}/, 'source: []\n'), [":2: error: \"source\" must be a mapping with file, sha256 and length (source) [wrong-type]"]],
  ['a malformed SHA-256', GOOD.replace(/sha256: "\w+"/, 'sha256: "ABC"'), [":4: error: \"sha256\" must be 64 lowercase hexadecimal digits (source.sha256) [bad-value]"]],
  ['an unknown source field', GOOD.replace('  length:', '  encoding: "utf-8"\n  length:'), [":5: error: unknown field \"encoding\" (known: file, sha256, length, date); Hamish would not keep it (source.encoding) [unknown-field]"]],
  ['missing annotations', GOOD.replace(/annotations:[\s\S]*/, ''), [":1: error: missing \"annotations\" (write `annotations: []` for none) [missing-field]"]],
  ['annotations that are a mapping', GOOD.replace(/annotations:[\s\S]*/, 'annotations: {}\n'), [":6: error: \"annotations\" must be a list (annotations) [wrong-type]"]],
  ['an annotation that is a number', GOOD.replace(/annotations:[\s\S]*/, 'annotations:\n  - 7\ncount: 1\n'), [":7: error: an annotation must be a mapping (annotations[0]) [wrong-type]"]],
  ['an id with a space, and the link that no longer finds it', GOOD.replace('id: "aactor0000000000000000000001"', 'id: "a b"'), [":7: error: id \"a b\" must be 1-64 letters, digits, \"_\" or \"-\" (annotations[0].id) [bad-value]",":33: warning: link \"speaker\" points to \"aactor0000000000000000000001\", which is not an annotation in this file (the link is kept; remove it or point it at another annotation) (annotations[1].links.speaker) [missing-link-target]"]],
  ['a type with a space', GOOD.replace('type: "actor"', 'type: "a b"'), [":8: error: type \"a b\" must be letters, digits, \"_\" or \"-\" (annotations[0].type) [bad-value]"]],
  ['an empty text', GOOD.replace('text: "يحيى رسول"', 'text: null'), [":11: error: missing \"text\" (annotations[0].text) [missing-field]"]],
  ['a text that is a number', GOOD.replace('text: "يحيى رسول"', 'text: 5'), [":11: error: \"text\" must be a string, not number 5 (annotations[0].text) [wrong-type]"]],
  ['a start that is not whole', GOOD.replace('start: 597', 'start: 597.5'), [":9: error: \"start\" must be a whole number of code points, 0 or more, not number 597.5 (annotations[0].start) [wrong-type]"]],
  ['orphaned written as a string', GOOD.replace('    text: "يحيى رسول"', '    orphaned: "yes"\n    text: "يحيى رسول"'), [":11: error: \"orphaned\" must be true or false, not string \"yes\" (annotations[0].orphaned) [wrong-type]"]],
  ['an annotator that is a number', GOOD.replace('annotator: "layla"', 'annotator: 7'), [":16: error: \"annotator\" must be a string, not number 7 (annotations[0].annotator) [wrong-type]"]],
  ['attrs that are a list', GOOD.replace('attrs: {}', 'attrs: [1]'), [":14: error: \"attrs\" must be a mapping of names to values (annotations[0].attrs) [wrong-type]"]],
  ['an attribute name with a space', GOOD.replace('stance: "neutral"', '"a b": "neutral"'), [":28: error: attribute name \"a b\" must be letters, digits, \"_\" or \"-\" (annotations[1].attrs.a b) [bad-value]"]],
  ['an attribute that is a mapping', GOOD.replace('stance: "neutral"', 'stance: {x: 1}'), [":28: error: attribute \"stance\" must be a string, a number, true/false or a list of strings (annotations[1].attrs.stance) [wrong-type]"]],
  ['an empty attribute', GOOD.replace('stance: "neutral"', 'stance: null'), [":28: error: attribute \"stance\" must be a string, a number, true/false or a list of strings (annotations[1].attrs.stance) [wrong-type]"]],
  ['a link that is a number', GOOD.replace('speaker: "aactor0000000000000000000001"', 'speaker: 5'), [":33: error: link \"speaker\" must be an annotation id (a string) or a non-empty list of ids (annotations[1].links.speaker) [wrong-type]"]],
  ['links that are a number', GOOD.replace('    links: {}', '    links: 5'), [":15: error: \"links\" must be a mapping of link names to annotation ids (annotations[0].links) [wrong-type]"]],
  ['a list attribute holding numbers', GOOD.replace('tags: ["عسكري", "بغداد"]', 'tags: [1, 2]'), [":29: error: attribute \"tags\" must be a string, a number, true/false or a list of strings (annotations[1].attrs.tags) [wrong-type]"]],
  ['an annotator that is true', GOOD.replace('annotator: "layla"', 'annotator: true'), [":16: error: \"annotator\" must be a string, not boolean true (annotations[0].annotator) [wrong-type]"]],
  ['a text that is a list', GOOD.replace('text: "يحيى رسول"', 'text: []'), [":11: error: \"text\" must be a string, not a list (annotations[0].text) [wrong-type]"]],
  ['a text that is a mapping', GOOD.replace('text: "يحيى رسول"', 'text: {}'), [":11: error: \"text\" must be a string, not a mapping (annotations[0].text) [wrong-type]"]],
  ['an empty note', GOOD.replace('    annotator: "layla"', '    note: null\n    annotator: "layla"'), [":16: error: \"note\" must be a string, not empty (annotations[0].note) [wrong-type]"]],
  ['a version from a newer Hamish', GOOD.replace('version: 2', 'version: 3'), [":1: error: unknown sidecar version 3; this Hamish reads versions 1 and 2 (the file was written by a newer Hamish: update the extension) (version) [unknown-version]"]],
  ['a negative start', GOOD.replace('start: 597', 'start: -1'), [":9: error: \"start\" must be a whole number of code points, 0 or more, not number -1 (annotations[0].start) [wrong-type]"]],
  ['an infinite number', GOOD.replace('confidence: 0.8', 'confidence: .inf'), [":27: error: attribute \"confidence\" must be a string, a number, true/false or a list of strings (annotations[1].attrs.confidence) [wrong-type]"]],
];

describe('validation messages', () => {
  for (const [name, text, expected] of CASES) {
    it(`reports ${name}`, () => {
      assert.notStrictEqual(text, GOOD, 'the case changes the sample');
      const r = parseSidecar(text, FILE);
      assert.strictEqual(r.ok, false);
      assert.deepStrictEqual(r.problems.map(formatProblem), expected.map((line) => FILE + line));
    });
  }
});
