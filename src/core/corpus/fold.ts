/**
 * Folding for the corpus views: the normalised form (normalizeForMatching) with runs of
 * spaces collapsed, so "الدولة" finds "الدّولة" and a double space in a quote does not hide it.
 */
import { normalizeForMatching } from '../text/normalize';

export function fold(text: string): string {
  return normalizeForMatching(text).text.replace(/\s+/g, ' ').trim().toLowerCase();
}
