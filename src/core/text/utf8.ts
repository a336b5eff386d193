/**
 * Strict UTF-8 decoding that says where the text stops being UTF-8. A source or sidecar
 * that is not UTF-8 must be refused with a message a person can act on, never decoded
 * with replacement characters (which would make every quote after the bad byte wrong).
 */
export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number };

export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, offset: firstInvalidByte(bytes) };
  }
}

/** Byte offset (0-based) of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  // Stryker disable next-line EqualityOperator: `<=` is equivalent (at the end, bytes[i] is undefined and the lead check returns i, the length); `>=`, which the tests kill, goes with it
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: how many continuation bytes, and the allowed range of the first one
    // (which rules out overlong forms, surrogates and code points above U+10FFFF).
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // cut short at the end
      // The sequence is broken: its lead byte is where the text stops being UTF-8.
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
