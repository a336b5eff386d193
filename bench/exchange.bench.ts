/**
 * Export and import figures: 1,000 sources × 100 annotations. Every registered exporter is
 * timed on the prepared sources (the JSONL target is 2 s), then the whole CLI path from disk
 * (read 1,000 sidecars and sources, check hashes, filter, export, write), and the JSONL import
 * back into a fresh copy of the sources (parse, place, merge, write 1,000 sidecars under the lock),
 * and every other importable format's own export imported the same way.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { main } from '../src/cli/main';
import { prepareExport, type ExportInput } from '../src/core/exchange/prepareExport';
import { EXPORTERS, IMPORTERS } from '../src/core/formats/registry';
import type { Annotation } from '../src/core/model/annotation';
import { createAnnotation, describeSource } from '../src/core/model/build';
import { serializeSidecar } from '../src/core/sidecar/codec';
import { CodePointIndex } from '../src/core/text/offsets';
import { seededRandom } from '../test/corpus/random';
import { medianMs, medianMsAsync, type BenchFigure } from './figures';

const FILES = 1000;
const PER_FILE = 100;
const TYPES = ['claim', 'actor', 'date', 'place'];

export function buildCorpus(seed: string): ExportInput[] {
  const random = seededRandom(11);
  const inputs: ExportInput[] = [];
  for (let f = 0; f < FILES; f++) {
    const text = `مقال رقم ${f}\n${seed}`;
    const index = CodePointIndex.of(text);
    const annotations: Annotation[] = [];
    for (let i = 0; i < PER_FILE; i++) {
      const start = Math.floor(random() * (index.length - 40));
      annotations.push(createAnnotation(text, {
        type: TYPES[i % TYPES.length]!,
        start,
        end: start + 3 + Math.floor(random() * 30),
        now: '2026-11-29T10:00:00.000Z',
        annotator: i % 2 ? 'layla' : 'omar',
        attrs: i % 3 === 0 ? { stance: 'negative', confidence: 0.5 } : {},
        ...(i % 5 === 0 ? { note: 'قارن ببيان الوزارة، "واع"' } : {}),
      }, index));
    }
    for (let i = 0; i + 1 < annotations.length; i += 4) annotations[i]!.links = { speaker: annotations[i + 1]!.id };
    inputs.push({ path: `news/${String(f).padStart(4, '0')}.txt`, text, set: { version: 2, source: describeSource(`${String(f).padStart(4, '0')}.txt`, text, index), annotations } });
  }
  return inputs;
}

class Sink extends Writable {
  override _write(_chunk: Buffer, _enc: string, done: () => void): void {
    done();
  }
}

async function cli(...args: string[]): Promise<void> {
  const code = await main(args, new Sink(), new Sink());
  if (code !== 0) throw new Error(`hamish ${args.join(' ')} exited ${code}`);
}

export async function run(seed: string): Promise<BenchFigure[]> {
  const inputs = buildCorpus(seed);
  const total = FILES * PER_FILE;
  const figures: BenchFigure[] = [];
  const prepared = prepareExport(inputs);
  figures.push({ name: `prepare ${total.toLocaleString('en')} annotations (hash check, filter, sort)`, value: medianMs(() => prepareExport(inputs), 3), unit: 'ms' });
  for (const exporter of EXPORTERS) {
    const bytes = exporter.export(prepared.sources).files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
    figures.push({
      name: `${exporter.format}: export ${FILES.toLocaleString('en')} files × ${PER_FILE} annotations in memory (${(bytes / 1e6).toFixed(1)} MB)`,
      value: medianMs(() => exporter.export(prepared.sources), 3),
      unit: 'ms',
      ...(exporter.format === 'jsonl' ? { target: 2000 } : {}),
    });
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-bench-exchange-'));
  try {
    const corpus = path.join(dir, 'corpus');
    for (const input of inputs) {
      const file = path.join(corpus, input.path);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, input.text);
      fs.writeFileSync(file + '.ann.yaml', serializeSidecar(input.set));
    }
    const out = path.join(dir, 'all.jsonl');
    figures.push({
      name: 'hamish export to JSONL from disk (read and check 1,000 sidecars and sources, write)',
      value: await medianMsAsync(() => cli('export', corpus, '--format', 'jsonl', '--out', out), 3),
      unit: 'ms',
      target: 2000,
    });
    let copies = 0;
    const fresh = () => {
      const copy = path.join(dir, `copy${++copies}`);
      for (const input of inputs) {
        const file = path.join(copy, input.path);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, input.text);
      }
      return copy;
    };
    // A fresh copy for every run (made outside the timing), so each run writes 1,000 new sidecars.
    const copiesMade = [fresh(), fresh(), fresh(), fresh()];
    let next = 0;
    figures.push({
      name: 'hamish import of that JSONL into a copy of the sources (place, merge, 1,000 locked saves)',
      value: await medianMsAsync(() => cli('import', 'jsonl', out, '--into', copiesMade[next++]!), 3),
      unit: 'ms',
    });
    figures.push({
      name: 'the same import again onto the imported copy (all 100,000 already there: nothing written)',
      value: await medianMsAsync(() => cli('import', 'jsonl', out, '--into', copiesMade[0]!), 1),
      unit: 'ms',
    });
    // Every other format that imports: its own export of the corpus, imported into a fresh copy (one run each).
    for (const importer of IMPORTERS.filter((i) => i.format !== 'jsonl')) {
      const exporter = EXPORTERS.find((e) => e.format === importer.format);
      if (!exporter) continue;
      const exported = path.join(dir, `all-${exporter.format}`);
      await cli('export', corpus, '--format', exporter.format, '--out', exported);
      const copy = fresh();
      const t0 = performance.now();
      const code = await main(['import', importer.format, exported, '--into', copy], new Sink(), new Sink());
      const ms = performance.now() - t0;
      const imported = fs.existsSync(path.join(copy, inputs[0]!.path + '.ann.yaml'));
      figures.push({ name: `hamish import of its own ${importer.format} export into a copy of the sources (one run${imported ? '' : `, FAILED: exit ${code}`})`, value: ms, unit: 'ms' });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
