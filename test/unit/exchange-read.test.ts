/**
 * The steps around a format's reader, on real files: which files an import reads and in
 * what order, how a file that cannot be read (gone, a folder, not UTF-8) and a reader that
 * throws become errors, and the bounded pool the import and export run their file work in.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { MAX_IMPORT_FILE_BYTES, readImportFiles, runImporter } from '../../src/core/exchange/readImport';
import { FILES_IN_FLIGHT, mapPool } from '../../src/core/exchange/pool';
import { pathInside, relativeTo, safeRelativePath } from '../../src/core/exchange/safePath';
import type { Importer, ImportResult, InputFile } from '../../src/core/formats/types';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { tempDir } from './support/fixtures';

/** An importer that gives back what it is told, or throws it. */
function fakeImporter(answer: ImportResult | Error, seen: InputFile[][] = []): Importer {
  return {
    format: 'jsonl',
    label: 'Test',
    accepts: () => true,
    import(files) {
      seen.push([...files]);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

describe('reading the files of an import', () => {
  it('reads files in the order of their relative paths, and names each one it could not read', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'b.jsonl'), '\uFEFF{"b": "ب"}\n');
    fs.writeFileSync(path.join(dir, 'a.jsonl'), '{"a": 1}\n');
    fs.writeFileSync(path.join(dir, 'bad.jsonl'), Buffer.from([0x7b, 0xff, 0x7d]));
    fs.mkdirSync(path.join(dir, 'folder.jsonl'));
    const found = ['b.jsonl', 'gone.jsonl', 'folder.jsonl', 'a.jsonl', 'bad.jsonl', 'a.jsonl'].map((r) => ({ path: path.join(dir, r), relative: `in/${r}` }));
    const read = await readImportFiles(nodeFileSystem, found);
    assert.deepStrictEqual(read.files, [
      { path: 'in/a.jsonl', text: '{"a": 1}\n' },
      { path: 'in/a.jsonl', text: '{"a": 1}\n' },
      { path: 'in/b.jsonl', text: '{"b": "ب"}\n' },
    ]);
    assert.deepStrictEqual(read.unreadable, [
      '"in/bad.jsonl" is not UTF-8 text: the byte at offset 1 (0xff) starts no valid UTF-8 character; save it as UTF-8',
      '"in/folder.jsonl" is a folder, not a file',
      '"in/gone.jsonl" vanished while reading',
    ]);
    assert.strictEqual(MAX_IMPORT_FILE_BYTES, 512 * 1024 * 1024);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('running a format reader', () => {
  const files = [{ path: 'a.jsonl', text: 'x' }];
  const found: ImportResult = { sources: [{ path: 'a.txt', spans: [] }], problems: [{ file: 'a.jsonl', line: 2, severity: 'warning', message: 'odd' }] };

  it('puts unreadable files first, then the reader\'s own problems', () => {
    const seen: InputFile[][] = [];
    const r = runImporter(fakeImporter(found, seen), { files, unreadable: ['"b.jsonl" vanished while reading'] }, 'in');
    assert.deepStrictEqual(seen, [files]);
    assert.deepStrictEqual(r, {
      sources: found.sources,
      problems: [{ file: 'in', line: 0, severity: 'error', message: '"b.jsonl" vanished while reading' }, ...found.problems],
    });
  });

  it('turns a reader that throws into an error on the input, so nothing is written', () => {
    assert.deepStrictEqual(runImporter(fakeImporter(new Error('boom')), { files, unreadable: [] }, 'in'), {
      sources: [],
      problems: [{ file: 'in', line: 0, severity: 'error', message: 'the Test reader failed: boom' }],
    });
  });

  it('says when the folder holds nothing the reader takes, and only then', () => {
    const empty = { sources: [], problems: [] };
    assert.deepStrictEqual(runImporter(fakeImporter(empty), { files: [], unreadable: [] }, 'in').problems, [
      { file: 'in', line: 0, severity: 'error', message: 'no file there is one the Test reader takes' },
    ]);
    assert.deepStrictEqual(runImporter(fakeImporter(empty), { files, unreadable: [] }, 'in').problems, []);
    assert.strictEqual(runImporter(fakeImporter(empty), { files: [], unreadable: ['x'] }, 'in').problems.length, 1);
    assert.strictEqual(runImporter(fakeImporter(found), { files: [], unreadable: [] }, 'in').problems.length, 1);
  });
});

describe('the file pool', () => {
  it('keeps the order of the list, runs at most `width` at once, and stops starting when asked', async () => {
    let running = 0;
    let most = 0;
    const task = async (n: number, i: number) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running--;
      return `${i}:${n * 2}`;
    };
    assert.deepStrictEqual(await mapPool([5, 6, 7, 8, 9], 2, task), ['0:10', '1:12', '2:14', '3:16', '4:18']);
    assert.strictEqual(most, 2);
    most = 0;
    assert.deepStrictEqual(await mapPool([1], 8, task), ['0:2']);
    assert.strictEqual(most, 1);
    let started = 0;
    const stopped = await mapPool([1, 2, 3, 4], 1, async (n) => (started++, n), () => started >= 2);
    assert.deepStrictEqual([...stopped], [1, 2, undefined, undefined]);
    assert.deepStrictEqual(await mapPool([], 3, task), []);
    assert.strictEqual(FILES_IN_FLIGHT, 8);
  });
});

describe('paths from data', () => {
  it('refuses control characters and drive letters, and joins to the folder given', () => {
    assert.strictEqual(safeRelativePath('a\u001fb'), undefined);
    assert.strictEqual(safeRelativePath('x/C:y'), 'x/C:y');
    assert.strictEqual(pathInside('', 'a/b'), 'a/b');
    assert.strictEqual(pathInside('.', 'a/b'), 'a/b');
    assert.strictEqual(pathInside('out//', 'b'), 'out/b');
    assert.strictEqual(pathInside('./out', 'b'), './out/b');
    assert.strictEqual(relativeTo('/w//', '/w/a'), 'a');
    assert.strictEqual(relativeTo('', '/a/b'), 'a/b');
    assert.strictEqual(relativeTo('//', 'a/b'), undefined);
  });
});
