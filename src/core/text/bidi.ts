/**
 * Right-to-left user text in left-to-right surroundings. VS Code lays out hovers, quick
 * picks, notifications and panels as left-to-right paragraphs, so Arabic next to digits or
 * closing punctuation comes out scrambled: `11 فبراير/شباط 2024` shows as `11 2024 شباط/فبراير`
 * read from the right, and the `».` that ends a quote lands at its start. Wrapping each piece
 * of user text in a directional isolate (RLI … PDI, or LRI … PDI) gives it its own paragraph
 * direction and keeps it from mixing with the English words around it. The isolate marks
 * are invisible; Chromium, and so every VS Code surface, honours them.
 */

const LRE = '\u202a';
const RLE = '\u202b';
const PDF = '\u202c';
const LRO = '\u202d';
const RLO = '\u202e';
export const LRI = '\u2066';
export const RLI = '\u2067';
const FSI = '\u2068';
export const PDI = '\u2069';

/** Controls that open or close a directional scope (marks like RLM have no scope). */
const SCOPED_BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const HAS_SCOPED_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

// Letters of the right-to-left scripts (digits and combining marks of those scripts are not
// strong, so they do not count), and the two invisible right-to-left marks RLM and ALM.
const RTL_STRONG =
  /(?=\p{L})[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Samaritan}\p{sc=Mandaic}\p{sc=Adlam}\p{sc=Hanifi_Rohingya}\p{sc=Yezidi}]|[\u200f\u061c]/u;
const LTR_STRONG = /\p{L}|\u200e/u;
const LINE_BREAK = /(\r\n|[\n\r\u2028\u2029\u0085])/;

export type Direction = 'rtl' | 'ltr';

function strongDirection(char: string): Direction | undefined {
  if (RTL_STRONG.test(char)) return 'rtl';
  if (LTR_STRONG.test(char)) return 'ltr';
  return undefined;
}

function firstStrong(text: string): Direction | undefined {
  for (const c of text) {
    const d = strongDirection(c);
    if (d) return d;
  }
  return undefined;
}

/**
 * The direction a piece of text reads in, or undefined when it has no letters (`2024`, `7-8`).
 * Words vote, each by its first letter; a tie goes to the first letter of the text. Words and
 * not letters, because a Latin name is long in letters and short in meaning:
 * `قال مسؤول في Reuters International إن` is an Arabic sentence though it has more Latin
 * letters. And a vote rather than the first letter (the rule of the FSI mark), because an
 * Arabic sentence may start with a Latin word: `CNN: قال مسؤول إن ...`.
 */
export function textDirection(text: string): Direction | undefined {
  let rtl = 0;
  let ltr = 0;
  for (const word of text.split(/\s+/)) {
    const d = firstStrong(word);
    if (d === 'rtl') rtl++;
    else if (d === 'ltr') ltr++;
  }
  if (rtl !== ltr) return rtl > ltr ? 'rtl' : 'ltr';
  return firstStrong(text);
}

/**
 * Makes the directional controls the text already holds strictly nested: a closer with no
 * opener is dropped, embeddings still open when an isolate closes are closed first, and
 * whatever is open at the end is closed there. So no control in user text can reach past
 * the isolate Hamish puts around it (an unterminated RLO in a note cannot reverse the rest
 * of the line). Everything else is kept as it is.
 */
export function balanceBidi(text: string): string {
  const open: string[] = []; // the closer each open scope needs, innermost last
  let out = '';
  for (const c of text) {
    if (c === LRE || c === RLE || c === LRO || c === RLO) {
      open.push(PDF);
      out += c;
    } else if (c === LRI || c === RLI || c === FSI) {
      open.push(PDI);
      out += c;
    } else if (c === PDF) {
      if (open[open.length - 1] === PDF) out += open.pop();
    } else if (c === PDI) {
      if (!open.includes(PDI)) continue;
      while (open[open.length - 1] === PDF) out += open.pop();
      out += open.pop();
    } else {
      out += c;
    }
  }
  return out + open.reverse().join('');
}

/**
 * User text ready to be shown in a left-to-right surface: each line in its own isolate of
 * the direction it reads in (a line break ends a bidi paragraph, so lines are isolated one
 * by one). A line with no right-to-left letter and no directional control is left as it
 * is: in a left-to-right surface it already lays out as typed, so wrapping it would only
 * add invisible characters to what searches, copies and tests see. A line with controls
 * but no letters gets a left-to-right isolate, so its controls stay inside.
 */
export function isolate(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((part, i) => (i % 2 === 1 ? part : isolateLine(part)))
    .join('');
}

function isolateLine(line: string): string {
  if (!HAS_SCOPED_CONTROL.test(line) && !RTL_STRONG.test(line)) return line;
  const open = textDirection(line) === 'rtl' ? RLI : LRI;
  return open + balanceBidi(line) + PDI;
}

/** The text without any scoped directional control (for comparisons and tests). */
export function withoutBidiControls(text: string): string {
  return text.replace(SCOPED_BIDI_CONTROLS, '');
}
