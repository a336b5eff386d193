import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';

/**
 * SHA-256 (hex) of a text's UTF-8 bytes. Pure JavaScript so the core runs anywhere
 * (Node, the desktop extension host, a web extension host) with the same result as
 * `sha256sum` on the file without its BOM.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}
