/**
 * Localisation parity: every string the code translates has its Arabic, the bundles agree on
 * keys and placeholders, and every manifest string is a `%key%` both package.nls files hold.
 * It reads the real sources and files, so it also catches strings added on other branches;
 * each failure names the keys (and where they are used) and the way to fix them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareKeys, placeholders, scanFolders, type FoundString } from '../l10n/l10nStrings';
import { nlsKey, shownStrings } from '../l10n/manifestStrings';
import { repoRoot } from './support/fixtures';

const readJson = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** `"key"` (file:line, …), one per line, for failure messages. */
function listed(keys: readonly string[], uses?: Map<string, FoundString[]>): string {
  return keys.map((k) => `  ${JSON.stringify(k)}${uses?.get(k) ? ` (${uses.get(k)!.map((u) => `${u.file}:${u.line}`).join(', ')})` : ''}`).join('\n');
}

function unsorted(file: string): string[] {
  const keys = Object.keys(readJson(file));
  return keys.filter((k, i) => i > 0 && compareKeys(keys[i - 1]!, k) > 0);
}

/** Keys whose translation has other placeholders than the key itself. */
function placeholderMismatches(source: Record<string, string>, translated: Record<string, string>): string[] {
  return Object.keys(translated)
    .filter((k) => k in source && placeholders(source[k]!).join() !== placeholders(translated[k]!).join())
    .map((k) => `${JSON.stringify(k)}: ${placeholders(source[k]!).join(' ') || 'none'} vs ${placeholders(translated[k]!).join(' ') || 'none'} in ${JSON.stringify(translated[k])}`);
}

describe('localisation', () => {
  const scan = scanFolders(repoRoot, ['src']);
  const uses = new Map<string, FoundString[]>();
  for (const s of scan.strings) uses.set(s.key, [...(uses.get(s.key) ?? []), s]);
  const keys = [...uses.keys()];
  const arabic = readJson('l10n/bundle.l10n.ar.json');
  const english = readJson('l10n/bundle.l10n.json');

  it('finds the translated strings of the editor layer', () => {
    // A floor, so a broken scanner cannot pass every check below by finding nothing.
    assert.ok(keys.length >= 100, `only ${keys.length} l10n.t strings found under src/`);
    assert.ok(uses.has('Hamish: annotations saved.'), 'a known string was not found');
  });

  it('keys every vscode.l10n.t call with a string literal', () => {
    const dynamic = scan.dynamic.map((d) => `  ${d.file}:${d.line}`);
    assert.deepEqual(dynamic, [], `l10n.t calls whose first argument is not a string literal (their text cannot be translated):\n${dynamic.join('\n')}`);
  });

  it('has an Arabic translation of every vscode.l10n.t string in src/', () => {
    const missing = keys.filter((k) => !(k in arabic));
    assert.deepEqual(missing, [], `no Arabic in l10n/bundle.l10n.ar.json for:\n${listed(missing, uses)}`);
  });

  it('keeps the English bundle in step with the code (npm run l10n:extract writes it)', () => {
    const stale = Object.keys(english).filter((k) => !uses.has(k));
    const missing = keys.filter((k) => !(k in english));
    assert.deepEqual({ missing, stale }, { missing: [], stale: [] }, 'l10n/bundle.l10n.json differs from the code: run `npm run l10n:extract`');
    for (const [k, v] of Object.entries(english)) assert.equal(v, k, 'the English bundle maps each key to itself');
  });

  it('has the same keys in the English and Arabic bundles', () => {
    const extra = Object.keys(arabic).filter((k) => !(k in english));
    const missing = Object.keys(english).filter((k) => !(k in arabic));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `Arabic bundle keys differ from the English bundle:\nmissing:\n${listed(missing)}\nnot in the code any more:\n${listed(extra)}`);
  });

  it('keeps the placeholders of every key in its Arabic translation', () => {
    const identity = Object.fromEntries(Object.keys(arabic).map((k) => [k, k]));
    const wrong = placeholderMismatches(identity, arabic);
    assert.deepEqual(wrong, [], `placeholders differ:\n${wrong.join('\n')}`);
  });

  it('translates every key that has words into Arabic, not a copy of the English', () => {
    const untranslated = Object.entries(arabic).filter(([k, v]) => LATIN_LETTER.test(k.replace(/\{\w+\}/g, '')) && !ARABIC_LETTER.test(v)).map(([k]) => k);
    assert.deepEqual(untranslated, [], `Arabic entries with no Arabic in them:\n${listed(untranslated)}`);
  });

  it('keeps the bundles and package.nls files sorted by key, so merges stay line-local', () => {
    for (const file of ['l10n/bundle.l10n.ar.json', 'l10n/bundle.l10n.json', 'package.nls.json', 'package.nls.ar.json']) {
      assert.deepEqual(unsorted(file), [], `${file}: keys out of order (npm run l10n:extract sorts them)`);
    }
  });

  describe('manifest', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
    const nls = readJson('package.nls.json');
    const nlsArabic = readJson('package.nls.ar.json');
    const shown = shownStrings(pkg);

    it('names its l10n folder', () => {
      assert.equal(pkg.l10n, './l10n');
    });

    it('refers every shown string to package.nls.json with a %key% that exists', () => {
      assert.ok(shown.length >= 30, `only ${shown.length} manifest strings found`);
      const literal = shown.filter((s) => nlsKey(s.value) === undefined).map((s) => `  ${s.at}: ${JSON.stringify(s.value)}`);
      assert.deepEqual(literal, [], `manifest strings not localised (use "%key%" and add the key to package.nls.json and package.nls.ar.json):\n${literal.join('\n')}`);
      const unknown = shown.filter((s) => nlsKey(s.value) && !(nlsKey(s.value)! in nls)).map((s) => `  ${s.at}: ${s.value}`);
      assert.deepEqual(unknown, [], `%key% references missing from package.nls.json:\n${unknown.join('\n')}`);
    });

    it('has no unused key in package.nls.json', () => {
      const used = new Set(shown.map((s) => nlsKey(s.value)));
      const unused = Object.keys(nls).filter((k) => !used.has(k));
      assert.deepEqual(unused, [], `keys of package.nls.json that package.json does not use:\n${listed(unused)}`);
    });

    it('has the same keys and placeholders in package.nls.json and package.nls.ar.json', () => {
      const missing = Object.keys(nls).filter((k) => !(k in nlsArabic));
      const extra = Object.keys(nlsArabic).filter((k) => !(k in nls));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `package.nls.ar.json keys differ:\nmissing:\n${listed(missing)}\nextra:\n${listed(extra)}`);
      const wrong = placeholderMismatches(nls, nlsArabic);
      assert.deepEqual(wrong, [], `placeholders differ:\n${wrong.join('\n')}`);
      const untranslated = Object.keys(nls).filter((k) => LATIN_LETTER.test(nls[k]!) && !ARABIC_LETTER.test(nlsArabic[k] ?? ''));
      assert.deepEqual(untranslated, [], `package.nls.ar.json entries with no Arabic in them:\n${listed(untranslated)}`);
    });
  });
});
