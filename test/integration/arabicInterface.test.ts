// The interface in Arabic, in a real editor: only with HAMISH_TEST_LOCALE=ar, which starts the
// host in Arabic through a local language pack (scripts/test-host/languagePack.mjs). Checks
// that VS Code really runs in Arabic and that Hamish's strings come from its Arabic files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PDI, RLI } from '../../src/core';
import { closeAll, hamish, openSource } from './hamish';
import { waitUntil } from './workspace';

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
});
