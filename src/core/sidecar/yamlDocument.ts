/**
 * The full YAML path, used for sidecars the fast reader does not accept (hand-edited
 * ones, with comments) and to find the line of a field when reporting a problem.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_REPORTED_SYNTAX_ERRORS } from './format';
import type { FieldPath } from './validate';

export interface YamlParse {
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseYaml(text: string): YamlParse {
  const lines = new LineCounter();
  // The parser makes an Error object per syntax error, and a broken file can hold one per
  // character (a flow list of a million commas): capturing a stack trace for each took
  // most of the time, so none is captured while parsing. `prettyErrors` stays off for the
  // same reason (it copies the line into every message, in time that grows with the
  // line); yamlErrors() formats the few errors it reports itself.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // uniqueKeys: a duplicate key is an error, not a silent overwrite.
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    return { doc, lines };
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A YAML error or refused warning: 1-based line, code, message. */
export interface YamlError {
  line: number;
  code: 'yaml-syntax' | 'unknown-tag';
  message: string;
}

/**
 * The document's syntax errors, and its unknown tags (`!foo`, `!!binary`: the `yaml`
 * package only warns and reads them as plain strings, but a sidecar holds none and a tag
 * it does not know means a file Hamish would misread). At most MAX_REPORTED_SYNTAX_ERRORS
 * are formatted; a last one says how many more there were.
 */
export function yamlErrors(parse: YamlParse): YamlError[] {
  const all = [
    ...parse.doc.errors.map((e) => ({ e, code: 'yaml-syntax' as const })),
    ...parse.doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED').map((e) => ({ e, code: 'unknown-tag' as const })),
  ];
  const out: YamlError[] = all.slice(0, MAX_REPORTED_SYNTAX_ERRORS).map(({ e, code }) => ({
    line: parse.lines.linePos(e.pos[0]).line,
    code,
    message: code === 'unknown-tag'
      ? `unknown YAML tag: ${firstLine(e.message).replace(/^Unresolved tag: /, '')} (a sidecar uses no tags; remove it)`
      : `YAML syntax: ${firstLine(e.message)}`,
  }));
  if (all.length > out.length) {
    const last = all[all.length - 1]!;
    out.push({ line: parse.lines.linePos(last.e.pos[0]).line, code: 'yaml-syntax',
      message: `YAML syntax: ${all.length - out.length} more errors not listed` });
  }
  return out;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim().slice(0, 200);
}

export type ToJsResult = { ok: true; data: unknown } | { ok: false; aliasBomb: true; message: string };

export function yamlToJs(parse: YamlParse): ToJsResult {
  try {
    // The package counts the anchored node itself as one use, and refuses at its limit:
    // one more lets exactly MAX_ALIAS_COUNT expansions through, as the docs promise.
    return { ok: true, data: parse.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT + 1 }) };
  } catch (e) {
    return { ok: false, aliasBomb: true, message: e instanceof Error ? e.message : String(e) };
  }
}

/** 1-based line of the field at `path`, or of the nearest enclosing node that exists. */
export function lineOf(parse: YamlParse, path: FieldPath): number {
  let node: unknown = parse.doc.contents;
  let best: Node | null | undefined = parse.doc.contents;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(step));
      if (!pair) break;
      best = (pair.key as Node | null) ?? (pair.value as Node | null);
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) break;
      best = item;
      node = item;
    } else {
      break;
    }
  }
  const offset = best?.range?.[0];
  return offset === undefined ? 1 : parse.lines.linePos(offset).line;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}
