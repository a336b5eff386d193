/**
 * Where a claim's speaker is taken from: the actor span named next to the cue, after it
 * (قال مصدر في وزارة الخارجية) within three words, or before it (الحكومة التي اعتبرت) within
 * two, never across the limits the cue search sets. Actor spans come in code points, in any
 * order, as the editor passes tagged and proposed actors.
 */
import * as assert from 'assert';
import { Speakers } from '../../src/core/assist/claims/speakers';
import { FoldedText } from '../../src/core/assist/text/foldedText';
import type { TextSpan } from '../../src/core/assist/types';

/** The span of the `nth` occurrence of `phrase` in `text` (no astral characters: UTF-16 = code points). */
function span(text: string, phrase: string, nth = 0): TextSpan {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(phrase, at + 1);
  assert.ok(at >= 0, phrase);
  return { start: at, end: at + phrase.length, text: phrase };
}

describe('claim speakers: after the cue', () => {
  const text = 'قال مصدر في وزارة الخارجية لوكالة الانباء ان الوفد وصل';
  const t = new FoldedText(text);
  const ministry = span(text, 'وزارة الخارجية');
  const delegation = span(text, 'الوفد');
  const afterVerb = t.foldedAt(span(text, 'قال').end);
  const name = (p: { span: TextSpan } | undefined): string => p?.span.text ?? '-';

  it('takes the first actor after the cue, whatever order the spans come in', () => {
    for (const actors of [[ministry, delegation], [delegation, ministry]]) {
      assert.strictEqual(name(new Speakers(t, actors).after(afterVerb, t.text.length)), 'وزارة الخارجية');
    }
  });

  it('counts the words in between: two here (مصدر في), so a limit of one finds nothing', () => {
    const s = new Speakers(t, [ministry, delegation]);
    assert.strictEqual(name(s.after(afterVerb, t.text.length, 2)), 'وزارة الخارجية');
    assert.strictEqual(name(s.after(afterVerb, t.text.length, 1)), '-');
    // Defaults to three words: the delegation, seven words on, is not the speaker of قال.
    assert.strictEqual(name(new Speakers(t, [delegation]).after(afterVerb, t.text.length)), '-');
  });

  it('takes an actor that starts right at the cue, not one that starts at the limit', () => {
    const s = new Speakers(t, [ministry]);
    const start = t.foldedAt(ministry.start);
    assert.strictEqual(name(s.after(start, t.text.length)), 'وزارة الخارجية');
    assert.strictEqual(name(s.after(afterVerb, start)), '-');
    assert.strictEqual(name(s.after(afterVerb, start + 1)), 'وزارة الخارجية');
  });

  it('prefers the shorter of two names starting at the same word, given in either order', () => {
    const short = span(text, 'وزارة');
    for (const actors of [[ministry, short], [short, ministry]]) {
      assert.strictEqual(name(new Speakers(t, actors).after(afterVerb, t.text.length)), 'وزارة');
    }
  });

  it('ignores empty actor spans', () => {
    const empty: TextSpan = { start: span(text, 'مصدر').start, end: span(text, 'مصدر').start, text: '' };
    assert.strictEqual(name(new Speakers(t, [empty, ministry]).after(afterVerb, t.text.length)), 'وزارة الخارجية');
  });

  it('counts no words in an empty or reversed range', () => {
    const s = new Speakers(t, []);
    assert.strictEqual(s.wordsBetween(afterVerb, afterVerb), 0);
    assert.strictEqual(s.wordsBetween(t.text.length, 0), 0);
    assert.strictEqual(s.wordsBetween(0, t.text.length), 10);
  });
});

describe('claim speakers: before the cue', () => {
  const text = 'وكانت الحكومة التي اعتبرت ان الوزير والسفير والمبعوث والقائد غادروا';
  const t = new FoldedText(text);
  const government = span(text, 'الحكومة');
  const verb = t.foldedAt(span(text, 'اعتبرت').start);
  const later = ['الوزير', 'السفير', 'المبعوث', 'القائد'].map((w) => span(text, w));
  const name = (p: { span: TextSpan } | undefined): string => p?.span.text ?? '-';

  it('takes the actor before the verb within two words (التي between), with actors after it in the list', () => {
    const s = new Speakers(t, [...later, government]);
    assert.strictEqual(name(s.before(verb, 0)), 'الحكومة');
    assert.strictEqual(name(s.before(verb, 0, 1)), 'الحكومة');
    assert.strictEqual(name(s.before(verb, 0, 0)), '-');
  });

  it('takes an actor ending right at the cue, not one running over it', () => {
    const s = new Speakers(t, [government]);
    const end = t.foldedAt(government.end);
    assert.strictEqual(name(s.before(end, 0)), 'الحكومة');
    assert.strictEqual(name(s.before(end - 1, 0)), '-');
  });

  it('does not look before the floor (the start of the sentence or the previous cue)', () => {
    const s = new Speakers(t, [government]);
    const start = t.foldedAt(government.start);
    assert.strictEqual(name(s.before(verb, start)), 'الحكومة');
    assert.strictEqual(name(s.before(verb, start + 1)), '-');
  });
});
