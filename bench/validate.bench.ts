/**
 * `hamish validate` on hostile input: the whole malformed-sidecar corpus of the tests
 * (test/fixtures/malformed, each case beside a copy of its source), and the large
 * generated cases of the reliability probe. Figures only: the tests check what is reported.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validatePaths } from '../src/cli/validateCommand';
import { checkSidecar } from '../src/core/check';
import { describeSource } from '../src/core/model/build';
import { parseSidecar, serializeSidecar } from '../src/core/sidecar/codec';
import { hostileCases } from '../test/unit/support/hostileCases';
import { medianMs, medianMsAsync, type BenchFigure } from './figures';

export async function run(fixtures: string, seed: string): Promise<BenchFigure[]> {
  const corpus = path.join(fixtures, 'malformed');
  const cases = fs.readdirSync(corpus).filter((f) => f.endsWith('.yaml'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-bench-malformed-'));
  for (const name of cases) {
    const sub = path.join(dir, name.replace(/\.yaml$/, ''));
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'seed-article.ar.txt'), seed);
    fs.copyFileSync(path.join(corpus, name), path.join(sub, 'seed-article.ar.txt.ann.yaml'));
  }
  const hostile = hostileCases(seed);
  const { annotation, source } = hostile.longQuote;
  const longQuoteSidecar = serializeSidecar({ version: 2, source: describeSource('long.txt', source.replace('XYZ', 'abc')), annotations: [annotation] });
  // The source of the long before, edited, so that validate dry-runs re-anchoring.
  const editedSeed = seed.replace('بغداد', 'بغدادي');
  const figures: BenchFigure[] = [
    { name: `validate the malformed corpus as a whole (${cases.length} sidecars, one folder walk)`, value: await medianMsAsync(() => validatePaths([dir])), unit: 'ms' },
    { name: 'parse a 1 MB sidecar of one flow list with a million commas', value: medianMs(() => parseSidecar(hostile.millionCommas, 'x'), 3), unit: 'ms' },
    { name: 'parse a sidecar of 100,000 nested flow lists', value: medianMs(() => parseSidecar(hostile.deepNesting, 'x'), 3), unit: 'ms' },
    { name: 'validate a 64,000-code-point before against an edited source (re-anchoring dry run)', value: medianMs(() => checkSidecar(hostile.longBefore, 'seed-article.ar.txt.ann.yaml', editedSeed)), unit: 'ms' },
    { name: 'validate a 32,000-code-point quote against an edited source (re-anchoring dry run)', value: medianMs(() => checkSidecar(longQuoteSidecar, 'long.txt.ann.yaml', source)), unit: 'ms' },
  ];
  fs.rmSync(dir, { recursive: true, force: true });
  return figures;
}
