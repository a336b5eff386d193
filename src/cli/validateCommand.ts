/** `hamish validate`: checks sidecars against their sources and reports one line per problem. */
import { promises as fs } from 'fs';
import { checkSidecar, formatProblem, type Problem, SidecarStore, sourcePathFor, stripBom } from '../core';
import { findSidecars } from './findSidecars';
import { nodeLockEnvironment } from '../node/lockEnvironment';
import { nodeFileSystem } from '../node/nodeFileSystem';

export interface FileReport {
  sidecar: string;
  source: string;
  annotations: number | null;
  problems: Problem[];
}

export interface ValidateOutput {
  files: FileReport[];
  summary: { sidecars: number; errors: number; warnings: number; notes: number; annotations: number };
}

export async function validatePaths(paths: readonly string[]): Promise<ValidateOutput> {
  const files: FileReport[] = [];
  const store = new SidecarStore(nodeFileSystem, nodeLockEnvironment('hamish CLI'));
  for (const sidecar of await findSidecars(paths)) {
    const source = sourcePathFor(sidecar);
    // The store applies the size limit and UTF-8 check before anything is parsed.
    const loaded = await store.load(sidecar);
    if (loaded.kind !== 'loaded') {
      const problems = loaded.kind === 'invalid' ? loaded.problems : [];
      files.push({ sidecar, source, annotations: null, problems });
      continue;
    }
    const sourceText = await fs.readFile(source, 'utf8').then(stripBom, () => undefined);
    const result = checkSidecar(loaded.snapshot.text, sidecar, sourceText);
    files.push({ sidecar, source, annotations: result.set?.annotations.length ?? null, problems: result.problems });
  }
  const all = files.flatMap((f) => f.problems);
  return {
    files,
    summary: {
      sidecars: files.length,
      errors: all.filter((p) => p.severity === 'error').length,
      warnings: all.filter((p) => p.severity === 'warning').length,
      notes: all.filter((p) => p.severity === 'info').length,
      annotations: files.reduce((n, f) => n + (f.annotations ?? 0), 0),
    },
  };
}

export function formatText(out: ValidateOutput): string {
  const lines = out.files.flatMap((f) => f.problems.map(formatProblem));
  const s = out.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    `${plural(s.sidecars, 'sidecar')} checked, ${plural(s.annotations, 'annotation')}: ` +
      `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}`,
  );
  return lines.join('\n') + '\n';
}

/** Clean means no errors and no warnings; notes (such as kept orphans) do not count. */
export function isClean(out: ValidateOutput): boolean {
  return out.summary.errors === 0 && out.summary.warnings === 0;
}
