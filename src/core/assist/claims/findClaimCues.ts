/**
 * Claim cues: reported statements found by their reporting verb (قال، أكد، نفى …, see
 * reportingVerbs.ts), by an attribution phrase (بحسب، وفق ما نقلته …, attributionPhrases.ts),
 * or as quoted speech. Each cue proposes the reported content as the claim's span, the cue
 * itself, the speaker (an actor span next to the cue), a modality and direct or indirect.
 * The rules, with examples, are in docs/assistance.md ("Claim cues").
 *
 * Work is done on the folded text (foldedText.ts), word by word; every look-ahead is bounded
 * (MAX_WORDS_TO_CONTENT words, or the sentence), cues never overlap, so one text costs time
 * linear in its length (plus a bisection per speaker lookup).
 */
import { FoldedText } from '../text/foldedText';
import type { ClaimCue, TextSpan } from '../types';
import { readAttribution } from './attributionPhrases';
import { pairQuotes } from './quotedSpeech';
import { isComplementiser, readReportingVerb, type ReportingVerb } from './reportingVerbs';
import { sentencesOf, type Sentences } from './sentences';
import { Speakers } from './speakers';

/** Words a verb's content may start after: قال يحيى رسول متحدث القائد العام …، الأحد، إن (10). */
export const MAX_WORDS_TO_CONTENT = 14;
/** Quoted text standing alone is speech from this many words (shorter ones are names: "واع"). */
export const MIN_QUOTE_WORDS = 6;

interface Found {
  cue: ClaimCue;
  /** Folded offsets the cue and its content take; later cues start after `until`. */
  from: number;
  until: number;
}

export function findClaimCues(text: string, actors: readonly TextSpan[] = []): ClaimCue[] {
  const t = new FoldedText(text);
  if (t.wordCount === 0) return [];
  return new CueFinder(t, actors).run();
}

class CueFinder {
  private readonly sentences: Sentences;
  private readonly quotes: Map<number, number>;
  private readonly speakers: Speakers;
  private readonly found: Found[] = [];

  constructor(
    private readonly t: FoldedText,
    actors: readonly TextSpan[],
  ) {
    this.sentences = sentencesOf(t);
    this.quotes = pairQuotes(t.text);
    this.speakers = new Speakers(t, actors);
  }

  run(): ClaimCue[] {
    const t = this.t;
    const n = t.wordCount;
    let consumed = 0;
    for (let i = 0; i < n; i++) {
      if (t.starts[i]! < consumed) continue;
      const word = t.word(i);
      const verb = readReportingVerb(word);
      const found = verb ? this.verbCue(i, verb.verb, verb.prefix, consumed) : this.attributionCue(i, consumed);
      if (!found) continue;
      this.found.push(found);
      consumed = found.until;
    }
    this.quoteCues();
    return this.found.sort((a, b) => a.from - b.from).map((f) => f.cue);
  }

  /** قال X إن …، قال: «…»، اعتبرت الحكومة …، كما ذكرت الوكالة. */
  private verbCue(i: number, verb: ReportingVerb, prefix: number, floor: number): Found | undefined {
    const t = this.t;
    const n = t.wordCount;
    const verbStart = t.starts[i]! + prefix;
    const verbEnd = t.ends[i]!;
    const sentenceEnd = this.sentences.end(i);
    let content: { from: number; to: number; direct: boolean } | undefined;
    let words = 0;
    let k = i + 1;
    scan: while (k <= n && !content) {
      const gapFrom = t.ends[k - 1]!;
      const gapTo = Math.min(k < n ? t.starts[k]! : t.text.length, sentenceEnd);
      for (let p = gapFrom; p < gapTo; p++) {
        const c = t.text.charCodeAt(p);
        if (c === 0x3a) {
          // قال الوزير: … — the content follows the colon, an إن after it left out.
          content = this.contentFrom(p + 1, sentenceEnd);
          break scan;
        }
        const close = this.quotes.get(p);
        if (close === undefined) continue;
        if (this.isSpeech(p, close, sentenceEnd)) {
          content = this.quoted(p, close);
          break scan;
        }
        // A short quotation on the way (a name: "واع"): step over it.
        words += this.speakers.wordsBetween(p, close);
        k = this.speakers.wordIndexAt(close);
        continue scan;
      }
      if (gapTo >= sentenceEnd || k >= n) break;
      const w = t.word(k);
      if (isComplementiser(w)) {
        content = this.contentFrom(t.ends[k]!, sentenceEnd);
        break;
      }
      // Another reporting verb before any content: it is the one that introduces it.
      if (readReportingVerb(w) || ++words > MAX_WORDS_TO_CONTENT) break;
      k++;
    }
    const cueSpan = t.span(verbStart, verbEnd);
    const asAttribution = i > 0 && t.word(i - 1) === 'كما';
    if (!content && asAttribution) {
      // كما ذكرت الوكالة: as the agency reported — the statement is the sentence before.
      const kama = t.starts[i - 1]!;
      const before = this.trimmed(Math.max(floor, this.sentences.start(i)), kama);
      if (!before) return undefined;
      const speaker = this.speakers.after(verbEnd, sentenceEnd);
      return this.make(before, { ...t.span(kama, verbEnd), kind: 'attribution' }, speaker?.span, 'reported', kama, Math.max(verbEnd, speaker?.end ?? 0));
    }
    let speaker = this.speakers.after(verbEnd, content ? content.from : sentenceEnd);
    if (!content && verb.bare) {
      // اعتبر takes its content bare; a speaker right after the verb is not part of it.
      const from = speaker && this.speakers.wordsBetween(verbEnd, speaker.start) === 0 ? speaker.end : verbEnd;
      const rest = this.trimmed(from, this.clauseEnd(from, sentenceEnd));
      if (rest) content = { ...rest, direct: false };
    }
    if (!content) return undefined;
    speaker ??= this.speakers.before(t.starts[i]!, this.sentences.start(i));
    return this.make(content, { ...cueSpan, kind: 'verb' }, speaker?.span, verb.modality, verbStart, content.to, content.direct);
  }

  /** بحسب الوزارة، وفق ما نقلته وكالة الأنباء، نقلا عن مصدر، على حد قوله. */
  /** `floor`: where the previous cue ended; a statement before the phrase starts after it. */
  private attributionCue(i: number, floor: number): Found | undefined {
    const t = this.t;
    const reading = readAttribution((k) => t.word(k), i, t.wordCount);
    if (!reading) return undefined;
    const cueStart = t.starts[i]! + reading.prefix;
    const cueEnd = t.ends[i + reading.words - 1]!;
    const sentenceStart = Math.max(floor, this.sentences.start(i));
    const sentenceEnd = this.sentences.end(i);
    const speaker = reading.sourceFollows ? this.speakers.after(cueEnd, sentenceEnd, 2) : undefined;
    const cue = { ...t.span(cueStart, cueEnd), kind: 'attribution' as const };
    // After the statement (…، بحسب الوزارة.): the statement is what the sentence said before.
    const before = this.trimmed(this.afterComplementiser(sentenceStart, cueStart), cueStart);
    if (before && this.speakers.wordsBetween(before.from, before.to) >= 2) {
      return this.make(before, cue, speaker?.span, 'reported', before.from, Math.max(cueEnd, speaker?.end ?? 0));
    }
    // Before it (بحسب الوزارة، فإن …): the statement follows the first comma.
    for (let p = speaker?.end ?? cueEnd; p < sentenceEnd; p++) {
      if (t.text.charCodeAt(p) !== 0x2c) continue;
      const content = this.contentFrom(p + 1, sentenceEnd);
      return content ? this.make(content, cue, speaker?.span, 'reported', cueStart, content.to, content.direct) : undefined;
    }
    return undefined;
  }

  /** Quoted speech no verb or phrase introduced: «…» of MIN_QUOTE_WORDS words or more. */
  private quoteCues(): void {
    // Stryker disable next-line MethodExpression,ArithmeticOperator: equivalent, `found` is already in text order here: each cue starts at or after where the one before it ended (`consumed`)
    const taken = this.found.map((f) => [f.from, f.until] as const).sort((a, b) => a[0] - b[0]);
    let k = 0;
    const opens = [...this.quotes.keys()].sort((a, b) => a - b);
    let lastEnd = -1;
    for (const open of opens) {
      const close = this.quotes.get(open)!;
      if (open < lastEnd || this.speakers.wordsBetween(open, close) < MIN_QUOTE_WORDS) continue;
      while (k < taken.length && taken[k]![1] <= open) k++;
      if (k < taken.length && taken[k]![0] < close) continue;
      const content = this.trimmed(open + 1, close);
      if (!content) continue;
      const w = this.speakers.wordIndexAt(open);
      const floor = this.sentences.start(Math.min(w, this.t.wordCount - 1));
      const end = this.sentences.end(Math.max(0, this.speakers.wordIndexAt(close) - 1));
      const speaker = this.speakers.before(open, floor, 3) ?? this.speakers.after(close + 1, Math.max(end, close + 1), 3);
      const cue = { ...this.t.span(open, close + 1), kind: 'quote' as const };
      // Stryker disable next-line ArithmeticOperator: equivalent, a quotation's `until` is never read: `consumed` and `taken` are settled before quotations are looked at
      this.found.push(this.make(content, cue, speaker?.span, 'reported', open, close + 1, true));
      lastEnd = close + 1;
    }
  }

  /** Quoted text after a verb is the speech itself when it runs past, or fills at least half of, what is left of the sentence. */
  private isSpeech(open: number, close: number, sentenceEnd: number): boolean {
    return close >= sentenceEnd || 2 * (close + 1 - open) >= sentenceEnd - open;
  }

  /** Content from `from` to the sentence end: an إن/أن at its start left out, quoted speech read as direct. */
  private contentFrom(from: number, sentenceEnd: number): { from: number; to: number; direct: boolean } | undefined {
    const t = this.t;
    const start = this.afterComplementiser(from, sentenceEnd);
    for (let p = start; p < sentenceEnd; p++) {
      const c = t.text.charCodeAt(p);
      if (c === 0x20 || c === 0x09) continue;
      const close = this.quotes.get(p);
      if (close !== undefined && this.isSpeech(p, close, sentenceEnd)) return this.quoted(p, close);
      break;
    }
    const rest = this.trimmed(start, this.clauseEnd(start, sentenceEnd));
    return rest ? { ...rest, direct: false } : undefined;
  }

  /**
   * Where indirect content ends: the sentence end, or before a new reporting clause in the
   * same sentence (…، وقال «…» / …، مشيرا إلى …), which is a statement of its own.
   */
  private clauseEnd(from: number, sentenceEnd: number): number {
    const t = this.t;
    for (let w = this.speakers.wordIndexAt(from); w < t.wordCount && t.starts[w]! < sentenceEnd; w++) {
      const verb = readReportingVerb(t.word(w));
      if (!verb || t.starts[w]! === from) continue;
      if (verb.prefix > 0 || t.text.slice(t.ends[w - 1]!, t.starts[w]!).includes(',')) return t.starts[w]!;
    }
    return sentenceEnd;
  }

  /** The words between quotation marks at `open` and `close`, as direct content. */
  private quoted(open: number, close: number): { from: number; to: number; direct: boolean } | undefined {
    const inner = this.trimmed(open + 1, close);
    return inner ? { ...inner, direct: true } : undefined;
  }

  /** `from`, or just after an إن/أن that comes first after it (before `limit`). */
  private afterComplementiser(from: number, limit: number): number {
    const t = this.t;
    const w = this.speakers.wordIndexAt(from);
    const first = w < t.wordCount && t.starts[w]! < limit && this.onlySpace(from, t.starts[w]!);
    return first && isComplementiser(t.word(w)) ? t.ends[w]! : from;
  }

  private onlySpace(from: number, to: number): boolean {
    for (let p = from; p < to; p++) {
      const c = this.t.text.charCodeAt(p);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    }
    return true;
  }

  /** [from, to) without white space and separating punctuation at its edges (and end marks at its end), or undefined when no word is left. */
  private trimmed(from: number, to: number): { from: number; to: number } | undefined {
    const text = this.t.text;
    const edge = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2d;
    while (from < to && edge(text.charCodeAt(from))) from++;
    // A quotation often closes on its own full stop: «… المقبل.»; the content stops before it.
    const endMark = (c: number): boolean => edge(c) || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
    while (to > from && endMark(text.charCodeAt(to - 1))) to--;
    return this.speakers.wordsBetween(from, to) > 0 ? { from, to } : undefined;
  }

  private make(
    content: { from: number; to: number },
    cue: ClaimCue['cue'],
    speaker: TextSpan | undefined,
    modality: ClaimCue['modality'],
    from: number,
    until: number,
    direct = false,
  ): Found {
    const span = this.t.span(content.from, content.to);
    const claim: ClaimCue = { ...span, cue, modality, quote: direct ? 'direct' : 'indirect' };
    if (speaker) claim.speaker = { start: speaker.start, end: speaker.end, text: speaker.text };
    return { cue: claim, from: Math.min(from, content.from), until: Math.max(until, content.to) };
  }
}
