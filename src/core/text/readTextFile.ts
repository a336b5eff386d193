/**
 * Reading a sidecar or a source as text, refusing what is not a regular UTF-8 file of a
 * sane size before a byte is read: a FIFO would block the read forever, a link to
 * /dev/zero would fill memory, a folder or an unreadable file is not "missing". Each
 * refusal says what the path really is, so the user can act on it.
 */
import type { ProblemCode } from '../problems';
import type { FileSystem } from '../store/fileSystem';
import { isNotFound } from '../store/fileSystem';
import { decodeUtf8 } from './utf8';

export type TextFileResult =
  | { kind: 'text'; text: string }
  | { kind: 'missing' }
  | { kind: 'refused'; code: ProblemCode; message: string };

const MiB = 1048576;

/** `what` names the file in messages: "the sidecar", `the source "a.txt"`. */
export async function readTextFile(fs: FileSystem, path: string, what: string, maxBytes: number): Promise<TextFileResult> {
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path);
    if (!stat) return { kind: 'missing' };
    if (stat.type === 'directory') return refused('not-a-file', `${what} is a folder, not a file`);
    if (stat.type !== 'file') {
      return refused('not-a-file', `${what} is not a regular file (a pipe, socket or device); refusing to read it`);
    }
    if (stat.size > maxBytes) {
      return refused('too-large', `${what} is ${(stat.size / MiB).toFixed(1)} MiB, over the ${maxBytes / MiB} MiB limit; refusing to read it`);
    }
    bytes = await fs.readFile(path);
  } catch (e) {
    if (isNotFound(e)) return { kind: 'missing' };
    return refused('read-failed', `cannot read ${what}: ${reason(e)}`);
  }
  // The file may have grown between the size check and the read.
  if (bytes.length > maxBytes) return refused('too-large', `${what} is over the ${maxBytes / MiB} MiB limit; refusing to read it`);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return refused('not-utf8', `${what} is not UTF-8 text: the byte at offset ${decoded.offset} (0x${(bytes[decoded.offset] ?? 0).toString(16).padStart(2, '0')}) starts no valid UTF-8 character; save it as UTF-8`);
  }
  return { kind: 'text', text: decoded.text };
}

function refused(code: ProblemCode, message: string): TextFileResult {
  return { kind: 'refused', code, message };
}

/** The error's reason in words: "permission denied" rather than "EACCES: ...". */
function reason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'NoPermissions') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return e instanceof Error ? e.message : String(e);
}
