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

// Raw characters whose YAML reading could differ from JSON's, or that YAML forbids: a
// canonical file never holds them (the writer escapes them), so one test of the whole
// text lets every line below skip that check.
const UNSAFE_ANYWHERE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
const QUOTED_KEY = /^"(?:[^"\\]|\\.)*"/;

export function readFast(text: string): Obj | undefined {
  if (text.length === 0 || UNSAFE_ANYWHERE.test(text) || !text.isWellFormed()) return undefined;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const root: Obj = {};
  const stack: Frame[] = [{ kind: 'map', indent: 0, map: root }];
  // A key written with nothing after the colon: its value (a mapping or a sequence)
  // starts on the next line, two spaces deeper.
  let pending: { owner: Obj; key: string; indent: number } | undefined;

  for (const line of lines) {
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    const dash = line.charCodeAt(indent) === 0x2d /* - */ && line.charCodeAt(indent + 1) === 0x20;
    const keyStart = dash ? indent + 2 : indent;
    // The key runs to the first ":" (plain keys hold none) or is a quoted string.
    let keyEnd: number;
    if (line.charCodeAt(keyStart) === 0x22 /* " */) {
      const m = QUOTED_KEY.exec(line.slice(keyStart));
      if (!m) return undefined;
      keyEnd = keyStart + m[0].length;
    } else {
      keyEnd = line.indexOf(':', keyStart);
      if (keyEnd < 0) return undefined;
    }
    if (line.charCodeAt(keyEnd) !== 0x3a /* : */) return undefined;
    const key = readFastKey(line.slice(keyStart, keyEnd));
    if (key === NOT_FAST || key === '__proto__') return undefined;
    // After the colon: end of line (a nested block follows) or one space and a value.
    let raw: string | undefined;
    if (keyEnd + 1 < line.length) {
      if (line.charCodeAt(keyEnd + 1) !== 0x20) return undefined;
      raw = line.slice(keyEnd + 2);
    }

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
    while (stack.length > 1 && stack[stack.length - 1]!.indent > indent) stack.pop();
    const top = stack[stack.length - 1]!;
    if (dash) {
      if (top.kind !== 'seq' || top.indent !== indent) return undefined;
      target = {};
      top.list.push(target);
      keyIndent = indent + 2;
      stack.push({ kind: 'map', indent: keyIndent, map: target });
    } else {
      if (top.kind !== 'map' || top.indent !== indent) return undefined;
      target = top.map;
      keyIndent = indent;
    }

    if (Object.prototype.hasOwnProperty.call(target, key)) return undefined; // let YAML report the duplicate
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
