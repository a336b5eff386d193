/**
 * The direction of Hamish's own sentences on surfaces VS Code lays out left to right
 * (notifications, the status bar, quick pick titles). In an Arabic interface a translated
 * sentence is right to left, but inside a left-to-right paragraph its closing full stop lands
 * at its start and a count that opens it moves to the wrong end. Wrapping the whole sentence
 * in a right-to-left isolate gives it its own direction. English sentences are left as they
 * are (no invisible characters for searches, copies and tests). Pure, so unit tests run it.
 */
import { PDI, RLI } from '../../core';

/** Languages whose interface text reads right to left (VS Code locale ids, lower case). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);

export function isRtlLanguage(language: string): boolean {
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0] ?? '');
}

/** `sentence` (already translated, user pieces already isolated) framed for `language`. */
export function framedFor(sentence: string, language: string): string {
  return isRtlLanguage(language) && sentence ? RLI + sentence + PDI : sentence;
}
