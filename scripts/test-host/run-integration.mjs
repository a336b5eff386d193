#!/usr/bin/env node
// `npm run test:integration`: the mocha suite of test/integration/ inside a real VS Code, with this
// repository loaded as the extension under development. Expects `npm run compile && npm run build`
// done first. Env and output: see suite.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './install.mjs';
import { runScript, runSuite } from './suite.mjs';

runScript('integration', async (cleanups) => {
  const extension = path.join(repoRoot, 'dist', 'extension.js');
  if (!fs.existsSync(extension)) throw new Error('dist/extension.js is missing: run `npm run build` first');
  return runSuite({
    label: 'integration',
    cleanups,
    testsEntry: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    developmentPath: repoRoot,
    screenshot: 'workbench.png',
  });
});
