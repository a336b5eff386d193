/**
 * Normalisation of Arabic text for matching, with an exact map back to the original.
 *
 * The same words reach a researcher in many spellings: with or without diacritics and
 * tatweel, hamza written on the alef or not, final yeh dotted or not, digits in three
 * scripts, Arabic or Latin punctuation, presentation forms from old PDFs, invisible
 * direction marks from copy and paste. Matching compares the folded forms; every match is
 * then mapped back to the original text, so the annotation covers the text as it is
 * written, diacritics on its last letter included.
 *
 * Offsets are UTF-16 indices (what search works in); callers convert to code points at
 * their edges, as everywhere in the core.
 */
import { clusterEnd } from './graphemes';

export { clusterEnd, clusterStart } from './graphemes';

export interface NormalizeOptions {
  /** Also fold teh marbuta to heh (ة → ه), a frequent confusion in informal writing. Default false. */
  tehMarbuta?: boolean;
}

export interface NormalizedText {
  /** The normalised text (UTF-16). */
  readonly text: string;
  /** For each UTF-16 index of `text`, the UTF-16 index in the original of the character it came from. */
  readonly toOriginal: Uint32Array;
  /** Length of the original in UTF-16 units. */
  readonly originalLength: number;
  /**
   * The original [start, end) behind normalised [start, end): from the original character of
   * `start` to after the original character of `end - 1` and the rest of its grapheme
   * cluster (the diacritics on a last letter), so a range never splits a letter from its
   * marks. An empty range maps to an empty range where that position falls.
   */
  originalRange(start: number, end: number): { start: number; end: number };
}

// What the table says about a UTF-16 unit: KEEP it, DROP it, EXPAND it (several units, in
// `expansions`), or replace it by the unit stored (a value ≥ 0).
// Stryker disable next-line UnaryOperator: equivalent, KEEP is only compared with itself, and no fold targets U+0001
const KEEP = -1;
const DROP = -2;
const EXPAND = -3;

interface Table {
  codes: Int32Array;
  expansions: Map<number, string>;
}

const tables = new Map<boolean, Table>();

function range(from: number, to: number): number[] {
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray non-number in a list only sets a property no UTF-16 unit reads (and decomposes to itself)
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

/** Folds that map one character to another (or to nothing). */
function baseRules(tehMarbuta: boolean): Map<number, number> {
  const rules = new Map<number, number>();
  const to = (target: number, ...sources: number[]): void => sources.forEach((s) => rules.set(s, target));
  // Alef with hamza above or below, with madda, wasla, wavy hamza: bare alef.
  to(0x0627, 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673);
  // Alef maksura and the Farsi yeh written for it: yeh.
  to(0x064a, 0x0649, 0x06cc);
  // Hamza on waw or on yeh: the bare hamza, since the carrier varies (مسؤول / مسئول, شؤون / شئون).
  to(0x0621, 0x0624, 0x0626);
  // Keheh (Persian kaf) for kaf.
  to(0x0643, 0x06a9);
  if (tehMarbuta) to(0x0647, 0x0629);
  // Digits: Arabic-Indic and Extended Arabic-Indic to ASCII.
  for (let d = 0; d < 10; d++) to(0x30 + d, 0x0660 + d, 0x06f0 + d);
  // Arabic punctuation to its Latin counterpart.
  to(0x2c, 0x060c, 0x066c);
  to(0x3b, 0x061b);
  to(0x3f, 0x061f);
  to(0x25, 0x066a);
  to(0x2e, 0x066b, 0x06d4);
  to(0x20, 0x00a0, 0x202f);
  // Removed: harakat, tanwin, shadda, sukun, superscript alef, Arabic signs and Quranic
  // annotation marks (all combining), tatweel, and invisible format characters.
  const dropped = [
    ...range(0x0610, 0x061a), ...range(0x064b, 0x065f), 0x0670,
    ...range(0x06d6, 0x06dc), ...range(0x06df, 0x06e4), 0x06e7, 0x06e8, ...range(0x06ea, 0x06ed),
    0x0640, 0x061c, ...range(0x200b, 0x200f), ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), 0xfeff,
  ];
  for (const c of dropped) rules.set(c, DROP);
  return rules;
}

function buildTable(tehMarbuta: boolean): Table {
  const codes = new Int32Array(0x10000).fill(KEEP);
  const rules = baseRules(tehMarbuta);
  for (const [from, target] of rules) codes[from] = target;
  const expansions = new Map<number, string>();
  // Presentation forms: their compatibility decomposition, folded by the rules above.
  for (const c of [...range(0xfb50, 0xfdff), ...range(0xfe70, 0xfefe)]) {
    const decomposed = String.fromCharCode(c).normalize('NFKC');
    // Stryker disable next-line ConditionalExpression: `false` is equivalent, a character that decomposes to itself gets itself as its fold, as if kept; `true`, which the tests kill, goes with it
    if (decomposed === String.fromCharCode(c)) continue;
    let folded = '';
    for (const unit of decomposed) {
      const code = unit.charCodeAt(0);
      // Stryker disable next-line ConditionalExpression: `true` is equivalent, these decompositions hold no astral character; `false`, which the tests kill, goes with it
      const rule = unit.length === 1 ? rules.get(code) : undefined;
      if (rule === undefined) folded += unit;
      else if (rule !== DROP) folded += String.fromCharCode(rule);
    }
    // Isolated harakat (U+FE70…) decompose to a space and the mark: nothing to match.
    if (folded.trim() === '') codes[c] = DROP;
    // Stryker disable next-line ConditionalExpression: `false` is equivalent, a one-unit fold stored as an expansion of one unit folds the same; `true`, which the tests kill, goes with it
    else if (folded.length === 1) codes[c] = folded.charCodeAt(0);
    else {
      codes[c] = EXPAND;
      expansions.set(c, folded);
    }
  }
  return { codes, expansions };
}

function tableFor(tehMarbuta: boolean): Table {
  let table = tables.get(tehMarbuta);
  if (!table) tables.set(tehMarbuta, (table = buildTable(tehMarbuta)));
  return table;
}

/** Folds `text` for matching (see the file comment), in time linear in its length. */
export function normalizeForMatching(text: string, options: NormalizeOptions = {}): NormalizedText {
  const { codes, expansions } = tableFor(options.tehMarbuta === true);
  let units = new Uint16Array(text.length + 8);
  let origins = new Uint32Array(text.length + 8);
  let n = 0;
  const grow = (extra: number): void => {
    // Stryker disable next-line EqualityOperator: `<` is equivalent, it only grows one unit sooner; `>`, which the tests kill, goes with it
    if (n + extra <= units.length) return;
    const size = 2 * units.length + extra;
    const u = new Uint16Array(size);
    u.set(units.subarray(0, n));
    const o = new Uint32Array(size);
    o.set(origins.subarray(0, n));
    units = u;
    origins = o;
  };
  // Stryker disable next-line EqualityOperator: `<=` is equivalent, the step past the end reads NaN, which no table entry matches; `>=`, which the tests kill, goes with it
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const code = codes[unit]!;
    if (code === KEEP) {
      units[n] = unit;
      origins[n++] = i;
      // Stryker disable next-line EqualityOperator: `> 0` is equivalent, no rule folds to U+0000; `< 0`, which the tests kill, goes with it
    } else if (code >= 0) {
      units[n] = code;
      origins[n++] = i;
    } else if (code === EXPAND) {
      const expansion = expansions.get(unit)!;
      // Room for the expansion and one unit for each character still to come.
      // Stryker disable next-line ArithmeticOperator: `+ i` is equivalent, it only asks for more room; the other, which the tests kill, goes with it
      grow(expansion.length + text.length - i);
      for (let k = 0; k < expansion.length; k++) {
        units[n] = expansion.charCodeAt(k);
        origins[n++] = i;
      }
    }
  }
  const toOriginal = new Uint32Array(origins.buffer, 0, n);
  const normalized = decodeUnits(units.subarray(0, n));
  return new Normalized(normalized, toOriginal, text);
}

// Code units straight to a string, surrogates kept as they are (a decoder would replace a
// lone surrogate and so change nothing in length, but String.fromCharCode is exact).
function decodeUnits(units: Uint16Array): string {
  const CHUNK = 8192;
  let out = '';
  // Stryker disable next-line EqualityOperator: `<=` is equivalent, one more chunk past the end adds an empty string; `>=`, which the tests kill, goes with it
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return out;
}

class Normalized implements NormalizedText {
  constructor(
    readonly text: string,
    readonly toOriginal: Uint32Array,
    private readonly original: string,
  ) {}

  get originalLength(): number {
    return this.original.length;
  }

  originalRange(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = start < this.text.length ? this.toOriginal[start]! : this.original.length;
      return { start: at, end: at };
    }
    const from = this.toOriginal[start]!;
    const last = this.toOriginal[end - 1]!;
    const high = this.original.charCodeAt(last);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent on text a source can hold (strict UTF-8, so no lone surrogate): clusterEnd below moves an end inside a surrogate pair past its low half anyway; `true`, which the tests kill, goes with it
    const afterLast = last + (high >= 0xd800 && high <= 0xdbff && last + 1 < this.original.length ? 2 : 1);
    return { start: from, end: clusterEnd(this.original, afterLast) };
  }
}
