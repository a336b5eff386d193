/**
 * What every format's unit test does the same way: compare an export with its golden files,
 * compare imported spans with the annotations they came from, and feed importers hostile text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import type { Annotation } from '../../../src/core/model/annotation';
import { linkTargets } from '../../../src/core/model/annotation';
import { createAnnotation } from '../../../src/core/model/build';
import type { ExportResult, ExportSource, Exporter, ImportResult, Importer } from '../../../src/core/formats/types';
import { exportSource } from './exportFixture';
import { fixturesDir, seedArticle } from './fixtures';

/**
 * Compares each output file with `test/fixtures/export/<format>/<name>` byte for byte. With
 * UPDATE_GOLDEN=1 it writes them instead (then read them by eye before committing).
 */
export function assertGolden(format: string, result: ExportResult): void {
  const dir = path.join(fixturesDir, 'export', format);
  for (const f of result.files) {
    const file = path.join(dir, f.path);
    if (process.env.UPDATE_GOLDEN === '1') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, f.content, 'utf8');
    }
    assert.strictEqual(f.content, fs.readFileSync(file, 'utf8'), `${format}/${f.path} differs from its golden file`);
  }
}

/** What a round trip must keep of an annotation, in a form both sides can be compared in. */
export interface Kept {
  id: string | undefined;
  type: string;
  start: number;
  end: number;
  quote: string | undefined;
  attrs: Record<string, unknown>;
  links: Record<string, string[]>;
  note: string | undefined;
  annotator: string | undefined;
}

export function keptOf(a: Annotation): Kept {
  const links: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(a.links)) links[k] = [...linkTargets(v)].sort();
  return { id: a.id, type: a.type, start: a.start, end: a.end, quote: a.text, attrs: { ...a.attrs }, links, note: a.note, annotator: a.annotator };
}

/** The imported spans as Kept records, local link ids turned into the ids the spans carry. */
export function keptFromImport(result: ImportResult): Kept[] {
  const idOf = new Map<string, string | undefined>();
  for (const s of result.sources) for (const sp of s.spans) idOf.set(sp.localId, sp.id);
  const out: Kept[] = [];
  for (const s of result.sources) {
    for (const sp of s.spans) {
      const links: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(sp.links)) links[k] = v.map((l) => idOf.get(l) ?? `?${l}`).sort();
      out.push({ id: sp.id, type: sp.type, start: sp.start, end: sp.end, quote: sp.quote, attrs: { ...sp.attrs }, links, note: sp.note, annotator: sp.annotator });
    }
  }
  return out;
}

export function byId(list: Kept[]): Kept[] {
  return [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Every problem names its file and a line (0 for the whole file) and says something. */
export function assertWellFormedProblems(result: ImportResult, file: string): void {
  for (const p of result.problems) {
    assert.strictEqual(p.file, file);
    assert.ok(Number.isInteger(p.line) && p.line >= 0, `line ${p.line}`);
    assert.ok(p.message.length > 0);
  }
}

/** Imports `text` as one file and returns the result; the importer must not throw. */
export function importText(importer: Importer, file: string, text: string): ImportResult {
  const result = importer.import([{ path: file, text }]);
  assertWellFormedProblems(result, file);
  return result;
}

/** The problems' lines and messages, for tests that look for one. */
export function problemAt(result: ImportResult, line: number, pattern: RegExp): boolean {
  return result.problems.some((p) => p.line === line && pattern.test(p.message));
}

/**
 * Arbitrary JSON, arbitrary text, and a valid file with one character changed or cut short:
 * the importer answers with problems, never an exception.
 */
export function fuzzImporter(importer: Importer, file: string, valid: string, runs = 300): void {
  const neverThrows = (text: string) => {
    importText(importer, file, text);
    return true;
  };
  fc.assert(fc.property(fc.json(), neverThrows), { numRuns: runs });
  fc.assert(fc.property(fc.jsonValue().map((v) => JSON.stringify([v, { target: v, data: v, text: v, entities: v, annotations: [{ result: v }] }])), neverThrows), { numRuns: runs });
  fc.assert(fc.property(fc.string(), neverThrows), { numRuns: runs });
  const edit = fc.record({ at: fc.nat(valid.length), cut: fc.boolean(), c: fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '1', '-', 'x', '\\', '\n', '') });
  fc.assert(
    fc.property(edit, ({ at, cut, c }) => neverThrows(cut ? valid.slice(0, at) : valid.slice(0, at) + c + valid.slice(at + 1))),
    { numRuns: runs },
  );
}

/**
 * The seed article made hard: CRLF line ends, and a first line with combining marks (harakat),
 * an emoji and a flag (two code points, four UTF-16 units) before every span, plus one span over
 * them. Offsets in code points and in UTF-16 units differ by 3 after it.
 */
export function hardSource(): ExportSource {
  const lead = 'قالَ المتحدثُ 😀🇮🇶 اليوم\r\n';
  const text = lead + seedArticle().replace(/\r?\n/g, '\r\n');
  const source = exportSource(text, 'news/hard «مقال».txt');
  const start = Array.from('قالَ ').length;
  const emoji = createAnnotation(text, { id: 'aemoji000000000000000000001', type: 'actor', start, end: start + Array.from('المتحدثُ 😀🇮🇶').length, now: '2026-11-29T10:00:00.000Z', note: 'يبتسم 😀' });
  return { ...source, annotations: [...source.annotations, emoji] };
}

/**
 * Export `source` alone, import the first file back: nothing reported, the source and its text
 * named as they were, and every placed annotation kept (orphans have no place in these formats).
 */
export function assertRoundTrip(exporter: Exporter, importer: Importer, source: ExportSource): void {
  const file = exporter.export([source]).files[0]!;
  const result = importText(importer, file.path, file.content);
  assert.deepStrictEqual(result.problems, []);
  assert.deepStrictEqual(result.sources.map((s) => [s.path, s.text]), [[source.path, source.text]]);
  assert.deepStrictEqual(byId(keptFromImport(result)), byId(source.annotations.filter((a) => !a.orphaned).map(keptOf)));
}
