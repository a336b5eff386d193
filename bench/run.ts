/**
 * `npm run bench`: prints the core's performance figures beside their targets. Figures,
 * never assertions: a slow machine prints slow numbers, it does not fail a build. The
 * editor's figures come from scripts/bench-editor.mjs, run after this.
 */
import * as fs from 'fs';
import * as path from 'path';
import { printFigures } from './figures';
import { run as actors } from './actors.bench';
import { run as dates } from './dates.bench';
import { run as datesQuality } from './datesQuality.bench';
import { run as exchange } from './exchange.bench';
import { run as followEdits } from './followEdits.bench';
import { run as reanchor } from './reanchor.bench';
import { run as reanchorVariants } from './reanchorVariants.bench';
import { run as sidecar } from './sidecar.bench';
import { run as validate } from './validate.bench';
import { run as views } from './views.bench';

const repoRoot = path.resolve(__dirname, '../..');
const fixtures = path.join(repoRoot, 'test', 'fixtures');

async function main(): Promise<void> {
  const seed = fs.readFileSync(path.join(fixtures, 'seed-article.ar.txt'), 'utf8');
  console.log(`Hamish benchmark — Node ${process.version}, ${new Date().toISOString()}`);
  printFigures('Sidecars (10,000 annotations)', await sidecar(seed));
  printFigures('Spans following edits (10,000 spans)', followEdits());
  printFigures('Re-anchoring (10,000 spans, 2 MB Arabic text, scattered edits)', reanchor());
  printFigures('Re-anchoring variants (issue 9), real news, 2 MB / 10,000 spans unless said', reanchorVariants());
  printFigures('Validating hostile sidecars (malformed corpus, generated large cases)', await validate(fixtures, seed));
  printFigures('Export and import (1,000 files × 100 annotations)', await exchange(seed));
  printFigures('Views: corpus index, dev half (1,000 files × 100 annotations)', views('dev'));
  printFigures('Views: corpus index, held-out half (1,000 files × 100 annotations)', views('heldout'));
  printFigures('Assistance: date recogniser throughput on real news', dates());
  printFigures('Assistance: dates against hand-labelled held-out news', datesQuality(repoRoot));
  printFigures('Assistance: actor matching over 1,000 files, claim cues', actors());
}

// Only when run as the program (other scripts may import the benches it lists).
if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
