/** `hamish validate`: checks sidecars against their sources and reports one line per problem. */
import {
  basename,
  checkSidecar,
  escapeControls,
  escapeControlsInJson,
  formatProblem,
  MAX_SOURCE_BYTES,
  type Problem,
  readTextFile,
  sha256Hex,
  SidecarStore,
  sourcePathFor,
  stripBom,
} from '../core';
import { findSidecars } from './findSidecars';
import { nodeLockEnvironment } from '../node/lockEnvironment';
import { nodeFileSystem } from '../node/nodeFileSystem';
import { textFromGitHistory } from '../node/gitHistory';

export interface FileReport {
  sidecar: string;
  source: string;
  annotations: number | null;
  problems: Problem[];
}

export interface ValidateOutput {
  files: FileReport[];
  /** Paths a folder walk did not check, each with the reason (notes). */
  skipped: Problem[];
  summary: { sidecars: number; errors: number; warnings: number; notes: number; annotations: number; skipped: number };
}

export async function validatePaths(paths: readonly string[]): Promise<ValidateOutput> {
  const files: FileReport[] = [];
  const store = new SidecarStore(nodeFileSystem, nodeLockEnvironment('hamish CLI'));
  const found = await findSidecars(paths);
  for (const sidecar of found.sidecars) {
    const source = sourcePathFor(sidecar);
    // The store checks the file type, size limit and UTF-8 before anything is parsed.
    const loaded = await store.load(sidecar);
    if (loaded.kind !== 'loaded') {
      const problems = loaded.kind === 'invalid' ? loaded.problems : [];
      files.push({ sidecar, source, annotations: null, problems });
      continue;
    }
    // The source gets the same checks: a FIFO, a folder or /dev/zero is refused unread.
    const read = await readTextFile(nodeFileSystem, source, `the source "${basename(source)}"`, MAX_SOURCE_BYTES);
    let result;
    if (read.kind === 'text') {
      const text = stripBom(read.text);
      // A source changed since the sidecar was written: the version it describes may be in
      // git (a pull brought the new one), and with it the dry run is exact.
      const recorded = loaded.snapshot.set.source.sha256;
      const oldText = sha256Hex(text) === recorded ? undefined : await textFromGitHistory(source, recorded);
      result = checkSidecar(loaded.snapshot.text, sidecar, text, undefined, oldText);
    } else {
      result = checkSidecar(loaded.snapshot.text, sidecar, undefined, read.kind === 'refused' ? read : undefined);
    }
    files.push({ sidecar, source, annotations: result.set?.annotations.length ?? null, problems: result.problems });
  }
  const all = files.flatMap((f) => f.problems);
  return {
    files,
    skipped: found.skipped,
    summary: {
      sidecars: files.length,
      errors: all.filter((p) => p.severity === 'error').length,
      warnings: all.filter((p) => p.severity === 'warning').length,
      notes: all.filter((p) => p.severity === 'info').length,
      annotations: files.reduce((n, f) => n + (f.annotations ?? 0), 0),
      skipped: found.skipped.length,
    },
  };
}

/** One line per problem, user text escaped (see escapeControls), then the summary. */
export function formatText(out: ValidateOutput): string {
  const lines = [...out.skipped, ...out.files.flatMap((f) => f.problems)].map((p) => escapeControls(formatProblem(p)));
  const s = out.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(s.sidecars, 'sidecar')} checked, ${plural(s.annotations, 'annotation')}: ` +
      `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}` +
      (s.skipped > 0 ? `; ${s.skipped} path${s.skipped === 1 ? '' : 's'} skipped (see above)` : ''),
  );
  return lines.join('\n') + '\n';
}

/**
 * The JSON report. JSON.stringify escapes C0 controls but leaves C1 ones (such as the
 * one-byte CSI, U+009B), line separators and bidi overrides raw; they are escaped too, so
 * the report is as safe to print as the text form.
 */
export function formatJson(out: ValidateOutput): string {
  return escapeControlsInJson(JSON.stringify(out, null, 2)) + '\n';
}

/** Clean means no errors and no warnings; notes (such as kept orphans, skipped links) do not count. */
export function isClean(out: ValidateOutput): boolean {
  return out.summary.errors === 0 && out.summary.warnings === 0;
}
