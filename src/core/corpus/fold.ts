/**
 * Folding for the corpus views: the normalised form (normalizeForMatching) with runs of
 * spaces collapsed, so "الدولة" finds "الدّولة" and a double space in a quote does not hide it.
 * Teh marbuta is folded too, as the actor matcher folds it (assist/text/foldedText.ts), so
 * the Actors view groups "الحكومه" with "الحكومة" just as suggestions match them.
 */
import { normalizeForMatching } from '../text/normalize';

export function fold(text: string): string {
  return normalizeForMatching(text, { tehMarbuta: true }).text.replace(/\s+/g, ' ').trim().toLowerCase();
}
