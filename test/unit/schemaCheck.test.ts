import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { isIsoDateValue, parseAttributeInput, valueProblem } from '../../src/core/schema/attributeValue';
import { checkAgainstSchema } from '../../src/core/schema/checkAnnotations';
import { defaultSchema } from '../../src/core/schema/defaults';
import { parseSchema } from '../../src/core/schema/parseSchema';
import type { AttributeDef } from '../../src/core/schema/types';

const def = (kind: AttributeDef['kind'], values: string[] = []): AttributeDef => ({
  name: 'x', kind, label: {}, values: values.map((value) => ({ value, label: {} })),
});

function ann(id: string, type: string, extra: Partial<Annotation> = {}): Annotation {
  return { id, type, start: 0, end: 1, text: 'x', before: '', after: '', attrs: {}, links: {}, ...extra };
}

describe('schema: attribute values', () => {
  it('knows ISO 8601 years, months, days and forward intervals', () => {
    for (const ok of ['2024', '2024-02', '2024-02-11', '2023-08-07/2023-08-08', '2024-03/2024', '1445-09-30', '2024-01-31']) {
      assert.ok(isIsoDateValue(ok), ok);
    }
    for (const bad of ['24', '2024-13', '2024-00', '2024-02-31', '2024-04-32', '2024-1-5', '2024-02-11/2024-02-10', 'a/b/c', '2024/', '', 'أمس']) {
      assert.ok(!isIsoDateValue(bad), bad);
    }
  });

  it('parses typed input by kind, Arabic digits included', () => {
    assert.deepStrictEqual(parseAttributeInput(def('number'), ' ٤٣ '), { value: 43 });
    assert.deepStrictEqual(parseAttributeInput(def('number'), '۱۷۳'), { value: 173 });
    assert.deepStrictEqual(parseAttributeInput(def('number'), '٣٫٥'), { value: 3.5 });
    assert.deepStrictEqual(parseAttributeInput(def('number'), '-2'), { value: -2 });
    assert.deepStrictEqual(parseAttributeInput(def('number'), 'ثلاثة'), { error: '"ثلاثة" is not a number.' });
    assert.deepStrictEqual(parseAttributeInput(def('text'), '  الحوثيون '), { value: 'الحوثيون' });
    assert.deepStrictEqual(parseAttributeInput(def('text'), '   '), { error: 'Type a text, or remove the attribute.' });
    assert.deepStrictEqual(parseAttributeInput(def('date'), '2024-02-11'), { value: '2024-02-11' });
    assert.ok('error' in parseAttributeInput(def('date'), '11/2/2024'));
    assert.deepStrictEqual(parseAttributeInput(def('choice', ['asserted', 'denied']), 'denied'), { value: 'denied' });
    assert.deepStrictEqual(parseAttributeInput(def('choice', ['asserted', 'denied']), 'maybe'), { error: '"maybe" is not one of asserted, denied.' });
  });

  it('says why a stored value does not fit', () => {
    assert.strictEqual(valueProblem(def('number'), 3), undefined);
    assert.strictEqual(valueProblem(def('number'), '3'), '"3" is not a number');
    assert.strictEqual(valueProblem(def('number'), Number.NaN), 'null is not a number');
    assert.strictEqual(valueProblem(def('text'), 'x'), undefined);
    assert.strictEqual(valueProblem(def('text'), ''), '"" is not a text');
    assert.strictEqual(valueProblem(def('text'), ['a']), '["a"] is not a text');
    assert.strictEqual(valueProblem(def('date'), '2024-02'), undefined);
    assert.strictEqual(valueProblem(def('date'), 2024), '2024 is not an ISO 8601 date (2024, 2024-02, 2024-02-11 or an interval a/b)');
    assert.strictEqual(valueProblem(def('choice', ['a', 'b']), 'b'), undefined);
    assert.strictEqual(valueProblem(def('choice', ['a', 'b']), true), 'true is not one of a, b');
  });
});

describe('schema: annotations checked against it', () => {
  const schema = defaultSchema();

  it('accepts a claim with its speaker and date, and fitting attributes', () => {
    const list = [
      ann('c1', 'claim', { attrs: { modality: 'reported', quote: 'direct' }, links: { speaker: 'a1', date: 'd1', 'reported-by': 'a1' } }),
      ann('a1', 'actor', { attrs: { kind: 'armed-group', canonical: 'الحوثيون' } }),
      ann('d1', 'date', { attrs: { value: '2015-07-20', calendar: 'gregorian', precision: 'day' } }),
    ];
    assert.deepStrictEqual(checkAgainstSchema(list, schema), []);
  });

  it('reports unknown types, attributes and links, bad values, wrong targets and missing links', () => {
    const list = [
      ann('c1', 'claim', { attrs: { modality: 'maybe', colour: 'red' }, links: { speaker: 'd1', about: 'a1' } }),
      ann('a1', 'actor', { attrs: { kind: 'person' } }),
      ann('d1', 'date', { attrs: { value: 'yesterday' } }),
      ann('e1', 'event'),
      ann('c2', 'claim', { links: { speaker: ['a1', 'a1'], date: 'gone' } }),
    ];
    assert.deepStrictEqual(checkAgainstSchema(list, schema).map((v) => `${v.index} ${v.field} ${v.code} ${v.severity}: ${v.message}`), [
      '0 attrs.modality schema-bad-value warning: attribute "modality": "maybe" is not one of asserted, denied, reported',
      '0 attrs.colour schema-unknown-attribute warning: attribute "colour" is not defined for claim',
      '0 links.speaker schema-link-target warning: link "speaker" points to an annotation of type "date"; it should point to actor',
      '0 links.about schema-unknown-link warning: link "about" is not defined for claim',
      '0 links.date schema-missing-link info: claim has no date',
      '2 attrs.value schema-bad-value warning: attribute "value": "yesterday" is not an ISO 8601 date (2024, 2024-02, 2024-02-11 or an interval a/b)',
      '3 type schema-unknown-type warning: type "event" is not in the schema; add it to .hamish/schema.yaml or retype the annotation',
      '4 links.speaker schema-bad-value warning: link "speaker" holds 2 annotations; the schema allows one',
    ]);
  });

  it('does not ask an orphan for its missing links, and follows a workspace schema', () => {
    assert.deepStrictEqual(checkAgainstSchema([ann('c1', 'claim', { orphaned: true })], schema), []);
    const custom = parseSchema('types:\n  event:\n    links:\n      source: { target: [actor, claim], many: true, required: true }\n').schema;
    const list = [ann('e1', 'event', { links: { source: ['a1', 'c1'] } }), ann('a1', 'actor'), ann('c1', 'claim', { links: { speaker: 'a1', date: 'e1' } })];
    assert.deepStrictEqual(checkAgainstSchema(list, custom).map((v) => `${v.index} ${v.code}: ${v.message}`), [
      '2 schema-link-target: link "date" points to an annotation of type "event"; it should point to date',
    ]);
    assert.deepStrictEqual(checkAgainstSchema([ann('e1', 'event')], custom).map((v) => v.message), ['event has no source']);
  });
});
