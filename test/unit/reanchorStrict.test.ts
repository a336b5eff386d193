/**
 * Re-anchoring without the old text prefers orphaning to a wrong placement (issue 9): the
 * rules that turn the wrong placements found on the development half of the news into
 * orphans, one case each. Each case is a span whose own word was edited away while another
 * copy of its quote remains, where the right answer is `orphaned`.
 */
import * as assert from 'assert';
import { reanchor } from '../../src/core/anchoring/reanchor';
import { annotate } from './support/quoteSpans';

describe('re-anchoring without the old text: orphaning rather than guessing', () => {
  it('does not place a span that was a whole word inside another word', () => {
    const oldText = 'قال وزير الخارجية المصري أمس إن موقف مصر في دعم الشرعية لا يوجد به أي غموض، وإن الحل السياسي هو الطريق الوحيد.';
    // `في` replaced by a word that contains it (`وكيفية`): its letters are still there, its word is not.
    const newText = oldText.replace('مصر في دعم', 'مصر وكيفية دعم');
    const [r] = reanchor([annotate(oldText, 'في')], newText);
    assert.strictEqual(r!.outcome, 'orphaned', `placed at ${r!.annotation.start}`);
  });

  it('does not move a span between two agreeing neighbours to a copy far away unless sure', () => {
    const filler = [
      'افتتح المعرض الدولي للكتاب أبوابه للزوار في الصباح الباكر وسط إقبال كبير من العائلات.',
      'وأعلنت الهيئة العامة للأرصاد عن أمطار رعدية متوقعة على المرتفعات الجنوبية خلال الأيام المقبلة.',
      'وشهدت الأسواق المحلية ارتفاعا ملحوظا في أسعار الخضار بسبب تراجع الإنتاج الزراعي هذا الموسم.',
      'وقررت اللجنة المنظمة تأجيل البطولة إلى الشهر القادم لاستكمال تجهيز الملاعب والمرافق.',
    ];
    const first = 'وأدى الصلاة مع الأمير فيصل بن خالد، الفريق الركن عثمان المحرج مدير الأمن العام، وعدد من المسؤولين.';
    // The same phrase in another report, far beyond the neighbours, with half the context alike.
    const far = 'وفي أبها أدى الصلاة مع سمو الأمير فيصل بن خالد، معالي مدير الجامعة وجمع من المواطنين.';
    const oldText = [first, ...filler, ...filler.map((s) => s.replace('في', 'على')), far].join('\n\n');
    const newText = oldText.replace('فيصل بن خالد، الفريق', 'فيصل آل خالد، الفريق');
    const spans = [annotate(oldText, 'وأدى الصلاة'), annotate(oldText, 'بن'), annotate(oldText, 'عثمان المحرج')];
    const [before, span, after] = reanchor(spans, newText);
    assert.deepStrictEqual([before!.outcome, after!.outcome], ['kept', 'kept']);
    assert.strictEqual(span!.outcome, 'orphaned', `placed at ${span!.annotation.start}`);
  });

  it('does not take a one-word quote between its neighbours on another copy whose context barely fits', () => {
    const oldText = 'وتعمل الإدارة على متابعة الزائر والمسؤولية عن راحته منذ وصوله إلى وقياس مدى الرضا عن الخدمات المخصصة لذوي الاحتياجات الخاصة في المسجد.';
    // The second `عن` is deleted; the first is the only `عن` between the neighbours.
    const newText = oldText.replace('الرضا عن الخدمات', 'الرضا الخدمات');
    const spans = [annotate(oldText, 'متابعة الزائر'), annotate(oldText, 'عن', 1), annotate(oldText, 'لذوي الاحتياجات')];
    const [, span] = reanchor(spans, newText);
    assert.strictEqual(span!.outcome, 'orphaned', `placed at ${span!.annotation.start}`);
  });

  it('orphans a span whose word now stands twice in a row (`إلى إلى`), which copy is a coin toss', () => {
    const oldText = 'ولا يقتصر دور الجامعة على الحصول على شهادة علمية؛ بل يتعدى ذلك إلى اكتساب الخبرات العلمية والعملية في مجالات كثيرة.';
    const newText = oldText.replace('يتعدى ذلك إلى اكتساب الخبرات', 'يتعدى إلى إلى الخبرات');
    const spans = [annotate(oldText, 'إلى'), annotate(oldText, 'شهادة علمية'), annotate(oldText, 'في مجالات كثيرة')];
    const [span, before, after] = reanchor(spans, newText);
    assert.strictEqual(span!.outcome, 'orphaned', `placed at ${span!.annotation.start}`);
    assert.strictEqual(before!.outcome, 'kept');
    assert.strictEqual(after!.annotation.start, newText.indexOf('في مجالات كثيرة'));
  });

  it('still places a word that was repeated in the old text too', () => {
    const oldText = 'قال المتحدث إن الوفد وصل إلى إلى العاصمة صباح اليوم بعد رحلة طويلة استغرقت ساعات عدة من السفر المتواصل.';
    const newText = oldText.replace('صباح اليوم', 'مساء أمس');
    const [r] = reanchor([annotate(oldText, 'إلى', 1)], newText);
    assert.strictEqual(r!.annotation.start, oldText.indexOf('إلى', oldText.indexOf('إلى') + 1));
  });
});
