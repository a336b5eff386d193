/**
 * `npm run bench:dates-quality [-- --list]`: the date recogniser's precision and recall on
 * the hand-labelled held-out news; `--list` also prints what it missed and what it found
 * that no label covers (to read, never to tune on: the set is held out).
 */
import * as path from 'path';
import { printFigures } from './figures';
import { measure, readSegments, run } from './datesQuality.bench';

const repoRoot = path.resolve(__dirname, '../..');
printFigures('Dates: quality on hand-labelled real news', run(repoRoot));
if (process.argv.includes('--list')) {
  const q = measure(readSegments(path.join(repoRoot, 'test', 'corpus', 'dates-heldout', 'dates-heldout.jsonl')));
  console.log(`\nmissed (${q.misses.length}):\n  ${q.misses.join('\n  ')}`);
  console.log(`\nfound, not labelled (${q.wrong.length}):\n  ${q.wrong.join('\n  ')}`);
}
