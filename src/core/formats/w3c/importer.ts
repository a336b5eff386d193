/** W3C Web Annotation import: Hamish's own exports and other tools' annotations (Hypothesis and others). */
import { ID_PATTERN } from '../../model/ids';
import { asList, field, isRecord, readJson, type LocatedJson } from '../jsonText';
import { ProblemList, readAttrs, safeRelativePath } from '../importSupport';
import type { ImportedSource, ImportedSpan, Importer, ImportResult, InputFile } from '../types';
import { ANNOTATION_IRI, ANNOTATOR_IRI, HAMISH_VOCAB, SOURCE_IRI } from './vocabulary';

/** Where an annotation was found: the file and the line its object starts on. */
interface Found {
  node: Record<string, unknown>;
  line: number;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function nonNegativeInt(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/** The last segment of an IRI (after `#` or `/`), for classifying bodies that name a class by IRI. */
function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'), iri.lastIndexOf(':'));
  return decodeSafely(iri.slice(cut + 1)) ?? iri;
}

function decodeSafely(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** The annotations a parsed document holds, whichever of the shapes tools write. */
function collect(json: LocatedJson, file: string, problems: ProblemList): Found[] {
  const out: Found[] = [];
  const take = (v: unknown) => {
    asList(v).forEach((item, i) => {
      if (isRecord(item)) out.push({ node: item, line: json.lineOf(item) });
      else problems.error(file, json.lineOfItem(v, i), 'an item of the list is not an annotation object; it was not imported');
    });
  };
  const page = (p: Record<string, unknown>) => {
    take(field(p, 'items'));
    if (field(p, 'next') !== undefined) problems.warning(file, json.lineOf(p), 'the page links to a next page that is not in this file; only the annotations embedded here were imported');
  };
  const root = json.value;
  if (Array.isArray(root)) take(root);
  else if (isRecord(root)) {
    const types = asList(field(root, 'type'));
    const first = field(root, 'first');
    if (types.includes('AnnotationCollection')) {
      if (isRecord(first)) page(first);
      else if (typeof first === 'string') problems.error(file, json.lineOf(root), `the collection's first page is only named (${first}), not embedded; export it with its pages embedded`);
    } else if (types.includes('AnnotationPage')) page(root);
    else if (field(root, 'target') !== undefined) out.push({ node: root, line: json.lineOf(root) });
    // Hypothesis: the client's export (`annotations`) and the API's search result (`rows`).
    else if (Array.isArray(field(root, 'annotations'))) take(field(root, 'annotations'));
    else if (Array.isArray(field(root, 'rows'))) take(field(root, 'rows'));
    else problems.error(file, 1, 'no annotations found: expected an AnnotationCollection, an AnnotationPage, an Annotation or a list of them');
  } else problems.error(file, 1, 'no annotations found: the file holds a single JSON value, not an object or list');
  return out;
}

/** The source path an IRI names, relative to the import root. */
function sourcePathOf(iri: string, file: string): { path?: string; warning?: string; error?: string } {
  if (iri.startsWith(SOURCE_IRI)) {
    const decoded = decodeSafely(iri.slice(SOURCE_IRI.length));
    const path = decoded === undefined ? undefined : safeRelativePath(decoded);
    return path ? { path } : { error: `source ${iri} is not a safe relative path; the annotation was not imported` };
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(iri)) {
    // A web page or a file elsewhere: its name is all we can match on in the import folder.
    const withoutQuery = iri.replace(/[?#].*$/, '');
    const name = decodeSafely(withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1));
    const path = name === undefined ? undefined : safeRelativePath(name);
    if (!path) return { error: `source ${iri} names no file; the annotation was not imported` };
    return { path, warning: `source ${iri} is not a Hamish source; it was matched to "${path}" in the import folder` };
  }
  // A relative reference, resolved against the folder of the file that holds it.
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')).split('/') : [];
  const decoded = decodeSafely(iri.replace(/[?#].*$/, ''));
  if (decoded === undefined) return { error: `source ${iri} is not a readable relative path` };
  const parts = [...folder];
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return { error: `source ${iri} points outside the import folder; the annotation was not imported` };
      parts.pop();
    } else parts.push(seg);
  }
  const path = safeRelativePath(parts.join('/'));
  return path ? { path } : { error: `source ${iri} is not a safe relative path; the annotation was not imported` };
}

function creatorName(v: unknown): string | undefined {
  const c = asList(v)[0];
  const fromIri = (s: string) => (s.startsWith(ANNOTATOR_IRI) ? (decodeSafely(s.slice(ANNOTATOR_IRI.length)) ?? s) : s.startsWith('acct:') ? s.slice(5) : s);
  if (typeof c === 'string') return fromIri(c);
  if (isRecord(c)) {
    const name = str(field(c, 'nickname')) ?? str(field(c, 'name'));
    if (name !== undefined) return name;
    const id = str(field(c, 'id'));
    return id === undefined ? undefined : fromIri(id);
  }
  return undefined;
}

interface Selection {
  quote?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** Reads the selectors we know; every other kind is reported where it stands. */
function readSelectors(target: Record<string, unknown>, json: LocatedJson, file: string, line: number, problems: ProblemList): Selection {
  const sel: Selection = {};
  for (const s of asList(field(target, 'selector'))) {
    const at = json.lineOf(s, line);
    if (!isRecord(s)) {
      problems.warning(file, at, 'a selector given only by IRI cannot be read; it was ignored');
      continue;
    }
    const kind = str(field(s, 'type')) ?? '(no type)';
    if (field(s, 'refinedBy') !== undefined) problems.warning(file, at, `the ${kind} is refined by another selector, which is not supported; the refinement was ignored`);
    if (kind === 'TextQuoteSelector') {
      const exact = str(field(s, 'exact'));
      if (exact === undefined) problems.warning(file, at, 'TextQuoteSelector without a string "exact"; it was ignored');
      else {
        sel.quote = exact;
        sel.prefix = str(field(s, 'prefix'));
        sel.suffix = str(field(s, 'suffix'));
      }
    } else if (kind === 'TextPositionSelector') {
      const start = nonNegativeInt(field(s, 'start'));
      const end = nonNegativeInt(field(s, 'end'));
      if (start === undefined || end === undefined || end < start) problems.warning(file, at, 'TextPositionSelector without non-negative integer start ≤ end; it was ignored');
      else Object.assign(sel, { start, end });
    } else if (kind === 'FragmentSelector' && /^char=\d+,\d+$/.test(str(field(s, 'value')) ?? '')) {
      // RFC 5147 plain-text fragment: character positions, as a TextPositionSelector's.
      const [start, end] = str(field(s, 'value'))!.slice(5).split(',').map(Number) as [number, number];
      if (end < start) problems.warning(file, at, 'FragmentSelector char=a,b with b < a; it was ignored');
      else Object.assign(sel, { start, end });
    } else {
      problems.warning(file, at, `selector kind ${kind} is not supported by Hamish; it was ignored`);
    }
  }
  return sel;
}

interface Built {
  span: ImportedSpan;
  path: string;
}

function readAnnotation(found: Found, json: LocatedJson, file: string, problems: ProblemList): Built | undefined {
  const { node, line } = found;
  const iri = str(field(node, 'id'));
  const types = asList(field(node, 'type'));
  const hypothesis = field(node, 'uri') !== undefined && field(node, 'body') === undefined;
  if (!hypothesis && !types.includes('Annotation') && !types.includes('oa:Annotation')) problems.warning(file, line, `object ${iri ?? ''} has no type Annotation; read as one all the same`.replace('  ', ' '));

  // Target: the first with a text selector we can use.
  const targets = asList(field(node, 'target'));
  if (targets.length === 0) {
    problems.error(file, line, `annotation ${iri ?? ''} has no target; it was not imported`.replace('  ', ' '));
    return undefined;
  }
  if (targets.length > 1) problems.warning(file, line, `annotation has ${targets.length} targets; only the first was imported`);
  const target = targets[0];
  if (!isRecord(target)) {
    problems.error(file, line, 'the target is a whole resource with no selector; a Hamish annotation needs a span of text, so it was not imported');
    return undefined;
  }
  const sel = readSelectors(target, json, file, json.lineOf(target, line), problems);
  if (sel.quote === undefined && sel.start === undefined) {
    problems.error(file, line, 'no TextQuoteSelector or TextPositionSelector (or RFC 5147 char= fragment) to place the annotation; it was not imported');
    return undefined;
  }
  const sourceIri = str(field(target, 'source')) ?? str(field(node, 'uri'));
  if (sourceIri === undefined) {
    problems.error(file, line, 'the target names no source; the annotation was not imported');
    return undefined;
  }
  const where = sourcePathOf(sourceIri, file);
  if (where.error !== undefined || where.path === undefined) {
    problems.error(file, line, where.error ?? 'no source');
    return undefined;
  }
  if (where.warning) problems.warning(file, line, where.warning);

  // Bodies: type, note, tags, links.
  let type: string | undefined;
  const tags: string[] = [];
  const notes: string[] = [];
  const links = Object.create(null) as Record<string, string[]>;
  const bodies = asList(field(node, 'body'));
  const bodyValue = str(field(node, 'bodyValue')) ?? str(field(node, 'text'));
  if (bodyValue !== undefined && bodyValue !== '') notes.push(bodyValue);
  for (const t of asList(field(node, 'tags'))) if (typeof t === 'string') tags.push(t);
  for (const b of bodies) {
    const at = json.lineOf(b, line);
    if (!isRecord(b)) {
      problems.warning(file, at, `body ${String(b)} is a resource named only by IRI; it was not imported`);
      continue;
    }
    const purposes = asList(field(b, 'purpose'));
    const value = str(field(b, 'value'));
    const ref = str(field(b, 'source')) ?? str(field(b, 'id'));
    if (purposes.includes('classifying') && type === undefined && (value ?? ref) !== undefined) type = value ?? localName(ref!);
    else if (purposes.includes('tagging') && value !== undefined) tags.push(value);
    else if (purposes.includes('linking') && ref !== undefined) {
      const name = str(field(b, 'hamish:relation')) ?? str(field(b, HAMISH_VOCAB + 'relation')) ?? 'linked';
      (links[name] ??= []).push(ref);
    } else if (value !== undefined) notes.push(value);
    else problems.warning(file, at, `a body with purpose ${purposes.join(', ') || '(none)'} and no text value was not imported`);
  }
  if (type === undefined) type = tags.shift();
  if (type === undefined) {
    type = 'annotation';
    problems.warning(file, line, 'no classifying or tagging body: imported with type "annotation"');
  }
  const attrs = readAttrs(field(node, 'hamish:attributes') ?? field(node, HAMISH_VOCAB + 'attributes'), (m) => problems.warning(file, line, m));
  if (tags.length > 0) {
    if (attrs.tags === undefined) attrs.tags = tags;
    else problems.warning(file, line, `tags ${JSON.stringify(tags)} were not imported: the annotation already has a "tags" attribute`);
  }

  const span: ImportedSpan = {
    localId: iri ?? `${file}#${line}`,
    type,
    // Without a position the span is found by its quote and context: 0..0 never matches a quote.
    start: sel.start ?? 0,
    end: sel.end ?? 0,
    attrs,
    links,
    file,
    line,
  };
  if (iri?.startsWith(ANNOTATION_IRI)) {
    const id = iri.slice(ANNOTATION_IRI.length);
    if (ID_PATTERN.test(id)) span.id = id;
  }
  if (sel.quote !== undefined) span.quote = sel.quote;
  if (sel.prefix !== undefined) span.prefix = sel.prefix;
  if (sel.suffix !== undefined) span.suffix = sel.suffix;
  if (notes.length > 0) span.note = notes.join('\n\n');
  const annotator = creatorName(field(node, 'creator') ?? field(node, 'user'));
  if (annotator !== undefined) span.annotator = annotator;
  const created = str(field(node, 'created'));
  const modified = str(field(node, 'modified')) ?? str(field(node, 'updated'));
  if (created !== undefined) span.created = created;
  if (modified !== undefined) span.modified = modified;
  return { span, path: where.path };
}

function readFile(input: InputFile, problems: ProblemList): { found: Found[]; json?: LocatedJson } {
  if (/\.jsonl$/i.test(input.path)) {
    // One annotation a line: each line is its own document, so every position in it is that line.
    const found: Found[] = [];
    input.text.split(/\r\n|\n|\r/).forEach((text, i) => {
      if (text.trim() === '') return;
      const r = readJson(text);
      if (!r.ok) problems.error(input.path, i + 1, `not JSON: ${r.message}`);
      else if (!isRecord(r.json.value)) problems.error(input.path, i + 1, 'the line is not an annotation object');
      else found.push({ node: r.json.value, line: i + 1 });
    });
    return { found };
  }
  const r = readJson(input.text);
  if (!r.ok) {
    problems.error(input.path, r.line, `not JSON: ${r.message}`);
    return { found: [] };
  }
  return { found: collect(r.json, input.path, problems), json: r.json };
}

/** Selector lines inside a JSONL line are that line; inside a JSON file, where they stand. */
const sameLine: LocatedJson = { value: undefined, lineOf: (_n, fallback = 1) => fallback, lineOfItem: (_l, _i, fallback = 1) => fallback };

export const w3cImporter: Importer = {
  format: 'w3c',
  label: 'W3C Web Annotation (JSON-LD)',
  accepts: (path) => /\.(jsonld|json|jsonl)$/i.test(path),
  import(files: readonly InputFile[]): ImportResult {
    const problems = new ProblemList();
    const sources = new Map<string, ImportedSource>();
    const seen = new Set<string>();
    for (const input of files) {
      const { found, json = sameLine } = readFile(input, problems);
      for (const f of found) {
        let built: Built | undefined;
        try {
          built = readAnnotation(f, json, input.path, problems);
        } catch (e) {
          // A shape no rule above foresaw: said, never thrown at the caller.
          problems.error(input.path, f.line, `the annotation could not be read (${String(e)})`);
        }
        if (!built) continue;
        if (seen.has(built.span.localId)) {
          problems.warning(input.path, f.line, `annotation ${built.span.localId} appears more than once; only its first occurrence was imported`);
          continue;
        }
        seen.add(built.span.localId);
        let source = sources.get(built.path);
        if (!source) sources.set(built.path, (source = { path: built.path, spans: [] }));
        source.spans.push(built.span);
      }
    }
    // A link must name an annotation of this import; any other resource cannot become a Hamish link.
    for (const source of sources.values()) {
      for (const span of source.spans) {
        for (const [name, ids] of Object.entries(span.links)) {
          const kept = ids.filter((id) => seen.has(id));
          for (const id of ids) if (!seen.has(id)) problems.warning(span.file, span.line, `link "${name}" points to ${id}, which is not an annotation in this import; the link was not imported`);
          if (kept.length > 0) span.links[name] = kept;
          else delete span.links[name];
        }
      }
    }
    return { sources: [...sources.values()], problems: problems.list };
  },
};
