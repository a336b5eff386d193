/**
 * JSONL, Hamish's native interchange: one JSON object per line per annotation, every field of
 * the sidecar model, offsets in code points (Python's `text[start:end]` is the quote). Its
 * importer reads back exactly what its exporter writes, so a round trip loses nothing; see
 * docs/export-formats.md for the record's fields.
 */
import type { AttrValue, LinkTarget } from '../model/annotation';
import type { ExportSource, Exporter, ImportedSource, ImportedSpan, Importer, ImportProblem, ImportResult, InputFile } from './types';

/** One line of the file; the key order here is the order written. */
export interface JsonlRecord {
  source: string;
  id: string;
  type: string;
  start: number;
  end: number;
  quote: string;
  before: string;
  after: string;
  attrs: Record<string, AttrValue>;
  links: Record<string, LinkTarget>;
  note: string | null;
  annotator: string | null;
  created: string | null;
  modified: string | null;
  orphaned: boolean;
}

export const jsonlExporter: Exporter = {
  format: 'jsonl',
  label: 'JSONL (Hamish records)',
  description: 'one JSON object per annotation, every field, code point offsets; re-imports exactly',
  layout: 'single-file',
  export(sources: readonly ExportSource[]) {
    const lines: string[] = [];
    for (const s of sources) {
      for (const a of s.annotations) {
        const record: JsonlRecord = {
          source: s.path,
          id: a.id,
          type: a.type,
          start: a.start,
          end: a.end,
          quote: a.text,
          before: a.before,
          after: a.after,
          attrs: { ...a.attrs },
          links: { ...a.links },
          note: a.note ?? null,
          annotator: a.annotator ?? null,
          created: a.created ?? null,
          modified: a.modified ?? null,
          orphaned: a.orphaned === true,
        };
        lines.push(JSON.stringify(record));
      }
    }
    return { files: [{ path: 'annotations.jsonl', content: lines.map((l) => l + '\n').join('') }], notes: [] };
  },
};

const KNOWN = new Set(['source', 'id', 'type', 'start', 'end', 'quote', 'before', 'after', 'attrs', 'links', 'note', 'annotator', 'created', 'modified', 'orphaned']);

export const jsonlImporter: Importer = {
  format: 'jsonl',
  label: 'JSONL (Hamish records)',
  accepts: (path) => path.toLowerCase().endsWith('.jsonl'),
  import(files: readonly InputFile[]): ImportResult {
    const bySource = new Map<string, ImportedSource>();
    const problems: ImportProblem[] = [];
    for (const file of files) {
      const lines = file.text.replace(/^\uFEFF/, '').split('\n');
      lines.forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '') return;
        const problem = (message: string, severity: ImportProblem['severity'] = 'error') => problems.push({ file: file.path, line: i + 1, severity, message });
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          problem(`not a JSON object: ${e instanceof Error ? e.message : String(e)}`);
          return;
        }
        const read = readRecord(value, file.path, i + 1);
        if (typeof read === 'string') return void problem(read);
        for (const key of read.unknown) problem(`unknown field "${key}" ignored`, 'warning');
        let source = bySource.get(read.source);
        if (!source) bySource.set(read.source, (source = { path: read.source, spans: [] }));
        source.spans.push(read.span);
      });
    }
    return { sources: [...bySource.values()], problems };
  },
};

/** A record checked field by field; a string is the reason it is not one. */
function readRecord(value: unknown, file: string, line: number): { source: string; span: ImportedSpan; unknown: string[] } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  for (const key of ['source', 'id', 'type', 'quote'] as const) if (typeof r[key] !== 'string') return `"${key}" must be a string`;
  for (const key of ['start', 'end'] as const) if (!Number.isSafeInteger(r[key]) || (r[key] as number) < 0) return `"${key}" must be a whole number of code points, 0 or more`;
  for (const key of ['before', 'after', 'note', 'annotator', 'created', 'modified'] as const) {
    if (r[key] !== undefined && r[key] !== null && typeof r[key] !== 'string') return `"${key}" must be a string or null`;
  }
  if (r.orphaned !== undefined && typeof r.orphaned !== 'boolean') return '"orphaned" must be true or false';
  const attrs = readAttrs(r.attrs);
  if (typeof attrs === 'string') return attrs;
  const links = readLinks(r.links);
  if (typeof links === 'string') return links;
  const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : undefined);
  const span: ImportedSpan = {
    localId: r.id as string,
    id: r.id as string,
    type: r.type as string,
    start: r.start as number,
    end: r.end as number,
    quote: r.quote as string,
    attrs,
    links,
    file,
    line,
  };
  const optional: Array<[keyof ImportedSpan, string]> = [['prefix', 'before'], ['suffix', 'after'], ['note', 'note'], ['annotator', 'annotator'], ['created', 'created'], ['modified', 'modified']];
  for (const [to, from] of optional) {
    const v = text(from);
    if (v !== undefined) (span as unknown as Record<string, unknown>)[to] = v;
  }
  if (r.orphaned === true) span.orphaned = true;
  return { source: r.source as string, span, unknown: Object.keys(r).filter((k) => !KNOWN.has(k)) };
}

function readAttrs(value: unknown): ImportedSpan['attrs'] | string {
  if (value === undefined || value === null) return Object.create(null) as ImportedSpan['attrs'];
  if (typeof value !== 'object' || Array.isArray(value)) return '"attrs" must be an object';
  const out = Object.create(null) as ImportedSpan['attrs'];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const ok = typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
    if (!ok) return `attribute "${k}" must be a string, a number, true/false or a list of strings`;
    out[k] = v as AttrValue;
  }
  return out;
}

function readLinks(value: unknown): ImportedSpan['links'] | string {
  if (value === undefined || value === null) return Object.create(null) as ImportedSpan['links'];
  if (typeof value !== 'object' || Array.isArray(value)) return '"links" must be an object';
  const out = Object.create(null) as ImportedSpan['links'];
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = [v];
    else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) out[k] = v as string[];
    else return `link "${k}" must be an id or a list of ids`;
  }
  return out;
}
