/**
 * Reading JSON import files so that problems can name a line. JSON.parse gives values but
 * no positions, and an import problem must say where in the file the object it concerns
 * starts (an annotation, a selector, a Label Studio result). This reader keeps the offset
 * at which each object and array begins and answers its 1-based line on request.
 *
 * It never throws: a malformed file gives `{ ok: false }` with the line of the fault.
 * Nesting is limited so that a hostile file cannot exhaust the stack.
 */

export interface LocatedJson {
  value: unknown;
  /** 1-based line where `node` (an object or array of this document) begins; `fallback` otherwise. */
  lineOf(node: unknown, fallback?: number): number;
  /** 1-based line where item `i` of `list` (an array of this document) begins, even a number or a string. */
  lineOfItem(list: unknown, i: number, fallback?: number): number;
}

export type JsonReadResult = { ok: true; json: LocatedJson } | { ok: false; line: number; message: string };

/** Deeper than any annotation file needs; shallow enough for any stack. */
const MAX_DEPTH = 256;

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Offsets where each line begins, for turning an offset into a line by binary search. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

class Reader {
  pos = 0;
  readonly offsets = new Map<object, number>();
  readonly itemOffsets = new Map<unknown[], number[]>();

  constructor(private readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new JsonSyntaxError(at, message);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) this.pos++;
      else break;
    }
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === 123) return this.object(depth);
    if (c === 91) return this.array(depth);
    if (c === 34) return this.string();
    if (c === 116) return this.literal('true', true);
    if (c === 102) return this.literal('false', false);
    if (c === 110) return this.literal('null', null);
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    if (this.pos >= this.text.length) this.fail('unexpected end of the file');
    return this.fail(`unexpected character ${JSON.stringify(this.text[this.pos])}`);
  }

  literal<T>(word: string, value: T): T {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return value;
    }
    return this.fail(`expected ${word}`);
  }

  number(): number {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) return this.fail('malformed number');
    this.pos += m[0].length;
    return Number(m[0]);
  }

  string(): string {
    const t = this.text;
    const start = ++this.pos;
    // Fast path: no escapes, which is nearly every string in an annotation file.
    for (let i = start; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return t.slice(start, i);
      }
      if (c === 92) break;
      if (c < 32) this.fail('control character inside a string', i);
    }
    let out = '';
    let i = start;
    while (i < t.length) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        this.pos = i + 1;
        return out;
      }
      if (c < 32) this.fail('control character inside a string', i);
      if (c !== 92) {
        out += t[i];
        i++;
        continue;
      }
      const e = t[i + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) {
        out += simple[e];
        i += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(t.slice(i + 2, i + 6), 16));
        i += 6;
      } else {
        this.fail('malformed escape in a string', i);
      }
    }
    return this.fail('unterminated string', start - 1);
  }

  array(depth: number): unknown[] {
    const out: unknown[] = [];
    const items: number[] = [];
    this.offsets.set(out, this.pos);
    this.itemOffsets.set(out, items);
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      items.push(this.pos);
      out.push(this.value(depth + 1));
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 93) return out;
      if (c !== 44) this.fail('expected , or ] in an array', this.pos - 1);
    }
  }

  object(depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.offsets.set(out, this.pos);
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 34) this.fail('expected a quoted key');
      const key = this.string();
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail('expected : after a key');
      this.pos++;
      const v = this.value(depth + 1);
      // As JSON.parse does: `__proto__` is an ordinary own key, never the prototype. Only that
      // key is defined so; plain assignment keeps every other object fast.
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      this.skipSpace();
      const c = this.text.charCodeAt(this.pos);
      this.pos++;
      if (c === 125) return out;
      if (c !== 44) this.fail('expected , or } in an object', this.pos - 1);
    }
  }
}

/** Parses one JSON document (a leading BOM is allowed), keeping where each object begins. */
export function readJson(text: string): JsonReadResult {
  const reader = new Reader(text);
  if (text.charCodeAt(0) === 0xfeff) reader.pos = 1;
  let starts: number[] | undefined;
  const line = (offset: number) => lineAt((starts ??= lineStarts(text)), offset);
  try {
    const value = reader.value(0);
    reader.skipSpace();
    if (reader.pos < text.length) reader.fail('unexpected text after the JSON value');
    return {
      ok: true,
      json: {
        value,
        lineOf(node, fallback = 1) {
          const at = typeof node === 'object' && node !== null ? reader.offsets.get(node) : undefined;
          return at === undefined ? fallback : line(at);
        },
        lineOfItem(list, i, fallback = 1) {
          const at = Array.isArray(list) ? reader.itemOffsets.get(list)?.[i] : undefined;
          return at === undefined ? fallback : line(at);
        },
      },
    };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, line: line(e.offset), message: e.message };
    if (e instanceof RangeError) return { ok: false, line: line(reader.pos), message: 'the file is too deeply nested to read' };
    throw e;
  }
}

/** A plain JSON object (not an array, not null), for narrowing `unknown` values. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property of a parsed object, never one inherited from Object.prototype (`constructor`). */
export function field(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/** A value as a list: an array as it is, a single value as a list of one, nothing as empty. */
export function asList(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}
