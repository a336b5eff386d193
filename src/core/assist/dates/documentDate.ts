/**
 * The date a document was written or published, when the text says so plainly: a full
 * Gregorian day (with a year) in a dateline at the top (the first few lines, the date
 * after no more than a place name and a Hijri date), or after a
 * publication cue anywhere (نشر في، تاريخ النشر، آخر تحديث). Conservative: anything less than a
 * full Gregorian day, or two different dates at the top, gives undefined.
 */
import { normalizeForMatching } from '../../text/normalize';
import { dateTokens, PUNCT, WORD, type Token } from './dateTokens';
import { DateGrammar, type Found } from './grammar';

/** How far the dateline may be from the start: lines and characters. */
const TOP_LINES = 4;
const TOP_CHARS = 400;
/** Cues (normalised) that announce the publication date; the date must follow within a few tokens. */
const CUES = new Set(['نشر', 'النشر', 'تحديث']);
const CUE_REACH = 4;
/** A dateline puts at most a place name (a few words) before its date: `الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م`. */
const DATELINE_WORDS = 3;
const PREPOSITIONS = new Set(['في', 'منذ', 'حتي', 'من', 'بعد', 'قبل', 'الي', 'بين', 'خلال']);

/** Whether the date `f` opens its line as a dateline does, after a place name and perhaps a Hijri date. */
function opensLine(tokens: readonly Token[], found: readonly Found[], f: Found): boolean {
  let words = 0;
  // Another date before it on the line only as `(Hijri date) الموافق (this date)`.
  const equated = tokens[f.from - 1]?.text === 'الموافق';
  for (let k = f.from - 1; k >= 0; k--) {
    const tok = tokens[k]!;
    if (tok.kind === PUNCT && tok.text === '\n') return true;
    const inDate = found.some((g) => g !== f && g.from <= k && k < g.to);
    if (inDate && !equated) return false;
    if (tok.kind !== WORD || inDate || tok.text === 'الموافق') continue;
    // في itself starts with ف: the word is looked up as written before its و/ف is taken off.
    if (k === f.from - 1 && (tok.text === 'و' || PREPOSITIONS.has(tok.text) || PREPOSITIONS.has(tok.text.replace(/^[وف]/, '')))) return false;
    if (++words > DATELINE_WORDS) return false;
  }
  return true;
}

const isFullDay = (f: Found): boolean =>
  f.precision === 'day' && !f.relative && f.calendar === 'gregorian' && f.value !== undefined;

export function findDocumentDate(text: string): string | undefined {
  const normalized = normalizeForMatching(text);
  const tokens = dateTokens(normalized.text);
  const found = new DateGrammar(tokens, undefined).all();
  // After a publication cue, anywhere.
  for (const f of found) {
    if (!isFullDay(f)) continue;
    for (let k = Math.max(0, f.from - CUE_REACH); k < f.from; k++) {
      const tok = tokens[k]!;
      if (tok.kind === WORD && CUES.has(tok.text.replace(/^[وف]/, ''))) return f.value;
    }
  }
  // A dateline: the first full day within the top lines, if the top holds only one.
  let lineEnd = 0;
  for (let line = 0; line < TOP_LINES && lineEnd < normalized.text.length; line++) {
    const next = normalized.text.indexOf('\n', lineEnd);
    lineEnd = next < 0 ? normalized.text.length : next + 1;
  }
  const limit = Math.min(lineEnd, TOP_CHARS);
  const top = found.filter((f) => tokens[f.from]!.start < limit && isFullDay(f) && opensLine(tokens, found, f)).map((f) => f.value);
  return top.length > 0 && top.every((v) => v === top[0]) ? top[0] : undefined;
}
