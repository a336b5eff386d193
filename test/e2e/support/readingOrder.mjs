// Reading order on screen: where the words of each piece of text lie inside a DOM element,
// and whether they run right to left or left to right. One helper for every Playwright
// check of text outside the editor's own lines (hovers, quick picks, status bar, panels).
//
//   const r = await readingOrder(page.locator('.monaco-hover'), [
//     { text: 'when →', dir: 'ltr' },
//     { text: '«11 فبراير/شباط 2024»', dir: 'rtl' },
//   ]);
//   r.ok          // every piece found, and each in its direction
//   r.pieces[i]   // { text, dir, tokens: [{ token, x }], inOrder }
//
// Pieces are given in logical order and found in that order in the element's text; the
// invisible directional marks Hamish adds are skipped when matching. Each piece is cut into
// tokens: whitespace-separated words, with the punctuation at either end of a word as
// tokens of their own (so `«واع».` is `«`, `واع`, `».`: a closing `».` at the wrong end
// shows), while punctuation inside a word stays (`7-8`, `فبراير/شباط`: digits and ranges
// lay out left to right in any paragraph). A token's x is the middle of the box its
// characters cover, measured with a DOM Range. A right-to-left piece is in order when
// each token lies left of the one before it; a left-to-right piece, right of it.

/** Runs in the page (pass to locator.evaluate): the measurement itself. */
export function measureReadingOrder(root, pieces) {
  const IGNORED = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c]/;
  const chars = []; // visible characters of the element, each with its text node and offset
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node.textContent;
    for (let i = 0; i < t.length; i++) {
      if (IGNORED.test(t[i])) continue;
      chars.push({ c: /\s/.test(t[i]) ? ' ' : t[i], node, offset: i });
    }
  }
  const text = chars.map((x) => x.c).join('');
  const tokensOf = (piece) =>
    piece.split(/\s+/).filter(Boolean).flatMap((word) => {
      const m = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/u.exec(word);
      return m[2] ? [m[1], m[2], m[3]].filter(Boolean) : [word];
    });
  let from = 0;
  const missing = [];
  const out = pieces.map(({ text: pieceText, dir }) => {
    const tokens = [];
    for (const token of tokensOf(pieceText)) {
      const at = text.indexOf(token, from);
      if (at < 0) {
        missing.push(token);
        continue;
      }
      from = at + token.length;
      const first = chars[at];
      const last = chars[at + token.length - 1];
      const range = document.createRange();
      range.setStart(first.node, first.offset);
      range.setEnd(last.node, last.offset + 1);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length === 0) {
        missing.push(`${token} (not painted)`);
        continue;
      }
      const left = Math.min(...rects.map((r) => r.left));
      const right = Math.max(...rects.map((r) => r.right));
      tokens.push({ token, x: Math.round((left + right) / 2) });
    }
    const inOrder = tokens.every((t, i) => i === 0 || (dir === 'rtl' ? t.x < tokens[i - 1].x : t.x > tokens[i - 1].x));
    return { text: pieceText, dir, tokens, inOrder };
  });
  return { ok: missing.length === 0 && out.every((p) => p.inOrder), missing, pieces: out, elementText: text };
}

/** Measures `pieces` inside the element a Playwright locator points at. */
export function readingOrder(locator, pieces) {
  return locator.evaluate(measureReadingOrder, pieces);
}

/** One line per piece, for logs and failure messages: `rtl ✓ 11@812 فبراير@760 …`. */
export function describeReadingOrder(result) {
  const lines = result.pieces.map((p) => `${p.dir} ${p.inOrder ? '✓' : '✗'} ${p.tokens.map((t) => `${t.token}@${t.x}`).join(' ')}`);
  if (result.missing.length) lines.push(`not found: ${result.missing.join(' ')} in ${JSON.stringify(result.elementText)}`);
  return lines.join('\n');
}
