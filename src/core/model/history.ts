/**
 * Undo and redo of annotation actions (tag, remove, retype, edit, link), one history per
 * document. A step records the annotations it changed, by id, as they were before and
 * after; undoing puts the "before" versions back into the *current* list, so everything
 * the step did not touch (spans moved by typing since, annotations changed by another
 * step or another window) stays as it is now.
 *
 * Offsets are not history: a span that moved with the text since the step keeps its
 * current place when its other fields are restored, and an annotation brought back after
 * its removal is returned as it was, for the caller to re-anchor if the text changed.
 */
import type { Annotation } from './annotation';

export interface HistoryStep {
  /** What the researcher did, for the undo message: "Tag as Claim", "Link speaker". */
  label: string;
  /** By id: the annotation before the step, or null when the step created it. */
  before: Map<string, Annotation | null>;
  /** By id: the annotation after the step, or null when the step removed it. */
  after: Map<string, Annotation | null>;
  /**
   * Set when the step moved spans on purpose (re-anchoring one to a place the researcher
   * chose): the place is then part of the step, and undo puts the span back where it was,
   * unless the text moved it since (then only its other fields come back).
   */
  moves?: boolean;
}

/** What applying an undo or redo changed: the new list, and the ids to re-anchor. */
export interface Restored {
  label: string;
  annotations: Annotation[];
  /** Annotations put back into the list (undoing a removal, redoing a tag). */
  reinserted: string[];
}

/** The fields a step is about: everything but the position, which follows the text. */
function withoutPosition(a: Annotation): Omit<Annotation, 'start' | 'end' | 'text' | 'before' | 'after'> {
  const { start: _s, end: _e, text: _t, before: _b, after: _a, ...rest } = a;
  return rest;
}

/** The step that turns `before` into `after` (whole lists), or undefined when nothing changed. */
export function diffStep(label: string, before: readonly Annotation[], after: readonly Annotation[]): HistoryStep | undefined {
  const old = new Map(before.map((a) => [a.id, a]));
  const now = new Map(after.map((a) => [a.id, a]));
  const step: HistoryStep = { label, before: new Map(), after: new Map() };
  for (const [id, a] of old) {
    const b = now.get(id);
    if (b === undefined || JSON.stringify(withoutPosition(a)) !== JSON.stringify(withoutPosition(b))) {
      step.before.set(id, a);
      step.after.set(id, b ?? null);
    }
  }
  for (const [id, b] of now) {
    if (!old.has(id)) {
      step.before.set(id, null);
      step.after.set(id, b);
    }
  }
  return step.before.size > 0 ? step : undefined;
}

/**
 * The step that moves one annotation from `before` to `after` (same id, new place): a
 * diff leaves places out, so a deliberate move is recorded with them.
 */
export function moveStep(label: string, before: Annotation, after: Annotation): HistoryStep {
  return { label, before: new Map([[before.id, before]]), after: new Map([[after.id, after]]), moves: true };
}

/** True when `a` sits where `recorded` was put: nothing moved it since the step. */
function samePlace(a: Annotation, recorded: Annotation | null | undefined): boolean {
  return !!recorded && a.start === recorded.start && a.end === recorded.end && !!a.orphaned === !!recorded.orphaned;
}

/**
 * `current` with the step's `side` applied: each recorded id replaced, removed or put back.
 * `other` is the step's opposite side, where the spans were left when it was applied.
 */
function applySide(current: readonly Annotation[], side: Map<string, Annotation | null>, label: string, other?: Map<string, Annotation | null>): Restored {
  const reinserted: string[] = [];
  const present = new Set(current.map((a) => a.id));
  const annotations: Annotation[] = [];
  for (const a of current) {
    if (!side.has(a.id)) {
      annotations.push(a);
      continue;
    }
    const target = side.get(a.id);
    // A deliberate move is undone with its place, while the span is still where the step left it.
    if (target && other && samePlace(a, other.get(a.id))) {
      annotations.push(target);
      continue;
    }
    // Restore the recorded fields, keep the place the span has now.
    if (target) annotations.push({ ...target, start: a.start, end: a.end, text: a.text, before: a.before, after: a.after });
  }
  for (const [id, target] of side) {
    if (target && !present.has(id)) {
      annotations.push(target);
      reinserted.push(id);
    }
  }
  return { label, annotations, reinserted };
}

const LIMIT = 200;

/** One document's undo and redo stacks. */
export class AnnotationHistory {
  private readonly done: HistoryStep[] = [];
  private readonly undone: HistoryStep[] = [];

  /** Records a step the researcher took; a new step clears what could be redone. */
  record(step: HistoryStep | undefined): void {
    if (!step) return;
    this.done.push(step);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone.length = 0;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The list with the last step undone, or undefined when there is nothing to undo. */
  undo(current: readonly Annotation[]): Restored | undefined {
    const step = this.done.pop();
    if (!step) return undefined;
    this.undone.push(step);
    return applySide(current, step.before, step.label, step.moves ? step.after : undefined);
  }

  /** The list with the last undone step done again, or undefined when there is none. */
  redo(current: readonly Annotation[]): Restored | undefined {
    const step = this.undone.pop();
    if (!step) return undefined;
    this.done.push(step);
    return applySide(current, step.after, step.label, step.moves ? step.before : undefined);
  }
}
