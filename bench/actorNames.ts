/**
 * About 200 actor names for the actor-matching bench: real actors of Saudi and regional news
 * listed by hand (with the aliases a researcher would list), and the speakers the dev split
 * itself names most often right after a reporting verb (قال وزير الخارجية …), which are the
 * names a corpus-wide "tag all mentions" would be run with, and the titled names it repeats
 * (وزير الخارجية، جامعة الملك سعود). Dev split only, never held-out.
 */
import type { ActorName } from '../src/core/assist/types';
import { foldKey } from '../src/core/assist/text/foldedText';
import type { NewsArticle } from '../test/corpus/newsCorpus';

const HAND: readonly [string, string, string[]][] = [
  ['المملكة العربية السعودية', 'state', ['السعودية', 'المملكة']],
  ['الإمارات العربية المتحدة', 'state', ['الإمارات']],
  ['الولايات المتحدة', 'state', ['واشنطن', 'أمريكا', 'أميركا']],
  ['إيران', 'state', ['طهران']],
  ['العراق', 'state', ['بغداد']],
  ['سوريا', 'state', ['سورية', 'دمشق']],
  ['اليمن', 'state', ['صنعاء']],
  ['مصر', 'state', ['القاهرة']],
  ['روسيا', 'state', ['موسكو']],
  ['تركيا', 'state', ['أنقرة']],
  ['إسرائيل', 'state', ['تل أبيب']],
  ['قطر', 'state', ['الدوحة']],
  ['الكويت', 'state', []],
  ['البحرين', 'state', []],
  ['عمان', 'state', ['مسقط']],
  ['الأردن', 'state', ['عمّان']],
  ['لبنان', 'state', ['بيروت']],
  ['فرنسا', 'state', ['باريس']],
  ['بريطانيا', 'state', ['لندن', 'المملكة المتحدة']],
  ['الصين', 'state', ['بكين']],
  ['الأمم المتحدة', 'organisation', ['المنظمة الدولية']],
  ['مجلس الأمن', 'organisation', ['مجلس الأمن الدولي']],
  ['جامعة الدول العربية', 'organisation', ['الجامعة العربية']],
  ['مجلس التعاون الخليجي', 'organisation', ['مجلس التعاون لدول الخليج العربية']],
  ['الاتحاد الأوروبي', 'organisation', []],
  ['حلف شمال الأطلسي', 'organisation', ['الناتو']],
  ['منظمة الصحة العالمية', 'organisation', []],
  ['صندوق النقد الدولي', 'organisation', []],
  ['البنك الدولي', 'organisation', []],
  ['منظمة أوبك', 'organisation', ['أوبك']],
  ['التحالف العربي', 'armed-group', ['قوات التحالف']],
  ['الحوثيين', 'armed-group', ['الحوثي', 'جماعة الحوثي', 'أنصار الله']],
  ['تنظيم داعش', 'armed-group', ['داعش', 'تنظيم الدولة']],
  ['تنظيم القاعدة', 'armed-group', ['القاعدة']],
  ['حزب الله', 'armed-group', []],
  ['حركة حماس', 'armed-group', ['حماس']],
  ['جبهة النصرة', 'armed-group', ['النصرة']],
  ['حركة طالبان', 'armed-group', ['طالبان']],
  ['الحرس الثوري', 'armed-group', ['الحرس الثوري الإيراني']],
  ['الجيش السوري الحر', 'armed-group', []],
  ['وزارة الداخلية', 'organisation', []],
  ['وزارة الخارجية', 'organisation', []],
  ['وزارة الصحة', 'organisation', []],
  ['وزارة التعليم', 'organisation', ['وزارة التربية والتعليم']],
  ['وزارة العمل', 'organisation', []],
  ['وزارة الإسكان', 'organisation', []],
  ['وزارة المالية', 'organisation', []],
  ['وزارة الدفاع', 'organisation', []],
  ['وزارة التجارة والصناعة', 'organisation', ['وزارة التجارة']],
  ['هيئة السياحة والتراث الوطني', 'organisation', ['هيئة السياحة']],
  ['هيئة الأمر بالمعروف والنهي عن المنكر', 'organisation', ['هيئة الأمر بالمعروف', 'الهيئة']],
  ['مجلس الشورى', 'organisation', ['الشورى']],
  ['مجلس الوزراء', 'organisation', []],
  ['أمانة منطقة الرياض', 'organisation', ['أمانة الرياض']],
  ['هيئة الهلال الأحمر السعودي', 'organisation', ['الهلال الأحمر']],
  ['شركة أرامكو السعودية', 'organisation', ['أرامكو']],
  ['سابك', 'organisation', ['الشركة السعودية للصناعات الأساسية']],
  ['مؤسسة النقد العربي السعودي', 'organisation', ['ساما', 'مؤسسة النقد']],
  ['هيئة السوق المالية', 'organisation', []],
  ['الاتحاد السعودي لكرة القدم', 'organisation', ['اتحاد القدم', 'الاتحاد السعودي']],
  ['نادي الهلال', 'organisation', ['الهلال']],
  ['نادي النصر', 'organisation', ['النصر']],
  ['نادي الاتحاد', 'organisation', ['الاتحاد']],
  ['نادي الأهلي', 'organisation', ['الأهلي']],
  ['نادي الشباب', 'organisation', ['الشباب']],
  ['وكالة الأنباء السعودية', 'media', ['واس']],
  ['رويترز', 'media', ['وكالة رويترز']],
  ['وكالة الصحافة الفرنسية', 'media', ['فرانس برس', 'أ ف ب']],
  ['قناة العربية', 'media', ['العربية']],
  ['قناة الجزيرة', 'media', ['الجزيرة']],
  ['خادم الحرمين الشريفين', 'person', ['الملك سلمان بن عبدالعزيز', 'الملك سلمان']],
  ['الأمير محمد بن نايف', 'person', ['ولي العهد']],
  ['الأمير محمد بن سلمان', 'person', ['ولي ولي العهد']],
  ['عادل الجبير', 'person', ['الجبير']],
  ['بشار الأسد', 'person', ['الأسد']],
  ['باراك أوباما', 'person', ['أوباما']],
  ['فلاديمير بوتين', 'person', ['بوتين']],
  ['عبد ربه منصور هادي', 'person', ['الرئيس هادي']],
  ['علي عبدالله صالح', 'person', ['المخلوع صالح']],
  ['بان كي مون', 'person', []],
];

const SPEAKER_VERB = /(?:^|[\s،,.])(?:و|ف)?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أعلن|أعلنت|أشار|أشارت|أضاف|أضافت)\s+((?:[\p{L}\p{M}]+\s+){1,2}[\p{L}\p{M}]+)/gu;
/** Titles and institution words that start the names news repeats: وزير الخارجية، جامعة الملك سعود. */
const TITLED = /(?:^|[\s،,.])(?:و|ف|ب|ل)?((?:وزير|رئيس|أمير|الأمير|الملك|الشيخ|مدير|محافظ|أمين|سفير|هيئة|وزارة|جامعة|شركة|مجلس|نادي|منتخب|مستشفى|بنك|صندوق)\s+(?:[\p{L}\p{M}]+\s+)?[\p{L}\p{M}]+)/gu;
const STOP = new Set(['أن', 'إن', 'في', 'على', 'من', 'إلى', 'أنه', 'أنها', 'عن', 'مع', 'خلال', 'بأن', 'لـ', 'له', 'لها', 'هذا', 'هذه', 'التي', 'الذي', 'بعد', 'قبل', 'كما', 'أمس', 'اليوم']);

/** The speakers the dev articles name most often after a reporting verb: two- and three-word phrases. */
function frequentSpeakers(articles: readonly NewsArticle[], count: number): string[] {
  const counts = new Map<string, { n: number; text: string }>();
  for (const a of articles) {
    for (const m of [...a.content.matchAll(SPEAKER_VERB), ...a.content.matchAll(TITLED)]) {
      const words = m[1]!.split(/\s+/);
      const cut = words.findIndex((w) => STOP.has(w));
      const phrase = (cut < 0 ? words : words.slice(0, cut)).join(' ');
      if (phrase.split(' ').length < 2) continue;
      const key = foldKey(phrase);
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { n: 1, text: phrase });
    }
  }
  return [...counts.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n).slice(0, count).map((c) => c.text);
}

/** About `total` actor names: the hand list, then the dev split's frequent speakers. */
export function benchActorNames(dev: readonly NewsArticle[], total = 200): ActorName[] {
  const names: ActorName[] = HAND.map(([canonical, kind, aliases]) => ({ canonical, kind, aliases }));
  const known = new Set(names.flatMap((n) => [n.canonical, ...n.aliases].map(foldKey)));
  for (const speaker of frequentSpeakers(dev, total)) {
    if (names.length >= total) break;
    if (known.has(foldKey(speaker))) continue;
    known.add(foldKey(speaker));
    names.push({ canonical: speaker, kind: 'other', aliases: [] });
  }
  return names;
}
