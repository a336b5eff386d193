/**
 * Keeping a person's comments when Hamish rewrites a sidecar. The new content is written
 * canonically, parsed as a YAML document, and every comment of the old document is
 * moved onto the node that holds the same thing in the new one: mappings are matched by
 * key, annotation lists by annotation id, other lists by position. A comment attached to
 * an annotation that was deleted goes with it.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { readFast } from './fastReader';

export function hasComments(text: string): boolean {
  if (!text.includes('#')) return false;
  if (readFast(text) !== undefined) return false; // the fast reader accepts no comments
  const doc = parseDocument(text);
  return doc.errors.length === 0 && documentHasComments(doc);
}

/** True when a parsed document holds a comment anywhere. */
export function documentHasComments(doc: Document): boolean {
  let found = Boolean(doc.commentBefore || doc.comment);
  visitNodes(doc.contents, (n) => {
    if (n.commentBefore || n.comment) found = true;
  });
  return found;
}

/** `canonical` rewritten to carry the comments of `previous`. */
export function carryComments(previous: string, canonical: string): string {
  const old = parseDocument(previous);
  const fresh = parseDocument(canonical);
  if (old.errors.length > 0) return canonical;
  fresh.commentBefore = old.commentBefore;
  fresh.comment = old.comment;
  transfer(old.contents, fresh.contents);
  return fresh.toString({ lineWidth: 0, indentSeq: true });
}

function transfer(from: unknown, to: unknown): void {
  if (!isNode(from) || !isNode(to)) return;
  // YAML hangs a comment above a list's first item on the list itself; it belongs to
  // that item, which may not be first any more once annotations are added or sorted.
  const firstItemComment = isSeq(from) && from.items.length > 0 ? from.commentBefore : undefined;
  if (from.commentBefore && !firstItemComment) to.commentBefore = from.commentBefore;
  if (from.comment) to.comment = from.comment;
  if (from.spaceBefore) to.spaceBefore = true;
  if (isMap(from) && isMap(to)) {
    for (const pair of from.items) {
      if (!isPair(pair)) continue;
      const key = scalarText(pair.key);
      const match = to.items.find((p) => isPair(p) && scalarText(p.key) === key);
      if (!match) continue;
      transfer(pair.key, match.key);
      transfer(pair.value, match.value);
    }
  } else if (isSeq(from) && isSeq(to)) {
    const byId = new Map<string, unknown>();
    for (const item of to.items) {
      const id = isMap(item) ? scalarText(item.get('id', true)) : undefined;
      if (id !== undefined) byId.set(id, item);
    }
    from.items.forEach((item, i) => {
      const id = isMap(item) ? scalarText(item.get('id', true)) : undefined;
      const target = id !== undefined ? byId.get(id) : to.items[i];
      transfer(item, target);
      if (i === 0 && firstItemComment && isNode(target)) {
        target.commentBefore = target.commentBefore ? `${firstItemComment}\n${target.commentBefore}` : firstItemComment;
      }
    });
  }
}

function visitNodes(node: unknown, fn: (n: Node) => void): void {
  if (!isNode(node)) return;
  fn(node);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      visitNodes(pair.key, fn);
      visitNodes(pair.value, fn);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) visitNodes(item, fn);
  }
}

function isNode(n: unknown): n is Node {
  return isScalar(n) || isMap(n) || isSeq(n);
}

function scalarText(n: unknown): string | undefined {
  return isScalar(n) ? String(n.value) : undefined;
}

