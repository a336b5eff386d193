/**
 * brat standoff export: per source a `.txt` (the text with universal newlines, as brat reads
 * it) and a `.ann` (T, R, A and # lines), and for the collection an annotation.conf and a
 * visual.conf. The mapping is documented in docs/export-formats.md, "brat standoff".
 */
import { compareAnnotations, linkTargets, type Annotation } from '../../model/annotation';
import type { ExportOptions, ExportResult, ExportSource, Exporter, FormatNote, OutputFile } from '../types';
import { attrKinds, writeAttr, type AttrKind } from './attrMapping';
import { CollectionSchema } from './conf';
import { encodeName, escapeNote } from './escape';
import { BratText, lineFragments } from './newlines';
import { bratStem } from './paths';

/** The comment type that carries a Hamish id, so a round trip keeps ids (brat shows it as a comment). */
export const HAMISH_ID_COMMENT = 'HamishId';
export const NOTE_COMMENT = 'AnnotatorNotes';

export const bratExporter: Exporter = {
  format: 'brat',
  label: 'brat standoff',
  description: 'A .txt and .ann per source, with annotation.conf, for brat and tools that read its format',
  layout: 'per-source',
  export(sources: readonly ExportSource[], _options?: ExportOptions): ExportResult {
    const notes: FormatNote[] = [];
    const files: OutputFile[] = [];
    const schema = new CollectionSchema();
    const kinds = attrKinds(sources.flatMap((s) => s.annotations.filter((a) => !a.orphaned).map((a) => a.attrs)));
    const stems = new Map<string, string>();
    for (const source of sources) {
      const stem = bratStem(source.path);
      const clash = stems.get(stem);
      if (clash !== undefined) {
        notes.push({ source: source.path, message: `its brat files would be those of ${clash} (${stem}.txt): not written` });
        continue;
      }
      stems.set(stem, source.path);
      const ann = writeDocument(source, kinds, schema, notes);
      files.push({ path: `${stem}.txt`, content: ann.text }, { path: `${stem}.ann`, content: ann.lines.map((l) => l + '\n').join('') });
    }
    files.push({ path: 'annotation.conf', content: schema.annotationConf() }, { path: 'visual.conf', content: schema.visualConf() });
    return { files, notes };
  },
};

interface Written {
  text: string;
  lines: string[];
}

/** The .txt and .ann lines of one source. */
function writeDocument(source: ExportSource, kinds: Map<string, AttrKind>, schema: CollectionSchema, notes: FormatNote[]): Written {
  const text = BratText.of(source.text);
  const note = (a: Annotation, message: string) => notes.push({ source: source.path, annotation: a.id, message });
  const tIds = new Map<string, string>();
  const byId = new Map<string, Annotation>();
  const placed: Annotation[] = [];
  const tLines: string[] = [];
  for (const a of [...source.annotations].sort(compareAnnotations)) {
    if (a.orphaned) {
      note(a, 'orphaned: brat has no place for a span whose text is gone, not written');
      continue;
    }
    const bratStart = text.toBrat(a.start);
    const bratEnd = text.toBrat(a.end);
    const fragments = lineFragments(text, bratStart, bratEnd);
    if (fragments.length === 0) {
      note(a, 'its span holds no text but line breaks, which brat cannot mark: not written');
      continue;
    }
    if (fragments[0]![0] !== bratStart) note(a, 'its span starts with a line break, which brat cannot mark: written without it');
    if (fragments[fragments.length - 1]![1] !== bratEnd) note(a, 'its span ends with a line break, which brat cannot mark: written without it');
    const tId = `T${placed.length + 1}`;
    tIds.set(a.id, tId);
    byId.set(a.id, a);
    placed.push(a);
    const type = encodeName(a.type);
    schema.entity(type, a.type);
    const offsets = fragments.map(([s, e]) => `${s} ${e}`).join(';');
    // brat's text column joins the fragments with one space, exactly as it checks it.
    const quote = fragments.map(([s, e]) => text.slice(s, e)).join(' ');
    tLines.push(`${tId}\t${type} ${offsets}\t${quote}`);
  }
  const rLines: string[] = [];
  const aLines: string[] = [];
  const commentLines: string[] = [];
  for (const a of placed) {
    const tId = tIds.get(a.id)!;
    const type = encodeName(a.type);
    for (const [name, target] of Object.entries(a.links)) {
      for (const targetId of linkTargets(target)) {
        const to = tIds.get(targetId);
        const toAnnotation = byId.get(targetId);
        if (to === undefined || toAnnotation === undefined) {
          note(a, `link ${name} to ${targetId}: the target is not in this export (orphaned, filtered out or missing), not written`);
          continue;
        }
        rLines.push(`R${rLines.length + 1}\t${encodeName(name)} Arg1:${tId} Arg2:${to}`);
        schema.relation(encodeName(name), name, type, encodeName(toAnnotation.type));
      }
    }
    for (const [name, value] of Object.entries(a.attrs)) {
      const kind = kinds.get(name) ?? 'valued';
      const written = writeAttr(kind, value);
      if (written.loss) note(a, `attribute ${name}: ${written.loss}`);
      const word = encodeName(name);
      if (written.values.length > 0) schema.attribute(word, name, kind, type, written.values);
      for (const v of written.values) aLines.push(`A${aLines.length + 1}\t${word} ${tId}${v === '' ? '' : ' ' + v}`);
    }
    commentLines.push(`#${commentLines.length + 1}\t${HAMISH_ID_COMMENT} ${tId}\t${escapeNote(a.id)}`);
    if (a.note !== undefined && a.note !== '') {
      commentLines.push(`#${commentLines.length + 1}\t${NOTE_COMMENT} ${tId}\t${escapeNote(a.note)}`);
    }
  }
  return { text: text.text, lines: [...tLines, ...rLines, ...aLines, ...commentLines] };
}
