#!/usr/bin/env node
// Runs the integration suite in a desktop VS Code downloaded by @vscode/test-electron, for
// developers with internet (`npm run test:desktop`). The same out/test/integration/index.js runs
// under code-server in run-integration.mjs; this is the path the VS Code docs describe.
// Env: VSCODE_TEST_VERSION (default 'stable'; e.g. '1.100.3' to match the offline host).
// On a Linux machine without a display, run it under xvfb-run.
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './install.mjs';
import { createTestWorkspace } from './host.mjs';

const workspace = createTestWorkspace();
let exitCode = 0;
try {
  await runTests({
    version: process.env.VSCODE_TEST_VERSION ?? 'stable',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    extensionTestsEnv: {
      HAMISH_TEST_WORKSPACE: workspace.path,
      HAMISH_TEST_ARTIFACTS: path.join(repoRoot, 'test-artifacts'),
    },
    // The folder to open first; then keep the developer's other extensions and trust prompt out.
    launchArgs: [workspace.path, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`[desktop] integration tests failed: ${err.message ?? err}`);
  exitCode = 1;
} finally {
  workspace.dispose();
}
process.exit(exitCode);
