/**
 * A second writer, run as a real child process by the multi-writer tests:
 *   node sidecarWriter.js <sidecar> <count> <label> [note]
 * It loads the sidecar, prints "ready", waits for "go" on stdin (so that every writer starts
 * from the same base), then, if given a note, sets the claim's note to it; then adds `count`
 * annotations one by one, saving after each, as an editor does. At the end it prints one JSON
 * line: the ids it added and every conflict its saves reported.
 */
import * as readline from 'readline';
import { nodeLockEnvironment } from '../../../src/node/lockEnvironment';
import { nodeFileSystem } from '../../../src/node/nodeFileSystem';
import { createAnnotation } from '../../../src/core/model/build';
import type { MergeConflict } from '../../../src/core/store/merge';
import { SidecarStore, type SidecarSnapshot } from '../../../src/core/store/sidecarStore';
import { seedArticle } from './fixtures';

async function main(): Promise<void> {
  const [file, countArg, label, note] = process.argv.slice(2);
  const text = seedArticle();
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ start: [...text.slice(0, m.index)].length, length: [...m[0]].length }));
  const store = new SidecarStore(nodeFileSystem, nodeLockEnvironment(`writer ${label}`));
  const loaded = await store.load(file!);
  if (loaded.kind !== 'loaded') throw new Error(`cannot load ${file}: ${loaded.kind}`);
  let snapshot: SidecarSnapshot = loaded.snapshot;
  process.stdout.write('ready\n');
  const input = readline.createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => input.once('line', () => resolve()));
  input.close();

  const added: string[] = [];
  const conflicts: MergeConflict[] = [];
  const save = async (annotations: typeof snapshot.set.annotations) => {
    const result = await store.save(file!, { ...snapshot.set, annotations }, snapshot);
    if (result.kind !== 'saved') throw new Error(`save refused: ${JSON.stringify(result.problems)}`);
    conflicts.push(...result.conflicts);
    snapshot = result.snapshot;
  };
  if (note) {
    const now = new Date().toISOString();
    await save(snapshot.set.annotations.map((a) => (a.type === 'claim' ? { ...a, note, modified: now } : a)));
  }
  for (let i = 0; i < Number(countArg); i++) {
    const w = words[(i * 7 + label!.length * 13) % words.length]!;
    const a = createAnnotation(text, { type: 'actor', start: w.start, end: w.start + w.length, now: new Date().toISOString(), annotator: label! });
    added.push(a.id);
    await save([...snapshot.set.annotations, a]);
  }
  process.stdout.write(JSON.stringify({ added, conflicts }) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
