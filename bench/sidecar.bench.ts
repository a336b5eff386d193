/**
 * Sidecar figures: load+validate and save of a sidecar with 10,000 annotations
 * (target 150 ms each), against JSON.parse of the same data and the `yaml` package.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse as yamlParse } from 'yaml';
import { nodeFileSystem } from '../src/node/nodeFileSystem';
import type { AnnotationSet } from '../src/core/model/annotation';
import { createAnnotation, describeSource } from '../src/core/model/build';
import { parseSidecar, serializeSidecar } from '../src/core/sidecar/codec';
import { checkAgainstSource } from '../src/core/sidecar/sourceCheck';
import { withSidecarLock } from '../src/core/store/sidecarLock';
import { SidecarStore } from '../src/core/store/sidecarStore';
import { nodeLockEnvironment } from '../src/node/lockEnvironment';
import { CodePointIndex } from '../src/core/text/offsets';
import { seededRandom } from '../test/corpus/random';
import { medianMs, medianMsAsync, type BenchFigure } from './figures';

const TYPES = ['claim', 'actor', 'date', 'place'];
const NOTES = ['قارن ببيان الوزارة', 'مصدر غير مسمى', 'تاريخ هجري في الأصل', ''];

export function buildLargeSet(seedText: string, count = 10_000): { text: string; set: AnnotationSet } {
  const random = seededRandom(7);
  let text = '';
  while (text.length < count * 120) text += seedText + '\n';
  const index = CodePointIndex.of(text);
  const step = Math.floor(index.length / count);
  const annotations = [];
  for (let i = 0; i < count; i++) {
    const start = i * step + Math.floor(random() * (step / 2));
    const end = start + 4 + Math.floor(random() * 30);
    const a = createAnnotation(text, {
      type: TYPES[i % TYPES.length]!,
      start,
      end,
      now: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      annotator: 'bench',
      attrs: i % 3 === 0 ? { stance: 'negative', confidence: 0.5, verified: true } : {},
      ...(NOTES[i % NOTES.length] ? { note: NOTES[i % NOTES.length] } : {}),
    }, index);
    annotations.push(a);
  }
  for (let i = 0; i + 1 < annotations.length; i += 4) annotations[i]!.links = { speaker: annotations[i + 1]!.id };
  return { text, set: { version: 1, source: describeSource('bench.txt', text, index), annotations } };
}

export async function run(seedText: string): Promise<BenchFigure[]> {
  const { text, set } = buildLargeSet(seedText);
  const sidecar = serializeSidecar(set);
  const json = JSON.stringify(set);
  const parse = () => {
    const r = parseSidecar(sidecar, 'bench.txt.ann.yaml');
    if (!r.ok) throw new Error('bench sidecar invalid');
    return r;
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-bench-'));
  const file = path.join(dir, 'bench.txt.ann.yaml');
  const env = nodeLockEnvironment('bench');
  const store = new SidecarStore(nodeFileSystem, env);
  let base = await store.save(file, set, undefined);
  const lockOnly = await medianMsAsync(() => withSidecarLock(nodeFileSystem, env, file, async () => undefined));
  const small = await smallSaves(dir, store, set);
  const figures: BenchFigure[] = [
    { name: 'sidecar size, 10,000 annotations', value: Math.round(Buffer.byteLength(sidecar) / 1e4) / 100, unit: 'MB' },
    { name: 'load+validate 10,000 annotations (fast reader + schema)', value: medianMs(parse), unit: 'ms', target: 150 },
    { name: `check 10,000 quotes and the hash of the ${(text.length / 1e6).toFixed(1)} M-character source`, value: medianMs(() => checkAgainstSource(set, text)), unit: 'ms' },
    { name: 'store.load from disk (read, decode, parse, validate)', value: await medianMsAsync(() => store.load(file)), unit: 'ms', target: 150 },
    { name: 'serialize 10,000 annotations (canonical)', value: medianMs(() => serializeSidecar(set)), unit: 'ms', target: 150 },
    {
      name: 'store.save to disk (lock, read-back check, serialize, fsync temp, rename, sync folder)',
      value: await medianMsAsync(async () => {
        set.annotations[0]!.note = String(Math.random());
        const r = await store.save(file, set, base.kind === 'saved' ? base.snapshot : undefined);
        base = r;
      }),
      unit: 'ms',
      target: 150,
    },
    { name: 'the lock alone: take and release (exclusive create, read-back, delete)', value: lockOnly, unit: 'ms' },
    { name: 'store.save of a 5-annotation sidecar, with the lock', value: small, unit: 'ms' },
    { name: 'share of the lock in that small save', value: (100 * lockOnly) / small, unit: '%' },
    { name: 'JSON.parse of the same data (reference)', value: medianMs(() => JSON.parse(json)), unit: 'ms' },
    { name: 'yaml.parse of the same sidecar (reference, what the fast reader avoids)', value: medianMs(() => yamlParse(sidecar), 1), unit: 'ms' },
  ];
  fs.rmSync(dir, { recursive: true, force: true });
  return figures;
}

/** Median time of saving a small sidecar (one article's annotations), where the lock weighs most. */
async function smallSaves(dir: string, store: SidecarStore, large: AnnotationSet): Promise<number> {
  const file = path.join(dir, 'small.txt.ann.yaml');
  const set: AnnotationSet = { ...large, annotations: large.annotations.slice(0, 5) };
  let base = await store.save(file, set, undefined);
  return medianMsAsync(async () => {
    set.annotations[0] = { ...set.annotations[0]!, note: String(Math.random()) };
    base = await store.save(file, set, base.kind === 'saved' ? base.snapshot : undefined);
  });
}
