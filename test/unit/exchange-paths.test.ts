// Paths from data (records, file names) must not lead a write outside the destination.
import * as assert from 'assert';
import { pathInside, relativeTo, safeRelativePath } from '../../src/core/exchange/safePath';

describe('safeRelativePath', () => {
  it('keeps ordinary relative paths, cleaned', () => {
    assert.strictEqual(safeRelativePath('news/2024/article.txt'), 'news/2024/article.txt');
    assert.strictEqual(safeRelativePath('./news//a.txt'), 'news/a.txt');
    assert.strictEqual(safeRelativePath('أخبار/مقال.txt'), 'أخبار/مقال.txt');
    assert.strictEqual(safeRelativePath('a..b/c...txt'), 'a..b/c...txt', 'dots inside a name are not a climb');
  });

  for (const bad of ['../x', 'a/../../x', 'a/..', '..', '/etc/passwd', '\\\\server\\share\\x', 'C:\\x', 'c:/x', 'a\\..\\..\\x', '', '.', './', 'a/\u0000b', 'a\nb']) {
    it(`refuses ${JSON.stringify(bad)}`, () => assert.strictEqual(safeRelativePath(bad), undefined));
  }

  it('joins inside a folder or refuses', () => {
    assert.strictEqual(pathInside('/out', 'a/b.txt'), '/out/a/b.txt');
    assert.strictEqual(pathInside('/out/', 'b.txt'), '/out/b.txt');
    assert.strictEqual(pathInside('/out', '../b.txt'), undefined);
    assert.strictEqual(pathInside('/out', '/b.txt'), undefined);
  });

  it('relativeTo only answers for paths below the root', () => {
    assert.strictEqual(relativeTo('/w/corpus', '/w/corpus/news/a.txt'), 'news/a.txt');
    assert.strictEqual(relativeTo('/w/corpus/', '/w/corpus/a.txt'), 'a.txt');
    assert.strictEqual(relativeTo('/w/corpus', '/w/corpus2/a.txt'), undefined);
    assert.strictEqual(relativeTo('/', '/a.txt'), 'a.txt');
  });
});
