/**
 * CoNLL IOB2: one token a line (`token<TAB>tag`, tags `B-claim`, `I-claim`, `O`), a blank
 * line after each sentence, and `-DOCSTART-<TAB>O` plus a blank line before each source, the
 * CoNLL-2003 document separator that Hugging Face, spaCy, flair and AllenNLP readers skip.
 * All sources go to one file, `corpus.conll`, in path order.
 *
 * A token carries one tag, so where spans nest or overlap one wins (`options.nested`) and
 * each loser gets a note. Tokens are cut at the winners' boundaries (`وبغداد` with only
 * `بغداد` tagged becomes `و` `بغداد`), so every tag covers exactly its span.
 */
import type { Annotation } from '../model/annotation';
import { CodePointIndex } from '../text/offsets';
import { sentences, tokenize } from '../text/tokens';
import { boundaries, inexactNote, placeableSpans, tokenRange } from './placeable';
import type { ExportOptions, ExportResult, ExportSource, Exporter, FormatNote } from './types';

type Nested = NonNullable<ExportOptions['nested']>;

const NAME = 'CoNLL';

export const conllExporter: Exporter = {
  format: 'conll',
  label: 'CoNLL IOB2',
  description: 'Token per line with B-/I-/O tags, for training sequence taggers (one file for all sources)',
  layout: 'single-file',
  export(sources: readonly ExportSource[], options: ExportOptions = {}): ExportResult {
    const nested = options.nested ?? 'outermost';
    const notes: FormatNote[] = [];
    const parts: string[] = [];
    const ordered = [...sources].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const source of ordered) parts.push(exportSource(source, nested, notes));
    return { files: [{ path: 'corpus.conll', content: parts.join('') }], notes };
  },
};

function exportSource(source: ExportSource, nested: Nested, notes: FormatNote[]): string {
  const placed = placeableSpans(source, CodePointIndex.of(source.text).length, NAME);
  notes.push(...placed.notes);
  const { winners, losers } = pickWinners(placed.spans, nested);
  for (const { loser, winner } of losers) {
    notes.push({
      source: source.path,
      annotation: loser.id,
      message: `CoNLL cannot represent the ${loser.type} span that ${nests(loser, winner)} the ${winner.type} span ${winner.id} (one tag per token; nested: ${nested}): left out`,
    });
  }
  const tokens = tokenize(source.text, boundaries(winners));
  const tags: string[] = tokens.map(() => 'O');
  for (const span of winners) {
    const range = tokenRange(tokens, span.start, span.end);
    if (!range) {
      notes.push({ source: source.path, annotation: span.id, message: 'CoNLL cannot represent a span that covers no token (only white space): left out' });
      continue;
    }
    const inexact = inexactNote(source.path, span, tokens, range.first, range.last, NAME);
    if (inexact) notes.push(inexact);
    for (let t = range.first; t <= range.last; t++) {
      if (tags[t] !== 'O') continue;
      tags[t] = `${t === range.first ? 'B' : 'I'}-${span.type}`;
    }
  }
  const tagOf = new Map(tokens.map((t, i) => [t, tags[i]!]));
  const lines: string[] = ['-DOCSTART-\tO', ''];
  for (const sentence of sentences(source.text, tokens, winners)) {
    for (const token of sentence) lines.push(`${token.text}\t${tagOf.get(token)!}`);
    lines.push('');
  }
  return lines.join('\n') + '\n';
}

/** How `loser` relates to `winner`, for the note. */
function nests(loser: Annotation, winner: Annotation): string {
  if (winner.start <= loser.start && loser.end <= winner.end) return 'nests inside';
  if (loser.start <= winner.start && winner.end <= loser.end) return 'encloses';
  return 'overlaps';
}

interface Loss {
  loser: Annotation;
  winner: Annotation;
}

/**
 * The spans that keep their tags, none overlapping another: taken greedily in the order the
 * option gives (outermost: earlier start, then longer; innermost: shorter, then earlier;
 * longest: longer, then earlier), each one that overlaps a span already taken loses.
 */
export function pickWinners(spans: readonly Annotation[], nested: Nested): { winners: Annotation[]; losers: Loss[] } {
  const len = (a: Annotation) => a.end - a.start;
  const tie = (a: Annotation, b: Annotation) => a.start - b.start || len(b) - len(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const order = [...spans].sort((a, b) => {
    if (nested === 'innermost') return len(a) - len(b) || tie(a, b);
    if (nested === 'longest') return len(b) - len(a) || tie(a, b);
    return tie(a, b);
  });
  const winners: Annotation[] = [];
  const losers: Loss[] = [];
  for (const span of order) {
    const clash = winners.find((w) => w.start < span.end && span.start < w.end);
    if (clash) losers.push({ loser: span, winner: clash });
    else winners.push(span);
  }
  winners.sort((a, b) => a.start - b.start);
  return { winners, losers };
}
