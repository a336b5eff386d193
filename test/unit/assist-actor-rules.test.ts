/**
 * Actor mentions, rule by rule on short news phrasing: which names are compiled, where a
 * name's words may be apart (white space, one line break), which reading of a prefixed word
 * wins, and how tagged actors become names (trimmed quotes, canonical groups, first kind).
 * assist-actors.test.ts covers prefixes, spelling variants and real news.
 */
import * as assert from 'assert';
import { compileActorMatcher } from '../../src/core/assist/actors/actorMatcher';
import { actorNamesFromAnnotations } from '../../src/core/assist/actors/actorNames';
import type { ActorName } from '../../src/core/assist/types';
import type { Annotation, AttrValue } from '../../src/core/model/annotation';

const name = (canonical: string, aliases: string[] = [], kind?: string): ActorName => (kind ? { canonical, kind, aliases } : { canonical, aliases });

function found(names: ActorName[], text: string): [string, number, number, string, string][] {
  return compileActorMatcher(names).find(text).map((m) => [m.text, m.start, m.end, m.canonical, m.matched]);
}

describe('actor matcher rules', () => {
  it('compiles a name of several words even when its first word is short', () => {
    const names = [name('إيتمار بن غفير', ['بن غفير'], 'person')];
    assert.deepStrictEqual(found(names, 'وقال بن غفير إن'), [['بن غفير', 5, 12, 'إيتمار بن غفير', 'بن غفير']]);
    assert.strictEqual(compileActorMatcher(names).nameCount, 2);
    assert.strictEqual(compileActorMatcher([name('  ', ['ب'])]).nameCount, 0, 'a blank name and a one-letter one are not compiled');
  });

  it('finds a name that is the whole text, once', () => {
    assert.deepStrictEqual(found([name('حماس')], 'حماس'), [['حماس', 0, 4, 'حماس', 'حماس']]);
    assert.deepStrictEqual(found([name('حماس')], 'وحماس'), [['حماس', 1, 5, 'حماس', 'حماس']]);
  });

  it('gives a mention no kind when its entry has none, and the kind when it has one', () => {
    const [plain] = compileActorMatcher([name('حماس')]).find('رحبت حماس');
    assert.deepStrictEqual(plain, { start: 5, end: 9, text: 'حماس', canonical: 'حماس', matched: 'حماس' });
    const [typed] = compileActorMatcher([name('حماس', [], 'armed-group')]).find('رحبت حماس');
    assert.deepStrictEqual(typed, { start: 5, end: 9, text: 'حماس', canonical: 'حماس', kind: 'armed-group', matched: 'حماس' });
  });

  it('keeps the shorter name when the text leaves a longer listed name unfinished', () => {
    const names = [name('الجيش'), name('الجيش السوري الحر')];
    assert.deepStrictEqual(found(names, 'قصف الجيش السوري مواقع'), [['الجيش', 4, 9, 'الجيش', 'الجيش']]);
    assert.deepStrictEqual(found(names, 'قصف الجيش السوري الحر مواقع').map((m) => m[0]), ['الجيش السوري الحر']);
  });

  it('keeps the article when the name is listed with it, even if listed without it too', () => {
    const wefaq = [name('جمعية الوفاق', ['الوفاق', 'وفاق'])];
    assert.deepStrictEqual(found(wefaq, 'قالت الحكومة والوفاق إن'), [['الوفاق', 14, 20, 'جمعية الوفاق', 'الوفاق']]);
    const reversed = [name('جمعية الوفاق', ['وفاق', 'الوفاق'])];
    assert.deepStrictEqual(found(reversed, 'قالت الحكومة والوفاق إن'), [['الوفاق', 14, 20, 'جمعية الوفاق', 'الوفاق']]);
  });

  // The words of a name as written apart in the text: matched or not.
  const GAPS: [string, boolean][] = [
    [' ', true],
    ['  ', true],
    ['\t', true],
    [' \t ', true],
    ['\n', true],
    ['\r\n', true],
    [' \n ', true],
    ['\n\n', false],
    ['\r\n\r\n', false],
    ['، ', false],
    [' - ', false],
    [' (', false],
    ['ـ ', true], // tatweel folds away: it is part of the word, not a gap
  ];
  for (const [gap, joined] of GAPS) {
    it(`${joined ? 'matches' : 'does not match'} a name whose words are written apart by ${JSON.stringify(gap)}`, () => {
      const text = `أعلن الجيش${gap}العراقي انسحابه`;
      const got = compileActorMatcher([name('الجيش العراقي')]).find(text);
      assert.deepStrictEqual(got.map((m) => m.text), joined ? [`الجيش${gap}العراقي`] : []);
    });
  }
});

let serial = 0;
function tag(text: string, attrs: Record<string, AttrValue> = {}, type = 'actor'): Annotation {
  return { id: `a${++serial}`, type, start: 0, end: Array.from(text).length, text, before: '', after: '', attrs, links: {} };
}

describe('tagged actors as names, rule by rule', () => {
  it('trims the quote and the canonical attribute', () => {
    assert.deepStrictEqual(actorNamesFromAnnotations([tag(' حماس ')]), [{ canonical: 'حماس', aliases: [] }]);
    assert.deepStrictEqual(actorNamesFromAnnotations([tag('الحركة', { canonical: ' حركة حماس ' })]), [{ canonical: 'حركة حماس', aliases: ['الحركة'] }]);
  });

  it('skips a tag with neither quote nor canonical name, and keeps one with a canonical name only', () => {
    assert.deepStrictEqual(actorNamesFromAnnotations([tag('  '), tag('', { canonical: '' })]), []);
    assert.deepStrictEqual(actorNamesFromAnnotations([tag(' ', { canonical: 'حماس' })]), [{ canonical: 'حماس', aliases: [] }]);
  });

  it('keeps tags with different canonical names apart, and a canonical name apart from a bare quote', () => {
    const got = actorNamesFromAnnotations([
      tag('الوزير', { canonical: 'فؤاد حسين' }),
      tag('الوزير', { canonical: 'ثابت العباسي' }),
      tag('فؤاد حسين'),
    ]);
    assert.deepStrictEqual(got, [
      { canonical: 'فؤاد حسين', aliases: ['الوزير'] },
      { canonical: 'ثابت العباسي', aliases: ['الوزير'] },
      { canonical: 'فؤاد حسين', aliases: [] },
    ]);
  });

  it('takes the first non-empty kind given as text', () => {
    const kinds = (...list: (AttrValue | undefined)[]) =>
      actorNamesFromAnnotations(list.map((k) => tag('حماس', k === undefined ? {} : { kind: k })))[0]!.kind;
    assert.strictEqual(kinds('armed-group', 'organisation'), 'armed-group');
    assert.strictEqual(kinds('', 'organisation'), 'organisation');
    assert.strictEqual(kinds(3, 'organisation'), 'organisation');
    assert.strictEqual(kinds(undefined, true, ''), undefined);
  });

  it('adds each differently folded quote once as an alias, never the canonical name again', () => {
    const got = actorNamesFromAnnotations([
      tag('الجيش العراقي'),
      tag('الجيش العراقى'),
      tag('الجيش', { canonical: 'الجيش العراقي' }),
      tag('الجيش العراقي', { canonical: 'الجيش العراقي' }),
      tag('الجيش', { canonical: 'الجيش العراقي' }),
      tag('الجيش', {}, 'date'),
    ]);
    assert.deepStrictEqual(got, [
      { canonical: 'الجيش العراقي', aliases: [] },
      { canonical: 'الجيش العراقي', aliases: ['الجيش'] },
    ]);
  });
});
