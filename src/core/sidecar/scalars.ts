/**
 * How the canonical writer spells scalars, and how the fast reader reads them back.
 * Every string is written as a JSON string literal, which is also a valid YAML
 * double-quoted scalar with the same meaning, provided the few characters YAML does not
 * allow raw (C1 controls, DEL, U+2028/9, BOM, U+FFFE/F) are escaped as `\uXXXX`, an
 * escape both languages read the same way. Arabic and emoji stay raw UTF-8.
 */
import type { AttrValue } from '../model/annotation';

// Characters JSON.stringify leaves raw but YAML either forbids or may treat as line breaks.
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

export function quoteString(value: string): string {
  const json = JSON.stringify(value);
  return YAML_UNSAFE.test(json)
    ? json.replace(YAML_UNSAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
    : json;
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED_KEY = /^(?:true|false|null|y|n|yes|no|on|off)$/i;

/** A mapping key, plain when that cannot be misread, else quoted. */
export function writeKey(key: string): string {
  return PLAIN_KEY.test(key) && !RESERVED_KEY.test(key) ? key : quoteString(key);
}

export function writeValue(value: AttrValue): string {
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write the number ${value} to a sidecar`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  return '[' + value.map(quoteString).join(', ') + ']';
}

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;
const FLOAT = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
// Raw characters whose YAML reading might differ from JSON's: refuse them on the fast path.
const FAST_PATH_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\t]/;

/** Marker for "not a scalar the fast path understands": the caller falls back to the YAML parser. */
export const NOT_FAST = Symbol('not-fast');

/**
 * Reads one scalar in the canonical spelling, giving exactly what the `yaml` package
 * would give for it, or NOT_FAST for anything else (comments, plain strings, anchors...).
 */
export function readFastValue(raw: string): unknown {
  const c = raw.charCodeAt(0);
  if (c === 0x22 /* " */) {
    // Most strings hold no escape: the text between the quotes is the value.
    const close = raw.indexOf('"', 1);
    if (close === raw.length - 1 && raw.indexOf('\\') < 0) return raw.slice(1, -1);
    if (FAST_PATH_UNSAFE.test(raw)) return NOT_FAST;
    try {
      const s: unknown = JSON.parse(raw);
      return typeof s === 'string' && !hasLoneSurrogate(s) && raw.endsWith('"') ? s : NOT_FAST;
    } catch {
      return NOT_FAST;
    }
  }
  if (INTEGER.test(raw)) return Number(raw);
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw === '{}') return {};
  if (raw === '[]') return [];
  if (c === 0x5b /* [ */) {
    if (FAST_PATH_UNSAFE.test(raw) || !raw.endsWith(']')) return NOT_FAST;
    try {
      const list: unknown = JSON.parse(raw);
      return Array.isArray(list) && list.every((x) => typeof x === 'string' && !hasLoneSurrogate(x))
        ? list
        : NOT_FAST;
    } catch {
      return NOT_FAST;
    }
  }
  if (FLOAT.test(raw)) return Number(raw);
  return NOT_FAST;
}

/** Reads a key in the spelling writeKey produces, or NOT_FAST. */
export function readFastKey(raw: string): string | typeof NOT_FAST {
  if (PLAIN_KEY.test(raw)) return RESERVED_KEY.test(raw) ? NOT_FAST : raw;
  const v = readFastValue(raw);
  return typeof v === 'string' ? v : NOT_FAST;
}

function hasLoneSurrogate(s: string): boolean {
  return /[\ud800-\udfff]/.test(s) && !s.isWellFormed();
}
