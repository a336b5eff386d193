/**
 * The suggestion combiner's rules on short sentences, with scripted recogniser outputs: which
 * recognisers run for which wanted types, the exact attributes a suggestion carries, which
 * speaker and which date a claim links to (exact span first; nearest date inside the claim's
 * sentence, ties to the earlier date), that touching spans do not overlap, and the order and
 * uniqueness of the result. suggest.test.ts covers the same rules on the seed article.
 */
import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { createAnnotation } from '../../src/core/model/build';
import type { DateOptions } from '../../src/core/assist/dates/findDates';
import type { Recognisers } from '../../src/core/assist/suggest/recognisers';
import { suggestAnnotations, type SuggestContext } from '../../src/core/assist/suggest/suggest';
import type { ActorMention, ActorName, ClaimCue, DateMention, Suggestion, TextSpan } from '../../src/core/assist/types';
import { FIXED_TIME } from './support/sampleSet';

/** The `nth` occurrence (0-based) of `quote` in `text`, in code points. */
function at(text: string, quote: string, nth = 0): TextSpan {
  let u = -1;
  for (let i = 0; i <= nth; i++) u = text.indexOf(quote, u + 1);
  assert.ok(u >= 0, `"${quote}" (#${nth}) is in "${text}"`);
  const start = Array.from(text.slice(0, u)).length;
  return { start, end: start + Array.from(quote).length, text: quote };
}

function date(text: string, quote: string, rule = 'scripted', nth = 0): DateMention {
  return { ...at(text, quote, nth), value: '2024-02-11', calendar: 'gregorian', precision: 'day', relative: false, rule };
}

function actor(text: string, quote: string, extra: Partial<ActorMention> = {}): ActorMention {
  return { ...at(text, quote), canonical: quote, matched: quote, ...extra };
}

interface Claim {
  content: string;
  cue: string;
  kind?: ClaimCue['cue']['kind'];
  speaker?: string;
  modality?: ClaimCue['modality'];
  quote?: ClaimCue['quote'];
}

function claim(text: string, c: Claim): ClaimCue {
  const cue: ClaimCue = { ...at(text, c.content), cue: { ...at(text, c.cue), kind: c.kind ?? 'verb' } };
  if (c.speaker !== undefined) cue.speaker = at(text, c.speaker);
  if (c.modality !== undefined) cue.modality = c.modality;
  if (c.quote !== undefined) cue.quote = c.quote;
  return cue;
}

interface Script {
  dates?: DateMention[];
  actors?: ActorMention[];
  cues?: ClaimCue[];
  documentDate?: string;
}

/** What the combiner asked of the recognisers. */
interface Log {
  dateOptions: DateOptions[];
  compiled: ActorName[][];
  cueActors: TextSpan[][];
}

function scripted(s: Script, log: Log): Recognisers {
  return {
    findDocumentDate: () => s.documentDate,
    findDates(_text, options) {
      log.dateOptions.push(options);
      return s.dates ?? [];
    },
    compileActorMatcher(names) {
      log.compiled.push([...names]);
      return { find: () => s.actors ?? [] };
    },
    findClaimCues(_text, actors) {
      log.cueActors.push([...actors]);
      return s.cues ?? [];
    },
  };
}

function run(text: string, s: Script, context: Partial<SuggestContext> = {}): { got: Suggestion[]; log: Log } {
  const log: Log = { dateOptions: [], compiled: [], cueActors: [] };
  const got = suggestAnnotations(text, { annotations: [], ...context }, scripted(s, log));
  return { got, log };
}

function tag(text: string, type: string, quote: string, id: string, nth = 0): Annotation {
  const s = at(text, quote, nth);
  return createAnnotation(text, { type, start: s.start, end: s.end, id, now: FIXED_TIME });
}

describe('suggestion combiner rules (scripted recognisers)', () => {
  const text = 'قال الوزير يوم الأحد إن الهدنة صامدة.';
  const script = (): Script => ({
    dates: [date(text, 'يوم الأحد')],
    actors: [actor(text, 'الوزير')],
    cues: [claim(text, { content: 'الهدنة صامدة', cue: 'قال', speaker: 'الوزير' })],
  });

  it('runs only the recognisers the wanted types need', () => {
    const dates = run(text, script(), { types: ['date'] });
    assert.deepStrictEqual(dates.got.map((s) => s.type), ['date']);
    assert.deepStrictEqual([dates.log.compiled.length, dates.log.cueActors.length], [0, 0], 'no actor matching nor claim cues for dates alone');

    const actors = run(text, script(), { types: ['actor'] });
    assert.deepStrictEqual(actors.got.map((s) => s.type), ['actor']);
    assert.deepStrictEqual([actors.log.dateOptions.length, actors.log.cueActors.length], [0, 0]);

    // Claims alone still match actors: they are where the speakers are looked for.
    const claims = run(text, script(), { types: ['claim'] });
    assert.deepStrictEqual(claims.got.map((s) => s.type), ['claim']);
    assert.strictEqual(claims.log.compiled.length, 1);
    assert.deepStrictEqual(claims.log.cueActors[0]!.map((a) => a.text), ['الوزير']);
    assert.deepStrictEqual(claims.got[0]!.links, {}, 'the actor was not proposed, so it is no link target');
  });

  it('hands the date recogniser no document date at all when none is known', () => {
    assert.deepStrictEqual(run(text, script(), { types: ['date'] }).log.dateOptions, [{}]);
    assert.deepStrictEqual(run(text, { ...script(), documentDate: '2024-02-12' }, { types: ['date'] }).log.dateOptions, [{ documentDate: '2024-02-12' }]);
  });

  it('carries only the attributes the recognisers gave: no kind, modality or quote set to undefined', () => {
    const s = script();
    s.actors = [actor(text, 'الوزير'), actor(text, 'الهدنة', { kind: 'other' })];
    const { got } = run(text, s, { actors: [{ canonical: 'الوزير', aliases: [] }] });
    assert.deepStrictEqual(
      got.map((g) => [g.type, g.text, g.attrs, g.rule]),
      [
        ['actor', 'الوزير', { canonical: 'الوزير' }, 'actor-list'],
        ['date', 'يوم الأحد', { calendar: 'gregorian', precision: 'day', value: '2024-02-11' }, 'scripted'],
        ['actor', 'الهدنة', { canonical: 'الهدنة', kind: 'other' }, 'tagged-actor'],
        ['claim', 'الهدنة صامدة', {}, 'reporting-verb'],
      ],
    );
    const q = run(text, { cues: [claim(text, { content: 'الهدنة صامدة', cue: 'قال', kind: 'quote', quote: 'direct' })] }, { types: ['claim'] }).got;
    assert.deepStrictEqual(q.map((g) => [g.attrs, g.rule]), [[{ quote: 'direct' }, 'quoted-speech']]);
    const m = run(text, { cues: [claim(text, { content: 'الهدنة صامدة', cue: 'قال', kind: 'attribution', modality: 'denied' })] }, { types: ['claim'] }).got;
    assert.deepStrictEqual(m.map((g) => [g.attrs, g.rule]), [[{ modality: 'denied' }, 'attribution']]);
  });

  it('links the speaker tagged at exactly its span, else the first tag overlapping it, never one that only touches it', () => {
    const t = 'قال المتحدث العسكري يحيى رسول إن القوات انسحبت.';
    const cues = [claim(t, { content: 'القوات انسحبت', cue: 'قال', speaker: 'يحيى رسول' })];
    const wide = tag(t, 'actor', 'المتحدث العسكري ', 'atouch'); // ends where the speaker starts
    const first = tag(t, 'actor', 'يحيى', 'afirst'); // same start, shorter
    const last = tag(t, 'actor', 'رسول', 'alast'); // same end, later start
    const exact = tag(t, 'actor', 'يحيى رسول', 'aexact');
    const link = (annotations: Annotation[]) => run(t, { cues }, { types: ['claim'], annotations }).got[0]!.links.speaker;
    assert.strictEqual(link([wide, first, last, exact]), 'aexact');
    assert.strictEqual(link([wide, last, first]), 'alast');
    assert.strictEqual(link([wide, first]), 'afirst');
    assert.strictEqual(link([wide]), undefined);
    assert.strictEqual(link([tag(t, 'actor', ' إن', 'aafter')]), undefined, 'a tag starting where the speaker ends');
  });

  // Each row: the sentence, the claim (content and cue), the dates in the order the
  // recognisers list them, and the one the claim links to (null: none).
  const DATE_ROWS: { why: string; text: string; claim: Claim; dates: string[]; linked: string | null }[] = [
    {
      why: 'a date between the cue and the content is inside the claim',
      text: 'قال الوزير يوم الأحد إن الهدنة صامدة أمس.',
      claim: { content: 'الهدنة صامدة', cue: 'قال' },
      dates: ['يوم الأحد', 'أمس'],
      linked: 'يوم الأحد',
    },
    {
      why: 'a date between the content and a cue after it is inside the claim',
      text: 'الخميس: الهدنة صامدة في الجنوب منذ الأحد، بحسب الوزارة.',
      claim: { content: 'الهدنة صامدة في الجنوب', cue: 'بحسب الوزارة', kind: 'attribution' },
      dates: ['الخميس', 'الأحد'],
      linked: 'الأحد',
    },
    {
      why: 'the date just before the cue is nearer than the one after the content',
      text: 'الخميس قال الوزير إن الهدنة صامدة في الجنوب منذ الأحد.',
      claim: { content: 'الهدنة صامدة في الجنوب', cue: 'قال' },
      dates: ['الخميس', 'الأحد'],
      linked: 'الخميس',
    },
    {
      why: 'the date just after the content is nearer than the one well before the cue',
      text: 'يوم الخميس، في مؤتمر صحفي، قال الوزير إن الهدنة صامدة الأحد.',
      claim: { content: 'الهدنة صامدة', cue: 'قال' },
      dates: ['الأحد', 'يوم الخميس'],
      linked: 'الأحد',
    },
    {
      why: 'at equal distance the earlier date wins, listed first',
      text: 'الخميس قال الوزير إن الهدنة صامدة الأحد.',
      claim: { content: 'الهدنة صامدة', cue: 'قال' },
      dates: ['الخميس', 'الأحد'],
      linked: 'الخميس',
    },
    {
      why: 'at equal distance the earlier date wins, listed last',
      text: 'الخميس قال الوزير إن الهدنة صامدة الأحد.',
      claim: { content: 'الهدنة صامدة', cue: 'قال' },
      dates: ['الأحد', 'الخميس'],
      linked: 'الخميس',
    },
    {
      why: 'two dates from the same start inside the claim: the first listed',
      text: 'قال الوزير إن الهدنة بدأت يوم الأحد 11 فبراير.',
      claim: { content: 'الهدنة بدأت يوم الأحد 11 فبراير', cue: 'قال' },
      dates: ['الأحد 11 فبراير', 'الأحد'],
      linked: 'الأحد 11 فبراير',
    },
    {
      why: 'a date at the very start of the sentence is in it; the one in the line before is not',
      text: 'الطقس صحو يوم السبت.\nالأحد الماضي قال الوزير إن الهدنة صامدة.',
      claim: { content: 'الهدنة صامدة', cue: 'قال' },
      dates: ['السبت', 'الأحد الماضي'],
      linked: 'الأحد الماضي',
    },
    {
      why: 'a date that ends the sentence, before its full stop, is in it',
      text: 'قال الوزير إن الهدنة صامدة منذ يوم الأحد. وانسحبت القوات.',
      claim: { content: 'الهدنة صامدة', cue: 'قال' },
      dates: ['يوم الأحد'],
      linked: 'يوم الأحد',
    },
    {
      why: 'a date in the next sentence is not the claim’s date',
      text: 'قال الوزير إن الهدنة صامدة. وفي يوم الأحد انسحبت القوات.',
      claim: { content: 'الهدنة صامدة', cue: 'قال' },
      dates: ['يوم الأحد'],
      linked: null,
    },
    {
      why: 'a date in the sentence before is not the claim’s date',
      text: 'انسحبت القوات يوم الأحد؟ قال الوزير إن الهدنة صامدة.',
      claim: { content: 'الهدنة صامدة', cue: 'قال' },
      dates: ['يوم الأحد'],
      linked: null,
    },
  ];

  for (const row of DATE_ROWS) {
    it(`links a claim to the nearest date in its sentence: ${row.why}`, () => {
      const dates = row.dates.map((q) => date(row.text, q));
      const { got } = run(row.text, { dates, cues: [claim(row.text, row.claim)] }, { types: ['date', 'claim'] });
      const c = got.find((s) => s.type === 'claim')!;
      const linked = got.find((s) => s.key === c.links.date);
      assert.strictEqual(linked ? linked.text : null, row.linked);
      if (row.linked === null) assert.deepStrictEqual(c.links, {});
    });
  }

  it('links a claim to a date annotation before a date suggestion at the same distance', () => {
    const t = 'الخميس قال الوزير إن الهدنة صامدة الأحد.';
    const tagged = tag(t, 'date', 'الأحد', 'adate');
    const { got } = run(t, { dates: [date(t, 'الخميس')], cues: [claim(t, { content: 'الهدنة صامدة', cue: 'قال' })] });
    assert.strictEqual(got.find((s) => s.type === 'claim')!.links.date, 'date:0:6');
    const withTag = run(t, { dates: [date(t, 'الخميس')], cues: [claim(t, { content: 'الهدنة صامدة', cue: 'قال' })] }, { annotations: [tagged] }).got;
    assert.strictEqual(withTag.find((s) => s.type === 'claim')!.links.date, 'date:0:6', 'equal distance: the earlier one, whatever its source');
  });

  it('keeps a suggestion an annotation of its type only touches, at either end', () => {
    const t = 'يوم الأحد 11 فبراير 2024 في بغداد';
    const dates = [date(t, 'الأحد 11 فبراير')];
    const before = tag(t, 'date', 'يوم ', 'abefore'); // a selection with its trailing space
    const after = tag(t, 'date', ' 2024', 'aafter'); // with its leading space
    assert.deepStrictEqual(run(t, { dates }, { annotations: [before, after] }).got.map((s) => s.text), ['الأحد 11 فبراير']);
    const inside = tag(t, 'date', 'فبراير 2024', 'ainside');
    assert.deepStrictEqual(run(t, { dates }, { annotations: [inside] }).got, []);
  });

  it('orders by start, then end, then type, and keeps the first proposal of a repeated span', () => {
    const t = 'الأحد الماضي';
    const { got } = run(t, {
      dates: [date(t, 'الماضي', 'r-later'), date(t, 'الأحد الماضي', 'r-long'), date(t, 'الأحد', 'r-first'), date(t, 'الأحد', 'r-second')],
      actors: [actor(t, 'الأحد'), actor(t, 'الأحد الماضي')],
      cues: [claim(t, { content: 'الأحد الماضي', cue: 'الأحد' })],
    });
    assert.deepStrictEqual(
      got.map((s) => [s.key, s.rule]),
      [
        ['actor:0:5', 'tagged-actor'],
        ['date:0:5', 'r-first'],
        ['actor:0:12', 'tagged-actor'],
        ['claim:0:12', 'reporting-verb'],
        ['date:0:12', 'r-long'],
        ['date:6:12', 'r-later'],
      ],
    );
  });
});
