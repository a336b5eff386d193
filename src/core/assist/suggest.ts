/**
 * MINIMAL STAND-IN written on the editor branch so that it compiles; the suggestcore branch
 * owns this file and its version replaces this one at merge (same signatures).
 * Combines the recognisers into suggestions, drops those already annotated or dismissed.
 */
import { createAnnotation } from '../model/build';
import type { Annotation, Dismissal } from '../model/annotation';
import { spanContext } from '../text/context';
import { CodePointIndex } from '../text/offsets';
import { compileActorMatcher } from './actors/actorMatcher';
import { findClaimCues } from './claims/findClaimCues';
import { findDates, findDocumentDate } from './dates/findDates';
import type { ActorName, Suggestion, TextSpan } from './types';

export interface SuggestContext {
  types?: readonly string[];
  documentDate?: string;
  annotations: readonly Annotation[];
  actors?: readonly ActorName[];
  dismissed?: readonly Dismissal[];
}

export function suggestAnnotations(text: string, context: SuggestContext): Suggestion[] {
  const wanted = (t: string) => !context.types || context.types.includes(t);
  const out: Suggestion[] = [];
  const push = (type: string, span: TextSpan, rule: string, attrs: Suggestion['attrs'], links: Suggestion['links'] = {}) =>
    out.push({ key: `${type}:${span.start}:${span.end}`, type, start: span.start, end: span.end, text: span.text, attrs, links, rule });
  if (wanted('date')) {
    const documentDate = context.documentDate ?? findDocumentDate(text);
    for (const d of findDates(text, documentDate ? { documentDate } : {})) {
      push('date', d, d.rule, { ...(d.value ? { value: d.value } : {}), calendar: d.calendar, precision: d.precision });
    }
  }
  const tagged = context.annotations.filter((a) => a.type === 'actor' && !a.orphaned);
  const names: ActorName[] = [...(context.actors ?? [])];
  for (const a of tagged) {
    const canonical = typeof a.attrs.canonical === 'string' && a.attrs.canonical ? a.attrs.canonical : a.text;
    names.push({ canonical, ...(typeof a.attrs.kind === 'string' ? { kind: a.attrs.kind } : {}), aliases: [a.text] });
  }
  const actorSpans: TextSpan[] = [...tagged];
  if (wanted('actor') || wanted('claim')) {
    for (const m of compileActorMatcher(names).find(text)) {
      actorSpans.push(m);
      if (wanted('actor')) push('actor', m, 'actor-name', { canonical: m.canonical, ...(m.kind ? { kind: m.kind } : {}) });
    }
  }
  if (wanted('claim')) {
    for (const c of findClaimCues(text, actorSpans)) {
      const speaker = c.speaker && (tagged.find((a) => a.start === c.speaker!.start && a.end === c.speaker!.end)?.id ?? `actor:${c.speaker.start}:${c.speaker.end}`);
      push('claim', c, c.cue.kind, { ...(c.modality ? { modality: c.modality } : {}), ...(c.quote ? { quote: c.quote } : {}) }, speaker ? { speaker } : {});
    }
  }
  const index = CodePointIndex.of(text);
  const known = new Set((context.dismissed ?? []).map((d) => `${d.type}\n${d.text}\n${d.before}\n${d.after}`));
  const kept = out.filter(
    (s) =>
      !context.annotations.some((a) => a.type === s.type && !a.orphaned && a.start < s.end && s.start < a.end) &&
      !known.has(dismissalKey(dismissalOf(s, text, index))),
  );
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

function dismissalKey(d: Dismissal): string {
  return `${d.type}\n${d.text}\n${d.before}\n${d.after}`;
}

export function dismissalOf(s: Suggestion, text: string, index = CodePointIndex.of(text)): Dismissal {
  const ctx = spanContext(text, s.start, s.end, index);
  return { type: s.type, start: s.start, end: s.end, text: ctx.text, before: ctx.before, after: ctx.after };
}

export function isDismissed(s: Suggestion, text: string, dismissed: readonly Dismissal[]): boolean {
  const d = dismissalOf(s, text);
  return dismissed.some((x) => x.type === d.type && x.text === d.text && ((x.before === d.before && x.after === d.after) || x.start === d.start));
}

export function annotationFromSuggestion(
  s: Suggestion,
  idsByKey: ReadonlyMap<string, string>,
  options: { annotator?: string; now: string; id: string },
): Annotation {
  // A link naming a suggestion not accepted with this one is left out; an annotation id is kept.
  const links: Record<string, string> = {};
  for (const [name, target] of Object.entries(s.links)) {
    const id = idsByKey.get(target) ?? (target.includes(':') ? undefined : target);
    if (id) links[name] = id;
  }
  // The quote is the suggestion's text (offsets over it alone), so no source text is needed here.
  const a = createAnnotation(s.text, { type: s.type, start: 0, end: Array.from(s.text).length, attrs: s.attrs, links, now: options.now, id: options.id, ...(options.annotator ? { annotator: options.annotator } : {}) });
  return { ...a, start: s.start, end: s.end };
}
