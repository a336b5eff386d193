/**
 * The Node bundles hash with src/node/nodeSha256.ts in place of @noble/hashes (see
 * scripts/build.mjs). The sidecar's `sha256` must not depend on which one ran: a sidecar
 * written by the editor is checked by the CLI, and later by the web build, which keeps @noble.
 */
import * as assert from 'assert';
import { sha256 as nobleSha256 } from '@noble/hashes/sha256';
import { bytesToHex as nobleHex } from '@noble/hashes/utils';
import { bytesToHex, sha256 } from '../../src/node/nodeSha256';

describe('Node SHA-256 in place of @noble/hashes', () => {
  const texts = [
    '',
    'a',
    'وقال المتحدث باسم الشرطة إن التحقيق ما زال جاريا في ١١ فبراير/شباط ٢٠٢٤.',
    'e\u0301 👩🏽‍🔬 \r\n\uFEFF',
    'ب'.repeat(70_000),
  ];
  for (const text of texts) {
    it(`gives @noble's digest for ${text.length} UTF-16 units`, () => {
      const bytes = new TextEncoder().encode(text);
      assert.strictEqual(bytesToHex(sha256(bytes)), nobleHex(nobleSha256(bytes)));
    });
  }

  it('hex-encodes only the bytes of a view, not its whole buffer', () => {
    const buffer = new Uint8Array([0xff, 0x00, 0x0a, 0xb7, 0xff]);
    assert.strictEqual(bytesToHex(buffer.subarray(1, 4)), '000ab7');
    assert.strictEqual(bytesToHex(buffer.subarray(1, 4)), nobleHex(buffer.subarray(1, 4)));
  });

  it('hashes a known vector exactly (FIPS 180-2, "abc")', () => {
    assert.strictEqual(bytesToHex(sha256(new TextEncoder().encode('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
