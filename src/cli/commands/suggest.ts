/**
 * `hamish suggest`: what the recognisers propose for each source, one record per
 * suggestion, as JSON Lines (the default) or one JSON array. Nothing is written: a
 * suggestion becomes an annotation only when someone accepts it in the editor.
 */
import * as path from 'path';
import {
  actorNamesFromAnnotations, type ActorMatcher, type ActorName, compileActorMatcher, escapeControls, formatProblem, isIsoDay, SUGGESTED_TYPES,
  suggestAnnotations, type Suggestion,
} from '../../core';
import { choiceValue, listValue, parseArgs, UsageError } from '../args';
import { findSources, readActorList, readSources, type SourceFile, workspaceOf } from '../suggestSources';
import { EXIT, type CliCommand } from './command';

const USAGE = `Usage: hamish suggest [options] <files or folders>...

Prints the annotations Hamish would suggest (dates, actors, claims) for each source, one
record per suggestion: file, type, start, end (code points, end exclusive, over the text
as stored), text, rule, and for dates value, calendar and precision; for actors canonical
and kind; for claims modality, quote, and the spans of the speaker and of the nearest
date in the sentence, when there are. Folders are walked for .txt and
.md files. A source's sidecar, when it has one, keeps what is already annotated or was
dismissed from being suggested again. Actors listed in .hamish/actors.yaml (in the nearest
folder above holding .hamish/) and actors tagged in any of the given files are looked for
in every file. Nothing is written.

Options:
  --types LIST            date, actor, claim, comma-separated (default: all three)
  --format jsonl|json     one JSON record per line (default), or one JSON array
  --document-date DAY     the day relative dates resolve against (YYYY-MM-DD); by default
                          the sidecar's source.date, else the date the text gives
  --help                  show this help

Exit status: 0 on success, 1 when a file could not be read (named on stderr), 2 on a usage error.
`;

export const suggestCommand: CliCommand = {
  name: 'suggest',
  synopsis: 'hamish suggest [--types date,actor,claim] [--format jsonl|json] [--document-date YYYY-MM-DD] <files or folders>...',
  usage: USAGE,
  async run(argv, out, err) {
    const args = parseArgs(argv, [], ['--types', '--format', '--document-date']);
    if (args.positional.length === 0) throw new UsageError('name at least one file or folder');
    const types = listValue(args, '--types') ?? [...SUGGESTED_TYPES];
    const unknown = types.filter((t) => !(SUGGESTED_TYPES as readonly string[]).includes(t));
    if (unknown.length > 0 || types.length === 0) throw new UsageError(`--types takes ${SUGGESTED_TYPES.join(', ')}, not "${unknown.join(',')}"`);
    const format = choiceValue(args, '--format', ['jsonl', 'json'] as const, 'jsonl');
    const documentDate = args.values.get('--document-date');
    if (documentDate !== undefined && !isIsoDay(documentDate)) throw new UsageError(`--document-date takes a day as YYYY-MM-DD, not "${documentDate}"`);

    const failures: string[] = [];
    const sources = await readSources(await findSources(args.positional, failures), failures);
    const matchers = await actorMatchers(sources, failures, err);
    const records: Record<string, unknown>[] = [];
    for (const source of sources) {
      const { matcher, listed } = matchers.get(source)!;
      const date = documentDate ?? source.documentDate;
      const suggestions = suggestAnnotations(source.text, {
        types, annotations: source.annotations, dismissed: source.dismissed, actors: listed, actorMatcher: matcher,
        ...(date !== undefined ? { documentDate: date } : {}),
      });
      const byKey = new Map(suggestions.map((s) => [s.key, s]));
      const byId = new Map(source.annotations.map((a) => [a.id, a]));
      for (const s of suggestions) records.push(record(displayPath(source.path), s, (ref) => byKey.get(ref) ?? byId.get(ref)));
    }
    out.write(format === 'json' ? JSON.stringify(records, null, 2) + '\n' : records.map((r) => JSON.stringify(r) + '\n').join(''));
    for (const f of failures) err.write(`hamish suggest: ${escapeControls(f)}\n`);
    return failures.length > 0 ? EXIT.problems : EXIT.ok;
  },
};

/**
 * One matcher per workspace, compiled once: its actor list plus every actor tagged in any
 * of the given files (corpus-wide), so a name tagged in one article is found in all.
 */
async function actorMatchers(sources: SourceFile[], failures: string[], err: NodeJS.WritableStream): Promise<Map<SourceFile, { matcher: ActorMatcher; listed: ActorName[] }>> {
  const tagged = actorNamesFromAnnotations(sources.flatMap((s) => s.annotations));
  const cache = new Map<string, string | undefined>();
  const byWorkspace = new Map<string | undefined, { matcher: ActorMatcher; listed: ActorName[] }>();
  const out = new Map<SourceFile, { matcher: ActorMatcher; listed: ActorName[] }>();
  for (const source of sources) {
    const workspace = await workspaceOf(source.path, cache);
    let entry = byWorkspace.get(workspace);
    if (!entry) {
      let listed: ActorName[] = [];
      if (workspace !== undefined) {
        const list = await readActorList(workspace);
        if (list.failure) failures.push(list.failure);
        for (const p of list.problems) err.write(escapeControls(formatProblem(p)) + '\n');
        listed = list.actors;
      }
      entry = { matcher: compileActorMatcher([...listed, ...tagged]), listed };
      byWorkspace.set(workspace, entry);
    }
    out.set(source, entry);
  }
  return out;
}

/** The printed record: the common fields, then those of the suggestion's type. */
function record(file: string, s: Suggestion, target: (ref: string) => { start: number; end: number; text: string } | undefined): Record<string, unknown> {
  const r: Record<string, unknown> = { file, type: s.type, start: s.start, end: s.end, text: s.text };
  for (const name of ['value', 'calendar', 'precision', 'canonical', 'kind', 'modality', 'quote']) {
    if (s.attrs[name] !== undefined) r[name] = s.attrs[name];
  }
  // A claim's proposed links, as spans: the speaker, and the nearest date in its sentence.
  for (const link of ['speaker', 'date']) {
    const to = s.links[link] !== undefined ? target(s.links[link]) : undefined;
    if (to) r[link] = { start: to.start, end: to.end, text: to.text };
  }
  r.rule = s.rule;
  return r;
}

/** The file as printed: relative to the working folder, with forward slashes. */
function displayPath(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
}
