/**
 * The suggestion combiner's rules on the seed article, with hand-made recogniser outputs
 * (the real recognisers are tested on their own): what is proposed with which attributes,
 * what existing annotations and dismissals suppress, how claims link to speakers and dates,
 * and what accepting a suggestion makes.
 */
import * as assert from 'assert';
import type { Annotation, Dismissal } from '../../src/core/model/annotation';
import { createAnnotation } from '../../src/core/model/build';
import { annotationFromSuggestion } from '../../src/core/assist/suggest/fromSuggestion';
import { DismissalLookup, dismissalOf, isDismissed } from '../../src/core/assist/suggest/dismissals';
import type { Recognisers } from '../../src/core/assist/suggest/recognisers';
import { suggestAnnotations, type SuggestContext } from '../../src/core/assist/suggest/suggest';
import type { ActorName, ClaimCue, DateMention, Suggestion, TextSpan } from '../../src/core/assist/types';
import { sliceCodePoints } from '../../src/core/text/offsets';
import { cpIndexOf, seedArticle } from './support/fixtures';
import { FIXED_TIME } from './support/sampleSet';

const seed = seedArticle();

function spanOf(text: string, quote: string, from = 0): TextSpan {
  const start = cpIndexOf(text, quote, from);
  assert.ok(start >= 0, `"${quote}" is in the text`);
  return { start, end: start + Array.from(quote).length, text: quote };
}

/** Every occurrence of `quote`, as a recogniser would find it. */
function allSpans(text: string, quote: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const start = Array.from(text.slice(0, at)).length;
    out.push({ start, end: start + Array.from(quote).length, text: quote });
  }
  return out;
}

interface Calls {
  documentDate?: string | undefined;
  names: ActorName[];
  claimActors: TextSpan[];
}

/**
 * Fake recognisers over any text: the two dates of the seed's paragraph on the meetings,
 * every occurrence of each listed name, and one claim (وأوضح رسول … "the committee resumed
 * its meetings … on 11 February 2024 …") whose speaker is the رسول after the verb.
 */
function fakes(calls: Calls, detected?: string): Recognisers {
  return {
    findDocumentDate: () => detected,
    findDates(text, options): DateMention[] {
      calls.documentDate = options.documentDate;
      const day = spanOf(text, '11 فبراير/شباط 2024');
      const month = spanOf(text, '25 يناير/ كانون الثاني');
      return [
        { ...day, value: '2024-02-11', calendar: 'gregorian', precision: 'day', relative: false, rule: 'day-month-year' },
        { ...month, calendar: 'gregorian', precision: 'day', relative: true, rule: 'day-month-relative-year' },
      ];
    },
    compileActorMatcher(names) {
      calls.names.push(...names);
      return {
        // Longest match first, no overlaps, as a real matcher gives them.
        find: (text) => {
          const all = names.flatMap((n) => [n.canonical, ...n.aliases].flatMap((q) => allSpans(text, q).map((s) => ({ ...s, canonical: n.canonical, matched: q, ...(n.kind ? { kind: n.kind } : {}) }))));
          all.sort((a, b) => a.start - b.start || b.end - a.end);
          return all.filter((m, i) => !all.slice(0, i).some((o) => o.start < m.end && m.start < o.end));
        },
      };
    },
    findClaimCues(text, actors): ClaimCue[] {
      calls.claimActors = [...actors];
      const verb = spanOf(text, 'وأوضح');
      const speaker = spanOf(text, 'رسول', verb.end);
      const content = spanOf(text, 'اللجنة العسكرية العراقية العليا، استأنفت اجتماعاتها مع قوات التحالف الدولي في بغداد يوم الأحد 11 فبراير/شباط 2024');
      return [{ ...content, cue: { ...verb, kind: 'verb' }, speaker, modality: 'asserted', quote: 'direct' }];
    },
  };
}

function run(context: Partial<SuggestContext>, text = seed, detected?: string): { got: Suggestion[]; calls: Calls } {
  const calls: Calls = { names: [], claimActors: [] };
  const got = suggestAnnotations(text, { annotations: [], ...context }, fakes(calls, detected));
  return { got, calls };
}

function tag(text: string, type: string, quote: string, attrs: Annotation['attrs'] = {}, id = `a${type}0001`, from = 0): Annotation {
  const s = spanOf(text, quote, from);
  return createAnnotation(text, { type, start: s.start, end: s.end, attrs, id, now: FIXED_TIME });
}

const RASOUL: ActorName = { canonical: 'يحيى رسول', kind: 'person', aliases: ['رسول'] };

describe('suggestion combiner', () => {
  it('proposes dates with value, calendar, precision and the rule, keyed type:start:end', () => {
    const { got } = run({ types: ['date'] });
    assert.deepStrictEqual(got.map((s) => [s.type, s.text, s.attrs, s.rule]), [
      ['date', '11 فبراير/شباط 2024', { calendar: 'gregorian', precision: 'day', value: '2024-02-11' }, 'day-month-year'],
      ['date', '25 يناير/ كانون الثاني', { calendar: 'gregorian', precision: 'day' }, 'day-month-relative-year'],
    ]);
    for (const s of got) {
      assert.strictEqual(s.key, `date:${s.start}:${s.end}`);
      assert.strictEqual(sliceCodePoints(seed, s.start, s.end), s.text);
    }
  });

  it('resolves relative dates against the given document date, else the date the text gives', () => {
    assert.strictEqual(run({ types: ['date'], documentDate: '2024-02-12' }, seed, '2000-01-01').calls.documentDate, '2024-02-12');
    assert.strictEqual(run({ types: ['date'] }, seed, '2024-02-11').calls.documentDate, '2024-02-11');
    assert.strictEqual(run({ types: ['date'] }).calls.documentDate, undefined);
  });

  it('matches the listed actors and the actors tagged in the file, with canonical, kind and where the name came from', () => {
    const tagged = tag(seed, 'actor', 'لويد أوستن', { canonical: 'لويد أوستن', kind: 'person' });
    const { got, calls } = run({ types: ['actor'], actors: [RASOUL], annotations: [tagged] });
    assert.ok(calls.names.some((n) => n.canonical === 'لويد أوستن'), 'the tagged actor is looked for');
    // The tagged mention itself is not proposed again; the two mentions of رسول are.
    assert.deepStrictEqual(got.map((s) => [s.text, s.attrs, s.rule]), [
      ['يحيى رسول', { canonical: 'يحيى رسول', kind: 'person' }, 'actor-list'],
      ['رسول', { canonical: 'يحيى رسول', kind: 'person' }, 'actor-list'],
    ]);
    const other = tag(seed, 'actor', 'بغداد', {}, 'abaghdad');
    const corpus = run({ types: ['actor'], annotations: [other] }).got;
    assert.deepStrictEqual(corpus.map((s) => [s.text, s.rule, s.attrs.kind]), [['بغداد', 'tagged-actor', undefined], ['بغداد', 'tagged-actor', undefined]]);
  });

  it('drops a suggestion an annotation of the same type overlaps, and keeps it beside one of another type', () => {
    const dateTag = tag(seed, 'date', 'فبراير/شباط'); // inside the proposed span
    const actorTag = tag(seed, 'actor', '25 يناير'); // another type over the other date
    const { got } = run({ types: ['date'], annotations: [dateTag, actorTag] });
    assert.deepStrictEqual(got.map((s) => s.text), ['25 يناير/ كانون الثاني']);
    const orphan = { ...tag(seed, 'date', '25 يناير'), orphaned: true };
    assert.strictEqual(run({ types: ['date'], annotations: [orphan] }).got.length, 2, 'an orphan is not in the text and suppresses nothing');
  });

  it('drops a dismissed suggestion: same type and quote, and the same context or the same start', () => {
    const all = run({ types: ['date', 'actor'], actors: [RASOUL] }).got;
    const day = all.find((s) => s.type === 'date' && s.text.startsWith('11'))!;
    const first = all.find((s) => s.text === 'رسول')!;
    const dismissed = [dismissalOf(day, seed), dismissalOf(first, seed)];
    const left = run({ types: ['date', 'actor'], actors: [RASOUL], dismissed }).got;
    assert.deepStrictEqual(left.map((s) => s.text), ['يحيى رسول', '25 يناير/ كانون الثاني']);

    // Text added at the top moves every offset: the context still recognises the dismissals.
    const moved = 'سطر جديد\n' + seed;
    assert.deepStrictEqual(run({ types: ['date', 'actor'], actors: [RASOUL], dismissed }, moved).got.map((s) => s.text), ['يحيى رسول', '25 يناير/ كانون الثاني']);

    // The context changed but the place did not: the start still matches.
    const changedContext: Dismissal = { ...dismissalOf(day, seed), before: 'شيء آخر', after: 'تماما' };
    assert.ok(isDismissed(day, seed, [changedContext]));
    // Another type, or the same quote at another place with other context: not dismissed.
    assert.ok(!isDismissed({ ...day, type: 'actor' }, seed, dismissed));
    const elsewhere: Dismissal = { ...dismissalOf(first, seed), start: 0, end: 4, before: 'x', after: 'y' };
    assert.ok(!isDismissed(first, seed, [elsewhere]));
    assert.ok(!new DismissalLookup(seed, []).has(first));
  });

  it('proposes the claim linked to its speaker suggestion and the date in its sentence', () => {
    const { got, calls } = run({ actors: [RASOUL] });
    const claim = got.find((s) => s.type === 'claim')!;
    assert.deepStrictEqual(claim.attrs, { modality: 'asserted', quote: 'direct' });
    assert.strictEqual(claim.rule, 'reporting-verb');
    const speaker = got.find((s) => s.type === 'actor' && s.text === 'رسول')!;
    const date = got.find((s) => s.type === 'date' && s.text.startsWith('11'))!;
    assert.deepStrictEqual(claim.links, { speaker: speaker.key, date: date.key });
    assert.ok(calls.claimActors.some((a) => a.start === speaker.start), 'actor suggestions are where speakers are looked for');
    // Ordered by start, end, type; keys unique.
    const sorted = [...got].sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : 1));
    assert.deepStrictEqual(got, sorted);
    assert.strictEqual(new Set(got.map((s) => s.key)).size, got.length);
  });

  it('links a claim to existing annotations by id, and to no date outside its sentence', () => {
    const speaker = tag(seed, 'actor', 'رسول', {}, 'aspeaker', cpIndexOf(seed, 'وأوضح'));
    const date = tag(seed, 'date', '11 فبراير/شباط 2024', {}, 'adate');
    const { got, calls } = run({ annotations: [speaker, date] });
    const claim = got.find((s) => s.type === 'claim')!;
    assert.deepStrictEqual(claim.links, { speaker: 'aspeaker', date: 'adate' });
    assert.ok(calls.claimActors.some((a) => a.start === speaker.start), 'tagged actors are where speakers are looked for');
    // The other date (25 January) lies in a later paragraph: with only it, no date link.
    const far = tag(seed, 'date', '25 يناير/ كانون الثاني', {}, 'afar');
    const alone = run({ types: ['claim'], annotations: [far] }).got;
    assert.deepStrictEqual(alone.map((s) => [s.type, s.links]), [['claim', {}]]);
  });

  it('proposes only the types asked for, linking only to what exists or is proposed', () => {
    const { got } = run({ types: ['claim'], actors: [RASOUL] });
    assert.deepStrictEqual(got.map((s) => s.type), ['claim']);
    assert.deepStrictEqual(got[0]!.links, {}, 'no link to an actor or date suggestion that is not proposed');
  });

  it('drops a claim already tagged or dismissed', () => {
    const first = run({ types: ['claim'] }).got[0]!;
    const tagged = createAnnotation(seed, { type: 'claim', start: first.start + 3, end: first.end, id: 'aclaim', now: FIXED_TIME });
    assert.deepStrictEqual(run({ types: ['claim'], annotations: [tagged] }).got, []);
    assert.deepStrictEqual(run({ types: ['claim'], dismissed: [dismissalOf(first, seed)] }).got, []);
  });

  it('makes an accepted suggestion an annotation, links resolved to ids', () => {
    const { got } = run({ actors: [RASOUL] });
    const claim = got.find((s) => s.type === 'claim')!;
    const ids = new Map([[claim.links.speaker!, 'aspeakerid']]);
    const a = annotationFromSuggestion(claim, ids, { annotator: 'layla', now: FIXED_TIME, id: 'anew', text: seed });
    assert.strictEqual(a.id, 'anew');
    assert.strictEqual(a.type, 'claim');
    assert.strictEqual(a.text, claim.text);
    assert.deepStrictEqual([a.start, a.end], [claim.start, claim.end]);
    assert.deepStrictEqual({ ...a.links }, { speaker: 'aspeakerid' }, 'the date suggestion was not accepted: no link');
    assert.deepStrictEqual({ ...a.attrs }, { modality: 'asserted', quote: 'direct' });
    assert.strictEqual(a.annotator, 'layla');
    assert.strictEqual(a.created, FIXED_TIME);
    assert.strictEqual(a.before, Array.from(seed).slice(claim.start - 32, claim.start).join(''));
    const existing = annotationFromSuggestion({ ...claim, links: { speaker: 'aexisting' } }, {}, { text: seed });
    assert.deepStrictEqual({ ...existing.links }, { speaker: 'aexisting' }, 'an id of an existing annotation is kept');
    const record = annotationFromSuggestion(claim, { [claim.links.date!]: 'adateid' }, {});
    assert.deepStrictEqual({ ...record.links }, { date: 'adateid' });
    assert.deepStrictEqual([record.start, record.end, record.text, record.before], [claim.start, claim.end, claim.text, '']);
  });

  it('with the built-in recognisers, every suggestion quotes its span and none repeats a tagged one', () => {
    const annotations = [tag(seed, 'actor', 'يحيى رسول', { canonical: 'يحيى رسول' }), tag(seed, 'date', '11 فبراير/شباط 2024')];
    const got = suggestAnnotations(seed, { annotations, documentDate: '2024-02-12' });
    const keys = new Set<string>();
    for (const s of got) {
      assert.strictEqual(sliceCodePoints(seed, s.start, s.end), s.text);
      assert.strictEqual(s.key, `${s.type}:${s.start}:${s.end}`);
      assert.ok(!keys.has(s.key));
      keys.add(s.key);
      assert.ok(!annotations.some((a) => a.type === s.type && a.start < s.end && s.start < a.end), s.key);
    }
  });
});
