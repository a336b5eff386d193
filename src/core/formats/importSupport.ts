/**
 * Small pieces the JSON-based importers (W3C, doccano, Label Studio) share: turning a path
 * named inside an import file into a safe relative source path, reading attribute values
 * back, and collecting problems with their file and line.
 */
import type { AttrValue } from '../model/annotation';
import type { ImportProblem } from './types';
import { isRecord } from './jsonText';

/**
 * `p` as a `/`-separated path relative to the import root, or undefined when it could name a
 * place outside it (absolute, a drive letter, `..`, a backslash, a control character). A
 * record in a file must never make the import write elsewhere.
 */
export function safeRelativePath(p: string): string | undefined {
  if (p.length === 0 || p.length > 1024) return undefined;
  if (/[\u0000-\u001f\\]/.test(p) || p.startsWith('/') || /^[A-Za-z]:/.test(p)) return undefined;
  const parts = p.split('/');
  if (parts.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  return parts.join('/');
}

/** An attribute value as Hamish stores it (string, finite number, boolean, list of strings), or undefined. */
export function attrValue(v: unknown): AttrValue | undefined {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) return [...v];
  return undefined;
}

/** The file's attribute map read back; values Hamish cannot hold are reported, not dropped silently. */
export function readAttrs(v: unknown, report: (message: string) => void): Record<string, AttrValue> {
  const out = Object.create(null) as Record<string, AttrValue>;
  if (v === undefined) return out;
  if (!isRecord(v)) {
    report('attributes are not an object; they were not imported');
    return out;
  }
  for (const [k, raw] of Object.entries(v)) {
    const value = attrValue(raw);
    if (value === undefined) report(`attribute "${k}" holds a value Hamish cannot store (${JSON.stringify(raw)?.slice(0, 60)}); it was not imported`);
    else out[k] = value;
  }
  return out;
}

/** Problems of one import, with a helper that fills in the file. */
export class ProblemList {
  readonly list: ImportProblem[] = [];

  error(file: string, line: number, message: string): void {
    this.list.push({ file, line, severity: 'error', message });
  }

  warning(file: string, line: number, message: string): void {
    this.list.push({ file, line, severity: 'warning', message });
  }
}

/** The file name without folders and without its last extension: `exports/all.jsonl` → `all`. */
export function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** ISO timestamp as the W3C model wants it (UTC, `Z`), or undefined when `s` is not a date. */
export function utcTimestamp(s: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s) && !Number.isNaN(Date.parse(s))) return s;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
