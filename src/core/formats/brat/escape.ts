/**
 * How names, attribute values and notes fit brat's line syntax.
 *
 * Names (types, link names, attribute names) are brat's "storage forms": annotation.conf
 * accepts only `[A-Za-z0-9_-]` there and silently renames anything else (an Arabic type
 * would become `_____`, and its spans unknown). A name outside that set is written as `x--`
 * and its code points in hex (`ادعاء` → `x--627-62f-639-627-621`); visual.conf gives it back
 * its own name as the label brat shows.
 *
 * Attribute values are single words in a .ann line and in annotation.conf, where whitespace
 * ends a word, `|` separates alternatives and `,` separates arguments; `%` is the escape
 * itself. Those characters are written as `%XX` (their UTF-8 bytes, as in URLs); everything
 * else, Arabic included, stays as it is.
 *
 * Notes sit at the end of a line, so only line breaks and tabs need escaping: `\n`, `\r`, `\t`,
 * and `\\` for a backslash.
 */

const STORAGE_SAFE = /^[A-Za-z0-9_-]+$/;
const NAME_PREFIX = 'x--';
const ENCODED_NAME = /^x--(?:[0-9a-f]{1,6}(?:-[0-9a-f]{1,6})*)?$/;

export function encodeName(name: string): string {
  if (STORAGE_SAFE.test(name) && !name.startsWith(NAME_PREFIX)) return name;
  return NAME_PREFIX + Array.from(name, (c) => c.codePointAt(0)!.toString(16)).join('-');
}

/** Undoes `encodeName`; any other name (every name in real brat corpora) is kept as it is. */
export function decodeName(word: string): string {
  if (!ENCODED_NAME.test(word)) return word;
  const hex = word.slice(NAME_PREFIX.length);
  if (hex === '') return '';
  const cps = hex.split('-').map((h) => parseInt(h, 16));
  return cps.every((c) => c <= 0x10ffff) ? String.fromCodePoint(...cps) : word;
}

const UNSAFE_IN_WORD = /[\s%|,]/gu;

export function encodeWord(word: string): string {
  return word.replace(UNSAFE_IN_WORD, (c) => encodeURIComponent(c));
}

/** Undoes `encodeWord`; a `%` not followed by a valid UTF-8 escape is kept as it is. */
export function decodeWord(word: string): string {
  if (!word.includes('%')) return word;
  return word.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

export function escapeNote(note: string): string {
  return note.replace(/[\\\n\r\t]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/** Undoes `escapeNote`; a backslash before any other character is kept, as real brat notes may hold one. */
export function unescapeNote(text: string): string {
  return text.replace(/\\([\\nrt])/g, (_, c: string) => (c === '\\' ? '\\' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\t'));
}

/**
 * Whether an attribute value reads back as a number: exactly the way a number is written
 * (`0.8`, `-3`, `1e+21`), so a value like `007` or `2024-02-11` stays text.
 */
export function isCanonicalNumber(value: string): boolean {
  if (value.trim() !== value || value === '') return false;
  const n = Number(value);
  return String(n) === value;
}
