import { basename } from '../store/fileSystem';

/** Sidecars sit beside their source: `article.txt` -> `article.txt.ann.yaml`. */
export const SIDECAR_SUFFIX = '.ann.yaml';

export function sidecarPathFor(sourcePath: string): string {
  return sourcePath + SIDECAR_SUFFIX;
}

export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX) && basename(path).length > SIDECAR_SUFFIX.length;
}

export function sourcePathFor(sidecarPath: string): string {
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
}

/**
 * A sidecar describes the file it is named after; `source.file` records that name. When
 * the two differ (a sidecar copied or renamed by hand), the message saying so, naming both;
 * undefined when they agree. Which file is checked is always the neighbour.
 */
export function sourceNameMismatch(recorded: string, sidecarPath: string): string | undefined {
  const neighbour = basename(sourcePathFor(sidecarPath));
  if (recorded === neighbour) return undefined;
  return `source.file says "${recorded}" but this sidecar sits beside "${neighbour}", the file it is named after and the one checked; ` +
    `correct source.file, or rename the sidecar to "${recorded}${SIDECAR_SUFFIX}"`;
}
