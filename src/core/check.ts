/**
 * The whole check of one sidecar against its source, as `hamish validate` runs it: parse
 * and validate, then either check every quote (source unchanged) or dry-run re-anchoring
 * (source changed) and report what would happen to each span. Nothing is written. (The
 * editor does not call this: it re-anchors for real when it opens a source, and its
 * diagnostics show the store's problems and the resulting orphans.)
 */
import { reanchor, type AnchorResult } from './anchoring/reanchor';
import type { Annotation, AnnotationSet } from './model/annotation';
import type { Problem, ProblemCode } from './problems';
import { sourceNameMismatch, sourcePathFor } from './sidecar/paths';
import { basename } from './store/fileSystem';
import { parseSidecar, toProblem } from './sidecar/codec';
import { checkAgainstSource } from './sidecar/sourceCheck';
import { preview } from './text/preview';
import type { FieldPath } from './sidecar/validate';
import { lineOf, parseYaml } from './sidecar/yamlDocument';

export interface SidecarCheck {
  problems: Problem[];
  /** The set when the sidecar is valid. */
  set?: AnnotationSet;
  /** Present when the source changed: what re-anchoring would do to each span. */
  reanchored?: AnchorResult<Annotation>[];
}

/** Why a source that exists could not be read (a folder, unreadable, not UTF-8...). */
export interface SourceRefusal {
  code: ProblemCode;
  message: string;
}

/**
 * `sourceText` undefined means the source file is missing, or was refused for `refusal`.
 * `oldText`, when the caller found the version the sidecar describes (in git), makes the
 * re-anchoring dry run exact.
 */
export function checkSidecar(sidecarText: string, sidecarFile: string, sourceText: string | undefined, refusal?: SourceRefusal, oldText?: string): SidecarCheck {
  const parsed = parseSidecar(sidecarText, sidecarFile);
  if (!parsed.ok) return { problems: parsed.problems };
  const set = parsed.set;
  const problems = [...parsed.problems];
  let yaml: ReturnType<typeof parseYaml> | undefined;
  const locate = (path: FieldPath) => lineOf((yaml ??= parseYaml(sidecarText)), path);
  const misnamed = sourceNameMismatch(set.source.file, sidecarFile);
  if (misnamed) problems.push({ file: sidecarFile, line: locate(['source', 'file']), field: 'source.file', code: 'source-name-mismatch', severity: 'warning', message: misnamed });
  if (sourceText === undefined && refusal) {
    problems.push({ file: sidecarFile, line: locate(['source', 'file']), field: 'source.file', code: refusal.code, severity: 'error', message: refusal.message });
    return { problems, set };
  }
  if (sourceText === undefined) {
    problems.push({ file: sidecarFile, line: locate(['source', 'file']), field: 'source.file', code: 'source-missing', severity: 'error',
      message: `the source file "${basename(sourcePathFor(sidecarFile))}" does not exist beside this sidecar` });
    return { problems, set };
  }
  const source = checkAgainstSource(set, sourceText);
  problems.push(...source.findings.map((f) => toProblem(f, sidecarFile, locate)));
  if (source.matches) return { problems, set };

  const reanchored = reanchor(set.annotations, sourceText, oldText !== undefined ? { oldText } : {});
  reanchored.forEach((r, i) => {
    const path = ['annotations', i];
    const a = set.annotations[i]!;
    const quote = `${a.type} "${preview(a.text)}"`;
    if (r.outcome === 'moved') {
      problems.push(toProblem({ path, code: 'reanchor-moved', severity: 'info',
        message: `${quote} would move from ${r.previous.start}-${r.previous.end} to ${r.annotation.start}-${r.annotation.end}` }, sidecarFile, locate));
    } else if (r.outcome === 'fuzzy') {
      problems.push(toProblem({ path, code: 'reanchor-fuzzy', severity: 'warning',
        message: `${quote} only matches approximately (${Math.round((r.score ?? 0) * 100)} %) at ${r.annotation.start}-${r.annotation.end}: "${preview(r.annotation.text)}"` }, sidecarFile, locate));
    } else if (r.outcome === 'orphaned' && !a.orphaned) {
      problems.push(toProblem({ path, code: 'orphaned', severity: 'warning',
        message: `${quote} is no longer in the source; it would be kept as orphaned` }, sidecarFile, locate));
    }
  });
  return { problems, set, reanchored };
}
