import * as assert from 'assert';
import { formatProblem } from '../../src/core/problems';
import { isSidecarPath, SIDECAR_SUFFIX, sidecarPathFor, sourcePathFor } from '../../src/core/sidecar/paths';
import { basename, dirname, isNotFound, joinPath } from '../../src/core/store/fileSystem';

describe('sidecar paths', () => {
  it('put the sidecar beside its source and back', () => {
    assert.strictEqual(SIDECAR_SUFFIX, '.ann.yaml');
    assert.strictEqual(sidecarPathFor('news/مقال.txt'), 'news/مقال.txt.ann.yaml');
    assert.strictEqual(sourcePathFor('news/مقال.txt.ann.yaml'), 'news/مقال.txt');
    assert.strictEqual(sourcePathFor(sidecarPathFor('/a/b.md')), '/a/b.md');
  });

  it('recognise a sidecar only when it names a source', () => {
    assert.ok(isSidecarPath('news/مقال.txt.ann.yaml'));
    assert.ok(isSidecarPath('x.ann.yaml'));
    assert.ok(!isSidecarPath('news/.ann.yaml'));
    assert.ok(!isSidecarPath('.ann.yaml'));
    assert.ok(!isSidecarPath('news/مقال.txt'));
    assert.ok(!isSidecarPath('news/مقال.ann.yml'));
  });
});

describe('POSIX paths of the core', () => {
  it('split and join folders', () => {
    assert.strictEqual(dirname('news/2024/مقال.txt'), 'news/2024');
    assert.strictEqual(dirname('/مقال.txt'), '/');
    assert.strictEqual(dirname('مقال.txt'), '.');
    assert.strictEqual(basename('news/2024/مقال.txt'), 'مقال.txt');
    assert.strictEqual(basename('مقال.txt'), 'مقال.txt');
    assert.strictEqual(joinPath('.', 'a.txt'), 'a.txt');
    assert.strictEqual(joinPath('news/', 'a.txt'), 'news/a.txt');
    assert.strictEqual(joinPath('news', 'a.txt'), 'news/a.txt');
    assert.strictEqual(joinPath('/', 'a.txt'), '/a.txt');
  });

  it('tell a missing file from other errors, for Node and VS Code alike', () => {
    assert.ok(isNotFound(Object.assign(new Error('x'), { code: 'ENOENT' })));
    assert.ok(isNotFound({ code: 'FileNotFound' }));
    assert.ok(isNotFound({ name: 'EntryNotFound (FileSystemError)' }));
    for (const other of [undefined, null, 'ENOENT', new Error('ENOENT'), { code: 'EACCES' }, { name: 'NoPermissions (FileSystemError)' }]) {
      assert.ok(!isNotFound(other), String(other));
    }
  });
});

describe('problem lines', () => {
  it('read file:line: severity: message (field) [code]', () => {
    assert.strictEqual(
      formatProblem({ file: 'a.txt.ann.yaml', line: 12, field: 'annotations[3].end', code: 'out-of-range', severity: 'error', message: 'end (99) is beyond' }),
      'a.txt.ann.yaml:12: error: end (99) is beyond (annotations[3].end) [out-of-range]',
    );
    assert.strictEqual(
      formatProblem({ file: 'a.txt.ann.yaml', line: 0, code: 'read-failed', severity: 'error', message: 'cannot read' }),
      'a.txt.ann.yaml: error: cannot read [read-failed]',
    );
  });
});
