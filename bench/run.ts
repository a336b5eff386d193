/**
 * `npm run bench`: prints the core's performance figures beside their targets. Figures,
 * never assertions: a slow machine prints slow numbers, it does not fail a build. The
 * editor's figures come from scripts/bench-editor.mjs, run after this.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { BenchFigure } from './figures';
import { run as exchange } from './exchange.bench';
import { run as followEdits } from './followEdits.bench';
import { run as reanchor } from './reanchor.bench';
import { run as sidecar } from './sidecar.bench';
import { run as validate } from './validate.bench';
import { run as views } from './views.bench';

const repoRoot = path.resolve(__dirname, '../..');
const fixtures = path.join(repoRoot, 'test', 'fixtures');

export function printFigures(title: string, figures: readonly BenchFigure[]): void {
  console.log(`\n${title}`);
  for (const f of figures) {
    const value = f.unit === '%' ? f.value.toFixed(2) : f.value >= 100 ? f.value.toFixed(0) : f.value >= 10 ? f.value.toFixed(1) : f.value.toFixed(3);
    let target = '';
    if (f.target !== undefined) {
      const met = f.higherIsBetter ? f.value >= f.target : f.value <= f.target;
      target = `  (target ${f.higherIsBetter ? '≥' : '≤'} ${f.target} ${f.unit}: ${met ? 'met' : 'MISSED'})`;
    }
    console.log(`  ${f.name.padEnd(78)} ${value.padStart(10)} ${f.unit}${target}`);
  }
}

async function main(): Promise<void> {
  const seed = fs.readFileSync(path.join(fixtures, 'seed-article.ar.txt'), 'utf8');
  console.log(`Hamish benchmark — Node ${process.version}, ${new Date().toISOString()}`);
  printFigures('Sidecars (10,000 annotations)', await sidecar(seed));
  printFigures('Spans following edits (10,000 spans)', followEdits());
  printFigures('Re-anchoring (10,000 spans, 2 MB Arabic text, scattered edits)', reanchor());
  printFigures('Validating hostile sidecars (malformed corpus, generated large cases)', await validate(fixtures, seed));
  printFigures('Export and import (1,000 files × 100 annotations)', await exchange(seed));
  printFigures('Views: corpus index, dev half (1,000 files × 100 annotations)', views('dev'));
  printFigures('Views: corpus index, held-out half (1,000 files × 100 annotations)', views('heldout'));
}

// Only when run as the program: `npm run bench:views` imports printFigures from here.
if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
