/**
 * Quick picks, status bar items and tree labels render `$(name)` as an icon. User text
 * shown there gets a zero-width joiner after the `$` so it stays the text it is.
 */
export function noIcons(text: string): string {
  return text.replace(/\$\(/g, '$\u200d(');
}
