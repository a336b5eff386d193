/**
 * The material of the placeByDiff tests: four unrelated news sentences, a 28-word stretch and a
 * rewrite of as many words sharing none of them (nor any word of the sentences), and the span
 * map the alignment builds between two texts.
 */
import { SpanMap } from '../../../src/core/anchoring/placeByDiff';
import { diffTokens } from '../../../src/core/anchoring/tokenDiff';
import { TokenVocabulary } from '../../../src/core/anchoring/tokens';

export const P1 = 'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الرياض بسعة مئتي سرير.';
export const P2 = 'وقال المتحدث باسم الشرطة إن التحقيق في الحادث ما زال جاريا حتى الآن.';
export const P3 = 'وتراجعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج.';
export const P4 = 'ودعت الأمم المتحدة إلى وقف فوري لإطلاق النار في المنطقة.';
export const LONG = 'وأضاف أن الحكومة ستدرس الأمر خلال الأسبوع المقبل مع الجهات المعنية كافة قبل أن تصدر قرارها النهائي بشأن المشروع الذي أثار جدلا واسعا بين السكان والتجار في المدينة';
export const REWRITE = 'وفي سياق آخر شهدت العاصمة أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية وتعطل حركة السير لساعات طويلة بحسب ما أفاد شهود عيان لمراسلنا هناك صباح اليوم';

/** The span map of the old text onto the new one, through the token diff, as reanchor builds it. */
export function spanMap(oldText: string, newText: string): SpanMap {
  const vocabulary = new TokenVocabulary();
  const ot = vocabulary.tokenize(oldText);
  const nt = vocabulary.tokenize(newText);
  const { oldToNew, newToOld } = diffTokens(ot.ids, nt.ids, vocabulary.size, ot.lineStart, nt.lineStart);
  return new SpanMap(oldText, newText, ot, nt, oldToNew, newToOld);
}
