/**
 * The full YAML path, used for sidecars the fast reader does not accept (hand-edited
 * ones, with comments) and to find the line of a field when reporting a problem.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
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
  const all: { at: number; code: YamlError['code']; message: string }[] = parse.doc.errors.map((e) => ({
    at: e.pos[0],
    code: 'yaml-syntax',
    message: /call stack/i.test(e.message) ? 'YAML syntax: nested too deeply to read' : `YAML syntax: ${firstLine(e.message)}`,
  }));
  if (all.length === 0) {
    visit(parse.doc, (_key, node) => {
      if (!isNode(node) || node.tag === undefined || PLAIN_TAGS.has(node.tag)) return;
      all.push({ at: node.range?.[0] ?? 0, code: 'unknown-tag',
        message: `YAML tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} is not allowed in a sidecar, whose values are plain strings, numbers, true/false, lists and mappings; remove it` });
      return all.length > MAX_REPORTED_SYNTAX_ERRORS ? visit.BREAK : undefined;
    });
  }
  const out: YamlError[] = all.slice(0, MAX_REPORTED_SYNTAX_ERRORS).map((e) => ({
    line: parse.lines.linePos(e.at).line,
    code: e.code,
    message: e.message,
  }));
  if (all.length > out.length) {
    const last = all[all.length - 1]!;
    out.push({ line: parse.lines.linePos(last.at).line, code: last.code,
      message: parse.doc.errors.length > 0 ? `YAML syntax: ${parse.doc.errors.length - out.length} more errors not listed` : 'more tags not listed' });
  }
  return out;
}

/**
 * Tags that only restate what the value already is. Anything else (`!foo`, `!!binary`,
 * `!!timestamp`) would be read as something a sidecar cannot hold, or, for an unknown
 * tag, as a plain string with a warning nobody sees.
 */
const PLAIN_TAGS = new Set([
  'tag:yaml.org,2002:str', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq',
]);

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim().slice(0, 200);
}

/** `aliasBomb` false: an alias to an anchor that does not exist (before it). */
export type ToJsResult = { ok: true; data: unknown } | { ok: false; aliasBomb: boolean; message: string };

export function yamlToJs(parse: YamlParse): ToJsResult {
  try {
    // The package counts the anchored node itself as one use, and refuses at its limit:
    // one more lets exactly MAX_ALIAS_COUNT expansions through, as the docs promise.
    return { ok: true, data: parse.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT + 1 }) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, aliasBomb: /excessive alias/i.test(message), message };
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
