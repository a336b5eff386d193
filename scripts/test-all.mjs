#!/usr/bin/env node
// `npm test`: every check in order, stopping at the first that fails, then one closing
// line with the total count of tests across the runners (mocha in Node, mocha inside
// VS Code for the repository and for the installed .vsix, the Playwright checks), so a reader
// of the log sees the whole result at once.
import { spawn } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();

// Declared before the steps run: they are read while the loop below runs.
const RESULT_LINE = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm;
const countsOf = (m) => ({ passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3] ?? 0) });

const steps = [
  { name: 'lint', cmd: 'npm run --silent lint' },
  { name: 'type-check', cmd: 'npm run --silent compile' },
  { name: 'build', cmd: 'npm run --silent build' },
  { name: 'unit tests', cmd: 'npm run --silent test:unit', count: mochaCounts },
  { name: 'tests inside VS Code', cmd: 'npm run --silent test:integration', count: plainCounts },
  // The same editor with its interface in Arabic (see docs/workflow.md, Localisation): the
  // researcher's whole loop, whose assertions are on data, and the Arabic interface checks.
  {
    name: 'tests inside VS Code, in Arabic',
    cmd: 'npm run --silent test:integration',
    env: { HAMISH_TEST_LOCALE: 'ar', HAMISH_TEST_GREP: 'researcher loop|Arabic interface|localised manifest' },
    count: plainCounts,
  },
  // Packages the .vsix (leaving the production build in dist/) and checks the installed copy.
  { name: 'installed from the .vsix', cmd: 'npm run --silent test:installed', count: plainCounts },
  { name: 'workbench checks', cmd: 'npm run --silent test:e2e', count: summedCounts },
];

const total = { passed: 0, failed: 0, skipped: 0 };
for (const step of steps) {
  const env = Object.entries(step.env ?? {}).map(([k, v]) => `${k}='${v}' `).join('');
  console.log(`\n=== ${step.name}: ${env}${step.cmd}`);
  const { code, output } = await run(step.cmd, step.env);
  if (step.count) add(total, step.count(output));
  if (code !== 0) {
    console.log(`\n=== ${step.name} failed (exit ${code})`);
    if (total.failed === 0) total.failed = 1;
    finish(code);
  }
}
finish(0);

function finish(code) {
  const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
  console.log(`\ntotal: ${total.passed} passed, ${total.failed} failed${skipped}`);
  process.exit(code);
}

function run(cmd, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function mochaCounts(output) {
  const n = (re) => Number(output.match(re)?.[1] ?? 0);
  return { passed: n(/(\d+) passing/), failed: n(/(\d+) failing/), skipped: n(/(\d+) pending/) };
}

// The last `N passed, N failed[, N skipped]` line a runner printed.
function plainCounts(output) {
  const m = [...output.matchAll(RESULT_LINE)].at(-1);
  return m ? countsOf(m) : { passed: 0, failed: 0, skipped: 0 };
}

// Every such line added up: a step that runs several scripts, each printing its own.
function summedCounts(output) {
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const m of output.matchAll(RESULT_LINE)) add(sum, countsOf(m));
  return sum;
}

function add(total, c) {
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
