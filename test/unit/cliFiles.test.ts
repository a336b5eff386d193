/**
 * `hamish validate` against what the file system can put where a source or sidecar should
 * be: pipes, folders, devices, unreadable and oversized files, files that are not UTF-8,
 * symbolic links met in a folder walk, and user text holding terminal escapes.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { FileSystem } from '../../src/core/store/fileSystem';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { MAX_SOURCE_BYTES } from '../../src/core/sidecar/format';
import { readTextFile } from '../../src/core/text/readTextFile';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { seedArticle, tempDir } from './support/fixtures';
import { runCli as run } from './support/runCli';
import { sampleSet } from './support/sampleSet';


describe('hamish validate: what the file system holds', () => {
  const text = seedArticle();
  const sidecarText = serializeSidecar(sampleSet(text)).replace('"seed-article.ar.txt"', '"seed.txt"');
  let dir: string;
  let source: string;
  let sidecar: string;

  beforeEach(() => {
    dir = tempDir();
    source = path.join(dir, 'seed.txt');
    sidecar = source + '.ann.yaml';
    fs.writeFileSync(sidecar, sidecarText);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a source that is a FIFO, without blocking on it', async function () {
    try {
      execFileSync('mkfifo', [source]);
    } catch {
      this.skip(); // no mkfifo on this platform (Windows)
    }
    const r = await run('validate', sidecar);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /error: the source "seed\.txt" is not a regular file \(a pipe, socket or device\); refusing to read it .*\[not-a-file\]/);
  });

  it('refuses a sidecar that is a FIFO named on the command line, without blocking on it', async function () {
    fs.rmSync(sidecar);
    try {
      execFileSync('mkfifo', [sidecar]);
    } catch {
      this.skip();
    }
    fs.writeFileSync(source, text);
    const r = await run('validate', sidecar);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /seed\.txt\.ann\.yaml: error: the sidecar is not a regular file .*\[not-a-file\]/);
  });

  it('says a source that is a folder is a folder, not that it does not exist', async () => {
    fs.mkdirSync(source);
    const r = await run('validate', sidecar);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /error: the source "seed\.txt" is a folder, not a file .*\[not-a-file\]/);
    assert.doesNotMatch(r.out, /does not exist/);
  });

  it('refuses a source linked to /dev/zero by its type, before reading a byte', async function () {
    if (!fs.existsSync('/dev/zero')) this.skip(); // Windows
    fs.symlinkSync('/dev/zero', source);
    const r = await run('validate', sidecar);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /the source "seed\.txt" is not a regular file/);
  });

  it('refuses a source over the size limit unread', async () => {
    fs.writeFileSync(source, '');
    fs.truncateSync(source, MAX_SOURCE_BYTES + 1); // sparse: no disk used
    const r = await run('validate', sidecar);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /the source "seed\.txt" is 64\.0 MiB, over the 64 MiB limit; refusing to read it .*\[too-large\]/);
  });

  it('reports a source that is not UTF-8 with the offset of the first bad byte, not as "changed"', async () => {
    const bytes = Buffer.from(text);
    const at = Buffer.from(text.slice(0, 100)).length;
    fs.writeFileSync(source, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9]), bytes.subarray(at)]));
    const r = await run('validate', sidecar);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, new RegExp(`the source "seed\\.txt" is not UTF-8 text: the byte at offset ${at} \\(0xe9\\)`));
    assert.doesNotMatch(r.out, /changed/);
  });

  it('says a source it may not read is unreadable (chmod 000)', async function () {
    fs.writeFileSync(source, text);
    fs.chmodSync(source, 0o000);
    let readable = true;
    try {
      fs.readFileSync(source);
    } catch {
      readable = false;
    }
    // As root (CI), chmod 000 does not stop reading: the stub test below covers that case.
    if (readable) this.skip();
    const r = await run('validate', sidecar);
    assert.match(r.out, /cannot read the source "seed\.txt": permission denied/);
  });

  it('says a file it may not read is unreadable, through a file system that refuses on demand', async () => {
    const refusing: FileSystem = {
      ...nodeFileSystem,
      readFile: () => Promise.reject(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' })),
    };
    fs.writeFileSync(source, text);
    const r = await readTextFile(refusing, source, 'the source "seed.txt"', MAX_SOURCE_BYTES);
    assert.deepStrictEqual(r, { kind: 'refused', code: 'read-failed', message: 'cannot read the source "seed.txt": permission denied' });
  });

  it('prints control characters in user text escaped, in text and JSON', async () => {
    fs.writeFileSync(source, text);
    const evil = '\u001b]0;pwned\u0007\u001b[2J\u009b31m';
    fs.writeFileSync(sidecar, sidecarText.replace('text: "يحيى رسول"', `text: ${JSON.stringify(evil).replace('\u009b', '\\u009b')}`));
    for (const args of [['validate', sidecar], ['validate', '--json', sidecar]]) {
      const r = await run(...args);
      assert.strictEqual(r.code, 1);
      assert.doesNotMatch(r.out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/, 'no raw control character reaches the terminal');
      assert.ok(r.out.includes('\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m'), r.out);
    }
  });

  it('warns when source.file names another file than the sidecar sits beside', async () => {
    fs.writeFileSync(source, text);
    fs.writeFileSync(sidecar, sidecarText.replace('"seed.txt"', '"other.txt"'));
    const r = await run('validate', sidecar);
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /:3: warning: source\.file says "other\.txt" but this sidecar sits beside "seed\.txt".*\[source-name-mismatch\]/);
  });

  it('reports symbolic links a folder walk skips, and follows one named on the command line', async () => {
    fs.writeFileSync(source, text);
    const elsewhere = tempDir();
    try {
      const walked = path.join(dir, 'walked');
      fs.mkdirSync(walked);
      fs.renameSync(sidecar, path.join(elsewhere, 'seed.txt.ann.yaml'));
      fs.symlinkSync(path.join(elsewhere, 'seed.txt.ann.yaml'), path.join(walked, 'seed.txt.ann.yaml'));
      fs.symlinkSync(elsewhere, path.join(walked, 'linked-folder'));
      const r = await run('validate', walked);
      assert.strictEqual(r.code, 0, 'notes do not fail the run');
      assert.match(r.out, /walked\/seed\.txt\.ann\.yaml: info: skipped symbolic link: .*\[skipped\]/);
      assert.match(r.out, /walked\/linked-folder: info: skipped symbolic link to a folder/);
      assert.match(r.out, /^0 sidecars checked, .*; 2 paths skipped \(see above\)$/m);
      const named = await run('validate', path.join(walked, 'seed.txt.ann.yaml'));
      assert.match(named.out, /^1 sidecar checked, 3 annotations/m);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
