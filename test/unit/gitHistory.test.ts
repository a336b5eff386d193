/**
 * The old text from git (src/node/gitHistory.ts) in a real temporary repository, and its use
 * by `hamish validate`: with the version the sidecar describes found in history, a deleted
 * quote whose copy survives elsewhere is reported orphaned, not moved onto the copy.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { textFromGitHistory } from '../../src/node/gitHistory';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { FORMAT_VERSION } from '../../src/core/sidecar/format';
import { sha256Hex } from '../../src/core/text/hash';
import { codePointLength } from '../../src/core/text/offsets';
import { runCli } from './support/runCli';

const P = 'وقال المتحدث باسم الشرطة إن التحقيق في الحادث ما زال جاريا حتى الآن.';
const Q = 'وتراجعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج.';
const OLD = [P, Q, P].join('\n') + '\n';
const NEW = [P.replace('التحقيق في الحادث ', ''), Q, P].join('\n') + '\n';

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, { cwd: dir, stdio: 'ignore', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
}

describe('the old text from git', () => {
  let dir: string;
  let source: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-git-'));
    source = path.join(dir, 'article.txt');
    git(dir, 'init', '-q');
    git(dir, 'config', 'user.email', 'test@example.org');
    git(dir, 'config', 'user.name', 'Test');
    git(dir, 'config', 'commit.gpgsign', 'false');
    fs.writeFileSync(source, OLD);
    const start = codePointLength(OLD.slice(0, OLD.indexOf('التحقيق في الحادث')));
    const span = createAnnotation(OLD, { type: 'claim', start, end: start + codePointLength('التحقيق في الحادث'), id: 'a1', now: '2026-01-01T00:00:00Z' });
    const set = { version: FORMAT_VERSION, source: describeSource('article.txt', OLD), annotations: [span] };
    fs.writeFileSync(`${source}.ann.yaml`, serializeSidecar(set));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'first');
    fs.writeFileSync(source, NEW);
    git(dir, 'commit', '-q', '-am', 'edited elsewhere, then pulled');
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the committed version whose SHA-256 the sidecar recorded', async () => {
    assert.strictEqual(await textFromGitHistory(source, sha256Hex(OLD)), OLD);
    assert.strictEqual(await textFromGitHistory(source, sha256Hex(NEW)), NEW);
  });

  it('finds nothing for an unknown hash, beyond the commits it may look at, or outside a repository', async () => {
    assert.strictEqual(await textFromGitHistory(source, sha256Hex('غير موجود')), undefined);
    assert.strictEqual(await textFromGitHistory(source, sha256Hex(OLD), { maxCommits: 1 }), undefined);
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hamish-nogit-'));
    try {
      fs.writeFileSync(path.join(outside, 'a.txt'), OLD);
      assert.strictEqual(await textFromGitHistory(path.join(outside, 'a.txt'), sha256Hex(OLD)), undefined);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('makes `hamish validate` report a deleted quote as orphaned, not moved onto its copy', async () => {
    const withGit = await runCli('validate', source);
    assert.match(withGit.out, /is no longer in the source; it would be kept as orphaned/);
    assert.doesNotMatch(withGit.out, /would move/);
    // Without the history (the .git folder gone) the same check can only go by context.
    fs.rmSync(path.join(dir, '.git'), { recursive: true, force: true });
    const without = await runCli('validate', source);
    assert.match(without.out, /would move from/);
  });
});
