// The interface's language, in a real editor. The manifest checks run in every run (English
// by default); the Arabic ones only with HAMISH_TEST_LOCALE=ar, which starts the host in
// Arabic through a local language pack (scripts/test-host/languagePack.mjs). Together they
// show that VS Code really reads package.nls*.json and l10n/bundle.l10n.ar.json.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { PDI, RLI } from '../../src/core';
import { closeAll, hamish, openSource } from './hamish';
import { repoRoot, waitUntil } from './workspace';

const nls = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));

describe('localised manifest', () => {
  it('shows command titles and setting descriptions from the package.nls file of the display language', () => {
    const strings = nls(vscode.env.language === 'ar' ? 'package.nls.ar.json' : 'package.nls.json');
    const manifest = vscode.extensions.getExtension('hamish.hamish')!.packageJSON;
    const tagClaim = manifest.contributes.commands.find((c: { command: string }) => c.command === 'hamish.tagClaim');
    // In a language other than English VS Code keeps both: { value: shown, original: English }.
    const shown = (t: string | { value: string; original: string }) => (typeof t === 'string' ? t : t.value);
    assert.equal(shown(tagClaim.title), strings['command.tagClaim.title']);
    assert.equal(shown(tagClaim.category), strings['category.hamish']);
    assert.equal(manifest.contributes.configuration.properties['hamish.annotator'].description, strings['configuration.annotator.description']);
  });
});

describe('Arabic interface', function () {
  before(function () {
    if (process.env.HAMISH_TEST_LOCALE !== 'ar') this.skip();
  });
  afterEach(closeAll);

  it('runs with Arabic as the display language', () => {
    assert.equal(vscode.env.language, 'ar');
  });

  it('shows the status bar from the Arabic bundle, framed right to left', async () => {
    await openSource('خبر بلا توصيفات بعد.\n');
    const api = await hamish();
    const expected = `$(tag) ${RLI}لا توصيفات${PDI}`;
    await waitUntil(() => api.statusBar.text === expected, { message: `the Arabic status bar, got "${api.statusBar.text}"` });
  });

  it('tells the researcher in Arabic, the whole sentence right to left', async () => {
    await openSource('خبر آخر بلا توصيفات.\n');
    const api = await hamish();
    const before = api.messages.recent.length;
    await vscode.commands.executeCommand('hamish.nextAnnotation');
    const told = await waitUntil(() => api.messages.recent.slice(before)[0], { message: 'a message' });
    assert.equal(told?.text, `${RLI}هامش: لا توصيفات في هذا الملف بعد.${PDI}`);
  });

  it('reads count forms and type labels in Arabic', async () => {
    const api = await hamish();
    // Count phrases come in their Arabic forms (dual, plural), through the real bundle.
    assert.equal(vscode.l10n.t('2 files'), 'ملفان');
    assert.equal(vscode.l10n.t('{0} files', 5), 'ملفات عددها 5');
    assert.ok(api.config.typeOf('claim').label === 'ادعاء', `the claim type's label in Arabic, got ${api.config.typeOf('claim').label}`);
  });
});
