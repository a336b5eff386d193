#!/usr/bin/env node
// Stryker's build step (stryker.config.mjs), run inside its sandbox after the mutants are
// written into src/core: compile everything into out/ for the unit tests, then bundle
// dist/cli.js, which cli.test.ts runs. Stryker runs a build command without a shell, so
// the two steps live here rather than as `tsc && node scripts/build.mjs`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const steps = [
  [process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.']],
  [process.execPath, ['scripts/build.mjs']],
];
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
