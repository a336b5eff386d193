/**
 * The canonical sidecar text: the same set always gives the same bytes. Annotations
 * sorted by start, end, id; keys in the order of format.ts; every string double-quoted;
 * no anchors, aliases or folded lines; LF line ends and a final newline. One annotation
 * is a block of lines of its own, so git diffs and merges work annotation by annotation.
 */
import { compareAnnotations, type Annotation, type AnnotationSet, type AttrValue } from '../model/annotation';
import { quoteString, writeKey, writeValue } from './scalars';

export function writeCanonical(set: AnnotationSet): string {
  const out: string[] = [
    `version: ${set.version}`,
    'source:',
    `  file: ${quoteString(set.source.file)}`,
    `  sha256: ${quoteString(set.source.sha256)}`,
    `  length: ${set.source.length}`,
  ];
  if (set.annotations.length === 0) {
    out.push('annotations: []');
  } else {
    out.push('annotations:');
    const sorted = [...set.annotations].sort(compareAnnotations);
    for (const a of sorted) writeAnnotation(a, out);
  }
  return out.join('\n') + '\n';
}

function writeAnnotation(a: Annotation, out: string[]): void {
  out.push(`  - id: ${quoteString(a.id)}`);
  out.push(`    type: ${quoteString(a.type)}`);
  out.push(`    start: ${a.start}`);
  out.push(`    end: ${a.end}`);
  if (a.orphaned) out.push('    orphaned: true');
  out.push(`    text: ${quoteString(a.text)}`);
  out.push(`    before: ${quoteString(a.before)}`);
  out.push(`    after: ${quoteString(a.after)}`);
  writeMap('attrs', a.attrs, out);
  writeMap('links', a.links, out);
  if (a.note !== undefined) out.push(`    note: ${quoteString(a.note)}`);
  if (a.annotator !== undefined) out.push(`    annotator: ${quoteString(a.annotator)}`);
  if (a.created !== undefined) out.push(`    created: ${quoteString(a.created)}`);
  if (a.modified !== undefined) out.push(`    modified: ${quoteString(a.modified)}`);
}

function writeMap(name: string, map: Record<string, AttrValue>, out: string[]): void {
  const keys = Object.keys(map).sort();
  if (keys.length === 0) {
    out.push(`    ${name}: {}`);
    return;
  }
  out.push(`    ${name}:`);
  for (const k of keys) out.push(`      ${writeKey(k)}: ${writeValue(map[k]!)}`);
}
