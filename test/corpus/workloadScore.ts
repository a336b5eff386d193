/**
 * Scoring a re-anchoring against a workload's exact truth, as issue 9 defines it: a span an
 * edit touched is counted apart, neither right nor wrong; every other span is right only
 * when its offsets equal the truth, or when it is orphaned and its words were all deleted.
 */

/** What a re-anchoring said of one annotation: the shape of `AnchorResult`, reduced to what scoring reads. */
export interface Placement {
  outcome: string;
  annotation: { start: number; end: number };
}

export interface WorkloadTruth {
  truth: readonly ({ start: number; end: number } | null)[];
  touched: readonly boolean[];
}

export interface WorkloadScore {
  /** All annotations. */
  total: number;
  /** Spans an edit touched: not scored. */
  touched: number;
  /** Untouched spans, the denominator of the percentages. */
  scored: number;
  /** Placed exactly at the truth, or orphaned when the truth is null. */
  correct: number;
  /** Placed anywhere else, or placed although all its words were deleted. */
  wrong: number;
  /** Orphaned although its text survived. */
  orphaned: number;
  /** 100 × correct / scored. */
  correctPercent: number;
  /** 100 × wrong / scored. */
  wrongPercent: number;
}

/** Counts right, wrong and needlessly orphaned placements; results come in the workload's annotation order. */
export function scoreWorkload(workload: WorkloadTruth, results: readonly Placement[]): WorkloadScore {
  if (results.length !== workload.truth.length) {
    throw new RangeError(`expected ${workload.truth.length} results, got ${results.length}`);
  }
  let touched = 0;
  let correct = 0;
  let wrong = 0;
  let orphaned = 0;
  results.forEach((r, k) => {
    if (workload.touched[k]) {
      touched++;
      return;
    }
    const truth = workload.truth[k];
    const isOrphan = r.outcome === 'orphaned';
    if (truth === null || truth === undefined) {
      if (isOrphan) correct++;
      else wrong++;
    } else if (isOrphan) {
      orphaned++;
    } else if (r.annotation.start === truth.start && r.annotation.end === truth.end) {
      correct++;
    } else {
      wrong++;
    }
  });
  const scored = results.length - touched;
  return {
    total: results.length,
    touched,
    scored,
    correct,
    wrong,
    orphaned,
    correctPercent: scored === 0 ? 100 : (100 * correct) / scored,
    wrongPercent: scored === 0 ? 0 : (100 * wrong) / scored,
  };
}
