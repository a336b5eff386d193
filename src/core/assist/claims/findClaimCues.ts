/**
 * Claim cues (skeleton fixed by the lead; the claims helper replaces the bodies).
 */
import type { ClaimCue, TextSpan } from '../types';

/**
 * Reported statements in `text`: reporting verbs, attribution phrases and quoted speech,
 * each with the reported content as the span; `actors` (tagged or proposed actor spans)
 * are where speakers are looked for.
 */
export function findClaimCues(_text: string, _actors: readonly TextSpan[] = []): ClaimCue[] {
  return [];
}
