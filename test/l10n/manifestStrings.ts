/**
 * The manifest's user-facing strings: where in package.json they are, and whether each is a
 * `%key%` reference to package.nls*.json. Shared by the parity test; kept beside l10nStrings.
 */

/** Fields of `contributes` whose string values VS Code shows to the user. */
const SHOWN_FIELDS = new Set(['title', 'category', 'label', 'description', 'markdownDescription', 'patternErrorMessage', 'enumDescriptions',
  'markdownEnumDescriptions', 'name', 'contextualTitle', 'altText', 'contents', 'shortTitle', 'deprecationMessage', 'markdownDeprecationMessage']);

/** Parts of `contributes` whose text is not shown as prose (ids, file names, grammar names). */
const SKIPPED = new Set(['languages', 'grammars', 'keybindings', 'menus', 'jsonValidation']);

export interface ManifestString {
  /** Where it is, as a path (`contributes.commands[3].title`). */
  at: string;
  value: string;
}

/** Every shown string of the manifest: displayName, description and the shown fields of `contributes`. */
export function shownStrings(pkg: Record<string, unknown>): ManifestString[] {
  const found: ManifestString[] = [];
  for (const top of ['displayName', 'description']) {
    if (typeof pkg[top] === 'string') found.push({ at: top, value: pkg[top] as string });
  }
  const walk = (node: unknown, at: string, field: string | undefined) => {
    if (typeof node === 'string') {
      if (field !== undefined && SHOWN_FIELDS.has(field)) found.push({ at, value: node });
    } else if (Array.isArray(node)) {
      // An array of strings (enumDescriptions) takes its field's name; elements of other arrays are objects.
      node.forEach((item, i) => walk(item, `${at}[${i}]`, typeof item === 'string' ? field : undefined));
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (at === 'contributes' && SKIPPED.has(key)) continue;
        walk(value, `${at}.${key}`, key);
      }
    }
  };
  walk(pkg.contributes, 'contributes', undefined);
  return found;
}

/** The key of a `%key%` reference, or undefined for literal text. */
export function nlsKey(value: string): string | undefined {
  return /^%([^%\s]+)%$/.exec(value)?.[1];
}
