/**
 * Line numbers of code point offsets, for annotations of files that are not open (the index
 * shows "line N" and the editor has no document to ask). One pass over the text.
 */

/** 0-based line of each code point offset in `text` (offsets in any order). */
export function linesOf(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => offsets[a]! - offsets[b]!);
  // Stryker disable next-line ArrayDeclaration: equivalent, every entry is assigned below (in the loop or after it)
  const out = new Array<number>(offsets.length).fill(0);
  let line = 0;
  let cp = 0;
  let k = 0;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, walking on (past the last offset, or past the end, where no line break is read) only assigns the lines the last loop assigns anyway
  for (let i = 0; i < text.length && k < order.length; ) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the last offset order[k] is undefined and the comparison is false
    while (k < order.length && offsets[order[k]!]! <= cp) out[order[k++]!] = line;
    const code = text.charCodeAt(i);
    // CRLF counts once: the CR starts no line of its own when an LF follows.
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: the `i + 1 < text.length` guard only matters for a lone high surrogate at the very end, where stepping 1 or 2 both end the loop; `code <= 0xdbff` → true, which the tests kill, goes with it
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    cp++;
  }
  while (k < order.length) out[order[k++]!] = line;
  return out;
}
