/**
 * The fast reader reads only the canonical spelling and must hand everything else to the
 * full YAML parser: whatever the text, reading a sidecar gives what the YAML parser and the
 * validator give. Each case is a hand edit a person (or a merge tool) could make to a
 * canonical sidecar; the reference reading never uses the fast reader.
 */
import * as assert from 'assert';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { validateData } from '../../src/core/sidecar/validate';
import { parseYaml, yamlToJs } from '../../src/core/sidecar/yamlDocument';
import { sampleSet } from './support/sampleSet';

const GOOD = serializeSidecar(sampleSet());
const NOTE = 'note: "ملاحظة: قارن بـ \\"واع\\" — see #2 [x](command:evil) <b>bold</b>"';
assert.ok(GOOD.includes(NOTE));

/** The sample with the claim's note written as `value` (whatever YAML makes of it). */
const note = (value: string) => GOOD.replace(NOTE, `note: ${value}`);
/** The sample with the claim's `confidence` attribute written as `value`. */
const confidence = (value: string) => GOOD.replace('confidence: 0.8', `confidence: ${value}`);

const CASES: [string, string][] = [
  ['no final newline', GOOD.slice(0, -1)],
  ['a comment line', GOOD.replace('annotations:\n', '# مراجعة\nannotations:\n')],
  ['a comment after a value', GOOD.replace('version: 2', 'version: 2 # format')],
  ['a plain Arabic string', note('ملاحظة بلا علامات')],
  ['a single-quoted string', note("'قال: \"نعم\"'")],
  ['a string with escapes', note('"سطر\\nسطر \\u00e9 \\t"')],
  ['a string with a lone surrogate escape', note('"\\ud800"')],
  ['a quoted string followed by more', note('"أ" "ب"')],
  ['a raw control character', note('"جرس\u0007"')],
  ['a raw tab', note('"عمود\tعمود"')],
  ['a raw line separator', note('"سطر\u2028سطر"')],
  ['null', note('~')],
  ['an empty value', note('')],
  ['a number with a leading zero', confidence('08')],
  ['a number with a plus', confidence('+1')],
  ['a number with an exponent', confidence('1e3')],
  ['a float with a trailing zero', confidence('1.50')],
  ['a float without a leading digit', confidence('.5')],
  ['minus zero', confidence('-0')],
  ['a hex number', confidence('0x10')],
  ['True spelled with a capital', confidence('True')],
  ['yes', confidence('yes')],
  ['a flow list with a number', GOOD.replace('tags: ["عسكري", "بغداد"]', 'tags: ["عسكري", 1]')],
  ['a flow list with spaces', GOOD.replace('tags: ["عسكري", "بغداد"]', 'tags: [ "عسكري" ]')],
  ['a flow list of plain words', GOOD.replace('tags: ["عسكري", "بغداد"]', 'tags: [عسكري, بغداد]')],
  ['an unclosed flow list', GOOD.replace('tags: ["عسكري", "بغداد"]', 'tags: ["عسكري", "بغداد"')],
  ['a flow list of a lone surrogate', GOOD.replace('tags: ["عسكري", "بغداد"]', 'tags: ["\\udc00"]')],
  ['a flow mapping', GOOD.replace('    links: {}', '    links: {speaker: "aactor0000000000000000000001"}')],
  ['an anchor and an alias', GOOD.replace('created: "2026-11-29T10:00:00.000Z"', 'created: &t "2026-11-29T10:00:00.000Z"').replace('modified: "2026-11-29T10:00:00.000Z"', 'modified: *t')],
  ['a key without a space after its colon', GOOD.replace('version: 2', 'version:2')],
  ['a key alone on its line', GOOD.replace('    links: {}', '    links:')],
  ['a nested block indented by four', GOOD.replace(/attrs:\n      iso: /, 'attrs:\n        iso: ')],
  ['a list item without its space', GOOD.replace('  - id: "adate', '  -id: "adate')],
  ['a list item indented deeper', GOOD.replace('  - id: "adate', '    - id: "adate')],
  ['a mapping key indented one less', GOOD.replace('    type: "date"', '   type: "date"')],
  ['a quoted key', GOOD.replace('    type: "date"', '    "type": "date"')],
  ['an unclosed quoted key', GOOD.replace('    type: "date"', '    "type: "date"')],
  ['a key named like a boolean', GOOD.replace('      iso: ', '      yes: ')],
  ['a key __proto__', GOOD.replace('      iso: ', '      __proto__: ')],
  ['a quoted key __proto__', GOOD.replace('      iso: ', '      "__proto__": ')],
  ['a line without a colon', GOOD.replace('    type: "date"', '    type "date"')],
  ['a BOM inside', GOOD.replace('version: 2', 'version: 2\ufeff')],
  ['an empty text', ''],
  ['a top-level list', '- 1\n- 2\n'],
  ['a list where a mapping is', GOOD.replace(/source:\n(  .*\n){3}/, 'source:\n  - "x"\n')],
];

/** The reading through the YAML parser alone: set, or the codes of the problems. */
function reference(text: string): unknown {
  const parse = parseYaml(text);
  if (parse.doc.errors.length > 0) return 'yaml-syntax';
  const js = yamlToJs(parse);
  if (!js.ok) return 'alias-bomb';
  const { set, findings } = validateData(js.data);
  return set ?? findings.map((f) => f.code);
}

describe('fast reader fallback', () => {
  for (const [name, text] of CASES) {
    it(`reads ${name} as the YAML parser does`, () => {
      assert.notStrictEqual(text, GOOD);
      const r = parseSidecar(text, 'x.ann.yaml');
      const expected = reference(text);
      if (r.ok) assert.deepStrictEqual(r.set, expected);
      else if (typeof expected === 'string') assert.deepStrictEqual(r.problems.map((p) => p.code), r.problems.map(() => expected));
      else assert.deepStrictEqual(r.problems.map((p) => p.code), expected);
    });
  }
});
