/**
 * How Hamish attribute values become brat attributes, and back.
 *
 * brat knows two kinds: binary (the line is there or not) and valued (one word from a list
 * declared in annotation.conf). Per attribute name, over the whole export:
 * - every value a boolean → binary: `true` is a line `A1\tchecked T1`, `false` is no line
 *   (brat's own meaning of a missing binary attribute);
 * - otherwise valued: a string is its value (escaped by `encodeWord`), a number its decimal
 *   form, a list one line per item with the same name and target, a boolean `true`/`false`.
 * Reading back, a value written exactly as a number becomes a number, several lines with the
 * same name and target become a list. What would not read back the same is said in a note.
 */
import type { AttrValue } from '../../model/annotation';
import { encodeWord, isCanonicalNumber } from './escape';

export type AttrKind = 'binary' | 'valued';

/** The kind of each attribute name, from every value it has in the export. */
export function attrKinds(attrMaps: Iterable<Readonly<Record<string, AttrValue>>>): Map<string, AttrKind> {
  const kinds = new Map<string, AttrKind>();
  for (const attrs of attrMaps) {
    for (const [name, value] of Object.entries(attrs)) {
      if (typeof value !== 'boolean') kinds.set(name, 'valued');
      else if (!kinds.has(name)) kinds.set(name, 'binary');
    }
  }
  return kinds;
}

export interface WrittenAttr {
  /** The brat value words, one per A line; `[]` with `binary` means one line without a value. */
  values: string[];
  /** Why the value will not read back as it is, when it will not. */
  loss?: string;
}

/** The A lines one attribute value becomes (their value words), and any loss. */
export function writeAttr(kind: AttrKind, value: AttrValue): WrittenAttr {
  if (kind === 'binary') {
    return value === true ? { values: [''] } : { values: [] };
  }
  if (typeof value === 'boolean') {
    return { values: [String(value)], loss: `the boolean ${value} shares its name with other kinds of value: written as the word "${value}", read back as text` };
  }
  if (typeof value === 'number') return { values: [String(value)] };
  if (typeof value === 'string') {
    if (value === '') return { values: [], loss: 'brat has no empty value: left out' };
    const loss = isCanonicalNumber(value) ? `the text "${value}" reads back as a number` : undefined;
    return loss ? { values: [encodeWord(value)], loss } : { values: [encodeWord(value)] };
  }
  const items = value.filter((v) => v !== '');
  const losses: string[] = [];
  if (items.length < value.length) losses.push('empty items left out');
  if (items.length === 0) losses.push('an empty list is no line at all');
  if (items.length === 1) {
    losses.push(isCanonicalNumber(items[0]!) ? 'a list of one reads back as a single number' : 'a list of one reads back as a single value');
  }
  const out: WrittenAttr = { values: items.map(encodeWord) };
  if (losses.length > 0) out.loss = losses.join('; ');
  return out;
}
