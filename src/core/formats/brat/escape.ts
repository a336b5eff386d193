/**
 * How names, attribute values and notes fit brat's line syntax.
 *
 * Names (types, link names, attribute names) and attribute values are single words in a .ann
 * line and in annotation.conf, where whitespace ends a word, `|` separates alternatives and `,`
 * separates arguments; `%` is the escape itself. Those characters are written as `%XX` (their
 * UTF-8 bytes, as in URLs); everything else, Arabic included, stays as it is.
 *
 * Notes sit at the end of a line, so only line breaks and tabs need escaping: `\n`, `\r`, `\t`,
 * and `\\` for a backslash.
 */

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
