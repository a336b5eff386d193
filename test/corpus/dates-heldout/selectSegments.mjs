// Rebuilds the unlabelled segments of dates-heldout.jsonl from the news sample, so the selection
// rule in README.md can be checked: held-out articles 0, 21, 42, … (every 21st of the odd lines),
// from each its title and then its non-empty content lines, a line longer than 400 code points
// cut after each full stop followed by a space, until five segments.
// Usage: node test/corpus/dates-heldout/selectSegments.mjs > segments.jsonl
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const sample = path.join(here, '../news/saudinewsnet-sample.jsonl.gz');
const all = zlib.gunzipSync(fs.readFileSync(sample)).toString('utf8').split('\n').filter((l) => l.length > 0);
const heldout = all.filter((_, i) => i % 2 === 1).map((l) => JSON.parse(l));

const STEP = 21;
const PER_ARTICLE = 5;
const LONG = 400;

function pieces(line) {
  if ([...line].length <= LONG) return [line];
  // Cut after ". " keeping the full stop with its sentence; each piece is an exact substring.
  return line.split(/(?<=\.) +/).map((s) => s.trim()).filter((s) => s.length > 0);
}

for (let article = 0; article < heldout.length; article += STEP) {
  const a = heldout[article];
  const segments = [];
  if (a.title && a.title.trim()) segments.push(a.title.trim());
  for (const line of a.content.split('\n')) {
    const t = line.trim();
    if (t) segments.push(...pieces(t));
  }
  for (const text of segments.slice(0, PER_ARTICLE)) {
    process.stdout.write(JSON.stringify({ article, paper: a.source, text, dates: [] }) + '\n');
  }
}
