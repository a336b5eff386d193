import * as assert from 'assert';
import { defaultSchema } from '../../src/core/schema/defaults';
import { parseSchema } from '../../src/core/schema/parseSchema';
import { labelIn, typeDef } from '../../src/core/schema/types';

const problemsOf = (text: string) => parseSchema(text, 'schema.yaml').problems.map((p) => `${p.line} ${p.code} ${p.field ?? ''}: ${p.message}`);

describe('schema: defaults', () => {
  it('has claim, actor and date with their attributes and links, labelled in both languages', () => {
    const s = defaultSchema();
    assert.deepStrictEqual(s.types.map((t) => t.name), ['claim', 'actor', 'date']);
    const claim = typeDef(s, 'claim')!;
    assert.deepStrictEqual(claim.attributes.map((a) => [a.name, a.kind, a.values.map((v) => v.value)]), [
      ['modality', 'choice', ['asserted', 'denied', 'reported']],
      ['quote', 'choice', ['direct', 'indirect']],
    ]);
    assert.deepStrictEqual(claim.links.map((l) => [l.name, l.targets, l.required]), [
      ['speaker', ['actor'], true],
      ['date', ['date'], true],
      ['reported-by', ['actor'], false],
    ]);
    assert.deepStrictEqual(typeDef(s, 'actor')!.attributes.find((a) => a.name === 'kind')!.values.map((v) => v.value),
      ['person', 'organisation', 'armed-group', 'state', 'media', 'other']);
    assert.deepStrictEqual(typeDef(s, 'date')!.attributes.map((a) => [a.name, a.kind]), [['value', 'date'], ['calendar', 'choice'], ['precision', 'choice']]);
    for (const t of s.types) {
      assert.ok(t.builtIn && t.label.en && t.label.ar, t.name);
      for (const a of t.attributes) assert.ok(a.label.en && a.label.ar && a.values.every((v) => v.label.en && v.label.ar), `${t.name}.${a.name}`);
      for (const l of t.links) assert.ok(l.label.en && l.label.ar, `${t.name}.${l.name}`);
    }
  });

  it('gives each call its own copy', () => {
    const a = defaultSchema();
    a.types.pop();
    assert.strictEqual(defaultSchema().types.length, 3);
  });

  it('picks the label of the UI language, else the other, else the name', () => {
    assert.strictEqual(labelIn({ en: 'Claim', ar: 'ادعاء' }, 'ar', 'claim'), 'ادعاء');
    assert.strictEqual(labelIn({ en: 'Claim', ar: 'ادعاء' }, 'ar-EG', 'claim'), 'ادعاء');
    assert.strictEqual(labelIn({ en: 'Claim', ar: 'ادعاء' }, 'en-GB', 'claim'), 'Claim');
    assert.strictEqual(labelIn({ en: 'Claim' }, 'ar', 'claim'), 'Claim');
    assert.strictEqual(labelIn({ ar: 'ادعاء' }, 'en', 'claim'), 'ادعاء');
    assert.strictEqual(labelIn({}, 'en', 'claim'), 'claim');
    assert.strictEqual(labelIn(undefined, 'en', 'claim'), 'claim');
  });
});

describe('schema: the workspace file', () => {
  it('an empty file leaves the defaults', () => {
    assert.deepStrictEqual(parseSchema(''), { schema: defaultSchema(), problems: [] });
    assert.deepStrictEqual(parseSchema('# nothing yet\n'), { schema: defaultSchema(), problems: [] });
  });

  it('adds a type with every attribute kind, a link and labels', () => {
    const { schema, problems } = parseSchema([
      'version: 1',
      'types:',
      '  event:',
      '    label: { en: Event, ar: حدث }',
      '    color: "#aa3300"',
      '    attributes:',
      '      casualties: { kind: number, label: Casualties }',
      '      place: { kind: text, description: { en: Where, ar: أين } }',
      '      when: { kind: date }',
      '      scale:',
      '        kind: choice',
      '        values: { local: { en: Local, ar: محلي }, national: وطني }',
      '      perpetrator: { kind: link, target: actor, required: true }',
      '    links:',
      '      sources: { targets: [actor, claim], many: true }',
    ].join('\n'));
    assert.deepStrictEqual(problems, []);
    const event = typeDef(schema, 'event')!;
    assert.strictEqual(event.builtIn, false);
    assert.deepStrictEqual(event.label, { en: 'Event', ar: 'حدث' });
    assert.strictEqual(event.color, '#aa3300');
    assert.deepStrictEqual(event.attributes.map((a) => [a.name, a.kind]), [['casualties', 'number'], ['place', 'text'], ['when', 'date'], ['scale', 'choice']]);
    assert.deepStrictEqual(event.attributes[0]!.label, { en: 'Casualties', ar: 'Casualties' });
    assert.deepStrictEqual(event.attributes[1]!.description, { en: 'Where', ar: 'أين' });
    assert.deepStrictEqual(event.attributes[3]!.values, [
      { value: 'local', label: { en: 'Local', ar: 'محلي' } },
      { value: 'national', label: { en: 'وطني', ar: 'وطني' } },
    ]);
    assert.deepStrictEqual(event.links, [
      { name: 'perpetrator', label: {}, targets: ['actor'], many: false, required: true },
      { name: 'sources', label: {}, targets: ['actor', 'claim'], many: true, required: false },
    ]);
  });

  it('changes a built-in type: replaces one attribute, adds a link, keeps the rest', () => {
    const { schema, problems } = parseSchema([
      'types:',
      '  claim:',
      '    color: "#123456"',
      '    attributes:',
      '      modality: { kind: choice, values: [asserted, denied, reported, hedged] }',
      '    links:',
      '      target: { target: actor }',
    ].join('\n'));
    assert.deepStrictEqual(problems, []);
    const claim = typeDef(schema, 'claim')!;
    assert.strictEqual(claim.color, '#123456');
    assert.deepStrictEqual(claim.label, { en: 'Claim', ar: 'ادعاء' });
    assert.deepStrictEqual(claim.attributes.map((a) => a.name), ['modality', 'quote']);
    assert.deepStrictEqual(claim.attributes[0]!.values.map((v) => v.value), ['asserted', 'denied', 'reported', 'hedged']);
    assert.deepStrictEqual(claim.links.map((l) => l.name), ['speaker', 'date', 'reported-by', 'target']);
    assert.strictEqual(claim.builtIn, true);
  });

  it('accepts Arabic type, attribute and choice names', () => {
    const { schema, problems } = parseSchema('types:\n  حدث:\n    attributes:\n      النوع: { kind: choice, values: [قصف, اشتباك] }\n');
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(typeDef(schema, 'حدث')!.attributes[0]!.values.map((v) => v.value), ['قصف', 'اشتباك']);
  });

  it('a file with errors is not applied; each error names its line and field', () => {
    const text = [
      'version: 2', // 1
      'types:', // 2
      '  event:', // 3
      '    color: red', // 4
      '    attributes:', // 5
      '      size: { kind: colour }', // 6
      '      scale: { kind: choice }', // 7
      '      tone: { kind: choice, values: [a, a] }', // 8
      '      x: { kind: text, values: [a] }', // 9
      '    links:', // 10
      '      about: { target: topic, many: maybe }', // 11
      '    shape: round', // 12
      '  "bad name": {}', // 13
      'extra: 1', // 14
    ].join('\n');
    const result = parseSchema(text, 'schema.yaml');
    assert.deepStrictEqual(result.schema, defaultSchema());
    assert.deepStrictEqual(problemsOf(text), [
      '1 bad-value version: version must be 1',
      '4 bad-value types.event.color: color must be written #rrggbb, such as "#d9822b" (quoted: # starts a YAML comment)',
      '6 bad-value types.event.attributes.size.kind: attribute "size" needs a kind: one of text, choice, date, number, link',
      '7 missing-field types.event.attributes.scale.values: choice attribute "scale" needs a list of values',
      '8 bad-value types.event.attributes.tone.values: choice value "a" is listed twice',
      '9 unknown-field types.event.attributes.x.values: unknown field "values" in attribute "x" (text); it may have label, description',
      '11 wrong-type types.event.links.about.many: many must be true or false',
      '12 unknown-field types.event.shape: unknown field "shape" in type "event"; a type has label, color, attributes and links',
      '13 bad-value types.bad name: "bad name" cannot name a type: use letters, digits, _ and - (Arabic letters are fine), starting with a letter or digit',
      '14 unknown-field extra: unknown field "extra"; a schema has version and types',
      '11 bad-value types.event.links.about: link "about" of type "event" targets the unknown type "topic"',
    ]);
    assert.ok(result.problems.every((p) => p.file === 'schema.yaml' && p.severity === 'error'));
  });

  it('reports wrong shapes: a list for a type, a number for a label, a bad target', () => {
    assert.deepStrictEqual(problemsOf('types:\n  event: [a]\n'), ['2 wrong-type types.event: type "event" must be a mapping']);
    assert.deepStrictEqual(problemsOf('types:\n  event:\n    label: [x]\n'), ['3 wrong-type types.event.label: a label is a text, or a mapping with en and ar texts']);
    assert.deepStrictEqual(problemsOf('types:\n  event:\n    label: { fr: x }\n'), ['3 bad-value types.event.label.fr: a label is a text, or a mapping with en and ar texts']);
    assert.deepStrictEqual(problemsOf('types:\n  e:\n    links:\n      l: { target: [actor, "a b"] }\n'), ['4 bad-value types.e.links.l.target: a link target is a type name, or a list of them']);
    assert.deepStrictEqual(problemsOf('types:\n  e:\n    attributes:\n      c: { kind: choice, values: 3 }\n'), ['4 wrong-type types.e.attributes.c.values: values must be a list of words, or a mapping from each word to its label']);
    assert.deepStrictEqual(problemsOf('types:\n  e:\n    attributes:\n      c: { label: x }\n'), ['4 missing-field types.e.attributes.c.kind: attribute "c" needs a kind: one of text, choice, date, number, link']);
    assert.deepStrictEqual(problemsOf('- a\n- b\n'), ['1 wrong-type : the schema must be a mapping']);
  });

  it('reports YAML syntax errors with their line, defaults in force', () => {
    const result = parseSchema('types:\n  event:\n    label: [unclosed\n', 'schema.yaml');
    assert.deepStrictEqual(result.schema, defaultSchema());
    assert.ok(result.problems.length > 0);
    assert.strictEqual(result.problems[0]!.code, 'yaml-syntax');
    assert.ok(result.problems[0]!.line >= 3, `line ${result.problems[0]!.line}`);
  });
});
