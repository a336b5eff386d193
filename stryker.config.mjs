// Mutation testing of src/core against the unit tests: `npm run mutate`. Not part of
// `npm test` or CI: a full run takes minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  // index.ts only re-exports.
  mutate: ['src/core/**/*.ts', '!src/core/index.ts'],
  testRunner: 'mocha',
  mochaOptions: {
    config: '.mocharc.json',
    // Every test but three, which `npm test` still runs: the 60-run property test of
    // followEdits over the whole seed article, and the two corpus tests of re-anchoring
    // ("realistic recombined news"). Under Stryker's instrumentation each takes 20 to 50
    // seconds instead of under one, for every anchoring mutant it reaches; they measure
    // quality over a corpus, while the hand-made and property tests pin exact behaviour.
    // Also the multi-process writer and kill -9 tests: they drive child processes, which
    // Stryker's instrumentation does not reach, and take half a minute each.
    // The recognisers' scans of whole dev articles of the news sample (document dates, date
    // and actor spans, claim cues) are left out for the same reason as the corpus tests above:
    // they check invariants over a corpus, the tables of real phrasing pin the behaviour.
    grep: '^(?!.*(follows every tagged word of the article through random edits|re-anchors realistic recombined news|annotations over \\d+ runs|cleans up after it \\(\\d+ kills\\)|the day the crawler took each dev article|whole dev articles gives spans|on real news \\(dev split\\)))',
  },
  // Mutants are compiled into the sandbox's out/ like the real code; the CLI is bundled
  // too, because cli.test.ts runs dist/cli.js.
  buildCommand: 'node scripts/mutate-build.mjs',
  // Each mutant runs only the tests that reach its code.
  coverageAnalysis: 'perTest',
  // The first run of the whole suite, with every mutant of src/core compiled in and coverage
  // recorded per test, takes minutes on two cores, more under load: Stryker's default of five
  // minutes stopped it once.
  dryRunTimeoutMinutes: 30,
  // Static mutants (in code that runs when a module loads: the lexicons, tables and regexes built
  // at top level) would each need the whole suite in a fresh process, about a minute apiece here;
  // Stryker counts them as ignored, outside the score, and the report says how many there are.
  ignoreStatic: true,
  // The next run retests only mutants whose code or covering tests changed. The file is
  // git-ignored with the rest of reports/: it describes one working tree's state.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // The bundles and the VS Code test host are not needed (or rebuilt) in the sandbox. out/ is
  // rebuilt there too, but stays in: the compiled tests in it are how Stryker recognises a test
  // from one run to the next, and without them no result is ever reused (`npm run mutate`
  // compiles first so that they exist).
  ignorePatterns: ['dist', '.vscode-test', 'test-artifacts', '.bench-data', 'reports'],
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { reportTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
};
