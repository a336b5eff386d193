/**
 * Claim cues, rule by rule (docs/assistance.md, "Claim cues"): each table row is a sentence in
 * news phrasing and the cues a researcher is offered for it — cue, kind, speaker, modality,
 * direct/indirect and the exact content. Rows come in pairs where a rule has a bound (14 words
 * to the content, 6 words for a quotation, a quotation filling half of the sentence).
 */
import * as assert from 'assert';
import { compileActorMatcher } from '../../src/core/assist/actors/actorMatcher';
import { findClaimCues } from '../../src/core/assist/claims/findClaimCues';
import type { ActorName, ClaimCue, TextSpan } from '../../src/core/assist/types';

function actorSpans(text: string, names: string[]): TextSpan[] {
  return compileActorMatcher(names.map((canonical): ActorName => ({ canonical, aliases: [] }))).find(text);
}

function summary(c: ClaimCue): string[] {
  return [c.cue.text, c.cue.kind, c.speaker?.text ?? '-', c.modality ?? '-', c.quote ?? '-', c.text];
}

/** Every cue of `text`, after checking that each span's offsets give back its text. */
function cuesIn(text: string, speakers: string[] = []): string[][] {
  const chars = Array.from(text);
  const cues = findClaimCues(text, actorSpans(text, speakers));
  for (const c of cues) {
    for (const span of [c, c.cue, ...(c.speaker ? [c.speaker] : [])]) {
      assert.strictEqual(chars.slice(span.start, span.end).join(''), span.text, `span of ${span.text}`);
    }
  }
  return cues.map(summary);
}

type Row = [text: string, speakers: string[], expected: string[][]];

function table(rows: Row[]): void {
  for (const [text, speakers, expected] of rows) {
    it(JSON.stringify(text), () => assert.deepStrictEqual(cuesIn(text, speakers), expected));
  }
}

const MINISTER_LONG = 'قال الوزير في مؤتمر صحفي عقده اليوم في العاصمة بحضور عدد كبير من الصحفيين';
const PROJECT = 'المشروع الذي بدأ العمل فيه قبل خمس سنوات اكتمل بالكامل وسيفتتح رسميا في الشهر المقبل';

describe('claim cue rules: where a verb finds its content', () => {
  table([
    ['', [], []],
    ['   \n ', [], []],
    // The colon alone introduces the content, with no إن after it.
    ['قال الوزير: المشروع اكتمل', ['الوزير'], [['قال', 'verb', 'الوزير', 'reported', 'indirect', 'المشروع اكتمل']]],
    // Up to 14 words between the verb and إن; the 15th ends the search.
    [`${MINISTER_LONG} والمراسلين إن المشروع اكتمل.`, ['الوزير'], [['قال', 'verb', 'الوزير', 'reported', 'indirect', 'المشروع اكتمل']]],
    [`${MINISTER_LONG} والمراسلين الأجانب إن المشروع اكتمل.`, ['الوزير'], []],
    // A short quotation stepped over still counts its words toward the 14.
    [`قال الوزير في مؤتمر صحفي عقده مساء في العاصمة بحضور "عدد كبير من الصحفيين" اليوم إن ${PROJECT}.`, ['الوزير'],
      [['قال', 'verb', 'الوزير', 'reported', 'indirect', PROJECT]]],
    [`قال الوزير في مؤتمر صحفي عقده مساء في العاصمة بحضور "عدد كبير من الصحفيين الأجانب" اليوم إن ${PROJECT}.`, ['الوزير'], []],
    // The search stops at the sentence end: إن in the next sentence is not this verb's.
    ['وقال في بيان. إن المشروع اكتمل.', [], []],
    ['وقال في بيان\nإن المشروع اكتمل.', [], []],
    // Another reporting verb first: that verb introduces the content.
    ['وقال الوزير وأكد أن الحرب انتهت.', ['الوزير'], [['أكد', 'verb', 'الوزير', 'asserted', 'indirect', 'الحرب انتهت']]],
    // Two sentences, two cues, in text order.
    ['وقال الوزير إن المشروع اكتمل. وأكد الرئيس أن الحرب انتهت.', ['الوزير', 'الرئيس'], [
      ['قال', 'verb', 'الوزير', 'reported', 'indirect', 'المشروع اكتمل'],
      ['أكد', 'verb', 'الرئيس', 'asserted', 'indirect', 'الحرب انتهت'],
    ]],
    // A complementiser, colon or quotation with nothing after it gives no cue.
    ['وقال إن', [], []],
    ['وقال:', [], []],
    ['وقال: «».', [], []],
    ['وقال الوزير:\n«المشروع اكتمل»', [], []],
    // A colon's content is the rest of the sentence, whatever word opens it.
    ['وقال:وأكدت الحكومة أن الوضع مستقر.', [], [['قال', 'verb', '-', 'reported', 'indirect', 'وأكدت الحكومة أن الوضع مستقر']]],
  ]);
});

describe('claim cue rules: اعتبر takes its content bare', () => {
  table([
    // VSO: the speaker right after the verb is not part of the content.
    ['اعتبر الخبير الغارات انتهاكا', ['الخبير'], [['اعتبر', 'verb', 'الخبير', 'reported', 'indirect', 'الغارات انتهاكا']]],
    ['اعتبر في بيان الغارات انتهاكا', [], [['اعتبر', 'verb', '-', 'reported', 'indirect', 'في بيان الغارات انتهاكا']]],
    // A speaker further on is named, but the content still starts right after the verb.
    ['اعتبر في بيان الخبير الغارات انتهاكا', ['الخبير'], [['اعتبر', 'verb', 'الخبير', 'reported', 'indirect', 'في بيان الخبير الغارات انتهاكا']]],
    // Nothing after the speaker: nothing was said.
    ['اعتبرت الحكومة', ['الحكومة'], []],
  ]);
});

describe('claim cue rules: quoted speech after a verb', () => {
  table([
    // The quotation is the speech when it fills at least half of what is left of the sentence.
    ['وقال «نعم» ابدا.', [], [['قال', 'verb', '-', 'reported', 'direct', 'نعم']]],
    ['وقال «نعم» ابدات.', [], []],
    ['وقال الوزير «الحكومة ستواصل العمل» اليوم.', ['الوزير'], [['قال', 'verb', 'الوزير', 'reported', 'direct', 'الحكومة ستواصل العمل']]],
    ['وقال الوزير «الحكومة ستواصل العمل» في كلمة طويلة جدا أمام البرلمان اليوم.', ['الوزير'], []],
    // After إن a short quotation stays inside the indirect content, marks and all.
    ['وقال الوزير إن «الحكومة ستواصل العمل» في كلمة طويلة جدا أمام البرلمان اليوم.', ['الوزير'],
      [['قال', 'verb', 'الوزير', 'reported', 'indirect', '«الحكومة ستواصل العمل» في كلمة طويلة جدا أمام البرلمان اليوم']]],
    // A tab between إن and the quotation is white space like a space.
    ['وقال إن\t«الحكومة ستواصل العمل».', [], [['قال', 'verb', '-', 'reported', 'direct', 'الحكومة ستواصل العمل']]],
    // Each verb keeps its own quotation.
    ['وقال الوزير: «المشروع اكتمل». وأضاف: «لقد عملنا بجد طوال خمس سنوات كاملة دون توقف»', [], [
      ['قال', 'verb', '-', 'reported', 'direct', 'المشروع اكتمل'],
      ['أضاف', 'verb', '-', 'reported', 'direct', 'لقد عملنا بجد طوال خمس سنوات كاملة دون توقف'],
    ]],
  ]);
});

describe('claim cue rules: indirect content ends before a new reporting clause', () => {
  table([
    ['وأكد أن الاقتصاد ينمو، مشيرا إلى أن البطالة تراجعت.', [], [
      ['أكد', 'verb', '-', 'asserted', 'indirect', 'الاقتصاد ينمو'],
      ['مشيرا', 'verb', '-', 'reported', 'indirect', 'البطالة تراجعت'],
    ]],
    // و before the verb opens a clause, and so does a comma before a bare verb.
    ['وأكد أن الاقتصاد ينمو وقال إن البطالة تراجعت.', [], [
      ['أكد', 'verb', '-', 'asserted', 'indirect', 'الاقتصاد ينمو'],
      ['قال', 'verb', '-', 'reported', 'indirect', 'البطالة تراجعت'],
    ]],
    ['وأكد أن الاقتصاد ينمو، قال إن البطالة تراجعت.', [], [
      ['أكد', 'verb', '-', 'asserted', 'indirect', 'الاقتصاد ينمو'],
      ['قال', 'verb', '-', 'reported', 'indirect', 'البطالة تراجعت'],
    ]],
    // A bare verb with neither inside the content is part of it.
    ['وأكد أن الاقتصاد ينمو قال إن البطالة تراجعت.', [], [['أكد', 'verb', '-', 'asserted', 'indirect', 'الاقتصاد ينمو قال إن البطالة تراجعت']]],
    // The comma must stand right before the verb, not elsewhere in the content.
    ['وأكد أن الاقتصاد، وهو الأكبر في المنطقة، ينمو قال إن البطالة تراجعت.', [],
      [['أكد', 'verb', '-', 'asserted', 'indirect', 'الاقتصاد، وهو الأكبر في المنطقة، ينمو قال إن البطالة تراجعت']]],
  ]);
});

describe('claim cue rules: the edges of the content', () => {
  const said = (content: string, quote = 'indirect'): string[][] => [['قال', 'verb', '-', 'reported', quote, content]];
  table([
    ['وقال الوزير:\tإن المشروع اكتمل', [], said('المشروع اكتمل')],
    // إن is left out only when it comes first.
    ['وقال الوزير: (إن المشروع اكتمل)', [], said('(إن المشروع اكتمل)')],
    ['وقال الوزير: -إن المشروع اكتمل', [], said('إن المشروع اكتمل')],
    ['وقال الوزير - إن المشروع اكتمل -', [], said('المشروع اكتمل')],
    ['وقال الوزير: - المشروع اكتمل', [], said('المشروع اكتمل')],
    ['وقال الوزير: ;المشروع اكتمل', [], said('المشروع اكتمل')],
    ['وقال\tإن\tالمشروع\tاكتمل\t.', [], said('المشروع\tاكتمل')],
    ['وقال الوزير إن المشروع اكتمل;', [], said('المشروع اكتمل')],
    ['وقال الوزير إن المشروع اكتمل…', [], said('المشروع اكتمل')],
    // A Windows line end: the carriage return is not part of the content.
    ['وقال الوزير إن المشروع اكتمل\r\nثم غادر', [], said('المشروع اكتمل')],
    // The closing mark inside the quotation is left out too.
    ['وقال: «المشروع سيكتمل في العام المقبل!»', [], said('المشروع سيكتمل في العام المقبل', 'direct')],
    ['وقال: «هل سيكتمل المشروع في العام المقبل?»', [], said('هل سيكتمل المشروع في العام المقبل', 'direct')],
    ['وقال: «المشروع سيكتمل في العام المقبل…»', [], said('المشروع سيكتمل في العام المقبل', 'direct')],
    ['وقال: «المشروع سيكتمل في العام المقبل.»', [], said('المشروع سيكتمل في العام المقبل', 'direct')],
    ['وقال: «المشروع سيكتمل في العام المقبل:»', [], said('المشروع سيكتمل في العام المقبل', 'direct')],
  ]);
});

describe('claim cue rules: attribution phrases', () => {
  table([
    // After the statement: two words before the phrase are a statement, one is not.
    ['ارتفعت الأسعار بحسب الوزارة.', ['الوزارة'], [['بحسب', 'attribution', 'الوزارة', 'reported', 'indirect', 'ارتفعت الأسعار']]],
    ['الأسعار بحسب الوزارة.', ['الوزارة'], []],
    ['إن الأسعار ارتفعت كثيرا بحسب الوزارة.', ['الوزارة'], [['بحسب', 'attribution', 'الوزارة', 'reported', 'indirect', 'الأسعار ارتفعت كثيرا']]],
    // Before it: the statement follows the first comma, and needs one.
    ['بحسب مصادر، فإن القوات انسحبت من المدينة.', [], [['بحسب', 'attribution', '-', 'reported', 'indirect', 'القوات انسحبت من المدينة']]],
    ['بحسب الوزارة فإن الأسعار ارتفعت.', ['الوزارة'], []],
    ['بحسب الوزارة، .', ['الوزارة'], []],
    // كما ذكرت with no content after it: the statement is before كما, with or without a speaker.
    ['ارتفع عدد الزوار إلى مليون زائر كما ذكرت.', [], [['كما ذكرت', 'attribution', '-', 'reported', 'indirect', 'ارتفع عدد الزوار إلى مليون زائر']]],
    ['كما ذكرت الصحيفة', ['الصحيفة'], []],
    // Two attributions in one sentence: the second statement starts after the first one's source.
    ['ارتفعت الأسعار بحسب الوزارة ارتفع عدد الزوار كما ذكرت الصحيفة.', ['الوزارة', 'الصحيفة'], [
      ['بحسب', 'attribution', 'الوزارة', 'reported', 'indirect', 'ارتفعت الأسعار'],
      ['كما ذكرت', 'attribution', 'الصحيفة', 'reported', 'indirect', 'ارتفع عدد الزوار'],
    ]],
    ['ارتفع عدد الزوار كما ذكرت الصحيفة ارتفعت الأسعار بحسب الوزارة.', ['الوزارة', 'الصحيفة'], [
      ['كما ذكرت', 'attribution', 'الصحيفة', 'reported', 'indirect', 'ارتفع عدد الزوار'],
      ['بحسب', 'attribution', 'الوزارة', 'reported', 'indirect', 'ارتفعت الأسعار'],
    ]],
    // A quotation inside an attributed statement is not proposed a second time.
    ['«الحكومة ستواصل العمل على تنفيذ المشروع» كما ذكرت الصحيفة.', ['الصحيفة'],
      [['كما ذكرت', 'attribution', 'الصحيفة', 'reported', 'indirect', '«الحكومة ستواصل العمل على تنفيذ المشروع»']]],
  ]);
});

describe('claim cue rules: quotations standing alone', () => {
  const GOVT = 'الحكومة ستواصل العمل على تنفيذ المشروع';
  const JUSTICE = 'تحقيق العدالة لجميع المواطنين بلا فرق بين مواطن وآخر';
  const quote = (inner: string, speaker = '-', open = '«', close = '»'): string[] => [`${open}${inner}${close}`, 'quote', speaker, 'reported', 'direct', inner];
  table([
    // Six words make speech, five a name or a title; a quotation at the very start counts.
    ['«ست كلمات فقط في هذه الجملة» ثم.', [], [quote('ست كلمات فقط في هذه الجملة')]],
    ['«خمس كلمات فقط في الجملة» ثم.', [], []],
    ['«الحكومة ستواصل العمل على تنفيذ المشروع الكبير» «وهذه جملة أخرى من ست كلمات هنا»', [],
      [quote('الحكومة ستواصل العمل على تنفيذ المشروع الكبير'), quote('وهذه جملة أخرى من ست كلمات هنا')]],
    ['«الحكومة ستواصل العمل على تنفيذ المشروع الكبير»«وهذه جملة أخرى من ست كلمات هنا»', [],
      [quote('الحكومة ستواصل العمل على تنفيذ المشروع الكبير'), quote('وهذه جملة أخرى من ست كلمات هنا')]],
    // The speaker after the closing mark, in the quotation's sentence only.
    [`«${GOVT}» الوزير.`, ['الوزير'], [quote(GOVT, 'الوزير')]],
    [`ثم غادر. «${JUSTICE}» قال الوزير.`, ['الوزير'], [quote(JUSTICE, 'الوزير')]],
    [`الحكومة «${JUSTICE}». وغادر الوزير القاعة.`, ['الوزير'], [quote(JUSTICE)]],
    // The speaker before the opening mark, also when more sentences follow.
    [`الوزير «${JUSTICE}» في كلمته. ثم غادر القاعة.`, ['الوزير'], [quote(JUSTICE, 'الوزير')]],
    // Cues come in text order, a quotation before a verb cue included.
    [`«${GOVT}» قال رئيس الوزراء. وقال الوزير إن الوضع مستقر.`, ['الوزير'],
      [quote(GOVT), ['قال', 'verb', 'الوزير', 'reported', 'indirect', 'الوضع مستقر']]],
    [`وقال الوزير إن الوضع مستقر. «${GOVT}» قال رئيس الوزراء.`, ['الوزير'],
      [['قال', 'verb', 'الوزير', 'reported', 'indirect', 'الوضع مستقر'], quote(GOVT)]],
    // A verb's own quotation is not proposed again.
    [`وقال إن «${GOVT}» وأضاف شيئا آخر.`, [], [['قال', 'verb', '-', 'reported', 'direct', GOVT]]],
    // A quotation inside a longer one is part of it, not a cue of its own.
    ['كتب في مذكراته «سمعته يردد “الحكومة ستواصل العمل على تنفيذ المشروع الكبير” كل يوم وكل ليلة» ثم رحل.', [],
      [quote('سمعته يردد “الحكومة ستواصل العمل على تنفيذ المشروع الكبير” كل يوم وكل ليلة')]],
  ]);
});
