/**
 * The workspace actor list `.hamish/actors.yaml` (format in docs/assistance.md):
 *
 *   actors:
 *     - canonical: الجيش العراقي
 *       kind: armed-group
 *       aliases: [القوات المسلحة العراقية]
 *
 * Unlike the schema file, one bad entry does not void the list: a list of hundreds of names
 * is typed by hand, and losing all suggestions for one typo would punish the researcher for
 * the typo far more than the typo deserves. A bad entry is reported with its line and left
 * out; the others are used. One pass over the parsed document: linear in the file.
 */
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Problem, ProblemCode, Severity } from '../../problems';
import { parseYaml, yamlErrors, type YamlParse } from '../../sidecar/yamlDocument';
import { normalizeForMatching } from '../../text/normalize';
import type { ActorName } from '../types';

/** Where the list lives, relative to the workspace folder. */
export const ACTORS_PATH = '.hamish/actors.yaml';

/** A list larger than this is refused unread: 100,000 names take about 5 MB. */
export const MAX_ACTOR_LIST_CHARS = 16 * 1024 * 1024;

/** The actor kinds of the default schema (src/core/schema/defaults.ts). */
export const ACTOR_KINDS: readonly string[] = ['person', 'organisation', 'armed-group', 'state', 'media', 'other'];

export interface ActorListResult {
  actors: ActorName[];
  /** Errors and warnings with the file and line; entries with errors are left out, the rest kept. */
  problems: Problem[];
}

export function parseActorList(text: string, file: string = ACTORS_PATH): ActorListResult {
  if (text.length > MAX_ACTOR_LIST_CHARS) {
    return { actors: [], problems: [{ file, line: 0, code: 'too-large', severity: 'error',
      message: `the actor list is larger than the ${MAX_ACTOR_LIST_CHARS / 1048576} MiB limit; refusing to read it` }] };
  }
  const parse = parseYaml(text);
  const syntax = yamlErrors(parse);
  if (syntax.length > 0) {
    return { actors: [], problems: syntax.map((e) => ({ file, line: e.line, code: e.code, severity: 'error', message: e.message })) };
  }
  return new ActorListReader(parse, file).read();
}

class ActorListReader {
  private readonly problems: Problem[] = [];
  private readonly actors: ActorName[] = [];
  /** Normalised canonical name → line of its first entry, to report a name listed twice. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly parse: YamlParse,
    private readonly file: string,
  ) {}

  read(): ActorListResult {
    const root = this.parse.doc.contents;
    if (root === null || (isScalar(root) && root.value === null)) return this.result();
    if (!isMap(root)) {
      this.report(root, '', 'wrong-type', 'error', 'the actor list is a mapping with one field, actors: a list of entries');
      return this.result();
    }
    for (const pair of root.items as Pair[]) {
      const key = keyOf(pair);
      if (key === 'actors') this.readList(pair.value);
      else this.report(pair.key, key, 'unknown-field', 'warning', `unknown field "${key}" ignored; the actor list has one field, actors`);
    }
    return this.result();
  }

  private result(): ActorListResult {
    return { actors: this.actors, problems: this.problems };
  }

  private readList(value: unknown): void {
    if (value === null || (isScalar(value) && value.value === null)) return;
    if (!isSeq(value)) {
      this.report(value, 'actors', 'wrong-type', 'error', 'actors must be a list of entries, each with canonical, kind and aliases');
      return;
    }
    value.items.forEach((item, i) => this.readEntry(item, `actors[${i}]`));
  }

  private readEntry(node: unknown, path: string): void {
    // A bare name is accepted as the shortest entry: `- الحشد الشعبي`.
    const bare = nonEmptyString(node);
    if (bare !== undefined) return this.add({ canonical: bare, aliases: [] }, node, path);
    if (!isMap(node)) {
      this.report(node, path, 'wrong-type', 'error', 'an actor entry is a mapping with canonical, kind and aliases (or a bare name); entry skipped');
      return;
    }
    const actor: ActorName = { canonical: '', aliases: [] };
    let ok = true;
    for (const pair of node.items as Pair[]) {
      const key = keyOf(pair);
      const at = `${path}.${key}`;
      if (key === 'canonical') {
        const name = nonEmptyString(pair.value);
        if (name === undefined) ok = this.report(pair.value ?? pair.key, at, 'bad-value', 'error', 'canonical must be a non-empty name; entry skipped');
        else actor.canonical = name;
      } else if (key === 'kind') {
        const kind = nonEmptyString(pair.value);
        if (kind === undefined || !ACTOR_KINDS.includes(kind)) {
          ok = this.report(pair.value ?? pair.key, at, 'bad-value', 'error', `kind must be one of ${ACTOR_KINDS.join(', ')}; entry skipped`);
        } else actor.kind = kind;
      } else if (key === 'aliases') {
        const aliases = this.aliases(pair.value, at);
        if (aliases === undefined) ok = false;
        else actor.aliases = aliases;
      } else {
        ok = this.report(pair.key, at, 'unknown-field', 'error', `unknown field "${key}"; an actor entry has canonical, kind and aliases; entry skipped`);
      }
    }
    if (!ok) return;
    if (actor.canonical === '') {
      this.report(node, `${path}.canonical`, 'missing-field', 'error', 'an actor entry needs a canonical name; entry skipped');
      return;
    }
    this.add(actor, node, path);
  }

  private aliases(value: unknown, path: string): string[] | undefined {
    if (value === null || (isScalar(value) && value.value === null)) return [];
    const single = nonEmptyString(value);
    if (single !== undefined) return [single];
    if (!isSeq(value)) {
      this.report(value, path, 'wrong-type', 'error', 'aliases must be a list of names; entry skipped');
      return undefined;
    }
    const out: string[] = [];
    for (const item of value.items) {
      const name = nonEmptyString(item);
      if (name === undefined) {
        this.report(item ?? value, path, 'bad-value', 'error', 'each alias must be a non-empty name; entry skipped');
        return undefined;
      }
      out.push(name);
    }
    return out;
  }

  private add(actor: ActorName, node: unknown, path: string): void {
    const key = normalizeForMatching(actor.canonical, { tehMarbuta: true }).text;
    const first = this.seen.get(key);
    const line = this.lineOf(node);
    if (first !== undefined) {
      // Kept: both entries' names are matched; the first listed wins where they coincide.
      this.report(node, path, 'bad-value', 'warning', `"${actor.canonical}" is listed twice (first at line ${first}); mentions go to the first entry`);
    } else this.seen.set(key, line);
    this.actors.push(actor);
  }

  /** Records a problem; returns false so an entry's reader can write `ok = this.report(...)`. */
  private report(node: unknown, field: string, code: ProblemCode, severity: Severity, message: string): false {
    this.problems.push({ file: this.file, line: this.lineOf(node), ...(field ? { field } : {}), code, severity, message });
    return false;
  }

  private lineOf(node: unknown): number {
    const offset = (node as Node | undefined)?.range?.[0] ?? 0;
    return this.parse.lines.linePos(offset).line;
  }
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** A scalar string (or number: a name can be all digits) that is not blank, trimmed. */
function nonEmptyString(value: unknown): string | undefined {
  if (!isScalar(value)) return undefined;
  const v = value.value;
  const s = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined;
  return s === undefined || s === '' ? undefined : s;
}
