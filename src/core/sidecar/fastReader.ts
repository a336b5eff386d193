/**
 * A fast reader for the canonical layout (canonicalWriter.ts): many times faster than
 * a general YAML parser on large sidecars (see docs/sidecar-format.md). It reads block
 * mappings and block sequences indented by two spaces, with scalars in the canonical
 * spelling, and gives exactly what `yaml.parse` gives for such text (a property test
 * checks this). Anything else, such as a comment or a plain string written by hand,
 * makes it return undefined, and the caller uses the full YAML parser instead.
 */
import { NOT_FAST, readFastKey, readFastValue } from './scalars';

type Obj = Record<string, unknown>;

type Frame =
  | { kind: 'map'; indent: number; map: Obj }
  | { kind: 'seq'; indent: number; list: Obj[] };

// indent, optional "- ", key (plain or double-quoted), then ": value" or a bare ":".
const LINE = /^( *)(- )?([^\s:"#'&*!|>%@`{}[\],?-][^:"]*|"(?:[^"\\]|\\.)*")(?:: (.*)|:)$/;

export function readFast(text: string): Obj | undefined {
  if (text.length === 0 || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const root: Obj = {};
  const stack: Frame[] = [{ kind: 'map', indent: 0, map: root }];
  // A key written with nothing after the colon: its value (a mapping or a sequence)
  // starts on the next line, two spaces deeper.
  let pending: { owner: Obj; key: string; indent: number } | undefined;

  for (const line of lines) {
    const m = LINE.exec(line);
    if (!m) return undefined;
    const indent = m[1]!.length;
    const dash = m[2] !== undefined;
    const key = readFastKey(m[3]!);
    if (key === NOT_FAST || key === '__proto__') return undefined;

    if (pending) {
      if (indent !== pending.indent + 2) return undefined; // `key:` alone is null in YAML: not canonical
      if (dash) {
        const list: Obj[] = [];
        pending.owner[pending.key] = list;
        stack.push({ kind: 'seq', indent, list });
      } else {
        const map: Obj = {};
        pending.owner[pending.key] = map;
        stack.push({ kind: 'map', indent, map });
      }
      pending = undefined;
    }

    let target: Obj;
    let keyIndent: number;
    if (dash) {
      while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) stack.pop();
      const top = stack[stack.length - 1]!;
      if (top.kind !== 'seq' || top.indent !== indent) return undefined;
      target = {};
      top.list.push(target);
      keyIndent = indent + 2;
      stack.push({ kind: 'map', indent: keyIndent, map: target });
    } else {
      while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) stack.pop();
      const top = stack[stack.length - 1]!;
      if (top.kind !== 'map' || top.indent !== indent) return undefined;
      target = top.map;
      keyIndent = indent;
    }

    if (Object.prototype.hasOwnProperty.call(target, key)) return undefined; // let YAML report the duplicate
    const raw = m[4];
    if (raw === undefined) {
      pending = { owner: target, key, indent: keyIndent };
      continue;
    }
    const value = readFastValue(raw);
    if (value === NOT_FAST) return undefined;
    target[key] = value;
  }
  return pending ? undefined : root;
}
