/**
 * The canonical sidecar text: the same set always gives the same bytes. Annotations
 * sorted by start, end, id, dismissals (written only when there are some) by start, end, type, quote; keys in the order of format.ts, the annotation count last; every string double-quoted;
 * no anchors, aliases or folded lines; LF line ends and a final newline. One annotation
 * is a block of lines of its own, so git diffs and merges work annotation by annotation.
 */
import { compareAnnotations, compareDismissals, type Annotation, type AnnotationSet, type AttrValue, type Dismissal } from '../model/annotation';
import { nearestContext } from '../text/context';
import { ANNOTATION_KEYS, type AnnotationKey, DISMISSAL_KEYS, FORMAT_VERSION, SOURCE_KEYS, TOP_KEYS } from './format';
import { quoteString, writeKey, writeValue } from './scalars';

export function writeCanonical(set: AnnotationSet): string {
  const out: string[] = [];
  for (const key of TOP_KEYS) WRITE_TOP[key](set, out);
  return out.join('\n') + '\n';
}

/** One writer per top-level key; TOP_KEYS gives the order. */
const WRITE_TOP: Record<(typeof TOP_KEYS)[number], (set: AnnotationSet, out: string[]) => void> = {
  // Always the current version, whatever the set was read from: the text below is in its layout.
  version: (_set, out) => out.push(`version: ${FORMAT_VERSION}`),
  source: (set, out) => {
    out.push('source:');
    for (const key of SOURCE_KEYS) {
      const value = set.source[key];
      // Optional keys (`date`) are written only when set.
      if (value !== undefined) out.push(`  ${key}: ${writeSourceValue(value)}`);
    }
  },
  annotations: (set, out) => {
    if (set.annotations.length === 0) {
      out.push('annotations: []');
      return;
    }
    out.push('annotations:');
    for (const a of [...set.annotations].sort(compareAnnotations)) writeAnnotation(a, out);
  },
  // Only when there are some: a file without dismissals reads as it did before they existed.
  dismissed: (set, out) => {
    if (!set.dismissed || set.dismissed.length === 0) return;
    out.push('dismissed:');
    for (const d of [...set.dismissed].sort(compareDismissals)) writeDismissal(d, out);
  },
  // Last, so that a file cut short anywhere before its end is told from a whole one.
  count: (set, out) => out.push(`count: ${set.annotations.length}`),
};

function writeSourceValue(value: string | number): string {
  return typeof value === 'number' ? String(value) : quoteString(value);
}

/**
 * An annotation as a block of lines, keys in ANNOTATION_KEYS order. The first key opens the
 * list item (`  - `); optional keys are written only when set, and `orphaned` only when true.
 */
function writeAnnotation(a: Annotation, out: string[]): void {
  let first = true;
  for (const key of ANNOTATION_KEYS) {
    const value = valueOf(a, key);
    if (value === undefined) continue;
    out.push(`${first ? '  - ' : '    '}${value}`);
    first = false;
  }
}

/** A dismissal as a block of lines, every key written, strings quoted like an annotation's. */
function writeDismissal(d: Dismissal, out: string[]): void {
  DISMISSAL_KEYS.forEach((key, i) => {
    const value =
      key === 'start' || key === 'end' ? String(d[key])
      : key === 'before' || key === 'after' ? quoteString(nearestContext(d[key], key))
      : quoteString(d[key]);
    out.push(`${i === 0 ? '  - ' : '    '}${key}: ${value}`);
  });
}

/** `key: value` for one field, undefined when the field is not written. */
function valueOf(a: Annotation, key: AnnotationKey): string | undefined {
  switch (key) {
    case 'start':
    case 'end':
      return `${key}: ${a[key]}`;
    case 'orphaned':
      return a.orphaned ? 'orphaned: true' : undefined;
    case 'attrs':
    case 'links':
      return writeMap(key, a[key]);
    case 'before':
    case 'after':
      // At most CONTEXT_LENGTH code points, nearest the quote, whatever a hand edit left.
      return `${key}: ${quoteString(nearestContext(a[key], key))}`;
    default: {
      const value = a[key];
      return value === undefined ? undefined : `${key}: ${quoteString(value)}`;
    }
  }
}

/** A map field: `name: {}` when empty, else the name and one indented line per key, keys sorted. */
function writeMap(name: string, map: Record<string, AttrValue>): string {
  const keys = Object.keys(map).sort();
  if (keys.length === 0) return `${name}: {}`;
  return `${name}:` + keys.map((k) => `\n      ${writeKey(k)}: ${writeValue(map[k]!)}`).join('');
}
