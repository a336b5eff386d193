/**
 * Property tests of followEdits against a model that tracks every unit of the text by identity,
 * on random Arabic texts with marks, emoji and line breaks, and on the seed article.
 */
import * as assert from 'assert';
import * as util from 'util';
import fc from 'fast-check';
import { followEdits, LiveSpan, TextChange } from '../../src/core/anchoring/followEdits';
import { CodePointIndex, sliceCodePoints } from '../../src/core/text/offsets';
import { seedArticle } from './support/fixtures';
import { applyChanges, cellsOf, del, ins, slice, tag, type Unit } from './support/editScripts';


const TOKENS = [
  'ا', 'ب', 'ت', 'ل', 'م', 'ن', 'ي', 'ة', 'أ', 'ء', '،',
  '\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652',
  '😀', '🇮🇶', '𝕏', '\r\n', '\n', ' ', 'a', '1',
];
const tokenArb = fc.constantFrom(...TOKENS);
const textArb = (max: number) => fc.array(tokenArb, { maxLength: max }).map((t) => t.join(''));

interface RawSpan {
  a: number;
  b: number;
  kind: 'live' | 'orphan' | 'point';
  quote: string;
}
const rawSpanArb: fc.Arbitrary<RawSpan> = fc.record({
  a: fc.nat(),
  b: fc.nat({ max: 12 }),
  kind: fc.constantFrom<RawSpan['kind']>('live', 'live', 'live', 'orphan', 'point'),
  quote: fc.array(tokenArb, { minLength: 1, maxLength: 2 }).map((t) => t.join('')),
});

interface RawChange {
  kind: 'edit' | 'undo';
  pos: number;
  del: number;
  text: string;
}
const rawChangeArb: fc.Arbitrary<RawChange> = fc.record({
  kind: fc.constantFrom<RawChange['kind']>('edit', 'edit', 'edit', 'undo'),
  pos: fc.nat(),
  del: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 30 })),
  text: fc.oneof(fc.constant(''), textArb(6)),
});

/** Builds spans over `doc` (in `unit`) from raw numbers: live spans have real quotes and context. */
function buildSpans(doc: string, raws: readonly RawSpan[], unit: Unit): LiveSpan[] {
  const cells = cellsOf(doc, unit);
  const len = cells.length;
  return raws.map((r, i): LiveSpan => {
    const id = `s${i}`;
    const start = r.a % (len + 1);
    if (r.kind === 'orphan') return { id, start, end: start, orphaned: true, text: r.quote, before: '', after: '' };
    if (r.kind === 'point' || len === start) return { id, start, end: start, text: '', before: '', after: '' };
    const end = Math.min(len, start + 1 + r.b);
    const text = cells.slice(start, end).join('');
    return {
      id,
      start,
      end,
      text,
      before: cells.slice(Math.max(0, start - 8), start).join(''),
      after: cells.slice(end, end + 8).join(''),
    };
  });
}

/** Turns raw numbers into a change that fits a text of `len` units; 'undo' inverts the previous change. */
function buildChange(r: RawChange, len: number, prev: { change: TextChange; deleted: string } | undefined, unit: Unit): TextChange {
  if (r.kind === 'undo' && prev) {
    return { offset: prev.change.offset, deleteLength: cellsOf(prev.change.insertText, unit).length, insertText: prev.deleted };
  }
  const offset = r.pos % (len + 1);
  return { offset, deleteLength: Math.min(r.del, len - offset), insertText: r.text };
}

interface Cell {
  id: number;
  ch: string;
}
type Model =
  | { kind: 'live'; ids: Set<number>; touched: boolean }
  | { kind: 'point'; p: number; orphan: boolean };

/**
 * Runs `steps` one change at a time through followEdits and checks each result against a
 * model where each unit of the text has an identity: a live span owns the units from its
 * first to its last surviving unit, orphans and empty spans are points.
 */
function checkAgainstModel(doc: string, raws: readonly RawSpan[], steps: readonly RawChange[], unit: Unit): void {
  let nextId = 0;
  const cells: Cell[] = cellsOf(doc, unit).map((ch) => ({ id: nextId++, ch }));
  const initial = buildSpans(doc, raws, unit);
  let spans = initial;
  const models: Model[] = initial.map((s) =>
    s.start === s.end
      ? { kind: 'point', p: s.start, orphan: s.orphaned === true }
      : { kind: 'live', ids: new Set(cells.slice(s.start, s.end).map((c) => c.id)), touched: false },
  );
  let prev: { change: TextChange; deleted: string } | undefined;
  const text = () => cells.map((c) => c.ch).join('');

  for (const raw of steps) {
    const change = buildChange(raw, cells.length, prev, unit);
    const o = change.offset;
    const d = change.deleteLength;
    const inserted = cellsOf(change.insertText, unit);
    const L = inserted.length;
    const out = followEdits(spans, [change], { unit });

    // Deletion phase.
    const removed = cells.splice(o, d);
    const removedIds = new Set(removed.map((c) => c.id));
    prev = { change, deleted: removed.map((c) => c.ch).join('') };
    const posAfterDelete = new Map(cells.map((c, i) => [c.id, i]));
    // Each live span's range after the deletion, or an orphan point.
    const mid: Model[] = models.map((m) => {
      if (m.kind === 'point') {
        const p = m.p > o ? (m.p >= o + d ? m.p - d : o) : m.p;
        return { kind: 'point', p, orphan: m.orphan };
      }
      const survivors = [...m.ids].filter((id) => !removedIds.has(id));
      if (survivors.length === 0) return { kind: 'point', p: o, orphan: true };
      return { kind: 'live', ids: new Set(survivors), touched: m.touched || survivors.length < m.ids.size };
    });
    const newCells = inserted.map((ch) => ({ id: nextId++, ch }));
    cells.splice(o, 0, ...newCells);
    const pos = new Map(cells.map((c, i) => [c.id, i]));
    const now = text();

    for (let i = 0; i < spans.length; i++) {
      const before = spans[i]!;
      const orig = initial[i]!;
      const got = out[i]!;
      const m = mid[i]!;
      const ctx = `step ${JSON.stringify(change)} span ${orig.id}`;
      assert.strictEqual(got.id, orig.id, ctx);
      assert.strictEqual(got.text, orig.text, ctx);
      assert.strictEqual(got.before, orig.before, ctx);
      assert.strictEqual(got.after, orig.after, ctx);
      assert.ok(0 <= got.start && got.start <= got.end && got.end <= cells.length, ctx);
      if (got.start === before.start && got.end === before.end && got.orphaned === before.orphaned) {
        assert.strictEqual(got, before, `${ctx}: unchanged spans are the same object`);
      }
      if (m.kind === 'point') {
        let p = m.p;
        if (L > 0 && p > o) p += L;
        else if (L > 0 && p === o) {
          if (m.orphan && change.insertText.includes(orig.text)) {
            // Revival: followEdits picks the occurrence; it must be one inside the inserted text.
            assert.ok(!got.orphaned && !('orphaned' in got), `${ctx}: revived`);
            assert.ok(o <= got.start && got.end <= o + L, `${ctx}: revived inside the insertion`);
            assert.strictEqual(slice(now, got.start, got.end, unit), orig.text, ctx);
            models[i] = { kind: 'live', ids: new Set(cells.slice(got.start, got.end).map((c) => c.id)), touched: false };
            continue;
          }
          p += L;
        }
        assert.deepStrictEqual([got.start, got.end, got.orphaned === true], [p, p, m.orphan], ctx);
        models[i] = { kind: 'point', p, orphan: m.orphan };
        continue;
      }
      // A live span: first to last surviving unit, inserted units strictly inside included.
      const ps = [...m.ids].map((id) => pos.get(id)!);
      let s = Math.min(...ps);
      let e = Math.max(...ps) + 1;
      let touched = m.touched || e - s > m.ids.size;
      const sDel = Math.min(...[...m.ids].map((id) => posAfterDelete.get(id)!));
      const eDel = Math.max(...[...m.ids].map((id) => posAfterDelete.get(id)!)) + 1;
      // Regrowth: an insertion at an edge that puts back the quote's missing units.
      const q = cellsOf(orig.text, unit);
      const missing = q.length - (eDel - sDel);
      if (L > 0 && missing > 0 && missing <= L) {
        if (o === sDel && inserted.slice(L - missing).join('') === q.slice(0, missing).join('')) {
          s -= missing;
          touched = true;
        } else if (o === eDel && inserted.slice(0, missing).join('') === q.slice(q.length - missing).join('')) {
          e += missing;
          touched = true;
        }
      }
      assert.deepStrictEqual([got.start, got.end, got.orphaned === true], [s, e, false], ctx);
      if (!touched) assert.strictEqual(slice(now, s, e, unit), orig.text, `${ctx}: untouched span keeps its quote`);
      models[i] = { kind: 'live', ids: new Set(cells.slice(s, e).map((c) => c.id)), touched };
    }
    spans = out;
  }
}

describe('followEdits properties', () => {
  for (const unit of ['codePoint', 'utf16'] as Unit[]) {
    it(`follows each unit of text like the identity model (${unit})`, () => {
      fc.assert(
        fc.property(
          textArb(40),
          fc.array(rawSpanArb, { maxLength: 12 }),
          fc.array(rawChangeArb, { maxLength: 12 }),
          (doc, raws, steps) => checkAgainstModel(doc, raws, steps, unit),
        ),
        { numRuns: 400 },
      );
    });
  }

  it('gives the same spans for one event as for its changes one at a time', () => {
    fc.assert(
      fc.property(
        textArb(40),
        fc.array(rawSpanArb, { maxLength: 12 }),
        fc.array(rawChangeArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Unit>('codePoint', 'utf16'),
        (doc, raws, steps, unit) => {
          const spans = buildSpans(doc, raws, unit);
          const changes: TextChange[] = [];
          let len = cellsOf(doc, unit).length;
          let prev: { change: TextChange; deleted: string } | undefined;
          let current = doc;
          for (const r of steps) {
            const c = buildChange(r, len, prev, unit);
            prev = { change: c, deleted: slice(current, c.offset, c.offset + c.deleteLength, unit) };
            current = applyChanges(current, [c], unit);
            len = cellsOf(current, unit).length;
            changes.push(c);
          }
          let stepwise = spans;
          for (const c of changes) stepwise = followEdits(stepwise, [c], { unit });
          const atOnce = followEdits(spans, changes, { unit });
          assert.deepStrictEqual(atOnce, stepwise);
          assert.deepStrictEqual(atOnce.map((s) => s.id), spans.map((s) => s.id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees across units: code point results map to the UTF-16 results', () => {
    // Regrowth counts the units a span lacks, and a false regrowth (one whose result is
    // not the quote) can count differently in the two units; such a span is compared no
    // further. Every other difference fails.
    fc.assert(
      fc.property(
        textArb(30),
        fc.array(rawSpanArb, { maxLength: 10 }),
        fc.array(rawChangeArb, { maxLength: 8 }),
        (doc, raws, steps) => {
          let cp = buildSpans(doc, raws, 'codePoint');
          const index0 = CodePointIndex.of(doc);
          let u16 = cp.map((s) => ({ ...s, start: index0.toUtf16(s.start), end: index0.toUtf16(s.end) }));
          const compared = cp.map(() => true);
          let current = doc;
          let prev: { change: TextChange; deleted: string } | undefined;
          for (const r of steps) {
            const c = buildChange(r, cellsOf(current, 'codePoint').length, prev, 'codePoint');
            const before = CodePointIndex.of(current);
            const o16 = before.toUtf16(c.offset);
            const c16: TextChange = {
              offset: o16,
              deleteLength: before.toUtf16(c.offset + c.deleteLength) - o16,
              insertText: c.insertText,
            };
            prev = { change: c, deleted: slice(current, c.offset, c.offset + c.deleteLength) };
            current = applyChanges(current, [c]);
            cp = followEdits(cp, [c]);
            u16 = followEdits(u16, [c16], { unit: 'utf16' });
            const index = CodePointIndex.of(current);
            for (let i = 0; i < cp.length; i++) {
              if (!compared[i]) continue;
              const a = cp[i]!;
              const b = u16[i]!;
              const mapped = { ...a, start: index.toUtf16(a.start), end: index.toUtf16(a.end) };
              if (util.isDeepStrictEqual(mapped, b)) continue;
              const falseRegrowth =
                c.insertText !== '' &&
                !a.orphaned &&
                !b.orphaned &&
                (slice(current, a.start, a.end) !== a.text || current.slice(b.start, b.end) !== b.text);
              assert.ok(falseRegrowth, `${JSON.stringify(c)}: ${JSON.stringify(mapped)} vs ${JSON.stringify(b)}`);
              compared[i] = false;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('followEdits on the seed article', () => {
  // The seed article (test/fixtures) after a line of emoji, as reposts often begin: UTF-16
  // indices and code points then differ, and every offset below must be a code point.
  const article = '📌🇮🇶 عاجل\n' + seedArticle();
  const index = CodePointIndex.of(article);
  const words = [...article.matchAll(/\S+/gu)].map((m) => ({ start: index.fromUtf16(m.index!), end: index.fromUtf16(m.index! + m[0].length) }));

  it('follows every tagged word of the article through random edits like the identity model', function () {
    assert.ok(words.length > 100);
    assert.ok(index.length < article.length, 'the text has astral characters');
    const raws: RawSpan[] = words.slice(0, 200).map((w) => ({ a: w.start, b: w.end - w.start - 1, kind: 'live', quote: '' }));
    fc.assert(
      fc.property(fc.array(rawChangeArb, { minLength: 1, maxLength: 20 }), (steps) =>
        checkAgainstModel(article, raws, steps, 'codePoint'),
      ),
      { numRuns: 60 },
    );
  });

  it('restores every tagged word of a deleted paragraph on Undo', function () {
    const spans = words.map((w, i) => tag(article, `w${i}`, w.start, w.end));
    assert.strictEqual(sliceCodePoints(article, spans[0]!.start, spans[0]!.end), '📌🇮🇶');
    const from = Math.floor(index.length / 3);
    const to = Math.floor((2 * index.length) / 3);
    const deleted = sliceCodePoints(article, from, to);
    const gone = followEdits(spans, [del(from, to - from)]);
    assert.ok(gone.filter((s) => s.orphaned).length > 50);
    assert.strictEqual(gone.length, spans.length);
    const back = followEdits(gone, [ins(from, deleted)]);
    assert.deepStrictEqual(back, spans);
  });
});
