/**
 * The actor list `.hamish/actors.yaml`, one rule per row: what a hand-typed list gives (the
 * entries kept, exactly) and each problem exactly as the researcher sees it (line, field,
 * code, severity, what the message names). assist-actors.test.ts reads one longer list.
 */
import * as assert from 'assert';
import { MAX_ACTOR_LIST_CHARS, parseActorList } from '../../src/core/assist/actors/actorList';
import type { ActorName } from '../../src/core/assist/types';
import type { Problem } from '../../src/core/problems';

/** A problem as compared: everything but the file, and the message as a pattern. */
interface Expected {
  line: number;
  field?: string;
  code: Problem['code'];
  severity: Problem['severity'];
  message: RegExp;
}

const ROWS: { why: string; yaml: string[]; actors: ActorName[]; problems: Expected[] }[] = [
  { why: 'a list with only a comment is empty', yaml: ['# the list, to be filled'], actors: [], problems: [] },
  { why: 'a null document is empty', yaml: ['~'], actors: [], problems: [] },
  { why: 'a null actors field is empty', yaml: ['actors: ~'], actors: [], problems: [] },
  // In a flow mapping a key may come without a value (null, not a null scalar).
  { why: 'an actors key without a value in a flow mapping is empty', yaml: ['{actors}'], actors: [], problems: [] },
  {
    why: 'flow-mapping keys without values: no aliases is none, no canonical name is reported at its key',
    yaml: ['actors:', '  - {canonical: بغداد, aliases}', '  - {canonical}', '  - {canonical: حماس, kind}'],
    actors: [{ canonical: 'بغداد', aliases: [] }],
    problems: [
      { line: 3, field: 'actors[1].canonical', code: 'bad-value', severity: 'error', message: /canonical must be a non-empty name/ },
      { line: 4, field: 'actors[2].kind', code: 'bad-value', severity: 'error', message: /kind must be one of/ },
    ],
  },
  {
    why: 'a document that is one name is not a list',
    yaml: ['# الأسماء', 'بغداد'],
    actors: [],
    problems: [{ line: 2, code: 'wrong-type', severity: 'error', message: /mapping with one field, actors/ }],
  },
  {
    why: 'actors given as a mapping is not a list',
    yaml: ['actors:', '  canonical: بغداد'],
    actors: [],
    problems: [{ line: 2, field: 'actors', code: 'wrong-type', severity: 'error', message: /actors must be a list of entries/ }],
  },
  {
    why: 'an unknown top-level field is named and ignored, the list still read',
    yaml: ['colour: red', 'actors:', '  - بغداد'],
    actors: [{ canonical: 'بغداد', aliases: [] }],
    problems: [{ line: 1, field: 'colour', code: 'unknown-field', severity: 'warning', message: /unknown field "colour" ignored/ }],
  },
  {
    why: 'an entry with a canonical name only has no aliases and no kind',
    yaml: ['actors:', '  - canonical: وزارة الدفاع'],
    actors: [{ canonical: 'وزارة الدفاع', aliases: [] }],
    problems: [],
  },
  {
    why: 'names are trimmed; names of digits are names; an empty aliases field is no aliases',
    yaml: ['actors:', '  - 1948', '  - canonical: "  وزارة الدفاع  "', '    aliases:', '  - canonical: 2011', '    aliases: [1967, " حزيران "]'],
    actors: [
      { canonical: '1948', aliases: [] },
      { canonical: 'وزارة الدفاع', aliases: [] },
      { canonical: '2011', aliases: ['1967', 'حزيران'] },
    ],
    problems: [],
  },
  {
    why: 'an entry that is a list is skipped at its line, with its index',
    yaml: ['actors:', '  - بغداد', '  - [a, b]'],
    actors: [{ canonical: 'بغداد', aliases: [] }],
    problems: [{ line: 3, field: 'actors[1]', code: 'wrong-type', severity: 'error', message: /an actor entry is a mapping/ }],
  },
  {
    why: 'a canonical name left empty is reported at its key',
    yaml: ['actors:', '  - kind: state', '    canonical:', '  - بغداد'],
    actors: [{ canonical: 'بغداد', aliases: [] }],
    problems: [{ line: 3, field: 'actors[0].canonical', code: 'bad-value', severity: 'error', message: /canonical must be a non-empty name/ }],
  },
  {
    why: 'a blank, boolean or list canonical name is reported at its value',
    yaml: ['actors:', '  - canonical: "   "', '  - canonical: true', '  - canonical:', '      - الجيش'],
    actors: [],
    problems: [
      { line: 2, field: 'actors[0].canonical', code: 'bad-value', severity: 'error', message: /canonical must be a non-empty name; entry skipped/ },
      { line: 3, field: 'actors[1].canonical', code: 'bad-value', severity: 'error', message: /canonical must be a non-empty name/ },
      { line: 5, field: 'actors[2].canonical', code: 'bad-value', severity: 'error', message: /canonical must be a non-empty name/ },
    ],
  },
  {
    why: 'a kind left empty is reported at its key, an unknown kind at its value',
    yaml: ['actors:', '  - canonical: الحشد', '    kind:', '  - canonical: حماس', '    kind:', '      movement'],
    actors: [],
    problems: [
      { line: 3, field: 'actors[0].kind', code: 'bad-value', severity: 'error', message: /kind must be one of person, organisation/ },
      { line: 6, field: 'actors[1].kind', code: 'bad-value', severity: 'error', message: /kind must be one of/ },
    ],
  },
  {
    why: 'aliases given as a mapping are refused',
    yaml: ['actors:', '  - canonical: بغداد', '    aliases: {a: 1}'],
    actors: [],
    problems: [{ line: 3, field: 'actors[0].aliases', code: 'wrong-type', severity: 'error', message: /aliases must be a list of names/ }],
  },
  {
    why: 'an empty alias is reported at its own line',
    yaml: ['actors:', '  - canonical: بغداد', '    aliases:', '      - العاصمة', '      -', '  - إيران'],
    actors: [{ canonical: 'إيران', aliases: [] }],
    problems: [{ line: 5, field: 'actors[0].aliases', code: 'bad-value', severity: 'error', message: /each alias must be a non-empty name/ }],
  },
  {
    why: 'an unknown field in an entry skips the entry',
    yaml: ['actors:', '  - canonical: حزب الله', '    alias: [حزب الله اللبناني]'],
    actors: [],
    problems: [{ line: 3, field: 'actors[0].alias', code: 'unknown-field', severity: 'error', message: /unknown field "alias"; an actor entry has/ }],
  },
  {
    why: 'an entry without a canonical name is reported at the entry',
    yaml: ['actors:', '  - بغداد', '  - kind: state', '    aliases: [طهران]'],
    actors: [{ canonical: 'بغداد', aliases: [] }],
    problems: [{ line: 3, field: 'actors[1].canonical', code: 'missing-field', severity: 'error', message: /needs a canonical name/ }],
  },
  {
    why: 'a name listed twice with ة for ه is kept and warned about, pointing at the first',
    yaml: ['actors:', '  - canonical: حركة حماس', '    kind: armed-group', '  - canonical: حركه حماس'],
    actors: [
      { canonical: 'حركة حماس', kind: 'armed-group', aliases: [] },
      { canonical: 'حركه حماس', aliases: [] },
    ],
    problems: [{ line: 4, field: 'actors[1]', code: 'bad-value', severity: 'warning', message: /"حركه حماس" is listed twice \(first at line 2\)/ }],
  },
];

describe('actor list rules, one per row', () => {
  for (const row of ROWS) {
    it(row.why, () => {
      const { actors, problems } = parseActorList(row.yaml.join('\n') + '\n', 'lists/actors.yaml');
      assert.deepStrictEqual(actors, row.actors);
      assert.strictEqual(problems.length, row.problems.length, JSON.stringify(problems));
      problems.forEach((p, i) => {
        const want = row.problems[i]!;
        const { message, ...rest } = p;
        const { message: pattern, ...wantRest } = want;
        assert.deepStrictEqual(rest, { file: 'lists/actors.yaml', ...wantRest });
        assert.match(message, pattern);
      });
    });
  }

  it('reports a YAML syntax error as an error at its line', () => {
    const { actors, problems } = parseActorList('actors:\n  - canonical: بغداد\n  - canonical: [غير مغلق\n', 'a.yaml');
    assert.deepStrictEqual(actors, []);
    assert.ok(problems.length > 0);
    for (const p of problems) assert.deepStrictEqual([p.file, p.code, p.severity], ['a.yaml', 'yaml-syntax', 'error']);
  });

  it('reads a list of exactly the size limit and refuses one character more, naming the limit in MiB', () => {
    assert.strictEqual(MAX_ACTOR_LIST_CHARS, 16 * 1024 * 1024);
    const atLimit = 'actors:\n  - بغداد\n#' + '-'.repeat(MAX_ACTOR_LIST_CHARS - 19);
    assert.strictEqual(atLimit.length, MAX_ACTOR_LIST_CHARS);
    assert.deepStrictEqual(parseActorList(atLimit, 'a.yaml'), { actors: [{ canonical: 'بغداد', aliases: [] }], problems: [] });
    const over = parseActorList(atLimit + '-', 'a.yaml');
    assert.deepStrictEqual(over.actors, []);
    assert.strictEqual(over.problems.length, 1);
    const { message, ...rest } = over.problems[0]!;
    assert.deepStrictEqual(rest, { file: 'a.yaml', line: 0, code: 'too-large', severity: 'error' });
    assert.match(message, /larger than the 16 MiB limit/);
  });
});
