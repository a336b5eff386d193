/** Building annotations and source descriptions from a source text. */
import { namedMap, type Annotation, type SourceInfo } from './annotation';
import { newAnnotationId } from './ids';
import { spanContext } from '../text/context';
import { sha256Hex } from '../text/hash';
import { CodePointIndex } from '../text/offsets';

export function describeSource(fileName: string, text: string, index = CodePointIndex.of(text)): SourceInfo {
  return { file: fileName, sha256: sha256Hex(text), length: index.length };
}

export interface NewAnnotation {
  type: string;
  /** Code point offsets into `sourceText`. */
  start: number;
  end: number;
  annotator?: string;
  attrs?: Annotation['attrs'];
  links?: Annotation['links'];
  note?: string;
  /** ISO timestamp; defaults to now. */
  now?: string;
  id?: string;
}

export function createAnnotation(sourceText: string, spec: NewAnnotation, index = CodePointIndex.of(sourceText)): Annotation {
  const now = spec.now ?? new Date().toISOString();
  const ctx = spanContext(sourceText, spec.start, spec.end, index);
  const a: Annotation = {
    id: spec.id ?? newAnnotationId(),
    type: spec.type,
    start: spec.start,
    end: spec.end,
    text: ctx.text,
    before: ctx.before,
    after: ctx.after,
    attrs: namedMap(spec.attrs),
    links: namedMap(spec.links),
    created: now,
    modified: now,
  };
  if (spec.annotator !== undefined) a.annotator = spec.annotator;
  if (spec.note !== undefined) a.note = spec.note;
  return a;
}
