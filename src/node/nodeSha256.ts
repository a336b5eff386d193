import { createHash } from 'node:crypto';

/**
 * The two functions of `@noble/hashes` that the core's `sha256Hex` calls, on Node's native
 * crypto. scripts/build.mjs substitutes this module for them in the extension and CLI bundles,
 * which run only in Node; the core itself keeps the pure-JavaScript hash, which also runs in a
 * web extension host.
 */
export function sha256(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}

export function bytesToHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}
