import * as assert from 'assert';
import fc from 'fast-check';
import { parseActorList } from '../../src/core/assist/actors/actorList';
import { compileActorMatcher } from '../../src/core/assist/actors/actorMatcher';
import { actorNamesFromAnnotations } from '../../src/core/assist/actors/actorNames';
import type { ActorName } from '../../src/core/assist/types';
import type { Annotation } from '../../src/core/model/annotation';
import { newsArticles } from '../corpus/newsCorpus';
import { cpIndexOf, seedArticle } from './support/fixtures';

const cpLength = (s: string): number => Array.from(s).length;

function mentions(names: ActorName[], text: string): string[] {
  return compileActorMatcher(names).find(text).map((m) => m.text);
}

describe('actor list (.hamish/actors.yaml)', () => {
  const file = [
    'actors:', //                                   1
    '  - canonical: الجيش العراقي', //              2
    '    kind: armed-group', //                     3
    '    aliases: [القوات المسلحة العراقية]', //    4
    '  - kind: state', //                           5  no canonical
    '    aliases: [x]', //                          6
    '  - canonical: حماس', //                       7
    '    kind: movement', //                        8  not a kind
    '  - canonical: إيران', //                      9
    '    kind: state', //                           10
    '    aliases: طهران', //                        11 one alias, written bare
    '  - canonical: حزب الله', //                   12
    '    alias: [حزب الله اللبناني]', //            13 unknown field
    '  - canonical: بغداد', //                      14
    '    aliases: [بغداد العاصمة, {a: 1}]', //      15 an alias that is not a name
    '  - الحشد الشعبي', //                          16 a bare name
    '  - [a, b]', //                                17 not an entry
    '  - canonical: الجيش العراقى', //              18 the first entry again (folded)
    'colour: red', //                               19 unknown top-level field
  ].join('\n');

  it('keeps good entries, skips bad ones, and names each problem with its line', () => {
    const { actors, problems } = parseActorList(file, '.hamish/actors.yaml');
    assert.deepStrictEqual(actors.map((a) => a.canonical), ['الجيش العراقي', 'إيران', 'الحشد الشعبي', 'الجيش العراقى']);
    assert.deepStrictEqual(actors[0], { canonical: 'الجيش العراقي', kind: 'armed-group', aliases: ['القوات المسلحة العراقية'] });
    assert.deepStrictEqual(actors[1], { canonical: 'إيران', kind: 'state', aliases: ['طهران'] });
    assert.deepStrictEqual(actors[2], { canonical: 'الحشد الشعبي', aliases: [] });
    const seen = problems.map((p) => `${p.line} ${p.severity} ${p.code}`);
    assert.deepStrictEqual(seen, [
      '5 error missing-field',
      '8 error bad-value',
      '13 error unknown-field',
      '15 error bad-value',
      '17 error wrong-type',
      '18 warning bad-value',
      '19 warning unknown-field',
    ]);
    assert.ok(problems.every((p) => p.file === '.hamish/actors.yaml'));
    assert.match(problems[1]!.message, /person, organisation, armed-group, state, media, other/);
    assert.match(problems[5]!.message, /line 2/);
  });

  it('reports YAML syntax errors with their line and keeps nothing', () => {
    const { actors, problems } = parseActorList('actors:\n  - canonical: بغداد\n  - canonical: [غير مغلق\n', 'a.yaml');
    assert.strictEqual(actors.length, 0);
    assert.strictEqual(problems[0]!.code, 'yaml-syntax');
    assert.ok(problems[0]!.line >= 3, `line ${problems[0]!.line}`);
  });

  it('reads an empty file as no actors, and refuses other shapes and huge files', () => {
    assert.deepStrictEqual(parseActorList('', 'a.yaml'), { actors: [], problems: [] });
    assert.deepStrictEqual(parseActorList('actors:\n', 'a.yaml'), { actors: [], problems: [] });
    assert.strictEqual(parseActorList('- بغداد\n', 'a.yaml').problems[0]!.code, 'wrong-type');
    assert.strictEqual(parseActorList('actors: بغداد\n', 'a.yaml').problems[0]!.code, 'wrong-type');
    const huge = parseActorList('#'.repeat(16 * 1024 * 1024 + 1), 'a.yaml');
    assert.deepStrictEqual([huge.actors.length, huge.problems[0]!.code, huge.problems[0]!.line], [0, 'too-large', 0]);
  });
});

describe('actor matcher', () => {
  const army: ActorName = { canonical: 'الجيش العراقي', kind: 'armed-group', aliases: [] };
  const hamas: ActorName = { canonical: 'حماس', aliases: [] };

  it('finds a name behind every attached prefix and leaves the prefix out of the span', () => {
    const cases: [string, string][] = [
      ['الجيش العراقي', 'الجيش العراقي'],
      ['والجيش العراقي', 'الجيش العراقي'],
      ['فالجيش العراقي', 'الجيش العراقي'],
      ['بالجيش العراقي', 'الجيش العراقي'],
      ['كالجيش العراقي', 'الجيش العراقي'],
      ['وبالجيش العراقي', 'الجيش العراقي'],
      ['فبالجيش العراقي', 'الجيش العراقي'],
      ['وكالجيش العراقي', 'الجيش العراقي'],
      // ل + ال is written لل: the span starts at the article's lam.
      ['للجيش العراقي', 'لجيش العراقي'],
      ['وللجيش العراقي', 'لجيش العراقي'],
      ['فللجيش العراقي', 'لجيش العراقي'],
    ];
    for (const [written, span] of cases) {
      const text = `قال مصدر إن ${written} انسحب.`;
      const found = compileActorMatcher([army]).find(text);
      assert.strictEqual(found.length, 1, written);
      assert.strictEqual(found[0]!.text, span, written);
      assert.strictEqual(found[0]!.start, cpIndexOf(text, written) + cpLength(written) - cpLength(span), written);
      assert.deepStrictEqual([found[0]!.canonical, found[0]!.kind, found[0]!.matched], ['الجيش العراقي', 'armed-group', 'الجيش العراقي']);
    }
    for (const prefix of ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'ال', 'وال', 'بال', 'فال', 'كال', 'لل']) {
      assert.deepStrictEqual(mentions([hamas], `رحبت ${prefix}حماس بالقرار`), ['حماس'], prefix);
    }
  });

  it('sees through spelling variants: hamza, alef, ى/ي, ة/ه, diacritics, tatweel', () => {
    const names: ActorName[] = [
      { canonical: 'لويد أوستن', aliases: [] },
      { canonical: 'إسرائيل', aliases: [] },
      { canonical: 'يحيى رسول', aliases: [] },
      { canonical: 'الحكومة العراقية', aliases: [] },
      { canonical: 'شؤون اللاجئين', aliases: [] },
      army,
    ];
    const cases: [string, string][] = [
      ['لويد اوستن', 'لويد أوستن'],
      ['اسرائيل', 'إسرائيل'],
      ['إسرائيلَ', 'إسرائيل'],
      ['يحيي رسول', 'يحيى رسول'],
      ['الحكومه العراقيه', 'الحكومة العراقية'],
      ['شئون اللاجئين', 'شؤون اللاجئين'],
      ['الجَيْشُ العِرَاقِيُّ', 'الجيش العراقي'],
      ['الجـــيش العراقـي', 'الجيش العراقي'],
    ];
    for (const [written, canonical] of cases) {
      const found = compileActorMatcher(names).find(`وقال ${written} اليوم`);
      assert.deepStrictEqual(found.map((m) => [m.text, m.canonical]), [[written, canonical]], written);
    }
  });

  it('never splits a letter from its marks, and counts offsets in code points past an emoji', () => {
    const text = '👍🏽 وَلِلْجَيْشِ العِرَاقِيِّ دورٌ';
    const [m] = compileActorMatcher([army]).find(text);
    assert.strictEqual(m!.text, 'لْجَيْشِ العِرَاقِيِّ');
    assert.strictEqual(m!.start, cpIndexOf(text, 'لْجَيْشِ'));
    assert.strictEqual(m!.end, m!.start + cpLength(m!.text));
    assert.strictEqual(Array.from(text).slice(m!.start, m!.end).join(''), m!.text);
  });

  it('matches on word boundaries, longest name first, without overlaps', () => {
    assert.deepStrictEqual(mentions([{ canonical: 'بغداد', aliases: [] }], 'بغدادي وبغداد والبغدادية'), ['بغداد']);
    const hezbollah: ActorName[] = [{ canonical: 'حزب الله', aliases: [] }, { canonical: 'حزب الله العراقي', aliases: [] }];
    const found = compileActorMatcher(hezbollah).find('كتائب حزب الله العراقي وحزب الله اللبناني');
    assert.deepStrictEqual(found.map((m) => [m.text, m.canonical]), [['حزب الله العراقي', 'حزب الله العراقي'], ['حزب الله', 'حزب الله']]);
    // A name does not run across a paragraph break (but does across one line break).
    assert.deepStrictEqual(mentions([army], 'الجيش\n\nالعراقي'), []);
    assert.deepStrictEqual(mentions([army], 'الجيش\nالعراقي'), ['الجيش\nالعراقي']);
  });

  it('leaves out one-word names of two letters or fewer, and folds Latin case', () => {
    assert.deepStrictEqual(mentions([{ canonical: 'مع', aliases: ['لا'] }], 'مع الوفد ولا غيره'), []);
    assert.deepStrictEqual(mentions([{ canonical: 'MEO', aliases: [] }], 'نشر موقع meo الخبر'), ['meo']);
    assert.strictEqual(compileActorMatcher([{ canonical: 'مع', aliases: ['الأمم المتحدة'] }]).nameCount, 1);
  });

  it('gives a mention to the first entry when two fold to the same name, and reports the name matched', () => {
    const found = compileActorMatcher([
      { canonical: 'الحكومة العراقية', kind: 'state', aliases: ['حكومة بغداد'] },
      { canonical: 'الحكومه العراقيه', kind: 'other', aliases: [] },
    ]).find('انتقدت حكومة بغداد ثم الحكومة العراقية');
    assert.deepStrictEqual(found.map((m) => [m.canonical, m.kind, m.matched]), [
      ['الحكومة العراقية', 'state', 'حكومة بغداد'],
      ['الحكومة العراقية', 'state', 'الحكومة العراقية'],
    ]);
  });
});

/** A tag on the first occurrence of `quote` in `text`. */
function tag(text: string, quote: string, attrs: Annotation['attrs'] = {}, n = 0): Annotation {
  const start = cpIndexOf(text, quote);
  return { id: `a${n}`, type: 'actor', start, end: start + cpLength(quote), text: quote, before: '', after: '', attrs, links: {} };
}

describe('tagged actors as names (actorNamesFromAnnotations)', () => {
  it('groups tags by canonical attribute, else by folded quote, with each distinct quote a name', () => {
    const text = 'قال يحيى رسول ثم قال رسول إن الحكومة العراقية والحكومه العراقيه';
    const names = actorNamesFromAnnotations([
      tag(text, 'يحيى رسول', { canonical: 'يحيى رسول', kind: 'person' }),
      tag(text, 'رسول', { canonical: 'يحيى رسول' }),
      tag(text, 'الحكومة العراقية', { kind: 'state' }),
      tag(text, 'الحكومه العراقيه'),
      { ...tag(text, 'قال'), type: 'claim' },
    ]);
    assert.deepStrictEqual(names, [
      { canonical: 'يحيى رسول', kind: 'person', aliases: ['رسول'] },
      { canonical: 'الحكومة العراقية', kind: 'state', aliases: [] },
    ]);
  });

  it('on the seed article, one tag per actor finds every other mention', () => {
    const seed = seedArticle();
    const tagged = [
      'التحالف الدولي', 'العراق', 'إيران', 'بغداد', 'حزب الله', 'يحيى رسول', 'إسرائيل', 'غزة', 'الولايات المتحدة',
      'طهران', 'داعش', 'حركة النجباء', 'وزارة الدفاع الأميركية', 'لويد أوستن', 'القوات الأميركية',
    ];
    const names = actorNamesFromAnnotations(tagged.map((q, i) => tag(seed, q, { kind: 'other' }, i)));
    assert.strictEqual(names.length, tagged.length);
    const found = compileActorMatcher(names).find(seed);
    const chars = Array.from(seed);
    for (const name of tagged) {
      // An independent count: the name after any of the prefixes, or لل + the name without its alef.
      const bareName = name.startsWith('ال') ? `|(?:[وف]?)ل${name.slice(1)}` : '';
      const oracle = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:(?:[وف]?(?:[بلك]|ال|بال|كال)?)${name}${bareName})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
      const expected = [...seed.matchAll(oracle)].length;
      const mine = found.filter((m) => m.canonical === name);
      assert.strictEqual(mine.length, expected, `${name}: ${mine.length} found, ${expected} in the text`);
      for (const m of mine) {
        assert.strictEqual(chars.slice(m.start, m.end).join(''), m.text);
        assert.ok(m.text === name || `ا${m.text}` === name, `${name}: span ${m.text}`);
      }
    }
    assert.ok(found.length >= 40, `${found.length} mentions`);
    assert.strictEqual(found.filter((m) => m.canonical === 'العراق').length >= 6, true);
  });
});

describe('actor matcher on real news (dev split)', () => {
  it('returns exact, ordered, non-overlapping spans over the text as stored', () => {
    const articles = newsArticles('dev').slice(0, 150);
    const names: ActorName[] = [
      { canonical: 'المملكة العربية السعودية', aliases: ['السعودية', 'المملكة'] },
      { canonical: 'الأمم المتحدة', aliases: [] },
      { canonical: 'مجلس الأمن', aliases: [] },
      { canonical: 'وزارة الداخلية', aliases: [] },
      { canonical: 'الحوثيين', aliases: ['الحوثي'] },
    ];
    const matcher = compileActorMatcher(names);
    let total = 0;
    for (const a of articles) {
      const chars = Array.from(a.content);
      let last = 0;
      for (const m of matcher.find(a.content)) {
        assert.ok(m.start >= last && m.end > m.start);
        assert.strictEqual(chars.slice(m.start, m.end).join(''), m.text);
        last = m.end;
        total++;
      }
    }
    assert.ok(total > 50, `${total} mentions`);
  });
});

describe('actor matcher, random spellings (property)', () => {
  it('finds a listed name behind any prefix, with any diacritics and tatweel, and covers exactly the name as written', () => {
    const names = ['الجيش العراقي', 'حركة النجباء', 'وزارة الدفاع الأميركية', 'إيران', 'لويد أوستن', 'يحيى رسول'];
    const matcher = compileActorMatcher(names.map((canonical) => ({ canonical, aliases: [] })));
    const marks = ['', '', '', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b', '\u0651\u064e', '\u0640'];
    const prefixes = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];
    const strip = (s: string): string => s.replace(/[\u064b-\u0652\u0640]/gu, '');
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom(...prefixes),
        fc.array(fc.constantFrom(...marks), { minLength: 40, maxLength: 40 }),
        fc.constantFrom('', '😀 ', 'قال '),
        (name, prefix, decoration, before) => {
          // Diacritics or tatweel after letters of the name (tatweel only between letters).
          const letters = Array.from(name);
          const written = letters.map((ch, i) => {
            const mark = decoration[i % decoration.length]!;
            return ch === ' ' || (mark === '\u0640' && i === letters.length - 1) ? ch : ch + mark;
          }).join('');
          // ل + ال is written لل: the name then starts at the article's lam.
          const lamLam = (prefix === 'ل' || prefix.endsWith('ل')) && name.startsWith('ال');
          const body = lamLam ? written.slice(written.indexOf('ل')) : written;
          const text = `${before}${prefix}${body} في البيان.`;
          const found = matcher.find(text);
          if (found.length !== 1) return false;
          const m = found[0]!;
          const chars = Array.from(text);
          const expectedStart = cpLength(before) + cpLength(prefix);
          return m.canonical === name && m.start === expectedStart && chars.slice(m.start, m.end).join('') === m.text
            && strip(m.text) === (lamLam ? name.slice(1) : name) && m.end === expectedStart + cpLength(body);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
