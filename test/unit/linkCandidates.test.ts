import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import type { LinkDef } from '../../src/core/schema/types';
import { defaultSchema } from '../../src/core/schema/defaults';
import { linkCandidates, spanDistance, withLink, withoutLink } from '../../src/editor/links/linkCandidates';
import { attributeOrder, valueLabel } from '../../src/editor/display/schemaText';

function ann(id: string, type: string, start: number, end: number, extra: Partial<Annotation> = {}): Annotation {
  return { id, type, start, end, text: id, before: '', after: '', attrs: {}, links: {}, ...extra };
}

const speaker: LinkDef = { name: 'speaker', label: {}, targets: ['actor'], many: false, required: true };

describe('link candidates', () => {
  it('measures the gap between spans, zero when they touch or overlap', () => {
    assert.strictEqual(spanDistance(ann('a', 'x', 0, 5), ann('b', 'x', 8, 9)), 3);
    assert.strictEqual(spanDistance(ann('b', 'x', 8, 9), ann('a', 'x', 0, 5)), 3);
    assert.strictEqual(spanDistance(ann('a', 'x', 0, 5), ann('b', 'x', 5, 9)), 0);
    assert.strictEqual(spanDistance(ann('a', 'x', 0, 10), ann('b', 'x', 2, 4)), 0);
  });

  it('offers the allowed types nearest first, not in text order, without orphans or the source itself', () => {
    const claim = ann('claim', 'claim', 100, 150);
    const all = [
      ann('far-before', 'actor', 0, 10),
      ann('inside', 'actor', 110, 115),
      claim,
      ann('just-after', 'actor', 160, 170),
      ann('date', 'date', 151, 152),
      ann('orphan', 'actor', 150, 150, { orphaned: true }),
      ann('just-before', 'actor', 80, 95),
    ];
    assert.deepStrictEqual(linkCandidates(claim, all, speaker).map((a) => a.id), ['inside', 'just-before', 'just-after', 'far-before']);
    const any: LinkDef = { ...speaker, targets: [] };
    assert.deepStrictEqual(linkCandidates(claim, all, any).map((a) => a.id), ['inside', 'date', 'just-before', 'just-after', 'far-before']);
  });

  it('puts the one before first on a tie', () => {
    const claim = ann('claim', 'claim', 100, 150);
    const after = ann('after', 'actor', 155, 160);
    const before = ann('before', 'actor', 90, 95);
    assert.deepStrictEqual(linkCandidates(claim, [after, claim, before], speaker).map((a) => a.id), ['before', 'after']);
  });

  it('adds to a list only for a kind that holds several, never twice; removes down to nothing', () => {
    assert.strictEqual(withLink(undefined, 'a', false), 'a');
    assert.strictEqual(withLink('a', 'b', false), 'b', 'a single link is replaced');
    assert.strictEqual(withLink(undefined, 'a', true), 'a');
    assert.deepStrictEqual(withLink('a', 'b', true), ['a', 'b']);
    assert.deepStrictEqual(withLink(['a', 'b'], 'a', true), ['a', 'b']);
    assert.deepStrictEqual(withoutLink(['a', 'b'], 'a'), ['b'], 'a list stays a list');
    assert.strictEqual(withoutLink('a', 'a'), undefined);
    assert.strictEqual(withoutLink(['a'], 'a'), undefined);
    assert.strictEqual(withoutLink('a', 'z'), 'a');
    assert.strictEqual(withoutLink(undefined, 'a'), undefined);
  });
});

describe('attribute display', () => {
  const claim = defaultSchema().types.find((t) => t.name === 'claim')!;
  const modality = claim.attributes.find((a) => a.name === 'modality')!;

  it('shows a choice by its label in the UI language, other values as stored', () => {
    assert.strictEqual(valueLabel(modality, 'reported', 'en'), 'Reported');
    assert.strictEqual(valueLabel(modality, 'reported', 'ar'), 'منقول');
    assert.strictEqual(valueLabel(modality, 'unknown', 'ar'), 'unknown', 'a value the schema does not know is shown as it is');
    assert.strictEqual(valueLabel(undefined, 12.5, 'ar'), '12.5');
    assert.strictEqual(valueLabel(modality, ['asserted', 'denied'], 'ar'), 'مؤكَّد، منفي');
  });

  it('orders attributes as the schema does, then the ones it does not define', () => {
    assert.deepStrictEqual(attributeOrder(claim, { zzz: 'x', quote: 'direct', modality: 'denied' }), ['modality', 'quote', 'zzz']);
  });
});
