/**
 * Reading and writing sidecar text: the one entry point the store, the CLI and the
 * editor use. Reading tries the fast reader, falls back to the full YAML parser, then
 * validates; problems carry file, line and field. Writing is canonical, carrying over
 * any comments the previous text had.
 */
import type { AnnotationSet } from '../model/annotation';
import type { Problem } from '../problems';
import { writeCanonical } from './canonicalWriter';
import { carryComments, documentHasComments, hasComments } from './comments';
import { readFast } from './fastReader';
import { MAX_ALIAS_COUNT, MAX_SIDECAR_BYTES } from './format';
import { validateData, type FieldPath, type Finding } from './validate';
import { lineOf, parseYaml, yamlErrors, yamlToJs, type YamlParse } from './yamlDocument';

export type ParseResult =
  | {
      ok: true;
      set: AnnotationSet;
      /** Warnings and notes; never errors. */
      problems: Problem[];
      /** Whether the text holds comments, which a rewrite must carry over. */
      hasComments: boolean;
    }
  | { ok: false; problems: Problem[] };

export function parseSidecar(text: string, file: string): ParseResult {
  if (text.length > MAX_SIDECAR_BYTES) {
    return failure(file, 0, 'too-large', `sidecar is larger than the ${MAX_SIDECAR_BYTES / 1048576} MiB limit; refusing to read it`);
  }
  let yaml: YamlParse | undefined;
  const ensureYaml = () => (yaml ??= parseYaml(text));
  let data: unknown = readFast(text);
  let comments = false; // the fast reader accepts no comments
  if (data === undefined) {
    const parsed = ensureYaml();
    const errors = yamlErrors(parsed);
    if (errors.length > 0) {
      return { ok: false, problems: errors.map((e) => ({ file, line: e.line, code: e.code, severity: 'error' as const, message: e.message })) };
    }
    const js = yamlToJs(parsed);
    if (!js.ok) {
      return js.aliasBomb
        ? failure(file, 0, 'alias-bomb', `more than ${MAX_ALIAS_COUNT} YAML alias expansions (an expansion bomb?); refusing to read it`)
        : failure(file, 0, 'yaml-syntax', `YAML syntax: ${js.message.split('\n')[0]}`);
    }
    data = js.data;
    comments = documentHasComments(parsed.doc);
  }
  const { set, findings } = validateData(data);
  const problems = findings.map((f) => toProblem(f, file, (path) => lineOf(ensureYaml(), path)));
  return set ? { ok: true, set, problems, hasComments: comments } : { ok: false, problems };
}

/** The text a sidecar had before a rewrite; `hasComments` when already known from reading it. */
export type PreviousText = string | { text: string; hasComments: boolean };

/** The sidecar text for `set`; with the previous text, the comments it held are kept. */
export function serializeSidecar(set: AnnotationSet, previous?: PreviousText): string {
  const canonical = writeCanonical(set);
  if (previous === undefined) return canonical;
  const text = typeof previous === 'string' ? previous : previous.text;
  const comments = typeof previous === 'string' ? hasComments(previous) : previous.hasComments;
  return comments ? carryComments(text, canonical) : canonical;
}

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out ? `.${step}` : step;
  return out;
}

export function toProblem(f: Finding, file: string, locate: (path: FieldPath) => number): Problem {
  const p: Problem = { file, line: locate(f.path), code: f.code, severity: f.severity, message: f.message };
  if (f.path.length > 0) p.field = formatPath(f.path);
  return p;
}

function failure(file: string, line: number, code: Problem['code'], message: string): ParseResult {
  return { ok: false, problems: [{ file, line, code, severity: 'error', message }] };
}
