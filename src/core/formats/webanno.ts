/**
 * WebAnno TSV 3.3, the tab-separated format INCEpTION reads (and WebAnno before it): one file
 * per source, `<source path>.tsv`.
 *
 * Layers (which the INCEpTION project must have before import; docs/export-formats.md says how):
 * - span layer `webanno.custom.Hamish` with string features label (the Hamish type), attrs
 *   (the attributes as JSON), note, annotator, hamishId;
 * - relation layer `webanno.custom.HamishLink` with feature name (the link name), over Hamish.
 *
 * As the format's reference (INCEpTION's user guide and its own writer) has it:
 * - offsets are UTF-16 units (Java string offsets), not code points: an emoji counts 2;
 * - a token row is `sentence-token<TAB>begin-end<TAB>token<TAB>` then one column per feature,
 *   each ending with a TAB; `_` where no annotation covers the token, `*` for an empty value;
 * - an annotation over several tokens, or sharing a token with another, carries a
 *   disambiguation id `[N]` on each of its values; several on one token are joined by `|`;
 * - a relation is written on the first token of its target, with the id of the first token of
 *   its source, and `[source_target]` disambiguation ids (0 for an unambiguous end);
 * - feature values escape `\ [ ] | _ -> ; TAB LF *` with a backslash; `#Text=` lines escape
 *   control characters and the backslash.
 * Tokens are cut at span boundaries (like CoNLL), so every span starts and ends on a token.
 */
import { linkTargets, type Annotation } from '../model/annotation';
import { CodePointIndex } from '../text/offsets';
import { sentences, tokenize, type Token } from '../text/tokens';
import { boundaries, inexactNote, placeableSpans, tokenRange } from './placeable';
import type { ExportResult, ExportSource, Exporter, FormatNote } from './types';

const NAME = 'WebAnno TSV';
export const SPAN_LAYER = 'webanno.custom.Hamish';
export const LINK_LAYER = 'webanno.custom.HamishLink';
const SPAN_FEATURES = ['label', 'attrs', 'note', 'annotator', 'hamishId'] as const;

export const HEADER =
  '#FORMAT=WebAnno TSV 3.3\n' +
  `#T_SP=${SPAN_LAYER}|${SPAN_FEATURES.join('|')}\n` +
  `#T_RL=${LINK_LAYER}|name|BT_${SPAN_LAYER}\n` +
  '\n';

export const webannoExporter: Exporter = {
  format: 'webanno',
  label: 'WebAnno TSV 3.3 (INCEpTION)',
  description: 'Tab-separated tokens with span and relation columns, for INCEpTION (one .tsv per source)',
  layout: 'per-source',
  export(sources: readonly ExportSource[]): ExportResult {
    const notes: FormatNote[] = [];
    const files = sources.map((source) => ({ path: `${source.path}.tsv`, content: exportSource(source, notes) }));
    return { files, notes };
  },
};

interface Placement {
  span: Annotation;
  first: number;
  last: number;
  /** Disambiguation id, for a span over several tokens or sharing one. */
  id?: number;
}

interface Relation {
  name: string;
  source: Placement;
  target: Placement;
}

function exportSource(source: ExportSource, notes: FormatNote[]): string {
  const index = CodePointIndex.of(source.text);
  const placed = placeableSpans(source, index.length, NAME);
  notes.push(...placed.notes);
  const tokens = tokenize(source.text, boundaries(placed.spans));
  const placements = place(source.path, placed.spans, tokens, notes);
  const relations = collectRelations(source.path, placements, notes);

  // Per token: the spans over it and the relations written on it, in a fixed order.
  const spansOn: Placement[][] = tokens.map(() => []);
  for (const p of placements) for (let t = p.first; t <= p.last; t++) spansOn[t]!.push(p);
  const relationsOn: Relation[][] = tokens.map(() => []);
  for (const r of relations) relationsOn[r.target.first]!.push(r);

  // Token ids (`sentence-token`, from 1), by position among all tokens: relations name their source's.
  const groups = sentences(source.text, tokens, placed.spans);
  const idOf: string[] = [];
  groups.forEach((sentence, s) => sentence.forEach((_token, t) => idOf.push(`${s + 1}-${t + 1}`)));

  const out: string[] = [HEADER];
  let k = 0;
  for (const sentence of groups) {
    out.push('\n');
    const from = index.toUtf16(sentence[0]!.start);
    const to = index.toUtf16(sentence[sentence.length - 1]!.end);
    for (const line of source.text.slice(from, to).split('\n')) out.push(`#Text=${escapeText(line)}\n`);
    for (const token of sentence) {
      const columns = [idOf[k]!, `${index.toUtf16(token.start)}-${index.toUtf16(token.end)}`, token.text];
      columns.push(...spanColumns(spansOn[k]!), ...relationColumns(relationsOn[k]!, idOf));
      out.push(columns.join('\t') + '\t\n');
      k++;
    }
  }
  return out.join('');
}

/** Where each span sits among the tokens, with disambiguation ids numbered in document order. */
function place(path: string, spans: readonly Annotation[], tokens: readonly Token[], notes: FormatNote[]): Placement[] {
  const placements: Placement[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const range = tokenRange(tokens, span.start, span.end);
    if (!range) {
      notes.push({ source: path, annotation: span.id, message: 'WebAnno TSV cannot represent a span that covers no token (only white space): left out' });
      continue;
    }
    const inexact = inexactNote(path, span, tokens, range.first, range.last, NAME);
    if (inexact) notes.push(inexact);
    placements.push({ span, ...range });
  }
  const perToken = new Map<number, number>();
  for (const p of placements) for (let t = p.first; t <= p.last; t++) perToken.set(t, (perToken.get(t) ?? 0) + 1);
  let next = 1;
  for (const p of placements) {
    let shared = false;
    for (let t = p.first; t <= p.last && !shared; t++) shared = perToken.get(t)! > 1;
    if (p.last > p.first || shared) p.id = next++;
  }
  return placements;
}

/** Every link between two exported spans; a link whose target is not exported gets a note. */
function collectRelations(path: string, placements: readonly Placement[], notes: FormatNote[]): Relation[] {
  const byId = new Map(placements.map((p) => [p.span.id, p]));
  const relations: Relation[] = [];
  for (const source of placements) {
    for (const [name, target] of Object.entries(source.span.links)) {
      for (const targetId of linkTargets(target)) {
        const t = byId.get(targetId);
        if (t) relations.push({ name, source, target: t });
        else notes.push({ source: path, annotation: source.span.id, message: `WebAnno TSV cannot represent the ${name} link to ${targetId}: the target is not in this export` });
      }
    }
  }
  return relations;
}

function disambiguated(value: string, p: Placement): string {
  return p.id === undefined ? value : `${value}[${p.id}]`;
}

function spanColumns(spans: readonly Placement[]): string[] {
  if (spans.length === 0) return SPAN_FEATURES.map(() => '_');
  const values = (pick: (a: Annotation) => string | undefined) =>
    spans.map((p) => disambiguated(featureValue(pick(p.span)), p)).join('|');
  return [
    values((a) => a.type),
    values((a) => (Object.keys(a.attrs).length > 0 ? JSON.stringify(a.attrs) : undefined)),
    values((a) => a.note),
    values((a) => a.annotator),
    values((a) => a.id),
  ];
}

function relationColumns(relations: readonly Relation[], idOf: readonly string[]): string[] {
  if (relations.length === 0) return ['_', '_'];
  const names = relations.map((r) => featureValue(r.name)).join('|');
  const refs = relations
    .map((r) => {
      const ref = idOf[r.source.first]!;
      if (r.source.id === undefined && r.target.id === undefined) return ref;
      return `${ref}[${r.source.id ?? 0}_${r.target.id ?? 0}]`;
    })
    .join('|');
  return [names, refs];
}

/** `*` for no value; otherwise escaped, with line ends made LF (a lone CR would end the row for a Java reader). */
function featureValue(value: string | undefined): string {
  if (value === undefined || value === '') return '*';
  return escapeValue(value.replace(/\r\n?/g, '\n'));
}

const VALUE_ESCAPES: Record<string, string> = {
  '\\': '\\\\', '[': '\\[', ']': '\\]', '|': '\\|', '_': '\\_', '->': '\\->', ';': '\\;', '\t': '\\t', '\n': '\\n', '*': '\\*',
};

/** The reserved characters of a feature value, each behind a backslash (`->` as one unit). */
export function escapeValue(value: string): string {
  return value.replace(/->|[\\[\]|_;\t\n*]/g, (m) => VALUE_ESCAPES[m]!);
}

/** `#Text=` escaping: TAB, LF, FF, CR, BS by name, other C0 controls (but VT) and `\` behind a backslash. */
export function escapeText(text: string): string {
  return text.replace(/[\u0000-\u001f\\]/g, (c) => {
    switch (c) {
      case '\t': return '\\t';
      case '\n': return '\\n';
      case '\f': return '\\f';
      case '\r': return '\\r';
      case '\b': return '\\b';
      case '\\': return '\\\\';
      case '\v': return c;
      default: return `\\${c}`;
    }
  });
}
