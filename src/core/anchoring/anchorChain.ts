/**
 * Choosing anchors among the candidates of many spans at once, by order.
 *
 * Spans keep their order under edits, and the offset between a span's old and new place (its
 * drift) changes only a little from one span to the next. So among all the spans' candidate
 * places, the anchors are the best-scoring chain through them (in old order) in which each
 * step either keeps the drift (the spans agree) or pays a fixed price for a jump. A moved
 * paragraph is one jump in and one out, paid for by the several spans it carries; a copy of a
 * sentence elsewhere (a repeated passage, an article printed twice) is a jump that its spans
 * rarely pay for, since their true places, a little less alike in context after edits, keep
 * the chain's drift. A span may be left out of the chain at no cost. Dynamic programming over
 * the spans, each step looking back over the last few spans: linear in the number of candidates.
 */

export interface ChainCandidate {
  /** Old start of the span (code points of the old text). */
  oldStart: number;
  /** New start of this candidate place. */
  newStart: number;
  /** What taking this place is worth (a trusted place: more than any jump costs). */
  value: number;
  /** Whether this place is beyond doubt on its own (its context fits, and clearly better than elsewhere). */
  sure: boolean;
}

/** What a jump (a change of drift beyond what edits between two spans explain) costs. */
export const JUMP = 1.2;
/** A stretch of the chain shorter than this that agrees with nothing around it needs sure places. */
const SHORT = 3;
/** Places whose worth differs by less than this are equally likely. */
const TIE = 0.01;
/** Spans looked back over for a predecessor that agrees. */
const LOOK_BACK = 16;
/** Drift allowed between two spans that agree: this much plus a quarter of their old distance. */
const DRIFT_SLACK = 48;

/** Whether two places (old starts in order) are as consistent as an unedited stretch between them allows. */
export function agree(oldA: number, newA: number, oldB: number, newB: number): boolean {
  const oldGap = oldB - oldA;
  const newGap = newB - newA;
  return newGap >= 0 && Math.abs(newGap - oldGap) <= DRIFT_SLACK + oldGap / 4;
}

/**
 * The best chain: for each span (the outer array, in old order), the index of its chosen
 * candidate, or -1 when the chain leaves it out.
 */
export function bestChain(spans: readonly (readonly ChainCandidate[])[]): number[] {
  const chosen = spans.map(() => -1);
  // States in order: span index, candidate index, score of the best chain ending there, predecessor state.
  const spanOf: number[] = [];
  const candOf: number[] = [];
  const score: number[] = [];
  const from: number[] = [];
  /** First state of each span that has candidates, in order. */
  // Stryker disable next-line ArrayDeclaration: a leading extra entry shifts every index and the length alike, so the look-back window is the same, and its own loop never runs (a string start never compares below a number)
  const firstState: number[] = [];
  let best = -1; // the best state of the spans done so far
  spans.forEach((cands, s) => {
    if (cands.length === 0) return;
    const first = score.length;
    for (let c = 0; c < cands.length; c++) {
      const cand = cands[c]!;
      let base = best < 0 ? 0 : score[best]! - JUMP;
      let pred = best;
      for (let b = firstState.length - 1; b >= 0 && b >= firstState.length - LOOK_BACK; b--) {
        const end = b + 1 < firstState.length ? firstState[b + 1]! : first;
        for (let st = firstState[b]!; st < end; st++) {
          const p = spans[spanOf[st]!]![candOf[st]!]!;
          if (score[st]! > base && agree(p.oldStart, p.newStart, cand.oldStart, cand.newStart)) {
            base = score[st]!;
            pred = st;
          }
        }
      }
      // Starting afresh is a jump from nowhere: never better than ending the best chain so far.
      if (base < 0) {
        base = 0;
        pred = -1;
      }
      spanOf.push(s);
      candOf.push(c);
      score.push(base + cand.value);
      from.push(pred);
    }
    firstState.push(first);
    for (let st = first; st < score.length; st++) if (best < 0 || score[st]! > score[best]!) best = st;
  });
  for (let st = best; st >= 0; st = from[st]!) chosen[spanOf[st]!] = candOf[st]!;
  undoDetours(spans, chosen);
  return chosen;
}

/**
 * A stretch of the chain that jumps away and comes back to the drift it left (the chain
 * before and after it agree) is a detour through a copy of the passage (an article printed
 * twice, edited differently), unless the passage really is elsewhere: when a third of its
 * spans or more also have a place where the chain left off (a moved passage leaves none
 * there; the true copy loses some of its spans' quotes or contexts to edits), those places
 * are taken instead. The chain can
 * prefer the copy by chance: after edits, each span's quote survives in either copy about as
 * often, and the copy may keep a few more of them than the true passage.
 */
function undoDetours(spans: readonly (readonly ChainCandidate[])[], chosen: number[]): void {
  const picked = (s: number): ChainCandidate => spans[s]![chosen[s]!]!;
  // Stretches of chosen spans that agree with each other, in old order.
  const stretches: number[][] = [];
  chosen.forEach((c, s) => {
    if (c < 0) return;
    const last = stretches[stretches.length - 1];
    const tail = last?.[last.length - 1];
    if (last && tail !== undefined && agree(picked(tail).oldStart, picked(tail).newStart, picked(s).oldStart, picked(s).newStart)) last.push(s);
    else stretches.push([s]);
  });
  for (let i = 1; i + 1 < stretches.length; i++) {
    // Stryker disable next-line ArithmeticOperator: no stretch is empty here (each starts with one span, and an undone detour keeps the third or more of its spans that have a place), so testing the next one instead changes nothing
    if (stretches[i - 1]!.length === 0) continue;
    const before = picked(stretches[i - 1]![stretches[i - 1]!.length - 1]!);
    const after = picked(stretches[i + 1]![0]!);
    if (!agree(before.oldStart, before.newStart, after.oldStart, after.newStart)) continue;
    const instead = stretches[i]!.map((s) =>
      spans[s]!.findIndex((c) => agree(before.oldStart, before.newStart, c.oldStart, c.newStart) && agree(c.oldStart, c.newStart, after.oldStart, after.newStart)),
    );
    if (3 * instead.filter((c) => c >= 0).length < instead.length) continue;
    stretches[i]!.forEach((s, j) => {
      chosen[s] = instead[j]!;
    });
    stretches[i] = stretches[i]!.filter((s) => chosen[s]! >= 0);
  }
  // A stretch that agrees with neither the stretch before nor the one after it (a moved
  // passage) is only as sure as its spans' places: when most of them have another place
  // worth as much (the passage exists twice), which copy moved is anyone's guess.
  stretches.forEach((stretch, i) => {
    if (stretch.length === 0) return;
    const joins = (a: number[] | undefined, b: number[] | undefined): boolean => {
      if (!a || !b || a.length === 0 || b.length === 0) return false;
      const x = picked(a[a.length - 1]!);
      const y = picked(b[0]!);
      return agree(x.oldStart, x.newStart, y.oldStart, y.newStart);
    };
    if (joins(stretches[i - 1], stretch) || joins(stretch, stretches[i + 1])) return;
    // Two or three spans that agree with nothing around them may be a copy of their
    // sentence elsewhere, unless every one of them is sure.
    if (stretch.length < SHORT && stretch.every((s) => picked(s).sure)) return;
    if (stretch.length < SHORT) {
      for (const s of stretch) chosen[s] = -1;
      stretch.length = 0;
      return;
    }
    if (i === 0 || i === stretches.length - 1) return; // not between two others: nothing says it moved
    const doubtful = stretch.filter((s) => spans[s]!.some((c, j) => j !== chosen[s] && c.value >= picked(s).value - TIE));
    if (2 * doubtful.length < stretch.length) return;
    for (const s of stretch) chosen[s] = -1;
    stretch.length = 0;
  });
}
