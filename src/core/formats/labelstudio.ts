/**
 * Label Studio JSON, export and import.
 *
 * Export writes two files: `labelstudio.json`, a list of tasks (one a source) each with one
 * annotation whose results are the spans (`labels`), their notes (a per-region `textarea`
 * sharing the span's id) and the links (`relation`); and `labelstudio-config.xml`, the labeling
 * configuration that makes those results open in a Label Studio project.
 *
 * Offsets: Label Studio's Text tag stores `value.start`/`value.end` in code points (its
 * frontend tests, "Should calculate offsets by code points in text"), and counts `\r\n` as two,
 * exactly as Hamish does, so offsets pass through unchanged.
 *
 * Attributes, ids, annotators and times have no place in a Label Studio result; they travel in
 * the task's data under `hamish.regions`, keyed by region id, which Label Studio keeps as it is.
 */
import { compareAnnotations, linkTargets, type Annotation } from '../model/annotation';
import { ID_PATTERN } from '../model/ids';
import { textDirection } from '../text/bidi';
import { CodePointIndex } from '../text/offsets';
import { asList, field, isRecord, readJson, type LocatedJson } from './jsonText';
import { attrValue, fileStem, ProblemList, readAttrs, safeRelativePath } from './importSupport';
import type { ExportOptions, ExportResult, ExportSource, Exporter, FormatNote, ImportedSource, ImportedSpan, Importer, ImportResult, InputFile } from './types';

export const LABEL_STUDIO_OUTPUT = 'labelstudio.json';
export const LABEL_STUDIO_CONFIG = 'labelstudio-config.xml';

/** Names shared by the results and the configuration: they must agree or Label Studio shows nothing. */
const LABELS = 'label';
const TEXT = 'text';
const NOTE = 'note';

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function regionExtras(a: Annotation): Record<string, unknown> | undefined {
  const x: Record<string, unknown> = {};
  if (Object.keys(a.attrs).length > 0) x.attrs = { ...a.attrs };
  for (const k of ['annotator', 'created', 'modified'] as const) if (a[k] !== undefined) x[k] = a[k];
  return x;
}

function task(s: ExportSource, notes: FormatNote[]): Record<string, unknown> {
  const index = CodePointIndex.of(s.text);
  const result: Record<string, unknown>[] = [];
  const regions: Record<string, unknown> = {};
  const placed = [...s.annotations].sort(compareAnnotations).filter((a) => {
    if (a.orphaned) notes.push({ source: s.path, annotation: a.id, message: 'orphaned: a Label Studio region needs a place in the text, so it was left out' });
    return !a.orphaned;
  });
  const here = new Set(placed.map((a) => a.id));
  for (const a of placed) {
    const text = s.text.slice(index.toUtf16(a.start), index.toUtf16(a.end));
    result.push({ id: a.id, from_name: LABELS, to_name: TEXT, type: 'labels', origin: 'manual', value: { start: a.start, end: a.end, text, labels: [a.type] } });
    if (a.note !== undefined) result.push({ id: a.id, from_name: NOTE, to_name: TEXT, type: 'textarea', origin: 'manual', value: { start: a.start, end: a.end, text: [a.note] } });
    regions[a.id] = regionExtras(a);
  }
  for (const a of placed) {
    for (const [name, target] of Object.entries(a.links)) {
      for (const to of linkTargets(target)) {
        if (!here.has(to)) notes.push({ source: s.path, annotation: a.id, message: `link "${name}" to ${to} left out: Label Studio relates regions of one task only, and it is not one here` });
        else result.push({ from_id: a.id, to_id: to, type: 'relation', direction: 'right', labels: [name] });
      }
    }
  }
  return { data: { text: s.text, path: s.path, hamish: { regions } }, annotations: [{ result }] };
}

/** The labeling configuration: every type as a label, every link name as a relation, a note per region. */
function labelingConfig(sources: readonly ExportSource[]): string {
  const types = new Set<string>();
  const relations = new Set<string>();
  let rtl = 0;
  for (const s of sources) {
    if (textDirection(s.text.slice(0, 2000)) === 'rtl') rtl++;
    for (const a of s.annotations) {
      types.add(a.type);
      for (const name of Object.keys(a.links)) relations.add(name);
    }
  }
  const sorted = (set: Set<string>) => [...set].sort();
  // Spaces and line ends are part of the offsets: pre-wrap keeps Label Studio from collapsing them.
  const lines = ['<View>', '  <Style>.htx-text { white-space: pre-wrap; }</Style>', `  <Labels name="${LABELS}" toName="${TEXT}">`];
  for (const t of sorted(types)) lines.push(`    <Label value="${escapeXml(t)}"/>`);
  lines.push('  </Labels>');
  const textTag = `<Text name="${TEXT}" value="$${TEXT}"/>`;
  // A right-to-left corpus reads right to left; direction changes the layout, never the offsets.
  if (rtl * 2 > sources.length) lines.push('  <View style="direction: rtl; text-align: right">', `    ${textTag}`, '  </View>');
  else lines.push(`  ${textTag}`);
  lines.push('  <Relations>');
  for (const r of sorted(relations)) lines.push(`    <Relation value="${escapeXml(r)}"/>`);
  lines.push('  </Relations>', `  <TextArea name="${NOTE}" toName="${TEXT}" perRegion="true" editable="true" placeholder="Note"/>`, '</View>');
  return lines.join('\n') + '\n';
}

export const labelStudioExporter: Exporter = {
  format: 'labelstudio',
  label: 'Label Studio JSON',
  description: 'Tasks with span and relation results, and the labeling configuration that opens them',
  layout: 'single-file',
  export(sources: readonly ExportSource[], _options: ExportOptions = {}): ExportResult {
    const notes: FormatNote[] = [];
    const tasks = sources.map((s) => task(s, notes));
    return {
      files: [
        { path: LABEL_STUDIO_OUTPUT, content: JSON.stringify(tasks, null, 2) + '\n' },
        { path: LABEL_STUDIO_CONFIG, content: labelingConfig(sources) },
      ],
      notes,
    };
  },
};

// ---------------------------------------------------------------- import

interface Ctx {
  file: string;
  json: LocatedJson;
  problems: ProblemList;
}

function annotatorOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return `label-studio-user-${v}`;
  if (isRecord(v)) return annotatorOf(field(v, 'email') ?? field(v, 'id'));
  return undefined;
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** The spans, notes, attributes and links of one annotation's results. */
function readResults(results: unknown[], prefix: string, text: string, index: CodePointIndex, regions: Record<string, unknown>, base: Partial<ImportedSpan>, ctx: Ctx): ImportedSpan[] {
  const { file, json, problems } = ctx;
  const spans: ImportedSpan[] = [];
  const byRegion = new Map<string, ImportedSpan>();
  const later: { r: Record<string, unknown>; line: number }[] = [];
  for (const r of results) {
    const line = json.lineOf(r);
    if (!isRecord(r)) {
      problems.warning(file, line, 'a result is not an object; it was not imported');
      continue;
    }
    const type = field(r, 'type');
    if (type !== 'labels') {
      later.push({ r, line });
      continue;
    }
    const v = field(r, 'value');
    const id = String(field(r, 'id') ?? `result${line}`);
    const start = isRecord(v) ? field(v, 'start') : undefined;
    const end = isRecord(v) ? field(v, 'end') : undefined;
    const labels = isRecord(v) ? asList(field(v, 'labels')).filter((l): l is string => typeof l === 'string') : [];
    if (!isOffset(start) || !isOffset(end) || end <= start || end > index.length) {
      problems.warning(file, line, `region ${id} has no integer start < end within the text's ${index.length} code points; it was not imported`);
      continue;
    }
    if (labels.length === 0) {
      problems.warning(file, line, `region ${id} has no label; it was not imported`);
      continue;
    }
    if (labels.length > 1) problems.warning(file, line, `region ${id} has ${labels.length} labels; each became its own annotation, and relations and notes stay with the first ("${labels[0]}")`);
    labels.forEach((label, i) => {
      const span: ImportedSpan = {
        ...base,
        localId: i === 0 ? `${prefix}${id}` : `${prefix}${id}#${i + 1}`,
        type: label,
        start,
        end,
        attrs: Object.create(null) as ImportedSpan['attrs'],
        links: Object.create(null) as ImportedSpan['links'],
        file,
        line,
      };
      const quote = isRecord(v) ? field(v, 'text') : undefined;
      span.quote = typeof quote === 'string' ? quote : text.slice(index.toUtf16(start), index.toUtf16(end));
      const extras = field(regions, id);
      if (i === 0 && isRecord(extras)) {
        if (ID_PATTERN.test(id)) span.id = id;
        span.attrs = readAttrs(field(extras, 'attrs'), (m) => problems.warning(file, line, m));
        for (const k of ['annotator', 'created', 'modified'] as const) {
          const x = field(extras, k);
          if (typeof x === 'string') span[k] = x;
        }
      }
      if (i === 0) byRegion.set(id, span);
      spans.push(span);
    });
  }
  for (const { r, line } of later) {
    const type = String(field(r, 'type'));
    const v = field(r, 'value');
    if (type === 'relation') {
      const from = byRegion.get(String(field(r, 'from_id')));
      const to = byRegion.get(String(field(r, 'to_id')));
      if (!from || !to) {
        problems.warning(file, line, 'a relation names a region that is not a text span of this annotation; it was not imported');
        continue;
      }
      const direction = field(r, 'direction');
      const [a, b] = direction === 'left' ? [to, from] : [from, to];
      if (direction === 'bi') problems.warning(file, line, 'a two-way relation became a link from its first region to its second');
      const names = asList(field(r, 'labels')).filter((l): l is string => typeof l === 'string');
      if (names.length === 0) problems.warning(file, line, 'a relation without a label was imported as a link named "related"');
      for (const name of names.length > 0 ? names : ['related']) (a.links[name] ??= []).push(b.localId);
      continue;
    }
    const span = byRegion.get(String(field(r, 'id')));
    const from = String(field(r, 'from_name') ?? type);
    if (!span || !isRecord(v)) {
      problems.warning(file, line, `a "${type}" result that belongs to no text span (a classification of the whole text, or another kind of region) was not imported`);
      continue;
    }
    if (type === 'textarea') {
      const texts = asList(field(v, 'text')).filter((t): t is string => typeof t === 'string');
      if (texts.length > 0) span.note = texts.join('\n');
    } else if (type === 'choices' || type === 'taxonomy' || type === 'number' || type === 'rating' || type === 'datetime') {
      const raw = field(v, type);
      const value = type === 'choices' && Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
      const attr = attrValue(value);
      if (attr === undefined) problems.warning(file, line, `the "${from}" ${type} of region ${String(field(r, 'id'))} is not a value Hamish can store; it was not imported`);
      else span.attrs[from] = attr;
    } else problems.warning(file, line, `result type "${type}" is not supported; it was not imported`);
  }
  return spans;
}

function readTask(t: unknown, n: number, line: number, paths: Set<string>, ctx: Ctx): ImportedSource | undefined {
  const { file, json, problems } = ctx;
  if (!isRecord(t)) {
    problems.error(file, line, `task ${n} is not an object; it was not imported`);
    return undefined;
  }
  // As Label Studio reads tasks: without "data", the whole task is its data.
  const data = isRecord(field(t, 'data')) ? (field(t, 'data') as Record<string, unknown>) : t;
  let text = field(data, TEXT);
  if (typeof text !== 'string') {
    const key = Object.keys(data).find((k) => typeof data[k] === 'string' && k !== 'path');
    if (key === undefined) {
      problems.error(file, line, `task ${n} has no text in its data; it was not imported`);
      return undefined;
    }
    problems.warning(file, line, `task ${n} has no data.text; its text was taken from data.${key}`);
    text = data[key];
  }
  const source = text as string;
  const given = field(data, 'path');
  let path = typeof given === 'string' ? safeRelativePath(given) : undefined;
  if (typeof given === 'string' && path === undefined) problems.warning(file, line, `path "${given}" could lead outside the import folder; a name was made up instead`);
  const taskId = field(t, 'id');
  path ??= `${fileStem(file)}-${typeof taskId === 'number' || typeof taskId === 'string' ? String(taskId) : n}.txt`;
  if (paths.has(path)) {
    problems.error(file, line, `a second task for "${path}"; it was not imported`);
    return undefined;
  }
  paths.add(path);
  const hamish = field(data, 'hamish');
  const regions = isRecord(hamish) && isRecord(field(hamish, 'regions')) ? (field(hamish, 'regions') as Record<string, unknown>) : {};
  const index = CodePointIndex.of(source);
  const spans: ImportedSpan[] = [];
  const annotations = field(t, 'annotations') ?? field(t, 'completions');
  asList(annotations).forEach((a, i) => {
    const at = json.lineOf(a, line);
    if (!isRecord(a)) return problems.warning(file, at, `annotation ${i + 1} of task ${n} is not an object; it was not imported`);
    if (field(a, 'was_cancelled') === true) return problems.warning(file, at, `annotation ${i + 1} of task ${n} was cancelled (skipped) in Label Studio; it was not imported`);
    const base: Partial<ImportedSpan> = {};
    const who = annotatorOf(field(a, 'completed_by'));
    if (who !== undefined) base.annotator = who;
    const created = field(a, 'created_at');
    const updated = field(a, 'updated_at');
    if (typeof created === 'string') base.created = created;
    if (typeof updated === 'string') base.modified = updated;
    spans.push(...readResults(asList(field(a, 'result')), `${n}:${i + 1}:`, source, index, regions, base, ctx));
  });
  // Predictions are a model's proposals, not anyone's annotation: said, never taken as work done.
  asList(field(t, 'predictions')).forEach((p) => {
    const count = isRecord(p) ? asList(field(p, 'result')).length : 0;
    const model = isRecord(p) && typeof field(p, 'model_version') === 'string' ? ` of model ${String(field(p, 'model_version'))}` : '';
    problems.warning(file, json.lineOf(p, line), `a prediction${model} with ${count} result(s) was not imported: accept it in Label Studio to make it an annotation`);
  });
  return { path, text: source, spans };
}

export const labelStudioImporter: Importer = {
  format: 'labelstudio',
  label: 'Label Studio JSON',
  accepts: (path) => /\.json$/i.test(path),
  import(files: readonly InputFile[]): ImportResult {
    const problems = new ProblemList();
    const sources: ImportedSource[] = [];
    const paths = new Set<string>();
    for (const input of files) {
      const r = readJson(input.text);
      if (!r.ok) {
        problems.error(input.path, r.line, `not JSON: ${r.message}`);
        continue;
      }
      const ctx: Ctx = { file: input.path, json: r.json, problems };
      const root = r.json.value;
      const tasks = Array.isArray(root) ? root : isRecord(root) ? [root] : undefined;
      if (!tasks) {
        problems.error(input.path, 1, 'expected a list of Label Studio tasks');
        continue;
      }
      tasks.forEach((t, i) => {
        try {
          const s = readTask(t, i + 1, r.json.lineOfItem(tasks, i), paths, ctx);
          if (s) sources.push(s);
        } catch (e) {
          problems.error(input.path, r.json.lineOfItem(tasks, i), `task ${i + 1} could not be read (${String(e)})`);
        }
      });
    }
    return { sources, problems: problems.list };
  },
};
