// Registers test/l10n-pack/ as the language pack of `locale` in a fresh code-server profile, so
// `--locale <locale>` takes effect offline (see test/l10n-pack/README.md for why and what it
// translates). code-server reads <user-data>/languagepacks.json to resolve a locale; installing a
// pack from the marketplace writes the same entry. Without it the locale falls back to English.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './install.mjs';

/** Writes the entry for `locale` into `<userDataDir>/languagepacks.json`. */
export function registerLanguagePack(userDataDir, locale) {
  const core = path.join(repoRoot, 'test', 'l10n-pack', 'main.i18n.json');
  const entry = {
    // code-server caches the generated messages under this hash: one per pack content.
    hash: `hamish-test-${locale}-1`,
    extensions: [{ extensionIdentifier: { id: `hamish-test.${locale}-pack` }, version: '0.0.1' }],
    translations: { vscode: core },
    label: locale,
  };
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: entry }, null, 2));
}
