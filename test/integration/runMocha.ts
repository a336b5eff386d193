// Runs the mocha test files (*.test.js) of one folder inside the VS Code extension host, for a
// suite entry's `run()` (test/integration/index.ts, test/installed/index.ts). Under code-server
// (scripts/test-host/suite.mjs) the outer process cannot see the extension host's console, so the
// results also go to the JSON file named by HAMISH_TEST_RESULTS.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  fullTitle: string;
  file?: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string };
}

export interface SuiteResults {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
  tests: TestResult[];
}

/** Runs every *.test.js under `dir`; rejects when a test failed. */
export async function runMocha(dir: string): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 20_000,
    color: !process.env.HAMISH_TEST_RESULTS, // the results file, not a terminal, is read then
    ...(process.env.HAMISH_TEST_GREP ? { grep: process.env.HAMISH_TEST_GREP } : {}),
  });
  for (const file of findTestFiles(dir)) mocha.addFile(file);

  const started = Date.now();
  const tests: TestResult[] = [];
  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => tests.push(describeTest(dir, test, 'passed')));
      runner.on('pending', (test) => tests.push(describeTest(dir, test, 'pending')));
      // Also fires for failing hooks ("before all" ...), which then stand for the tests they skip.
      runner.on('fail', (test, err) => tests.push(describeTest(dir, test, 'failed', err)));
    });
  } catch (err) {
    // A test file that throws while loading never reaches the runner.
    tests.push({ title: 'loading the test files', fullTitle: 'loading the test files', state: 'failed', error: describeError(err) });
  }

  const results: SuiteResults = {
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    skipped: tests.filter((t) => t.state === 'pending').length,
    durationMs: Date.now() - started,
    tests,
  };
  writeResults(results);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
}

function findTestFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .map((name) => path.join(dir, name))
    .sort();
}

function describeTest(dir: string, test: Mocha.Runnable, state: TestResult['state'], err?: unknown): TestResult {
  return {
    title: test.title,
    fullTitle: test.fullTitle(),
    ...(test.file ? { file: path.relative(dir, test.file) } : {}),
    state,
    ...(test.duration !== undefined ? { durationMs: test.duration } : {}),
    ...(err !== undefined ? { error: describeError(err) } : {}),
  };
}

function describeError(err: unknown): { message: string; stack?: string } {
  if (err instanceof Error) return { message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
  return { message: String(err) };
}

// Written to a side file and renamed, so the outer process never reads half a file.
function writeResults(results: SuiteResults): void {
  const target = process.env.HAMISH_TEST_RESULTS;
  if (!target) return;
  fs.writeFileSync(`${target}.part`, JSON.stringify(results, null, 2));
  fs.renameSync(`${target}.part`, target);
}
