/**
 * The full YAML path, used for sidecars the fast reader does not accept (hand-edited
 * ones, with comments) and to find the line of a field when reporting a problem.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { MAX_ALIAS_COUNT } from './format';
import type { FieldPath } from './validate';

export interface YamlParse {
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseYaml(text: string): YamlParse {
  const lines = new LineCounter();
  // uniqueKeys: a duplicate key is an error, not a silent overwrite.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  return { doc, lines };
}

export type ToJsResult = { ok: true; data: unknown } | { ok: false; aliasBomb: true; message: string };

export function yamlToJs(parse: YamlParse): ToJsResult {
  try {
    return { ok: true, data: parse.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
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
