/**
 * Reporting verbs: the forms news writing uses to introduce what someone said, each with the
 * modality a claim it introduces gets. Written as they appear in text and folded once at
 * load (so hamza, alef and ة/ه spellings all match); و and ف written before a form are
 * handled where the word is looked up.
 *
 * Left out on purpose: يذكر (in news nearly always the impersonal يُذكر أن, "it is worth
 * noting", the journalist's own background, not a reported claim).
 *
 * Modality: نفى denies; أكد and شدد assert; everything else (قال, أعلن, زعم, أفاد, …) only
 * reports, which is what a journalist's "he said" commits the journalist to.
 */
import { foldKey } from '../text/foldedText';

export type Modality = 'asserted' | 'denied' | 'reported';

export interface ReportingVerb {
  /** The verb's past masculine form, unfolded, for the record. */
  lemma: string;
  modality: Modality;
  /**
   * Takes its content without إن/أن: اعتبرت الحكومة الغارات انتهاكا (considered the strikes a
   * violation). Other verbs need a complementiser, a colon or a quotation to give a cue.
   */
  bare?: boolean;
}

// Past (masculine, feminine, plural, dual), present (he, she, they), participle.
const FORMS: readonly [Modality, string, boolean, string][] = [
  ['reported', 'قال', false, 'قال قالت قالوا قالا يقول تقول يقولون قائلا قائلة قائلين'],
  ['asserted', 'أكد', false, 'أكد أكدت أكدوا أكدا يؤكد تؤكد يؤكدون مؤكدا مؤكدة مؤكدين'],
  ['asserted', 'شدد', false, 'شدد شددت شددوا يشدد تشدد يشددون مشددا مشددة'],
  ['reported', 'أعلن', false, 'أعلن أعلنت أعلنوا يعلن تعلن يعلنون معلنا معلنة'],
  ['reported', 'أوضح', false, 'أوضح أوضحت أوضحوا يوضح توضح يوضحون موضحا موضحة'],
  ['reported', 'أضاف', false, 'أضاف أضافت أضافوا يضيف تضيف يضيفون مضيفا مضيفة'],
  ['reported', 'أشار', false, 'أشار أشارت أشاروا يشير تشير يشيرون مشيرا مشيرة'],
  ['reported', 'ذكر', false, 'ذكر ذكرت ذكروا تذكر يذكرون ذاكرا'],
  ['reported', 'اعتبر', true, 'اعتبر اعتبرت اعتبروا يعتبر تعتبر يعتبرون معتبرا معتبرة'],
  ['denied', 'نفى', false, 'نفى نفت نفوا ينفي تنفي ينفون نافيا نافية'],
  ['reported', 'زعم', false, 'زعم زعمت زعموا يزعم تزعم يزعمون زاعما زاعمة'],
  ['reported', 'صرح', false, 'صرح صرحت صرحوا يصرح تصرح يصرحون مصرحا مصرحة'],
  ['reported', 'حذر', false, 'حذر حذرت حذروا يحذر تحذر يحذرون محذرا محذرة'],
  ['reported', 'كشف', false, 'كشف كشفت كشفوا يكشف تكشف يكشفون كاشفا كاشفة'],
  ['reported', 'أفاد', false, 'أفاد أفادت أفادوا يفيد تفيد يفيدون مفيدا مفيدة'],
  ['reported', 'لفت', false, 'لفت لفتت لفتوا يلفت تلفت لافتا لافتة'],
  ['reported', 'أردف', false, 'أردف أردفت أردفوا يردف تردف مردفا'],
  ['reported', 'تابع', false, 'تابع تابعت تابعوا'],
  ['reported', 'رأى', false, 'رأى رأت رأوا يرى ترى يرون'],
  ['reported', 'أورد', false, 'أورد أوردت أوردوا يورد تورد'],
];

const LEXICON = new Map<string, ReportingVerb>();
for (const [modality, lemma, bare, forms] of FORMS) {
  for (const form of forms.split(' ')) {
    const key = foldKey(form);
    if (!LEXICON.has(key)) LEXICON.set(key, { lemma, modality, ...(bare ? { bare } : {}) });
  }
}

export interface VerbReading {
  verb: ReportingVerb;
  /** Units of و/ف written before the verb (left out of the cue span). */
  prefix: number;
}

/** The reporting verb a folded word is, with و or ف (or both: وف is rare, فو is not Arabic) before it. */
export function readReportingVerb(word: string): VerbReading | undefined {
  const bare = LEXICON.get(word);
  if (bare) return { verb: bare, prefix: 0 };
  const first = word.charCodeAt(0);
  if (first === 0x0648 || first === 0x0641) {
    const verb = LEXICON.get(word.slice(1));
    if (verb) return { verb, prefix: 1 };
  }
  return undefined;
}

/** إن / أن and their forms with a pronoun or a preposition attached, folded. */
const COMPLEMENTISERS = new Set(
  'أن إن أنه إنه أنها إنها أنهم إنهم أنهما إنهما أننا إننا أنني إنني أني إني أنكم بأن بأنه بأنها بأنهم فإن فإنه فإنها'
    .split(' ').map(foldKey),
);

export function isComplementiser(word: string): boolean {
  return COMPLEMENTISERS.has(word);
}
