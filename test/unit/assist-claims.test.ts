import * as assert from 'assert';
import { compileActorMatcher } from '../../src/core/assist/actors/actorMatcher';
import { findClaimCues } from '../../src/core/assist/claims/findClaimCues';
import type { ActorName, ClaimCue, TextSpan } from '../../src/core/assist/types';
import { newsArticles } from '../corpus/newsCorpus';
import { cpIndexOf, seedArticle } from './support/fixtures';

const cpLength = (s: string): number => Array.from(s).length;

/** Actor spans for `names` in `text`, as the editor would pass tagged or proposed actors. */
function actorSpans(text: string, names: string[]): TextSpan[] {
  return compileActorMatcher(names.map((canonical): ActorName => ({ canonical, aliases: [] }))).find(text);
}

/** What a test compares: cue, kind, speaker, modality, quote and the content. */
function summary(c: ClaimCue): string[] {
  return [c.cue.text, c.cue.kind, c.speaker?.text ?? '-', c.modality ?? '-', c.quote ?? '-', c.text];
}

function cuesIn(text: string, speakers: string[] = []): string[][] {
  return findClaimCues(text, actorSpans(text, speakers)).map(summary);
}

describe('claim cues: reporting verbs', () => {
  // Real news phrasing (the seed and the dev split of the news sample), one form per row.
  const rows: [string, string[], string[]][] = [
    ['وقالت الوزارة في بيان إن الهجوم أسفر عن مقتل ثلاثة أشخاص.', ['الوزارة'],
      ['قالت', 'verb', 'الوزارة', 'reported', 'indirect', 'الهجوم أسفر عن مقتل ثلاثة أشخاص']],
    ['فيما قال المتحدث باسم الجيش إن القوات تقدمت نحو المدينة.', ['المتحدث باسم الجيش'],
      ['قال', 'verb', 'المتحدث باسم الجيش', 'reported', 'indirect', 'القوات تقدمت نحو المدينة']],
    ['وأكد الوزير أن المفاوضات مستمرة.', ['الوزير'], ['أكد', 'verb', 'الوزير', 'asserted', 'indirect', 'المفاوضات مستمرة']],
    ['ونفت الحركة أن تكون قد شاركت في الهجوم.', ['الحركة'], ['نفت', 'verb', 'الحركة', 'denied', 'indirect', 'تكون قد شاركت في الهجوم']],
    ['وزعم المتحدث أن القصف استهدف مواقع عسكرية.', ['المتحدث'], ['زعم', 'verb', 'المتحدث', 'reported', 'indirect', 'القصف استهدف مواقع عسكرية']],
    ['وصرّح المسؤول بأن الاتفاق سيوقع قريبا.', ['المسؤول'], ['صرّح', 'verb', 'المسؤول', 'reported', 'indirect', 'الاتفاق سيوقع قريبا']],
    ['وحذر الرئيس من أن التصعيد سيؤدي إلى حرب شاملة.', ['الرئيس'], ['حذر', 'verb', 'الرئيس', 'reported', 'indirect', 'التصعيد سيؤدي إلى حرب شاملة']],
    ['وكشف المصدر عن أن الوفد سيصل غدا.', ['المصدر'], ['كشف', 'verb', 'المصدر', 'reported', 'indirect', 'الوفد سيصل غدا']],
    ['وأفادت وكالة الأنباء بأن الطائرة هبطت بسلام.', ['وكالة الأنباء'], ['أفادت', 'verb', 'وكالة الأنباء', 'reported', 'indirect', 'الطائرة هبطت بسلام']],
    ['يقول الخبراء إن الأسعار سترتفع', ['الخبراء'], ['يقول', 'verb', 'الخبراء', 'reported', 'indirect', 'الأسعار سترتفع']],
    ['وختم الوزير حديثه مؤكداً أن الحكومة ماضية في الإصلاح!', ['الوزير'],
      ['مؤكداً', 'verb', 'الوزير', 'asserted', 'indirect', 'الحكومة ماضية في الإصلاح']],
    ['وأشار إلى أن العمل جار على قدم وساق؟', [], ['أشار', 'verb', '-', 'reported', 'indirect', 'العمل جار على قدم وساق']],
    ['وأوضح: «المشروع سيكتمل في العام المقبل».', [], ['أوضح', 'verb', '-', 'reported', 'direct', 'المشروع سيكتمل في العام المقبل']],
    ['وأضافت: إن الأسعار استقرت', [], ['أضافت', 'verb', '-', 'reported', 'indirect', 'الأسعار استقرت']],
    ['وقالوا “لن نترك أرضنا مهما حدث”', [], ['قالوا', 'verb', '-', 'reported', 'direct', 'لن نترك أرضنا مهما حدث']],
    ['الحكومة العراقية التي اعتبرت الغارات انتهاكا واضحا للسيادة.', ['الحكومة العراقية'],
      ['اعتبرت', 'verb', 'الحكومة العراقية', 'reported', 'indirect', 'الغارات انتهاكا واضحا للسيادة']],
  ];
  for (const [text, speakers, expected] of rows) {
    it(`${expected[0]}: ${text}`, () => assert.deepStrictEqual(cuesIn(text, speakers), [expected]));
  }

  it('needs content: a verb with no إن/أن, colon or quotation gives no cue, nor does يذكر أن', () => {
    assert.deepStrictEqual(cuesIn('وقال في بيان مقتضب.\nوأكد الوزير دعمه للمبادرة.'), []);
    assert.deepStrictEqual(cuesIn('يذكر أن المهرجان يقام سنويا.'), []);
  });

  it('steps over a short quotation (a name) on the way to the content', () => {
    const text = 'وأوضح رسول في بيان وفق ما نقلته وكالة الأنباء "واع" أن "اللجنة استأنفت اجتماعاتها في بغداد".';
    assert.deepStrictEqual(cuesIn(text, ['رسول', 'وكالة الأنباء']), [
      ['أوضح', 'verb', 'رسول', 'reported', 'direct', 'اللجنة استأنفت اجتماعاتها في بغداد'],
    ]);
  });

  it('ends indirect content before a new reporting clause, which gets its own cue', () => {
    const text = 'وأضاف أن الشركة قادرة على التعامل مع السوق، وقال «يتم التركيز على البحث والتطوير والفرص الجديدة»';
    assert.deepStrictEqual(cuesIn(text).map((c) => [c[0], c[4], c[5]]), [
      ['أضاف', 'indirect', 'الشركة قادرة على التعامل مع السوق'],
      ['قال', 'direct', 'يتم التركيز على البحث والتطوير والفرص الجديدة'],
    ]);
  });
});

describe('claim cues: attribution phrases and quotations', () => {
  const rows: [string, string[], string[]][] = [
    ['أدى تفجير سيارة مفخخة الى مقتل 19 شخصا، بحسب مصدر في وزارة الداخلية.', ['وزارة الداخلية'],
      ['بحسب', 'attribution', 'وزارة الداخلية', 'reported', 'indirect', 'أدى تفجير سيارة مفخخة الى مقتل 19 شخصا']],
    ['وبحسب المصادر، فإن القوات انسحبت من المدينة.', ['المصادر'],
      ['بحسب', 'attribution', 'المصادر', 'reported', 'indirect', 'القوات انسحبت من المدينة']],
    ['قتل 27 شخصاً على الاقل، وفق ما أعلن المرصد السوري لحقوق الانسان.', ['المرصد السوري لحقوق الانسان'],
      ['وفق ما أعلن', 'attribution', 'المرصد السوري لحقوق الانسان', 'reported', 'indirect', 'قتل 27 شخصاً على الاقل']],
    ['ارتفعت الأسعار بنسبة عشرة في المئة، وفقا لوزارة الاقتصاد.', ['وزارة الاقتصاد'],
      ['وفقا', 'attribution', 'وزارة الاقتصاد', 'reported', 'indirect', 'ارتفعت الأسعار بنسبة عشرة في المئة']],
    ['قتل خمسة أشخاص في الانفجار، نقلا عن مصادر طبية.', ['مصادر طبية'],
      ['نقلا عن', 'attribution', 'مصادر طبية', 'reported', 'indirect', 'قتل خمسة أشخاص في الانفجار']],
    ['وتستمر سوق لندن العقارية في الانطلاق من قوة إلى قوة، على حد قوله.', [],
      ['على حد قوله', 'attribution', '-', 'reported', 'indirect', 'وتستمر سوق لندن العقارية في الانطلاق من قوة إلى قوة']],
    ['ارتفع عدد الزوار إلى مليون زائر، كما ذكرت الصحيفة.', ['الصحيفة'],
      ['كما ذكرت', 'attribution', 'الصحيفة', 'reported', 'indirect', 'ارتفع عدد الزوار إلى مليون زائر']],
    ['قال لنا: «سأقدم له ما يشاء من طعام وشراب»', [], ['قال', 'verb', '-', 'reported', 'direct', 'سأقدم له ما يشاء من طعام وشراب']],
    ['الوزير «تحقيق العدالة لجميع المواطنين بلا فرق بين مواطن وآخر» في كلمته.', ['الوزير'],
      ['«تحقيق العدالة لجميع المواطنين بلا فرق بين مواطن وآخر»', 'quote', 'الوزير', 'reported', 'direct', 'تحقيق العدالة لجميع المواطنين بلا فرق بين مواطن وآخر']],
  ];
  for (const [text, speakers, expected] of rows) {
    it(`${expected[0]}: ${text}`, () => assert.deepStrictEqual(cuesIn(text, speakers), [expected]));
  }

  it('does not read وفق ما هو محدد, short quotations or "حزب الله" as cues', () => {
    assert.deepStrictEqual(cuesIn('سيكون تدريبه على ملعب المباراة غدا وفق ما هو محدد سلفا.'), []);
    assert.deepStrictEqual(cuesIn('متمثلة في "حزب الله" اللبناني، و"المقاومة الإسلامية في العراق" المدعومين من إيران.'), []);
  });
});

describe('claim cues: offsets', () => {
  it('are code points over the text as stored, past an emoji and diacritics', () => {
    const text = '🇮🇶 وَقَالَ المُتَحَدِّثُ إِنَّ الوَضْعَ مُسْتَقِرٌّ.';
    const [c] = findClaimCues(text, actorSpans(text, ['المتحدث']));
    const chars = Array.from(text);
    assert.strictEqual(c!.text, 'الوَضْعَ مُسْتَقِرٌّ');
    assert.strictEqual(c!.start, cpIndexOf(text, 'الوَضْعَ'));
    assert.strictEqual(chars.slice(c!.start, c!.end).join(''), c!.text);
    assert.strictEqual(c!.cue.text, 'قَالَ');
    assert.strictEqual(c!.cue.start, cpIndexOf(text, 'قَالَ'));
    assert.strictEqual(c!.speaker!.text, 'المُتَحَدِّثُ');
    assert.strictEqual(c!.speaker!.end, c!.speaker!.start + cpLength('المُتَحَدِّثُ'));
  });
});

describe('claim cues on the seed article', () => {
  it('finds its reported claims with their speakers', () => {
    const seed = seedArticle();
    const speakers = ['يحيى رسول', 'رسول', 'وزير الدفاع الأميركي لويد أوستن', 'وزارة الدفاع الأميركية', 'الحكومة العراقية', 'الفصائل الموالية لإيران', 'وكالة الأنباء العراقية'];
    const cues = findClaimCues(seed, actorSpans(seed, speakers));
    const seen = cues.map((c) => {
      const words = c.text.split(/\s+/);
      return [c.cue.text, c.speaker?.text ?? '-', c.modality, c.quote, `${words.slice(0, 3).join(' ')} … ${words.slice(-2).join(' ')}`];
    });
    assert.deepStrictEqual(seen, [
      ['قال', 'يحيى رسول', 'reported', 'indirect', '"اللجنة العسكرية العراقية … الموالية لطهران'],
      ['أوضح', 'رسول', 'reported', 'direct', 'اللجنة العسكرية العراقية … المسلحة العراقية'],
      ['ذكر', '-', 'reported', 'direct', 'سيتم بناء على … علاقة ثنائية'],
      ['قال', '-', 'reported', 'direct', 'طالما لم يعكر … بالسرعة الممكنة'],
      ['أعلن', 'وزير الدفاع الأميركي لويد أوستن', 'reported', 'indirect', 'اجتماعات مجموعة العمل … الأميركي هناك'],
      ['وفق', 'وزارة الدفاع الأميركية', 'reported', 'indirect', 'واللجنة العسكرية العليا … آب 2023'],
      ['اعتبرت', 'الحكومة العراقية', 'reported', 'indirect', 'الغارات انتهاكا واضحا … الوطنية العراقية'],
      ['أعلنت', 'الفصائل الموالية لإيران', 'reported', 'indirect', 'ستستمر في شن … من البلاد'],
    ]);
    const chars = Array.from(seed);
    for (const c of cues) {
      for (const span of [c, c.cue, ...(c.speaker ? [c.speaker] : [])]) assert.strictEqual(chars.slice(span.start, span.end).join(''), span.text);
    }
  });
});

describe('claim cues on real news (dev split)', () => {
  it('give exact spans, content that does not start with إن/أن nor end in punctuation, and no overlaps', () => {
    let total = 0;
    for (const a of newsArticles('dev').slice(0, 200)) {
      const chars = Array.from(a.content);
      let last = 0;
      for (const c of findClaimCues(a.content)) {
        total++;
        for (const span of [c, c.cue]) assert.strictEqual(chars.slice(span.start, span.end).join(''), span.text);
        assert.ok(Math.min(c.start, c.cue.start) >= last, `overlap at ${c.start} in ${a.url}`);
        last = Math.max(c.end, c.cue.end);
        if (c.quote === 'indirect') assert.doesNotMatch(c.text, /^(?:[إأ]ن|[إأ]نه|[إأ]نها)\s/u, c.text);
        assert.doesNotMatch(c.text, /[.،,:؟?!\s]$/u, c.text);
      }
    }
    assert.ok(total > 100, `${total} cues`);
  });
});

describe('claim cues: sentence ends', () => {
  it('a full stop ends a sentence between Arabic letters, not inside a web address or a number', () => {
    assert.deepStrictEqual(cuesIn('وأكد أن الخدمة متاحة على الموقع www.sp.com.sa بنسبة 3.5 في المئة.وقال الوزير إن المشروع اكتمل.').map((c) => c[5]), [
      'الخدمة متاحة على الموقع www.sp.com.sa بنسبة 3.5 في المئة',
      'المشروع اكتمل',
    ]);
  });
});
