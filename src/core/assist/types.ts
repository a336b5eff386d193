/**
 * Assistance: what the recognisers (dates, actor mentions, claim cues) propose. A
 * suggestion is never an annotation until the researcher accepts it; the editor draws
 * it with a dotted border, the CLI prints it. Offsets are Unicode code points over the
 * text as stored, end exclusive, like annotations.
 */
import type { AttrValue } from '../model/annotation';

/** The annotation types the built-in recognisers propose. */
export type SuggestedType = 'date' | 'actor' | 'claim';
export const SUGGESTED_TYPES: readonly SuggestedType[] = ['date', 'actor', 'claim'];

/** A span in the text, in code points. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** What a date expression means. */
export interface DateValue {
  /**
   * ISO 8601: a day `2024-02-11`, a month `2024-02`, a year `2024`, or an interval
   * `2023-08-07/2023-08-08`. In the calendar named by `calendar`: a Hijri date keeps its
   * Hijri numbers (`1445-09-15`). Undefined when the expression is relative and no
   * document date was known to resolve it, or a month or day without a year.
   */
  value?: string;
  calendar: 'gregorian' | 'hijri';
  precision: 'day' | 'month' | 'year' | 'interval';
  /** Resolved (or left unresolved) against the document's date: أمس، الأحد الماضي، الشهر الماضي. */
  relative: boolean;
}

export interface DateMention extends TextSpan, DateValue {
  /** Which rule found it, such as `day-month-year` or `relative-weekday`; for the list and the hover. */
  rule: string;
}

/** An entry of the workspace actor list `.hamish/actors.yaml`, or an actor already tagged. */
export interface ActorName {
  /** The name a researcher records the actor under. */
  canonical: string;
  /** person, organisation, armed-group, state, media, other (the schema's actor kinds). */
  kind?: string;
  /** Other spellings and names; the canonical name is matched too. */
  aliases: string[];
}

export interface ActorMention extends TextSpan {
  canonical: string;
  kind?: string;
  /** The name (canonical or alias) as listed that matched, before normalisation. */
  matched: string;
}

/** A reported statement: its content, the cue that marks it, and the speaker next to the cue. */
export interface ClaimCue extends TextSpan {
  cue: TextSpan & { kind: 'verb' | 'attribution' | 'quote' };
  /** The actor named next to the cue (قال المتحدث… / …، بحسب الوزارة), when one is. */
  speaker?: TextSpan;
  modality?: 'asserted' | 'denied' | 'reported';
  quote?: 'direct' | 'indirect';
}

/** One proposal, ready to become an annotation as it stands. */
export interface Suggestion extends TextSpan {
  /** `type:start:end`: unique in one run, stable while the text does not change. */
  key: string;
  type: string;
  attrs: Record<string, AttrValue>;
  /**
   * Links the new annotation would get: link name → the `key` of another suggestion of
   * the same run (the speaker of a claim may be proposed too), or the id of an
   * annotation that already exists.
   */
  links: Record<string, string>;
  /** Which rule proposed it (`month-name`, `tagged-actor`, `reporting-verb`…), shown in the list and the hover. */
  rule: string;
}
