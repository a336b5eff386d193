/**
 * Annotation ids: 16 random bytes in base32 (26 characters, lowercase, no padding)
 * behind an `a` so the id is never read as a number by YAML or a spreadsheet.
 * 128 random bits make a collision between two annotators' files practically impossible,
 * which is what lets sidecars merge by id.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export function newAnnotationId(random: (bytes: Uint8Array) => void = fillRandom): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  let bits = 0;
  let value = 0;
  let out = 'a';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Ids must be safe as YAML plain keys, file names and CSS-free tokens in every export format. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function fillRandom(bytes: Uint8Array): void {
  // Web Crypto is global in Node 20 and in every VS Code extension host (desktop, remote, web).
  globalThis.crypto.getRandomValues(bytes);
}
