/**
 * The suggestion combiner: runs the date, actor and claim recognisers over one text and
 * turns what they find into suggestions, ready to become annotations as they stand. It
 * drops what the researcher already has (an annotation of the same type overlapping it)
 * and what they turned down (a dismissal), links a claim to its speaker and to the nearest
 * date in its sentence, and orders the result by start, end, type. Offsets are code points.
 */
import type { Annotation, Dismissal } from '../../model/annotation';
import { CodePointIndex } from '../../text/offsets';
import type { ActorMatcher } from '../actors/actorMatcher';
import { SUGGESTED_TYPES, type ActorName, type ClaimCue, type Suggestion, type TextSpan } from '../types';
import { DismissalLookup } from './dismissals';
import { BUILT_IN_RECOGNISERS, type Recognisers } from './recognisers';
import { sentenceAround } from './sentences';
import { actorNamesFromAnnotations } from '../actors/actorNames';

export interface SuggestContext {
  /** Which types to propose; all of SUGGESTED_TYPES when absent. */
  types?: readonly string[];
  /** ISO day relative dates resolve against; when absent, the date the text itself gives (a dateline), if any. */
  documentDate?: string;
  /** The file's annotations, offsets in code points (as a sidecar stores them). */
  annotations: readonly Annotation[];
  /** The workspace actor list (`.hamish/actors.yaml`) and, for corpus-wide matching, actors tagged in other files. */
  actors?: readonly ActorName[];
  /** The file's dismissed suggestions. */
  dismissed?: readonly Dismissal[];
  /**
   * A matcher already compiled for the names to look for (the CLI compiles one for a whole
   * corpus); when given, `actors` and the actors tagged in `annotations` are not compiled again.
   */
  actorMatcher?: ActorMatcher;
}

/** The key of a suggestion: unique in one run, stable while the text does not change. */
export function suggestionKey(type: string, start: number, end: number): string {
  return `${type}:${start}:${end}`;
}

export function suggestAnnotations(text: string, context: SuggestContext, recognisers: Recognisers = BUILT_IN_RECOGNISERS): Suggestion[] {
  const wanted = new Set(context.types ?? SUGGESTED_TYPES);
  const index = CodePointIndex.of(text);
  const existing = context.annotations.filter((a) => !a.orphaned);
  // Stryker disable next-line ArrayDeclaration: a stray non-dismissal entry keys as [null,…], which no suggestion's key (a string type) ever equals
  const dismissed = new DismissalLookup(text, context.dismissed ?? [], index);
  const keep = (s: Suggestion) => !overlapsSameType(s, existing) && !dismissed.has(s);

  const dates = wanted.has('date') ? dateSuggestions(text, context, recognisers).filter(keep) : [];
  // Stryker disable next-line ArrayDeclaration: the empty fallback is read only when actor or claim is wanted, which takes the other branch
  const actors = wanted.has('actor') || wanted.has('claim') ? actorSuggestions(text, context, recognisers).filter(keep) : [];
  const out: Suggestion[] = [];
  if (wanted.has('date')) out.push(...dates);
  if (wanted.has('actor')) out.push(...actors);
  if (wanted.has('claim')) {
    // A link may point only at what exists or is proposed in this very run (actors are found
    // for speakers even when not proposed themselves, but are then no link targets).
    // Stryker disable next-line ArrayDeclaration: a target made from a non-suggestion has no start or end, so it never equals nor overlaps a speaker span
    const speakers = [...targetsOf(existing, 'actor'), ...(wanted.has('actor') ? actors : []).map(asTarget)];
    const dateTargets = [...targetsOf(existing, 'date'), ...dates.map(asTarget)];
    const cues = recognisers.findClaimCues(text, [...targetsOf(existing, 'actor'), ...actors]);
    for (const cue of cues) {
      const s = claimSuggestion(cue, text, index, speakers, dateTargets);
      if (keep(s)) out.push(s);
    }
  }
  return uniqueSorted(out);
}

function dateSuggestions(text: string, context: SuggestContext, r: Recognisers): Suggestion[] {
  const documentDate = context.documentDate ?? r.findDocumentDate(text);
  return r.findDates(text, documentDate !== undefined ? { documentDate } : {}).map((m) => {
    const attrs: Suggestion['attrs'] = { calendar: m.calendar, precision: m.precision };
    if (m.value !== undefined) attrs.value = m.value;
    return make('date', m, attrs, m.rule);
  });
}

function actorSuggestions(text: string, context: SuggestContext, r: Recognisers): Suggestion[] {
  const listed = context.actors ?? [];
  const matcher = context.actorMatcher ?? r.compileActorMatcher([...listed, ...actorNamesFromAnnotations(context.annotations)]);
  const fromList = new Set(listed.map((a) => a.canonical));
  return matcher.find(text).map((m) => {
    const attrs: Suggestion['attrs'] = { canonical: m.canonical };
    if (m.kind !== undefined) attrs.kind = m.kind;
    return make('actor', m, attrs, fromList.has(m.canonical) ? 'actor-list' : 'tagged-actor');
  });
}

const CUE_RULES: Record<ClaimCue['cue']['kind'], string> = { verb: 'reporting-verb', attribution: 'attribution', quote: 'quoted-speech' };

/** Something a link may point at: an existing annotation (its id) or a suggestion of this run (its key). */
interface LinkTarget extends TextSpan {
  ref: string;
}

function claimSuggestion(cue: ClaimCue, text: string, index: CodePointIndex, speakers: LinkTarget[], dates: LinkTarget[]): Suggestion {
  const attrs: Suggestion['attrs'] = {};
  if (cue.modality !== undefined) attrs.modality = cue.modality;
  if (cue.quote !== undefined) attrs.quote = cue.quote;
  const s = make('claim', cue, attrs, CUE_RULES[cue.cue.kind]);
  if (cue.speaker) {
    const speaker = atSpan(cue.speaker, speakers);
    if (speaker) s.links.speaker = speaker.ref;
  }
  const date = nearestDateInSentence(cue, text, index, dates);
  if (date) s.links.date = date.ref;
  return s;
}

/** The target at exactly this span, else the first one overlapping it. */
function atSpan(span: TextSpan, targets: LinkTarget[]): LinkTarget | undefined {
  return targets.find((t) => t.start === span.start && t.end === span.end) ?? targets.find((t) => overlaps(t, span));
}

/**
 * The date nearest the claim (its content and its cue) among those wholly inside the same
 * sentence or sentences; none when the sentence holds no date.
 */
function nearestDateInSentence(cue: ClaimCue, text: string, index: CodePointIndex, dates: LinkTarget[]): LinkTarget | undefined {
  if (dates.length === 0) return undefined;
  const from = Math.min(cue.start, cue.cue.start);
  const to = Math.max(cue.end, cue.cue.end);
  const utf16 = sentenceAround(text, index.toUtf16(from), index.toUtf16(to));
  const start = index.fromUtf16(utf16.start);
  const end = index.fromUtf16(utf16.end);
  let best: LinkTarget | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (d.start < start || d.end > end) continue;
    const distance = d.end <= from ? from - d.end : d.start >= to ? d.start - to : 0;
    if (distance < bestDistance || (distance === bestDistance && best && d.start < best.start)) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function make(type: string, span: TextSpan, attrs: Suggestion['attrs'], rule: string): Suggestion {
  return { key: suggestionKey(type, span.start, span.end), type, start: span.start, end: span.end, text: span.text, attrs, links: {}, rule };
}

function targetsOf(annotations: readonly Annotation[], type: string): LinkTarget[] {
  return annotations.filter((a) => a.type === type).map((a) => ({ start: a.start, end: a.end, text: a.text, ref: a.id }));
}

function asTarget(s: Suggestion): LinkTarget {
  return { start: s.start, end: s.end, text: s.text, ref: s.key };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapsSameType(s: Suggestion, existing: readonly Annotation[]): boolean {
  return existing.some((a) => a.type === s.type && overlaps(a, s));
}

/** Sorted by start, end, type; one suggestion per key (the first proposed wins). */
function uniqueSorted(list: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return list
    .filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
