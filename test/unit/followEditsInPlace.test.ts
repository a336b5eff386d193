import * as assert from 'assert';
import * as fc from 'fast-check';
import { followEdits, type LiveSpan, type TextChange } from '../../src/core/anchoring/followEdits';

describe('followEdits in place', () => {
  it('moves the same objects to the same places as the copying mode', () => {
    const span = fc.record({ start: fc.nat(60), len: fc.nat(10), orphaned: fc.boolean() });
    const change = fc.record({ offset: fc.nat(80), deleteLength: fc.nat(12), insertText: fc.constantFrom('', 'ب', 'قال ', '😀', 'x\r\ny') });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(change, { minLength: 1, maxLength: 4 }), (raw, changes: TextChange[]) => {
        const make = (): LiveSpan[] =>
          raw.map((r, i) => ({ id: `a${i}`, start: r.start, end: r.orphaned ? r.start : r.start + r.len, text: 'قال', before: '', after: '', ...(r.orphaned ? { orphaned: true } : {}) }));
        const copied = followEdits(make(), changes, { unit: 'utf16' });
        const mine = make();
        const moved = followEdits(mine, changes, { unit: 'utf16', inPlace: true });
        assert.deepStrictEqual(moved, copied);
        moved.forEach((m, i) => assert.strictEqual(m, mine[i], 'the very same object'));
      }),
      { numRuns: 500 },
    );
  });
});
