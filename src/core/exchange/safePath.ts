/**
 * Paths that come from data (a source path in a JSONL record, a brat file name, an exporter's
 * output name) decide where files are written. Every such path passes through here first, so
 * a record naming `../../.bashrc` or `/etc/passwd` cannot write outside the destination folder.
 */

/**
 * The path as clean `/`-separated segments when it stays inside the folder it is relative to;
 * undefined when it is absolute (`/x`, `C:\x`, `\\server\x`), climbs out (`..` anywhere), is
 * empty, or holds characters no file name should (NUL and other C0 controls). Backslashes count
 * as separators, since Windows reads them so. `.` segments and repeated separators are dropped.
 */
export function safeRelativePath(path: string): string | undefined {
  if (path.length === 0 || /[\u0000-\u001f]/.test(path)) return undefined;
  const unified = path.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified)) return undefined;
  const segments: string[] = [];
  for (const segment of unified.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return undefined;
    segments.push(segment);
  }
  return segments.length === 0 ? undefined : segments.join('/');
}

/** `relative` inside `folder` (a `/`-separated path), or undefined when it would leave it. */
export function pathInside(folder: string, relative: string): string | undefined {
  const safe = safeRelativePath(relative);
  if (safe === undefined) return undefined;
  return folder === '' || folder === '.' ? safe : `${folder.replace(/\/+$/, '')}/${safe}`;
}

/**
 * `path` relative to `root`, both `/`-separated and absolute or both relative; undefined when
 * `path` is not below `root`.
 */
export function relativeTo(root: string, path: string): string | undefined {
  const base = root.replace(/\/+$/, '');
  if (base === '') return path.startsWith('/') ? path.slice(1) : undefined;
  if (!path.startsWith(base + '/')) return undefined;
  return path.slice(base.length + 1);
}
