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
