/**
 * doccano JSONL for sequence labelling with relations, export and import.
 *
 * One line a source: `{"id", "text", "entities": [{"id", "label", "start_offset",
 * "end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}], "path", "hamish"}`,
 * the shape doccano itself exports from a project with relations. doccano keeps keys it
 * does not know as the example's metadata and writes them back on export, so `path` and
 * `hamish` (ids, attributes, notes, annotators, times) survive a trip through doccano.
 *
 * Offsets are UTF-16 code units, not code points: doccano's annotator measures the text as
 * a JavaScript string (doccano issue #2290), so an emoji counts two. Arabic letters and
 * their marks count one either way. Hamish writes `hamish.offsets: "utf-16"` to say so and
 * reads files without that marker as UTF-16 too, unless an offset would split an emoji in
 * two, which only a file counting code points (doccano before 1.5, Python scripts) can give.
 */
import { compareAnnotations, linkTargets, type Annotation } from '../model/annotation';
import { CodePointIndex } from '../text/offsets';
import { asList, field, isRecord, readJson } from './jsonText';
import { fileStem, ProblemList, readAttrs, safeRelativePath } from './importSupport';
import type { ExportOptions, ExportResult, ExportSource, Exporter, FormatNote, ImportedSource, ImportedSpan, Importer, ImportResult, InputFile } from './types';

export const DOCCANO_OUTPUT = 'doccano.jsonl';

type OffsetUnit = 'utf-16' | 'code-points';

/** What Hamish keeps for one entity in the line's `hamish` metadata, matched back by its span. */
interface EntityExtras {
  span: [number, number, string];
  id: string;
  attrs?: Annotation['attrs'];
  note?: string;
  annotator?: string;
  created?: string;
  modified?: string;
}

function sourceLine(s: ExportSource, lineId: number, ids: { entity: number; relation: number }, notes: FormatNote[]): string {
  const index = CodePointIndex.of(s.text);
  const entityOf = new Map<string, number>();
  const entities: Record<string, unknown>[] = [];
  const extras: EntityExtras[] = [];
  const placed = [...s.annotations].sort(compareAnnotations).filter((a) => {
    if (a.orphaned) notes.push({ source: s.path, annotation: a.id, message: 'orphaned: doccano needs a place in the text, so it was left out' });
    return !a.orphaned;
  });
  for (const a of placed) {
    const id = ++ids.entity;
    entityOf.set(a.id, id);
    const start = index.toUtf16(a.start);
    const end = index.toUtf16(a.end);
    entities.push({ id, label: a.type, start_offset: start, end_offset: end });
    const x: EntityExtras = { span: [start, end, a.type], id: a.id };
    if (Object.keys(a.attrs).length > 0) x.attrs = { ...a.attrs };
    if (a.note !== undefined) x.note = a.note;
    if (a.annotator !== undefined) x.annotator = a.annotator;
    if (a.created !== undefined) x.created = a.created;
    if (a.modified !== undefined) x.modified = a.modified;
    extras.push(x);
  }
  const relations: Record<string, unknown>[] = [];
  for (const a of placed) {
    for (const [name, target] of Object.entries(a.links)) {
      for (const to of linkTargets(target)) {
        const toId = entityOf.get(to);
        if (toId === undefined) notes.push({ source: s.path, annotation: a.id, message: `link "${name}" to ${to} left out: doccano relates entities of one text only, and it is not one here` });
        else relations.push({ id: ++ids.relation, from_id: entityOf.get(a.id), to_id: toId, type: name });
      }
    }
  }
  const offsets: OffsetUnit = 'utf-16';
  return JSON.stringify({ id: lineId, text: s.text, entities, relations, path: s.path, hamish: { offsets, annotations: extras } });
}

export const doccanoExporter: Exporter = {
  format: 'doccano',
  label: 'doccano JSONL',
  description: 'Sequence labelling with relations, one line a source, to import into a doccano project',
  layout: 'single-file',
  export(sources: readonly ExportSource[], _options: ExportOptions = {}): ExportResult {
    const notes: FormatNote[] = [];
    const ids = { entity: 0, relation: 0 };
    const lines = sources.map((s, i) => sourceLine(s, i + 1, ids, notes));
    return { files: [{ path: DOCCANO_OUTPUT, content: lines.map((l) => l + '\n').join('') }], notes };
  },
};

// ---------------------------------------------------------------- import

interface RawEntity {
  key: string;
  label: string;
  start: number;
  end: number;
  user?: string;
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** Entities in either shape doccano has written: dicts under `entities`, or `[start, end, label]` triples. */
function rawEntities(line: Record<string, unknown>, report: (m: string) => void): RawEntity[] {
  const out: RawEntity[] = [];
  const fromTriples = (list: unknown[], key: string) => {
    list.forEach((t, i) => {
      if (Array.isArray(t) && isOffset(t[0]) && isOffset(t[1]) && typeof t[2] === 'string') out.push({ key: `${key}${i}`, start: t[0], end: t[1], label: t[2] });
      else report(`${key} item ${i + 1} is not [start, end, "label"]; it was not imported`);
    });
  };
  const entities = field(line, 'entities');
  if (Array.isArray(entities)) {
    entities.forEach((e, i) => {
      if (Array.isArray(e)) return fromTriples([e], `entities#${i}:`);
      if (!isRecord(e)) return report(`entity ${i + 1} is not an object; it was not imported`);
      const start = field(e, 'start_offset');
      const end = field(e, 'end_offset');
      const label = field(e, 'label');
      const id = field(e, 'id');
      if (!isOffset(start) || !isOffset(end) || typeof label !== 'string') return report(`entity ${i + 1} lacks a label or integer start_offset/end_offset; it was not imported`);
      const user = field(e, 'user');
      out.push({ key: id === undefined ? `entities#${i}` : String(id), start, end, label, user: user === undefined ? undefined : String(user) });
    });
  } else if (entities !== undefined) report('"entities" is not a list; nothing in it was imported');
  const label = field(line, 'label') ?? field(line, 'labels');
  if (Array.isArray(label) && label.length > 0) {
    if (label.every((l) => typeof l === 'string')) report(`document labels ${JSON.stringify(label)} (text classification) have no span; they were not imported`);
    else fromTriples(label, 'label#');
  } else if (label !== undefined && !Array.isArray(label)) report('"label" is not a list; it was not imported');
  return out;
}

/** Which unit the line's offsets count, and why, when the file does not say. */
function offsetUnit(text: string, index: CodePointIndex, declared: unknown, entities: RawEntity[]): { unit: OffsetUnit; warning?: string } {
  if (declared === 'utf-16' || declared === 'code-points') return { unit: declared };
  if (index.isBmpOnly) return { unit: 'utf-16' }; // both units agree
  const splitsPair = (u: number) => u > 0 && u < text.length && index.toUtf16(index.fromUtf16(u)) !== u;
  if (entities.some((e) => splitsPair(e.start) || splitsPair(e.end)))
    return { unit: 'code-points', warning: 'offsets read as code points: read as UTF-16 units (doccano\'s own) some would fall inside an emoji' };
  return { unit: 'utf-16', warning: 'the text holds emoji or other characters outside the BMP, so the offset unit matters: read as UTF-16 units, as doccano counts; a file counting code points would be misplaced here' };
}

function extrasOf(v: unknown): { unit: unknown; list: Record<string, unknown>[] } {
  if (!isRecord(v)) return { unit: undefined, list: [] };
  return { unit: field(v, 'offsets'), list: asList(field(v, 'annotations')).filter(isRecord) };
}

function readLine(raw: string, file: string, lineNo: number, problems: ProblemList, paths: Set<string>): ImportedSource | undefined {
  const r = readJson(raw);
  if (!r.ok) {
    problems.error(file, lineNo, `not JSON: ${r.message}`);
    return undefined;
  }
  const line = r.json.value;
  if (!isRecord(line)) {
    problems.error(file, lineNo, 'the line is not a JSON object');
    return undefined;
  }
  const text = field(line, 'text') ?? field(line, 'data');
  if (typeof text !== 'string') {
    problems.error(file, lineNo, 'the line has no "text"; nothing on it was imported');
    return undefined;
  }
  const report = (m: string) => problems.warning(file, lineNo, m);
  const lineId = field(line, 'id');
  const given = field(line, 'path');
  let path = typeof given === 'string' ? safeRelativePath(given) : undefined;
  if (typeof given === 'string' && path === undefined) report(`path "${given}" could lead outside the import folder; a name was made up instead`);
  path ??= `${fileStem(file)}-${isOffset(lineId) || typeof lineId === 'string' ? String(lineId) : `line${lineNo}`}.txt`;
  if (paths.has(path)) {
    problems.error(file, lineNo, `a second text for "${path}"; this line was not imported`);
    return undefined;
  }
  paths.add(path);

  const entities = rawEntities(line, report);
  const index = CodePointIndex.of(text);
  const extras = extrasOf(field(line, 'hamish'));
  const { unit, warning } = offsetUnit(text, index, extras.unit, entities);
  if (warning) report(warning);
  const limit = unit === 'utf-16' ? text.length : index.length;
  const toCp = (o: number) => (unit === 'utf-16' ? index.fromUtf16(o) : o);
  const byKey = new Map<string, ImportedSpan>();
  const spans: ImportedSpan[] = [];
  const unused = [...extras.list];
  for (const e of entities) {
    if (e.end <= e.start || e.end > limit) {
      report(`entity ${e.key} (${e.start}–${e.end}, "${e.label}") lies outside the text of ${limit} ${unit === 'utf-16' ? 'UTF-16 units' : 'code points'} or is empty; it was not imported`);
      continue;
    }
    const start = toCp(e.start);
    const end = toCp(e.end);
    const span: ImportedSpan = { localId: `${lineNo}:${e.key}`, type: e.label, start, end, quote: text.slice(index.toUtf16(start), index.toUtf16(end)), attrs: Object.create(null) as ImportedSpan['attrs'], links: Object.create(null) as ImportedSpan['links'], file, line: lineNo };
    if (e.user !== undefined) span.annotator = e.user;
    const at = unused.findIndex((x) => {
      const s = field(x, 'span');
      return Array.isArray(s) && s[0] === e.start && s[1] === e.end && s[2] === e.label;
    });
    if (at >= 0) {
      const x = unused.splice(at, 1)[0]!;
      const id = field(x, 'id');
      if (typeof id === 'string') span.id = id;
      span.attrs = readAttrs(field(x, 'attrs'), report);
      for (const k of ['note', 'annotator', 'created', 'modified'] as const) {
        const v = field(x, k);
        if (typeof v === 'string') span[k] = v;
      }
    }
    if (byKey.has(e.key)) report(`entity id ${e.key} is used twice; relations name the first`);
    else byKey.set(e.key, span);
    spans.push(span);
  }
  if (unused.length > 0) report(`${unused.length} Hamish record(s) in "hamish" match no entity (moved or relabelled in doccano); their ids, attributes and notes were not imported`);
  const relations = field(line, 'relations');
  asList(relations).forEach((rel, i) => {
    if (!isRecord(rel)) return report(`relation ${i + 1} is not an object; it was not imported`);
    const from = byKey.get(String(field(rel, 'from_id')));
    const to = byKey.get(String(field(rel, 'to_id')));
    const type = field(rel, 'type') ?? field(rel, 'label');
    if (!from || !to || typeof type !== 'string') return report(`relation ${i + 1} names an entity that is not on this line, or has no type; it was not imported`);
    (from.links[type] ??= []).push(to.localId);
  });
  const comments = field(line, 'Comments');
  if (Array.isArray(comments) && comments.length > 0) report(`${comments.length} doccano comment(s) belong to the whole text, not to a span; they were not imported`);
  return { path, text, spans };
}

export const doccanoImporter: Importer = {
  format: 'doccano',
  label: 'doccano JSONL',
  accepts: (path) => /\.jsonl$/i.test(path),
  import(files: readonly InputFile[]): ImportResult {
    const problems = new ProblemList();
    const sources: ImportedSource[] = [];
    const paths = new Set<string>();
    for (const input of files) {
      const lines = input.text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
      lines.forEach((raw, i) => {
        if (raw.trim() === '') return;
        try {
          const s = readLine(raw, input.path, i + 1, problems, paths);
          if (s) sources.push(s);
        } catch (e) {
          problems.error(input.path, i + 1, `the line could not be read (${String(e)})`);
        }
      });
    }
    return { sources, problems: problems.list };
  },
};
