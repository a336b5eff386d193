import * as assert from 'assert';
import { decodeUtf8, firstInvalidByte } from '../../src/core/text/utf8';

const lenient = new TextDecoder('utf-8');

/**
 * Length of the longest prefix of `bytes` that is well-formed UTF-8: a replacing decoder
 * writes U+FFFD where the first ill-formed sequence starts, so the text before it, encoded
 * again, is that prefix (the bytes tested here never hold a real U+FFFD).
 */
function longestValidPrefix(bytes: Uint8Array): number {
  const text = lenient.decode(bytes);
  const bad = text.indexOf('\ufffd');
  return bad < 0 ? bytes.length : new TextEncoder().encode(text.slice(0, bad)).length;
}

// The values at the edges of every range a lead or continuation byte may take.
const EDGES = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];

describe('strict UTF-8 decoding', () => {
  it('decodes Arabic text, emoji and ASCII', () => {
    const text = 'قال الوزير 😀 in 2024';
    assert.deepStrictEqual(decodeUtf8(new TextEncoder().encode(text)), { ok: true, text });
    assert.deepStrictEqual(decodeUtf8(new Uint8Array()), { ok: true, text: '' });
  });

  it('refuses a Windows-1256 Arabic file, pointing at its first non-ASCII byte', () => {
    // "abc " then قال in Windows-1256.
    const bytes = new Uint8Array([0x61, 0x62, 0x63, 0x20, 0xe2, 0xc7, 0xe1]);
    assert.deepStrictEqual(decodeUtf8(bytes), { ok: false, offset: 4 });
  });

  it('points at the lead byte of a sequence cut short at the end of the file', () => {
    const bytes = new TextEncoder().encode('قال😀');
    assert.deepStrictEqual(decodeUtf8(bytes.subarray(0, bytes.length - 1)), { ok: false, offset: 6 });
    assert.deepStrictEqual(decodeUtf8(bytes.subarray(0, 5)), { ok: false, offset: 4 });
  });

  it('finds the first bad byte exactly where a strict decoder stops, for every lead byte', () => {
    // Each sequence sits between valid text, so an offset off by one, or a valid
    // sequence skipped by the wrong length, shows.
    const before = new TextEncoder().encode('aق');
    const after = new TextEncoder().encode('ب😀');
    for (let lead = 0; lead < 256; lead++) {
      for (const c1 of EDGES) {
        for (const c2 of [0x41, 0x80, 0xbf, 0xc0]) {
          for (const c3 of [0x7f, 0x80, 0xbf, 0xc0]) {
            const bytes = new Uint8Array([...before, lead, c1, c2, c3, ...after]);
            const expected = longestValidPrefix(bytes);
            const where = [lead, c1, c2, c3].map((b) => b.toString(16)).join(' ');
            assert.strictEqual(firstInvalidByte(bytes), expected, where);
            if (expected === bytes.length) assert.strictEqual(decodeUtf8(bytes).ok, true, where);
          }
        }
      }
    }
  });

  it('finds a lead byte cut short by the end of the bytes', () => {
    for (const tail of [[0xc3], [0xe2, 0x82], [0xe2], [0xf0, 0x9f, 0x98], [0xf0, 0x9f], [0xf0]]) {
      const bytes = new Uint8Array([0x61, 0x62, ...tail]);
      assert.strictEqual(firstInvalidByte(bytes), 2, tail.join(' '));
    }
  });
});
