import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { cpIndexOf, repoRoot, seedArticle, tempDir } from './support/fixtures';
import { runCli as run } from './support/runCli';
import { sampleSet } from './support/sampleSet';


describe('hamish validate', () => {
  const text = seedArticle();
  const good = serializeSidecar(sampleSet(text));
  let dir: string;
  const write = (name: string, content: string) => fs.writeFileSync(path.join(dir, name), content);

  beforeEach(() => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, 'good'));
    fs.mkdirSync(path.join(dir, 'bad'));
    write('good/seed.txt', text);
    write('good/seed.txt.ann.yaml', good.replace('seed-article.ar.txt', 'seed.txt'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 with a summary on a clean folder', async () => {
    const r = await run('validate', path.join(dir, 'good'));
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /^1 sidecar checked, 3 annotations: 0 errors, 0 warnings, 0 notes$/m);
  });

  it('exits 1 and prints file:line for each problem in broken sidecars', async () => {
    write('bad/a.txt', text);
    const mismatched = good.replace('text: "يحيى رسول"', 'text: "يحيى رسولي"');
    write('bad/a.txt.ann.yaml', mismatched);
    write('bad/b.txt', text);
    write('bad/b.txt.ann.yaml', good.replace('    type: "date"', '    type: "date\n'));
    write('bad/orphan.txt.ann.yaml', good);
    const r = await run('validate', dir);
    assert.strictEqual(r.code, 1);
    const line = mismatched.split('\n').findIndex((l) => l.includes('يحيى رسولي')) + 1;
    const aFile = path.join(dir, 'bad/a.txt.ann.yaml');
    assert.ok(r.out.includes(`${aFile}:${line}: error: quote "يحيى رسولي" does not match`), r.out);
    assert.match(r.out, /b\.txt\.ann\.yaml:\d+: error: YAML syntax/);
    assert.match(r.out, /orphan\.txt\.ann\.yaml:3: error: the source file "orphan\.txt" does not exist/);
    // a.txt and orphan.txt sidecars still name seed-article.ar.txt: each gets a warning naming both.
    assert.match(r.out, /a\.txt\.ann\.yaml:3: warning: source\.file says "seed-article\.ar\.txt" but this sidecar sits beside "a\.txt"/);
    assert.match(r.out, /^4 sidecars checked, .*: 3 errors, 2 warnings/m);
  });

  it('dry-runs re-anchoring when the source changed, without writing', async () => {
    const prefix = 'سطر جديد في أول المقال\n';
    write('good/seed.txt', prefix + text);
    const before = fs.readFileSync(path.join(dir, 'good/seed.txt.ann.yaml'));
    const r = await run('validate', path.join(dir, 'good', 'seed.txt'));
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /warning: the source "seed.txt" changed/);
    const start = cpIndexOf(text, 'يحيى رسول');
    const end = start + [...'يحيى رسول'].length;
    const shift = [...prefix].length;
    assert.ok(r.out.includes(`info: actor "يحيى رسول" would move from ${start}-${end} to ${start + shift}-${end + shift}`), r.out);
    assert.deepStrictEqual(fs.readFileSync(path.join(dir, 'good/seed.txt.ann.yaml')), before);
  });

  it('prints JSON with --json', async () => {
    const r = await run('validate', '--json', path.join(dir, 'good'));
    const report = JSON.parse(r.out);
    assert.strictEqual(report.summary.sidecars, 1);
    assert.strictEqual(report.files[0].annotations, 3);
    assert.deepStrictEqual(report.files[0].problems, []);
  });

  it('exits 2 on usage errors', async () => {
    assert.strictEqual((await run()).code, 2);
    assert.strictEqual((await run('frobnicate')).code, 2);
    assert.strictEqual((await run('validate')).code, 2);
    assert.strictEqual((await run('validate', '--bogus', dir)).code, 2);
    const missing = await run('validate', path.join(dir, 'nope'));
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /no such file or folder/);
    assert.strictEqual((await run('validate', '--help')).code, 0);
  });

  it('works as the bundled dist/cli.js', () => {
    const cli = path.join(repoRoot, 'dist/cli.js');
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: `npm test` builds it; run `npm run build` first');
    const ok = spawnSync(process.execPath, [cli, 'validate', path.join(dir, 'good')], { encoding: 'utf8' });
    assert.strictEqual(ok.status, 0, ok.stdout + ok.stderr);
    write('good/seed.txt.ann.yaml', 'version: 3\n');
    const bad = spawnSync(process.execPath, [cli, 'validate', path.join(dir, 'good')], { encoding: 'utf8' });
    assert.strictEqual(bad.status, 1);
    assert.match(bad.stdout, /seed\.txt\.ann\.yaml:1: error: unknown sidecar version 3/);
  });
});
