// `hamish export` and `hamish import` on files on disk: round trips, every registered format,
// path traversal, usage errors, stale sidecars, and malformed imports that change nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { writeOutputs } from '../../src/cli/exchangeFiles';
import { EXPORTERS, IMPORTERS } from '../../src/core/formats/registry';
import { describeSource } from '../../src/core/model/build';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/codec';
import { exportAnnotations } from './support/exportFixture';
import { seedArticle, tempDir } from './support/fixtures';
import { runCli as run } from './support/runCli';


const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('hamish export / import', () => {
  const text = seedArticle();
  let dir: string;
  const at = (...p: string[]) => path.join(dir, ...p);
  const write = (rel: string, content: string) => {
    fs.mkdirSync(path.dirname(at(rel)), { recursive: true });
    fs.writeFileSync(at(rel), content);
  };
  const sidecar = (rel: string) => {
    const parsed = parseSidecar(fs.readFileSync(at(rel + '.ann.yaml'), 'utf8'), rel);
    assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems));
    return parsed.set;
  };

  beforeEach(() => {
    dir = tempDir();
    write('corpus/news/seed.txt', text);
    write('corpus/news/seed.txt.ann.yaml', serializeSidecar({ version: 2, source: describeSource('seed.txt', text), annotations: exportAnnotations(text) }));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips a corpus through JSONL files into another folder', async () => {
    const exported = await run('export', at('corpus'), '--format', 'jsonl', '--out', at('out.jsonl'));
    assert.strictEqual(exported.code, 0, exported.out + exported.err);
    assert.match(exported.out, /Exported 7 annotations from 1 source/);
    const records = fs.readFileSync(at('out.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.ok(records.every((r) => r.source === 'news/seed.txt'), 'paths relative to the named folder');
    write('copy/news/seed.txt', text);
    const imported = await run('import', 'jsonl', at('out.jsonl'), '--into', at('copy'), '--json');
    assert.strictEqual(imported.code, 0, imported.out + imported.err);
    const summary = JSON.parse(imported.out);
    assert.strictEqual(summary.added, 7);
    assert.deepStrictEqual(plain(sidecar('copy/news/seed.txt').annotations), plain(sidecar('corpus/news/seed.txt').annotations));
    const again = JSON.parse((await run('import', 'jsonl', at('out.jsonl'), '--into', at('copy'), '--json')).out);
    assert.deepStrictEqual([again.added, again.updated, again.unchanged], [0, 0, 7], 'a second import is a no-op');
  });

  it('exports with every registered format and re-imports with every registered importer', async () => {
    for (const exporter of EXPORTERS) {
      const out = at('out', exporter.format + (exporter.layout === 'single-file' ? '.out' : ''));
      const r = await run('export', at('corpus'), '--format', exporter.format, '--out', out, '--json');
      assert.strictEqual(r.code, 0, `${exporter.format}: ${r.out}${r.err}`);
      const summary = JSON.parse(r.out);
      assert.ok(summary.files.length > 0 && summary.files.every((f: string) => fs.existsSync(f)), exporter.format);
      const importer = IMPORTERS.find((i) => i.format === exporter.format);
      if (!importer) continue;
      write(`back-${exporter.format}/news/seed.txt`, text);
      const back = await run('import', exporter.format, out, '--into', at(`back-${exporter.format}`), '--json');
      assert.ok(JSON.parse(back.out).added > 0, `${exporter.format} re-import: ${back.out}`);
    }
  });

  it('filters by type and annotator, and leaves orphans out on request', async () => {
    await run('export', at('corpus'), '--format', 'jsonl', '--out', at('a.jsonl'), '--types', 'claim,date', '--orphans', 'exclude');
    const types = fs.readFileSync(at('a.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).type);
    assert.deepStrictEqual(types.sort(), ['claim', 'date']);
    await run('export', at('corpus/news/seed.txt'), '--format', 'jsonl', '--out', at('b.jsonl'), '--annotators', 'omar');
    const records = fs.readFileSync(at('b.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepStrictEqual(records.map((r) => [r.source, r.annotator]), [['seed.txt', 'omar']]);
  });

  it('re-anchors a stale sidecar before export, or refuses it with --stale refuse', async () => {
    const changed = 'فقرة جديدة في أول الخبر.\n\n' + text;
    write('corpus/news/seed.txt', changed);
    const r = await run('export', at('corpus'), '--format', 'jsonl', '--out', at('s.jsonl'));
    assert.strictEqual(r.code, 0, r.out);
    assert.match(r.out, /re-anchored onto the changed source first: 6 moved/);
    const points = [...changed];
    for (const rec of fs.readFileSync(at('s.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l))) {
      if (!rec.orphaned) assert.strictEqual(points.slice(rec.start, rec.end).join(''), rec.quote);
    }
    const refused = await run('export', at('corpus'), '--format', 'jsonl', '--out', at('r.jsonl'), '--stale', 'refuse');
    assert.strictEqual(refused.code, 1);
    assert.match(refused.out, /news\/seed\.txt: left out/);
    assert.strictEqual(fs.readFileSync(at('r.jsonl'), 'utf8'), '');
  });

  it('exits 2 on unknown formats and other usage errors', async () => {
    const unknown = await run('export', at('corpus'), '--format', 'docx', '--out', at('x'));
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.err, /unknown format "docx"; the formats are jsonl, csv/);
    assert.strictEqual((await run('export', at('corpus'), '--out', at('x'))).code, 2);
    assert.strictEqual((await run('export', at('corpus'), '--format', 'jsonl')).code, 2);
    assert.strictEqual((await run('export', at('nope'), '--format', 'jsonl', '--out', at('x'))).code, 2);
    assert.strictEqual((await run('export', at('corpus'), '--format', 'jsonl', '--out', at('x'), '--stale', 'maybe')).code, 2);
    assert.strictEqual((await run('import', 'docx', at('corpus'))).code, 2);
    assert.strictEqual((await run('import', 'jsonl')).code, 2);
    assert.strictEqual((await run('import', 'jsonl', at('nope.jsonl'))).code, 2);
    assert.strictEqual((await run('export', '--help')).code, 0);
    assert.ok(!fs.existsSync(at('x')));
  });

  it('never writes outside --into, whatever a record names', async () => {
    fs.mkdirSync(at('dest'));
    const good = JSON.stringify({ source: 'ok.txt', id: 'aok000000000000000000000001', type: 'actor', start: 0, end: 3, quote: text.slice(0, 3), attrs: {}, links: {} });
    for (const evil of ['../evil.txt', '/tmp/evil-hamish.txt', 'a/../../evil.txt']) {
      write('evil.jsonl', good + '\n' + JSON.stringify({ ...JSON.parse(good), source: evil }) + '\n');
      write('dest/ok.txt', text);
      const r = await run('import', 'jsonl', at('evil.jsonl'), '--into', at('dest'));
      assert.strictEqual(r.code, 1, r.out);
      assert.match(r.out, /would leave the destination folder/);
      assert.match(r.out, /Nothing imported/);
      assert.deepStrictEqual(fs.readdirSync(at('dest')), ['ok.txt'], 'not even the good record was written');
    }
    assert.ok(!fs.existsSync(at('evil.txt')) && !fs.existsSync(at('evil.txt.ann.yaml')) && !fs.existsSync('/tmp/evil-hamish.txt.ann.yaml'));
  });

  it('never writes an exporter\'s file outside --out', async () => {
    fs.mkdirSync(at('out'));
    await assert.rejects(writeOutputs(at('out'), [{ path: 'fine.txt', content: 'x' }, { path: '../escaped.txt', content: 'x' }], false), /outside/);
    assert.deepStrictEqual(fs.readdirSync(at('out')), [], 'checked before the first write');
    assert.ok(!fs.existsSync(at('escaped.txt')));
  });

  it('changes nothing when an import file is malformed, and says where', async () => {
    write('dest/news/seed.txt', text);
    write('dest/news/seed.txt.ann.yaml', fs.readFileSync(at('corpus/news/seed.txt.ann.yaml'), 'utf8'));
    const before = fs.readFileSync(at('dest/news/seed.txt.ann.yaml'), 'utf8');
    await run('export', at('corpus'), '--format', 'jsonl', '--out', at('good.jsonl'));
    const lines = fs.readFileSync(at('good.jsonl'), 'utf8').split('\n');
    const edited = JSON.stringify({ ...JSON.parse(lines[0]!), note: 'تغيير' });
    write('bad.jsonl', [edited, '{"source": "news/seed.txt", "id": ', ...lines.slice(1)].join('\n'));
    const r = await run('import', 'jsonl', at('bad.jsonl'), '--into', at('dest'));
    assert.strictEqual(r.code, 1);
    assert.match(r.out, /bad\.jsonl:2: error: not a JSON object/);
    assert.strictEqual(fs.readFileSync(at('dest/news/seed.txt.ann.yaml'), 'utf8'), before);
    assert.deepStrictEqual(fs.readdirSync(at('dest/news')).sort(), ['seed.txt', 'seed.txt.ann.yaml']);
  });

  it('reports a missing source, not invents one, when the import carries no text (a folder of JSONL files)', async () => {
    await run('export', at('corpus'), '--format', 'jsonl', '--out', at('in/all.jsonl'));
    const r = await run('import', 'jsonl', at('in'), '--into', at('empty'), '--json');
    assert.strictEqual(r.code, 1);
    assert.match(JSON.parse(r.out).problems[0].message, /no such source file/);
  });

  it('keeps validate working behind the dispatcher', async () => {
    const r = await run('validate', at('corpus'));
    assert.strictEqual(r.code, 0, r.out);
    assert.match(r.out, /1 sidecar checked, 7 annotations/);
  });
});
