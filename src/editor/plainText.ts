/**
 * User text shown outside Markdown still needs care. Quick picks, status bar items and
 * tree labels render `$(name)` as an icon; notifications turn `[text](target)` into a
 * link. A zero-width joiner breaks both patterns without changing what a reader sees.
 */
export function noIcons(text: string): string {
  return text.replace(/\$\(/g, '$\u200d(');
}

/** For notification messages: no icons and no links from user text. */
export function inertMessage(text: string): string {
  return noIcons(text).replace(/\]\(/g, ']\u200d(');
}
