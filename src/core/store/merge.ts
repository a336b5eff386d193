/**
 * Three-way merge of annotation lists by id, for when a sidecar changed on disk (another
 * window, a teammate's `git pull`) while the editor held its own changes. Each side's
 * additions, deletions and edits are kept; an annotation one side deleted and the other
 * edited is kept with the edit. Fields merge one by one (attributes and links key by
 * key); a span's position fields move as one. Only when both sides changed the same
 * field differently must one value win: the side whose `modified` is later, ours on a
 * tie, and the conflict is reported so nobody is surprised.
 */
import { compareDismissals, linkTargets, namedMap, type Annotation, type Dismissal, type LinkTarget } from '../model/annotation';

/** One field both sides changed, to different values: what each side had, and which was kept. */
export interface MergeConflict {
  id: string;
  /** The field (`note`, `attrs.stance`, `position` for the span's place, `*` for a whole annotation). */
  field: string;
  kept: 'ours' | 'theirs';
  ours: unknown;
  theirs: unknown;
}

export interface MergeResult {
  annotations: Annotation[];
  conflicts: MergeConflict[];
}

/** Fields merged one by one; position fields (start, end, orphaned, text, before, after) merge as one. */
const SCALAR_FIELDS = ['type', 'note', 'annotator', 'created'] as const;
type Position = Pick<Annotation, 'start' | 'end' | 'orphaned' | 'text' | 'before' | 'after'>;

export function mergeById(
  base: readonly Annotation[],
  ours: readonly Annotation[],
  theirs: readonly Annotation[],
): MergeResult {
  const baseById = byId(base);
  const oursById = byId(ours);
  const theirsById = byId(theirs);
  const ids = new Set([...oursById.keys(), ...theirsById.keys()]);
  const out: Annotation[] = [];
  const conflicts: MergeConflict[] = [];
  for (const id of ids) {
    const b = baseById.get(id);
    const o = oursById.get(id);
    const t = theirsById.get(id);
    if (o && t) out.push(b ? mergeOne(b, o, t, conflicts) : newerOf(o, t, conflicts));
    else if (o) {
      // Missing from theirs: they deleted it, unless it is new or we changed it since.
      if (!b || !same(b, o)) out.push(o);
    } else if (t) {
      if (!b || !same(b, t)) out.push(t);
    }
  }
  return { annotations: out, conflicts };
}

/** Both sides added the same id independently (a copy of one file): keep the newer. */
function newerOf(o: Annotation, t: Annotation, conflicts: MergeConflict[]): Annotation {
  if (same(o, t)) return o;
  const keepTheirs = (t.modified ?? '') > (o.modified ?? '');
  conflicts.push({ id: o.id, field: '*', kept: keepTheirs ? 'theirs' : 'ours', ours: o, theirs: t });
  return keepTheirs ? t : o;
}

function mergeOne(b: Annotation, o: Annotation, t: Annotation, conflicts: MergeConflict[]): Annotation {
  const theirsWins = (t.modified ?? '') > (o.modified ?? '');
  const pick = <V>(field: string, bv: V, ov: V, tv: V): V => {
    if (equal(ov, tv) || equal(tv, bv)) return ov;
    if (equal(ov, bv)) return tv;
    conflicts.push({ id: o.id, field, kept: theirsWins ? 'theirs' : 'ours', ours: ov, theirs: tv });
    return theirsWins ? tv : ov;
  };
  const position = pick('position', positionOf(b), positionOf(o), positionOf(t));
  const merged: Annotation = { ...o, ...position };
  if (!position.orphaned) delete merged.orphaned;
  for (const g of SCALAR_FIELDS) {
    const v = pick(g, b[g], o[g], t[g]);
    if (v === undefined) delete merged[g];
    else (merged as unknown as Record<string, unknown>)[g] = v;
  }
  merged.attrs = mergeRecord('attrs', b.attrs, o.attrs, t.attrs, pick);
  // Link targets merge as sets: a speaker added on each side gives two speakers, not a conflict.
  // Stryker disable next-line StringLiteral: equivalent, the name is only ever part of a conflict's field, and links never conflict (both sides' changes merge as sets)
  merged.links = mergeRecord('links', b.links, o.links, t.links, <X>(field: string, bv: X, ov: X, tv: X): X =>
    bothChanged(bv, ov, tv) ? (mergeTargets(bv as LinkTarget | undefined, ov as LinkTarget | undefined, tv as LinkTarget | undefined) as X) : pick(field, bv, ov, tv));
  const modified = [o.modified, t.modified].filter((m): m is string => m !== undefined).sort().pop();
  if (modified !== undefined) merged.modified = modified;
  return merged;
}

function bothChanged<V>(bv: V, ov: V, tv: V): boolean {
  return !equal(ov, tv) && !equal(ov, bv) && !equal(tv, bv);
}

/**
 * Three-way merge of one link name's targets as sets: what either side added is kept, what
 * either side removed is gone. Undefined when nothing is left; one id stays a plain id.
 */
function mergeTargets(b: LinkTarget | undefined, o: LinkTarget | undefined, t: LinkTarget | undefined): LinkTarget | undefined {
  const base = new Set(b === undefined ? [] : linkTargets(b));
  const ours = o === undefined ? [] : linkTargets(o);
  const theirs = new Set(t === undefined ? [] : linkTargets(t));
  const oursSet = new Set(ours);
  const out: string[] = [];
  for (const id of [...ours, ...theirs]) {
    if (out.includes(id)) continue;
    const removed = base.has(id) && (!oursSet.has(id) || !theirs.has(id));
    if (!removed) out.push(id);
  }
  return out.length === 0 ? undefined : out.length === 1 ? out[0] : out;
}

function mergeRecord<V>(
  name: string,
  b: Record<string, V>,
  o: Record<string, V>,
  t: Record<string, V>,
  pick: <X>(field: string, bv: X, ov: X, tv: X) => X,
): Record<string, V> {
  const out = namedMap<V>(); // no prototype, so a key named __proto__ or constructor is kept
  for (const k of new Set([...Object.keys(o), ...Object.keys(t), ...Object.keys(b)])) {
    const v = pick(`${name}.${k}`, b[k], o[k], t[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

function positionOf(a: Annotation): Position {
  return { start: a.start, end: a.end, orphaned: a.orphaned ?? false, text: a.text, before: a.before, after: a.after };
}

function byId(list: readonly Annotation[]): Map<string, Annotation> {
  return new Map(list.map((a) => [a.id, a]));
}

function same(a: Annotation, b: Annotation): boolean {
  return equal(a, b);
}

/** Structural equality of plain data, independent of key order. */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Dismissed suggestions of two writers: the union of both lists, one entry per type, quote
 * and context (the offsets are only a hint, so the same dismissal seen at two places is one).
 * Kept simple on purpose: a dismissal one side withdrew comes back when the other side still
 * has it (see docs/sidecar-format.md); withdrawing one is rare and costs only a repeated dismiss.
 * Undefined when neither side has any, so a set without dismissals stays without the key.
 */
export function mergeDismissals(ours: readonly Dismissal[] | undefined, theirs: readonly Dismissal[] | undefined): Dismissal[] | undefined {
  const seen = new Set<string>();
  const out: Dismissal[] = [];
  for (const d of [...(ours ?? []), ...(theirs ?? [])]) {
    const key = JSON.stringify([d.type, d.text, d.before, d.after]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.length === 0 ? undefined : out.sort(compareDismissals);
}

/**
 * A source field neither side's timestamps speak for (`source.date`), merged three ways:
 * the side that changed it since the base wins; when both changed it, ours.
 */
export function mergeSourceField<V>(base: V | undefined, ours: V | undefined, theirs: V | undefined): V | undefined {
  return ours === base ? theirs : ours;
}
