/**
 * One brat document (.ann beside its .txt) read into Hamish spans. Every line is either
 * mapped or reported with its file and line; nothing is dropped in silence. The table of
 * what each line kind becomes is in docs/export-formats.md, "brat standoff".
 */
import { namedMap } from '../../model/annotation';
import { ID_PATTERN } from '../../model/ids';
import { stripBom } from '../../text/offsets';
import type { ImportProblem, ImportedSource, ImportedSpan } from '../types';
import { parseAnnLine, type AnnLine, type Fragment } from './annLine';
import { decodeName, decodeWord, isCanonicalNumber, unescapeNote } from './escape';
import { HAMISH_ID_COMMENT, NOTE_COMMENT } from './exporter';
import { BratText } from './newlines';

/** Attribute name that keeps a normalisation's `DB:ID` (brat `N` lines). */
export const NORM_ATTR = 'norm';

type Numbered<K extends AnnLine['kind']> = Extract<AnnLine, { kind: K }> & { line: number };

interface Lines {
  T: Array<Numbered<'T'>>;
  R: Array<Numbered<'R'>>;
  A: Array<Numbered<'A' | 'M'>>;
  N: Array<Numbered<'N'>>;
  C: Array<Numbered<'#'>>;
  Q: Array<Numbered<'*'>>;
  /** Every id seen, with its kind, so a reference to an event or relation is told from a missing id. */
  ids: Map<string, string>;
}

export class DocumentReader {
  readonly problems: ImportProblem[] = [];
  private readonly text: BratText;
  /** The .txt started with a BOM: brat counts it as a character, Hamish does not. */
  private readonly bom: number;
  /** Code points of the source text (the .txt as given, without its BOM): what Hamish offsets count. */
  private readonly written: readonly string[];
  private readonly spans = new Map<string, ImportedSpan>();
  /** Attribute values per span and name, in line order, turned into values at the end. */
  private readonly attrValues = new Map<ImportedSpan, Map<string, Array<string | true>>>();

  constructor(
    private readonly annPath: string,
    private readonly txtText: string,
  ) {
    this.text = BratText.of(txtText);
    this.bom = txtText.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.written = Array.from(stripBom(txtText));
  }

  read(annText: string, sourcePath: string): ImportedSource {
    const lines = this.parse(stripBom(annText));
    for (const t of lines.T) this.textBound(t);
    for (const r of lines.R) this.relation(r, lines.ids);
    for (const a of lines.A) this.attribute(a, lines.ids);
    for (const n of lines.N) this.normalisation(n, lines.ids);
    for (const c of lines.C) this.comment(c, lines.ids);
    for (const q of lines.Q) this.equivalence(q, lines.ids);
    for (const [span, byName] of this.attrValues) {
      for (const [name, values] of byName) span.attrs[name] = attrValue(values);
    }
    return { path: sourcePath, text: stripBom(this.txtText), spans: [...this.spans.values()] };
  }

  private problem(line: number, severity: ImportProblem['severity'], message: string): void {
    this.problems.push({ file: this.annPath, line, severity, message });
  }

  private parse(annText: string): Lines {
    const lines: Lines = { T: [], R: [], A: [], N: [], C: [], Q: [], ids: new Map() };
    annText.split(/\r\n|\r|\n/).forEach((raw, i) => {
      const line = i + 1;
      const parsed = parseAnnLine(raw);
      if (parsed.kind === 'blank') return;
      if (parsed.kind === 'malformed') return this.problem(line, 'error', `${parsed.message}: ${preview(raw)}`);
      if (parsed.kind === 'E') {
        lines.ids.set(parsed.id, 'an event');
        return this.problem(line, 'warning', `event ${parsed.id} (${parsed.type}): Hamish has no events, not imported (its trigger span is)`);
      }
      if (parsed.kind !== '*') {
        if (lines.ids.has(parsed.id)) return this.problem(line, 'error', `${parsed.id} is already used on an earlier line: this line is skipped`);
        lines.ids.set(parsed.id, parsed.kind === 'T' ? 'a span' : parsed.kind === 'R' ? 'a relation' : 'an annotation');
      }
      switch (parsed.kind) {
        case 'T': return void lines.T.push({ ...parsed, line });
        case 'R': return void lines.R.push({ ...parsed, line });
        case 'A': case 'M': return void lines.A.push({ ...parsed, line });
        case 'N': return void lines.N.push({ ...parsed, line });
        case '#': return void lines.C.push({ ...parsed, line });
        case '*': return void lines.Q.push({ ...parsed, line });
      }
    });
    return lines;
  }

  private textBound(t: Numbered<'T'>): void {
    const outside = t.fragments.find(([, e]) => e > this.text.length);
    if (outside) {
      return this.problem(t.line, 'error', `${t.id}: offset ${outside[1]} is past the end of the .txt (${this.text.length} characters): not imported`);
    }
    const expected = t.fragments.map(([s, e]) => this.text.slice(s, e)).join(' ');
    const ordered = [...t.fragments].sort((a, b) => a[0] - b[0]);
    const start = ordered[0]![0];
    const end = Math.max(...ordered.map(([, e]) => e));
    if (!this.onlyLineBreaksBetween(ordered)) {
      this.problem(t.line, 'warning', `${t.id} is discontinuous (${t.fragments.map(([s, e]) => `${s} ${e}`).join(';')}): imported as the one span ${start}–${end}, which also covers the text between its pieces`);
    }
    const hStart = Math.max(0, this.text.fromBrat(start) - this.bom);
    const hEnd = Math.max(hStart, this.text.fromBrat(end) - this.bom);
    let quote = this.written.slice(hStart, hEnd).join('');
    if (t.text === undefined) {
      this.problem(t.line, 'warning', `${t.id} has no text column: its text is taken from the .txt`);
    } else if (t.text !== expected) {
      this.problem(t.line, 'warning', `${t.id}: its text "${preview(t.text)}" is not the .txt's "${preview(expected)}" at ${start}–${end}`);
      quote = t.text;
    }
    const span: ImportedSpan = {
      localId: t.id,
      type: decodeName(t.type),
      start: hStart,
      end: hEnd,
      quote,
      attrs: namedMap(),
      links: namedMap(),
      file: this.annPath,
      line: t.line,
    };
    this.spans.set(t.id, span);
  }

  /** Whether the pieces are one span cut at line breaks, as brat writes a span over several lines. */
  private onlyLineBreaksBetween(ordered: readonly Fragment[]): boolean {
    for (let i = 1; i < ordered.length; i++) {
      const gap = this.text.slice(ordered[i - 1]![1], ordered[i]![0]);
      if (/[^\n]/.test(gap) || ordered[i]![0] < ordered[i - 1]![1]) return false;
    }
    return true;
  }

  /** The span an id names, or a reported problem saying what it is instead. */
  private spanOf(ref: string, ids: Map<string, string>, line: number, what: string): ImportedSpan | undefined {
    const span = this.spans.get(ref);
    if (span) return span;
    const kind = ids.get(ref);
    if (kind === undefined) this.problem(line, 'error', `${what}: ${ref} is not in this file`);
    else if (kind === 'a span') this.problem(line, 'warning', `${what}: ${ref} was not imported (see its line)`);
    else this.problem(line, 'warning', `${what}: ${ref} is ${kind}, not a span, and Hamish has only spans: not imported`);
    return undefined;
  }

  private relation(r: Numbered<'R'>, ids: Map<string, string>): void {
    const what = `relation ${r.id} (${r.type})`;
    const from = this.spanOf(r.args[0]![1], ids, r.line, what);
    const to = from && this.spanOf(r.args[1]![1], ids, r.line, what);
    if (from && to) addLink(from, decodeName(r.type), to.localId);
  }

  private attribute(a: Numbered<'A' | 'M'>, ids: Map<string, string>): void {
    const span = this.spanOf(a.target, ids, a.line, `attribute ${a.id} (${a.name})`);
    if (span) this.addAttr(span, decodeName(a.name), a.value === undefined ? true : decodeWord(a.value));
  }

  private normalisation(n: Numbered<'N'>, ids: Map<string, string>): void {
    const span = this.spanOf(n.target, ids, n.line, `normalisation ${n.id}`);
    if (!span) return;
    this.addAttr(span, NORM_ATTR, n.ref);
    this.problem(n.line, 'warning', `normalisation ${n.id} (${n.type}) kept as attribute ${NORM_ATTR} = ${n.ref} on ${n.target}; its text "${preview(n.text)}" is not kept`);
  }

  private comment(c: Numbered<'#'>, ids: Map<string, string>): void {
    const span = this.spanOf(c.target, ids, c.line, `note ${c.id} (${c.type})`);
    if (!span) return;
    if (c.type === NOTE_COMMENT) {
      const note = unescapeNote(c.text);
      span.note = span.note === undefined ? note : `${span.note}\n${note}`;
    } else if (c.type === HAMISH_ID_COMMENT) {
      if (ID_PATTERN.test(c.text)) span.id = c.text;
      else this.problem(c.line, 'warning', `${c.id}: "${preview(c.text)}" is not a Hamish id: a new id is given`);
    } else {
      // Other comment kinds carry data per span (TDT's `Lemma`): kept under their own name.
      this.addAttr(span, decodeName(c.type), c.text);
    }
  }

  private equivalence(q: Numbered<'*'>, ids: Map<string, string>): void {
    const what = `equivalence ${q.type}`;
    const members = q.members.map((m) => this.spanOf(m, ids, q.line, what));
    if (members.some((m) => m === undefined)) return;
    const [first, ...rest] = members as ImportedSpan[];
    for (const other of rest) addLink(first!, decodeName(q.type), other.localId);
  }

  private addAttr(span: ImportedSpan, name: string, value: string | true): void {
    let byName = this.attrValues.get(span);
    if (!byName) this.attrValues.set(span, (byName = new Map()));
    const list = byName.get(name);
    if (list) list.push(value);
    else byName.set(name, [value]);
  }
}

/** One value as it was written; several (one line each) as a list of their words. */
function attrValue(values: ReadonlyArray<string | true>): ImportedSpan['attrs'][string] {
  if (values.length === 1) {
    const v = values[0]!;
    return v === true ? true : isCanonicalNumber(v) ? Number(v) : v;
  }
  return values.map((v) => (v === true ? 'true' : v));
}

function addLink(from: ImportedSpan, name: string, to: string): void {
  const list = from.links[name];
  if (list) list.push(to);
  else from.links[name] = [to];
}

/** A line or value cut short for a message. */
function preview(text: string): string {
  const cps = Array.from(text);
  return cps.length <= 60 ? text : cps.slice(0, 60).join('') + '…';
}
