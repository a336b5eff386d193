/**
 * The malformed-sidecar corpus (test/fixtures/malformed): each file a hostile or broken
 * sidecar of the seed article, each with the problem `hamish validate` must report first
 * (severity, code, line, start of the message) in expected.json, or `severity: null` for a
 * file that must stay clean. Each file is checked as the seed article's own sidecar, the
 * way a user would meet it. How long the corpus takes is a figure of `npm run bench`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { validatePaths } from '../../src/cli/validateCommand';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { SidecarStore } from '../../src/core/store/sidecarStore';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';
import { fixturesDir, tempDir } from './support/fixtures';

const corpus = path.join(fixturesDir, 'malformed');

interface Expected {
  case: string;
  severity: 'error' | 'warning' | null;
  code?: string;
  line?: number;
  message?: string;
}

const expected = JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8')) as Record<string, Expected>;

describe('malformed sidecar corpus', () => {
  let dir: string;
  let sidecar: string;
  before(() => {
    dir = tempDir();
    fs.copyFileSync(path.join(fixturesDir, 'seed-article.ar.txt'), path.join(dir, 'seed-article.ar.txt'));
    sidecar = path.join(dir, 'seed-article.ar.txt.ann.yaml');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('has an expectation for every file, and a file for every expectation', () => {
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.yaml')).sort();
    assert.deepStrictEqual(Object.keys(expected).sort(), files);
    assert.ok(files.length >= 50, `${files.length} cases`);
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: ${want.case}`, async () => {
      fs.copyFileSync(path.join(corpus, file), sidecar);
      const report = await validatePaths([sidecar]);
      const problems = report.files[0]!.problems;
      const first = problems.find((p) => p.severity === 'error') ?? problems.find((p) => p.severity === 'warning');
      if (want.severity === null) {
        assert.strictEqual(first, undefined, JSON.stringify(problems));
        return;
      }
      assert.ok(first, `expected ${want.code}, got nothing`);
      assert.deepStrictEqual(
        { severity: first.severity, code: first.code, line: first.line },
        { severity: want.severity, code: want.code, line: want.line },
        first.message,
      );
      assert.ok(first.message.startsWith(want.message!), `${first.message}\n  should start with\n${want.message}`);
    });
  }

  it('keeps attributes and links named __proto__ or constructor through load, save and load', async () => {
    for (const file of ['proto-attr.yaml', 'proto-link.yaml', 'constructor-attr.yaml']) {
      fs.copyFileSync(path.join(corpus, file), sidecar);
      const store = new SidecarStore(nodeFileSystem);
      const loaded = await store.load(sidecar);
      assert.strictEqual(loaded.kind, 'loaded', file);
      if (loaded.kind !== 'loaded') return;
      const claim = loaded.snapshot.set.annotations.find((a) => a.type === 'claim')!;
      const names = [...Object.keys(claim.attrs), ...Object.keys(claim.links)];
      const special = names.find((k) => k === '__proto__' || k === 'constructor');
      assert.ok(special, `${file}: the key was read (${names.join(', ')})`);
      assert.strictEqual(Object.getPrototypeOf(claim.attrs), null, 'attrs have no prototype to pollute');
      claim.note = 'edited';
      const saved = await store.save(sidecar, loaded.snapshot.set, loaded.snapshot);
      assert.strictEqual(saved.kind, 'saved');
      const text = fs.readFileSync(sidecar, 'utf8');
      assert.ok(text.includes(`      ${special}: `), `${file}: the key is still in the file`);
      const again = parseSidecar(text, sidecar);
      assert.ok(again.ok);
      const back = again.set.annotations.find((a) => a.type === 'claim')!;
      assert.deepStrictEqual({ ...back.attrs }, { ...claim.attrs });
      assert.deepStrictEqual({ ...back.links }, { ...claim.links });
      assert.strictEqual(serializeSidecar(again.set), text);
    }
  });
});
