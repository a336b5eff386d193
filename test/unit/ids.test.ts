import * as assert from 'assert';
import { ID_PATTERN, newAnnotationId } from '../../src/core/model/ids';

/** Base32 (RFC 4648 alphabet, lowercase, no padding) of 16 bytes, written independently with BigInt. */
function base32(bytes: Uint8Array): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  n <<= 2n; // 128 bits padded to 130, a multiple of 5
  let out = '';
  for (let i = 25; i >= 0; i--) out += alphabet[Number((n >> BigInt(5 * i)) & 31n)];
  return out;
}

const fill = (pattern: (i: number) => number) => (bytes: Uint8Array) => bytes.forEach((_, i) => (bytes[i] = pattern(i)));

describe('annotation ids', () => {
  it('spell 16 random bytes in base32 behind an "a"', () => {
    for (const pattern of [() => 0, () => 255, (i: number) => i, (i: number) => (i * 37 + 11) & 255, (i: number) => (i % 2 ? 0xa5 : 0x5a)]) {
      const bytes = new Uint8Array(16);
      fill(pattern)(bytes);
      const id = newAnnotationId(fill(pattern));
      assert.strictEqual(id, 'a' + base32(bytes));
      assert.strictEqual(id.length, 27);
      assert.match(id, ID_PATTERN);
    }
    assert.strictEqual(newAnnotationId(fill(() => 0)), 'a'.repeat(27));
    assert.strictEqual(newAnnotationId(fill(() => 255)), 'a' + '7'.repeat(25) + '4');
  });

  it('differ from call to call with the real random source', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newAnnotationId()));
    assert.strictEqual(ids.size, 50);
    for (const id of ids) assert.match(id, /^a[a-z2-7]{26}$/);
  });

  it('accept hand-written ids of 1 to 64 safe characters only', () => {
    for (const ok of ['a', 'x1', 'claim_7', 'Q-2024', 'a'.repeat(64)]) assert.ok(ID_PATTERN.test(ok), ok);
    for (const bad of ['', '-a', '_a', 'a b', 'a.b', 'مطالبة', 'a'.repeat(65), 'a\n']) assert.ok(!ID_PATTERN.test(bad), JSON.stringify(bad));
  });
});
