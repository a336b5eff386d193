/**
 * User text shown inside Markdown (hovers, exported reports) must stay text: a note that
 * holds `[x](command:...)`, HTML, or `$(icon)` is shown as typed, never interpreted.
 * CommonMark lets a backslash escape any ASCII punctuation, so escaping all of it is safe
 * whatever the renderer supports.
 */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(PUNCTUATION, (c) => '\\' + c)
    .replace(/\r\n|\r|\n/g, '  \n'); // keep the writer's line breaks as Markdown hard breaks
}
