/**
 * Schema validation of a parsed sidecar (plain data from either reader). Every finding
 * names the field at fault as a path; codec.ts turns paths into line numbers.
 * A sidecar with any error yields no set, so the store will not overwrite it.
 */
import { CONTEXT_LENGTH, namedMap, type Annotation, type AnnotationSet, type AttrValue, type Dismissal, type LinkTarget, type SourceInfo } from '../model/annotation';
import { nearestContext } from '../text/context';
import { ID_PATTERN } from '../model/ids';
import type { ProblemCode, Severity } from '../problems';
import { ANNOTATION_KEYS, DISMISSAL_KEYS, FORMAT_VERSION, ISO_DAY_PATTERN, KEY_NAME_PATTERN, READABLE_VERSIONS, SOURCE_KEYS, TOP_KEYS, TYPE_NAME_PATTERN } from './format';

export type FieldPath = (string | number)[];

export interface Finding {
  path: FieldPath;
  code: ProblemCode;
  severity: Severity;
  message: string;
}

export interface ValidationResult {
  set?: AnnotationSet;
  findings: Finding[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const SHA256 = /^[0-9a-f]{64}$/;

export function validateData(data: unknown): ValidationResult {
  const findings: Finding[] = [];
  const error: Report = (path, code, message, severity = 'error') => findings.push({ path, code, severity, message });

  if (!isObj(data)) {
    error([], 'wrong-type', 'a sidecar must be a YAML mapping with version, source and annotations');
    return { findings };
  }
  unknownKeys(data, TOP_KEYS, [], error);

  if (!('version' in data)) error([], 'missing-field', 'missing "version"');
  else if (!READABLE_VERSIONS.includes(data.version as number)) {
    const newer = typeof data.version === 'number' && data.version > FORMAT_VERSION;
    error(['version'], 'unknown-version',
      `unknown sidecar version ${describeValue(data.version)}; this Hamish reads versions ${READABLE_VERSIONS.join(' and ')}` +
        (newer ? ' (the file was written by a newer Hamish: update the extension)' : ''));
  }

  const source = validateSource(data.source, error);
  const annotations: Annotation[] = [];
  if (!('annotations' in data)) error([], 'missing-field', 'missing "annotations" (write `annotations: []` for none)');
  else if (!Array.isArray(data.annotations)) error(['annotations'], 'wrong-type', '"annotations" must be a list');
  else {
    data.annotations.forEach((item, i) => {
      const a = validateAnnotation(item, ['annotations', i], error);
      if (a) annotations.push(a);
    });
    crossCheck(data.annotations as unknown[], source, error);
  }
  const dismissed = validateDismissed(data.dismissed, error);
  checkCount(data, error);

  const ok = !findings.some((f) => f.severity === 'error');
  if (!ok || !source) return { findings };
  const set: AnnotationSet = { version: FORMAT_VERSION, source, annotations };
  if (dismissed.length > 0) set.dismissed = dismissed;
  return { set, findings };
}

type Report = (path: FieldPath, code: ProblemCode, message: string, severity?: Severity) => void;

/**
 * `count` against the list: the writer puts it on the last line, so a file cut short lacks
 * it or disagrees with it. A hand edit that adds or removes annotations trips it too; the
 * message says how to tell the two apart and what to write.
 */
function checkCount(data: Obj, error: Report): void {
  const n = Array.isArray(data.annotations) ? data.annotations.length : undefined;
  if (!('count' in data)) {
    // Version 1 files were written before `count` existed; only a newer file must have it.
    if (data.version === FORMAT_VERSION && n !== undefined) {
      error([], 'count-mismatch',
        `missing "count" (the last line of a version ${FORMAT_VERSION} sidecar): the file may have been cut short; ` +
          `if it is complete, add the line "count: ${n}" at its end`);
    }
    return;
  }
  const count = data.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    error(['count'], 'wrong-type', `"count" must be the number of annotations (a whole number), not ${describe(count)}`);
    return;
  }
  if (n !== undefined && count !== n) {
    error(['count'], 'count-mismatch',
      `count says ${count} annotation${count === 1 ? '' : 's'} but the file holds ${n}: ` +
        (n < count ? 'the file may have been cut short (compare it with git or a backup); ' : '') +
        `if you ${n < count ? 'removed' : 'added'} annotations by hand, change the line to "count: ${n}"`);
  }
}

function unknownKeys(obj: Obj, known: readonly string[], path: FieldPath, error: Report): void {
  for (const k of Object.keys(obj)) {
    if (!known.includes(k)) {
      error([...path, k], 'unknown-field', `unknown field "${k}" (known: ${known.join(', ')}); Hamish would not keep it`);
    }
  }
}

function validateSource(value: unknown, error: Report): SourceInfo | undefined {
  if (value === undefined) {
    error([], 'missing-field', 'missing "source"');
    return undefined;
  }
  if (!isObj(value)) {
    error(['source'], 'wrong-type', '"source" must be a mapping with file, sha256 and length');
    return undefined;
  }
  unknownKeys(value, SOURCE_KEYS, ['source'], error);
  const file = requireString(value, 'file', ['source'], error);
  const sha256 = requireString(value, 'sha256', ['source'], error);
  const length = requireInteger(value, 'length', ['source'], error);
  if (sha256 !== undefined && !SHA256.test(sha256)) {
    error(['source', 'sha256'], 'bad-value', '"sha256" must be 64 lowercase hexadecimal digits');
  }
  const date = optional(value, 'date', ['source'], 'string', error) as string | undefined;
  if (date !== undefined && !isIsoDay(date)) {
    error(['source', 'date'], 'bad-value', `"date" must be the document's day as YYYY-MM-DD (such as 2024-02-11), not "${date}"`);
  }
  if (file === undefined || sha256 === undefined || length === undefined) return undefined;
  const info: SourceInfo = { file, sha256, length };
  if (date !== undefined) info.date = date;
  return info;
}

/** `YYYY-MM-DD` naming a day that exists in the Gregorian calendar (no 2024-02-30). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(2000, m - 1, d));
  day.setUTCFullYear(y);
  return m >= 1 && m <= 12 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/**
 * The optional `dismissed` list: each entry's fields checked like an annotation's, each
 * finding naming its field, so the line can be shown. Entries with errors are left out
 * (the file then yields no set anyway, so nothing is lost by a rewrite).
 */
function validateDismissed(value: unknown, error: Report): Dismissal[] {
  const out: Dismissal[] = [];
  if (value === undefined) return out;
  if (!Array.isArray(value)) {
    error(['dismissed'], 'wrong-type', '"dismissed" must be a list of dismissed suggestions (type, start, end, text, before, after)');
    return out;
  }
  value.forEach((item, i) => {
    const d = validateDismissal(item, ['dismissed', i], error);
    if (d) out.push(d);
  });
  return out;
}

function validateDismissal(value: unknown, path: FieldPath, error: Report): Dismissal | undefined {
  if (!isObj(value)) {
    error(path, 'wrong-type', 'a dismissed suggestion must be a mapping with type, start, end, text, before and after');
    return undefined;
  }
  const { counting, errors } = countErrors(error);
  unknownKeys(value, DISMISSAL_KEYS, path, counting);
  const span = spanFields(value, path, counting);
  const before = context(value, 'before', path, counting, error);
  const after = context(value, 'after', path, counting, error);
  if (errors() > 0 || !span) return undefined;
  return { ...span, before, after };
}

/** A report that also counts what it reported, so a reader knows whether a record is whole. */
function countErrors(error: Report): { counting: Report; errors: () => number } {
  let errors = 0;
  const counting: Report = (p, c, m) => {
    errors++;
    error(p, c, m);
  };
  return { counting, errors: () => errors };
}

/** The fields an annotation and a dismissal share: a type, a span and its quote; undefined when one is missing. */
function spanFields(value: Obj, path: FieldPath, counting: Report): { type: string; start: number; end: number; text: string } | undefined {
  const type = requireString(value, 'type', path, counting);
  if (type !== undefined && !TYPE_NAME_PATTERN.test(type)) {
    counting([...path, 'type'], 'bad-value', `type "${type}" must be letters, digits, "_" or "-"`);
  }
  const start = requireInteger(value, 'start', path, counting);
  const end = requireInteger(value, 'end', path, counting);
  if (start !== undefined && end !== undefined && end < start) {
    counting([...path, 'end'], 'end-before-start', `end (${end}) is before start (${start})`);
  }
  const text = requireString(value, 'text', path, counting);
  if (type === undefined || start === undefined || end === undefined || text === undefined) return undefined;
  return { type, start, end, text };
}

function validateAnnotation(value: unknown, path: FieldPath, error: Report): Annotation | undefined {
  if (!isObj(value)) {
    error(path, 'wrong-type', 'an annotation must be a mapping');
    return undefined;
  }
  const { counting, errors } = countErrors(error);
  unknownKeys(value, ANNOTATION_KEYS, path, counting);
  const id = requireString(value, 'id', path, counting);
  if (id !== undefined && !ID_PATTERN.test(id)) {
    counting([...path, 'id'], 'bad-value', `id "${id}" must be 1-64 letters, digits, "_" or "-"`);
  }
  const span = spanFields(value, path, counting);
  const orphaned = optional(value, 'orphaned', path, 'boolean', counting) as boolean | undefined;
  const beforeCtx = context(value, 'before', path, counting, error);
  const afterCtx = context(value, 'after', path, counting, error);
  const attrs = readAttrs(value.attrs, [...path, 'attrs'], counting);
  const links = readLinks(value.links, [...path, 'links'], counting);
  const note = optional(value, 'note', path, 'string', counting) as string | undefined;
  const annotator = optional(value, 'annotator', path, 'string', counting) as string | undefined;
  const created = optional(value, 'created', path, 'string', counting) as string | undefined;
  const modified = optional(value, 'modified', path, 'string', counting) as string | undefined;
  if (errors() > 0 || id === undefined || !span) return undefined;
  const a: Annotation = { id, ...span, before: beforeCtx, after: afterCtx, attrs, links };
  if (orphaned) a.orphaned = true;
  if (note !== undefined) a.note = note;
  if (annotator !== undefined) a.annotator = annotator;
  if (created !== undefined) a.created = created;
  if (modified !== undefined) a.modified = modified;
  return a;
}

/**
 * `before` or `after`, cut to the CONTEXT_LENGTH code points nearest the quote when longer
 * (a warning, not an error: the file stays readable, and the next save writes the short
 * form). Re-anchoring compares contexts character by character, so an unbounded one made
 * its cost unbounded too.
 */
function context(value: Obj, key: 'before' | 'after', path: FieldPath, counting: Report, warn: Report): string {
  const v = optional(value, key, path, 'string', counting) as string | undefined;
  if (v === undefined) return '';
  const short = nearestContext(v, key);
  if (short !== v) {
    warn([...path, key], 'context-too-long',
      `"${key}" holds ${Array.from(v).length} code points, more than the ${CONTEXT_LENGTH} kept; only the ${CONTEXT_LENGTH} nearest the quote are used, and the next save keeps only those`,
      'warning');
  }
  return short;
}

/** What a mapping of names to values holds: its own name, what its values must be. */
interface NamedMapSpec<V> {
  field: string;
  what: string;
  keyWord: string;
  accepts: (v: unknown) => v is V;
  expected: string;
}

const ATTRS: NamedMapSpec<AttrValue> = {
  field: 'attrs',
  what: 'a mapping of names to values',
  keyWord: 'attribute',
  accepts: (v): v is AttrValue => isAttrValue(v),
  expected: 'a string, a number, true/false or a list of strings',
};

const LINKS: NamedMapSpec<LinkTarget> = {
  field: 'links',
  what: 'a mapping of link names to annotation ids',
  keyWord: 'link',
  accepts: (v): v is LinkTarget => typeof v === 'string' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')),
  expected: 'an annotation id (a string) or a non-empty list of ids',
};

function readAttrs(value: unknown, path: FieldPath, error: Report): Record<string, AttrValue> {
  return readNamedMap(value, path, error, ATTRS);
}

function readLinks(value: unknown, path: FieldPath, error: Report): Record<string, LinkTarget> {
  return readNamedMap(value, path, error, LINKS);
}

function readNamedMap<V>(value: unknown, path: FieldPath, error: Report, spec: NamedMapSpec<V>): Record<string, V> {
  const out = namedMap<V>(); // no prototype: a key named __proto__ is a key like any other
  if (value === undefined) return out;
  if (!isObj(value)) {
    error(path, 'wrong-type', `"${spec.field}" must be ${spec.what}`);
    return out;
  }
  for (const k of Object.keys(value)) {
    const v = value[k];
    if (!KEY_NAME_PATTERN.test(k)) error([...path, k], 'bad-value', `${spec.keyWord} name "${k}" must be letters, digits, "_" or "-"`);
    else if (spec.accepts(v)) out[k] = v;
    else error([...path, k], 'wrong-type', `${spec.keyWord} "${k}" must be ${spec.expected}`);
  }
  return out;
}

function isAttrValue(v: unknown): v is AttrValue {
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Checks across annotations: duplicate ids, links to ids that do not exist. */
function crossCheck(raw: unknown[], source: SourceInfo | undefined, error: Report): void {
  const indexOf = new Map<string, number>();
  raw.forEach((item, i) => {
    if (!isObj(item) || typeof item.id !== 'string') return;
    const first = indexOf.get(item.id);
    if (first === undefined) indexOf.set(item.id, i);
    else error(['annotations', i, 'id'], 'duplicate-id', `duplicate id "${item.id}" (first used by annotation ${first + 1})`);
  });
  raw.forEach((item, i) => {
    if (!isObj(item) || !isObj(item.links)) return;
    for (const [name, value] of Object.entries(item.links)) {
      const targets = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
      targets.forEach((target, k) => {
        if (typeof target !== 'string' || indexOf.has(target)) return;
        const at: FieldPath = typeof value === 'string' ? ['annotations', i, 'links', name] : ['annotations', i, 'links', name, k];
        error(at, 'missing-link-target', `link "${name}" points to "${target}", which is not an annotation in this file (the link is kept; remove it or point it at another annotation)`, 'warning');
      });
    }
  });
  if (source) {
    raw.forEach((item, i) => {
      if (!isObj(item) || typeof item.end !== 'number') return;
      if (item.end > source.length) {
        error(['annotations', i, 'end'], 'out-of-range', `end (${item.end}) is beyond the source length (${source.length} code points)`);
      }
    });
  }
}

function requireString(obj: Obj, key: string, path: FieldPath, error: Report): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) {
    error(key in obj ? [...path, key] : path, 'missing-field', `missing "${key}"`);
    return undefined;
  }
  if (typeof v !== 'string') {
    error([...path, key], 'wrong-type', `"${key}" must be a string, not ${describe(v)}`);
    return undefined;
  }
  return v;
}

function requireInteger(obj: Obj, key: string, path: FieldPath, error: Report): number | undefined {
  const v = obj[key];
  if (v === undefined || v === null) {
    error(key in obj ? [...path, key] : path, 'missing-field', `missing "${key}"`);
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    error([...path, key], 'wrong-type', `"${key}" must be a whole number of code points, 0 or more, not ${describe(v)}`);
    return undefined;
  }
  return v;
}

function optional(obj: Obj, key: string, path: FieldPath, type: 'string' | 'boolean', error: Report): unknown {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== type) {
    error([...path, key], 'wrong-type', `"${key}" must be ${type === 'string' ? 'a string' : 'true or false'}, not ${describe(v)}`);
    return undefined;
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${describeValue(v)}`;
}

/** A value as the user wrote it, near enough: JSON would call NaN and 1e309 "null". */
function describeValue(v: unknown): string {
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN (not a number, written .nan)';
  if (v === Infinity) return 'infinity (.inf, or a number too large to hold, such as 1e309)';
  if (v === -Infinity) return 'minus infinity (-.inf, or a number too large to hold, such as -1e309)';
  if (v instanceof Uint8Array) return 'binary data';
  if (v instanceof Date) return 'a date';
  return JSON.stringify(v) ?? String(v);
}
