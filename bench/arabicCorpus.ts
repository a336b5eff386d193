/**
 * Deterministic Arabic test data for re-anchoring: a large text recombined from the one
 * real article we have, annotations over it, scattered edits, and the true new position
 * of every annotation after the edits (the ground truth a re-anchoring is scored against).
 *
 * The text is built from real sentences, some repeated verbatim and most spliced from two
 * real sentences at a random word, so short quotes (and even whole 32-character contexts)
 * recur thousands of times: that is what makes re-anchoring news text hard.
 */
import type { Annotation } from '../src/core/model/annotation';
import { spanContext } from '../src/core/text/context';
import { CodePointIndex } from '../src/core/text/offsets';
import { seededRandom } from './figures';

/**
 * The seed article (a copy of `/work/shared/fixtures/seed-article.ar.txt`, a forum repost of
 * a news story, boilerplate included), kept here so tests and benches run from a clean clone.
 */
export const SEED_ARTICLE = `المحرر موضوع: محادثات متقدمة حول انهاء الوجود الأميركي في العراق \u00a0(زيارة 196 مرات)

0 الأعضاء و 1 ضيف يشاهدون هذا الموضوع.

متصل Janan Kawaja

  • اداري
  • عضو مميز متقدم
  • ***
  • مشاركة: 31502
    • مشاهدة الملف الشخصي
محادثات متقدمة حول انهاء الوجود الأميركي في العراق
استئناف المباحثات يأتي لتقدير الموقف العسكري ومستوى الخطر والبيئة العملياتية وقدرات القوات المسلحة العراقية في خضم توتر بعد هجمات أميركية طالت قيادات في الفصائل الموالية لإيران.
MEO

النفوذ الايراني عائق امام خروج القوات الأميركية
\u00a0العمل على صياغة جدول زمني لخفض مدروس وتدريجي وصولا لإنهاء مهمة التحالف الدولي
بغداد - قال يحيى رسول متحدث القائد العام للقوات المسلحة العراقية، الأحد، إن "اللجنة العسكرية العراقية العليا" استأنفت في بغداد اجتماعاتها مع قوات التحالف الدولي "لتقدير الموقف العسكري ومستوى الخطر ووضع جدول زمني لخفض تدريجي ينهي مهمة قوات التحالف في البلاد" في خضم توتر بين البلدين بسبب الهجمات الأميركية المستمرة على الميليشيات الموالية لطهران.
وأوضح رسول في بيان وفق ما نقلته وكالة الأنباء العراقية الرسمية "واع"أن "اللجنة العسكرية العراقية العليا، استأنفت اجتماعاتها مع قوات التحالف الدولي في بغداد يوم الأحد 11 فبراير/شباط 2024، لتقدير الموقف العسكري ومستوى الخطر والبيئة العملياتية وقدرات القوات المسلحة العراقية".
وذكر أنه "سيتم بناء على هذه الاجتماعات صياغة جدول زمني لخفض مدروس وتدريجي وصولا إلى إنهاء مهمة قوات التحالف الدولي لمحاربة داعش والانتقال إلى علاقة ثنائية" دون مزيد من التفاصيل.
وقال "طالما لم يعكر صفو المحادثات شيء، فإن الاجتماعات ستتواتر بصورة دورية لإتمام أعمال اللجنة بالسرعة الممكنة".

الاجتماعات ستتواتر بصورة دورية لإتمام أعمال اللجنة بالسرعة الممكنة

وفي 25 يناير/ كانون الثاني الماضي، أعلن وزير الدفاع الأميركي لويد أوستن، أن اجتماعات مجموعة العمل التابعة للجنة العسكرية الأميركية ـ العراقية العليا المشكلة بين البلدين، ستبدأ بحث مستقبل الوجود العسكري الأميركي هناك.
واللجنة العسكرية العليا هي استمرار للمسار الذي التزم به الطرفان، خلال حوار التعاون الأمني المشترك بين الولايات المتحدة والعراق، الذي عقد بواشنطن في 7-8 أغسطس/ آب 2023، وفق وزارة الدفاع الأميركية.
وفي الآونة الأخيرة، تصاعدات مطالبات في العراق بإنهاء مهمة التحالف الدولي وانسحاب القوات الأميركية من البلاد، إثر ضربات متبادلة بين هذه القوات وجماعات عراقية مسلحة مرتبطة بإيران، على خلفية حرب إسرائيلية مدمرة تشنها إسرائيل بدعم أميركي على قطاع غزة منذ 7 أكتوبر/ تشرين الأول الماضي.
وفتح مقتل 3 جنود أميركيين وجرح العشرات في هجوم بمسيرة يعتقد أنها من قبل كتائب حزب الله العراقي والردود الأميركية باستهداف قادة الفصائل الباب امام توتر غير مسبوق في العراق.
وشن الطيران الأميركي غارات استهدف قيادات اتهمتها بالمسؤولية عن تنفيذ هجمات طالت القواعد الأميركية في سوريا والعراق على غرار أبوباقر الساعدي القيادي في حزب الله العراقي وهو ما اثار غضب الحكومة العراقية التي اعتبرت الغارات انتهاكا واضحا للسيادة الوطنية العراقية.
وأعلنت الفصائل الموالية لإيران على غرار حركة النجباء أنها ستستمر في شن الهجمات على القواعد والمصالح الأميركية حتى انسحاب الجيش الأميركي من البلاد.
ومنذ بدء الحرب الإسرائيلية على غزة والتي ذهبت بتل أبيب إلى محكمة العدل الدولية للمرة الأولى في تاريخها، تشهد المنطقة توترات متصاعدة وضربات متبادلة بين إسرائيل وحليفتيها الرئيسيين الولايات المتحدة وبريطانيا من جهة، وجماعات مسلحة داعمة للفصائل الفلسطينية، متمثلة في "حزب الله" اللبناني، وجماعة الحوثي اليمنية، و"المقاومة الإسلامية في العراق" المدعومين من إيران.
ومنذ منتصف تشرين الأول/أكتوبر، تعرضت القوات الأميركية والتحالف الدولي المناهض للجهاديين في العراق وسوريا، لأكثر من 165 هجوما في انعكاس مباشر للحرب الدائرة في قطاع غزة.`;

/** What the edits did to an annotation's text. */
export type SpanKind = 'intact' | 'deleted' | 'typo';

export interface CorpusOptions {
  /** PRNG seed; the same seed always gives the same case. */
  seed?: number;
  /** Length of the old text in code points (about 1.8 bytes each in UTF-8). */
  length?: number;
  /** Number of annotations, each over 1 to 6 whole words of one paragraph. */
  spans?: number;
  /** Fraction of words inserted or deleted (half each), never inside an annotation. */
  editRate?: number;
  /** Paragraphs cut and pasted elsewhere, after the word edits. */
  movedParagraphs?: number;
  /** Annotations whose words are deleted: the right answer for them is 'orphaned'. */
  deletedSpans?: number;
  /** Annotations with one letter changed inside: the right answer is their new range. */
  typoSpans?: number;
  /** Chance per word of an emoji (an astral character) next to it, so offsets must be code points. */
  emojiRate?: number;
}

export interface ReanchorCase {
  oldText: string;
  newText: string;
  /** Annotations over `oldText`, sorted as a sidecar stores them. */
  annotations: Annotation[];
  /** The true new `[start, end)` (code points) of each annotation, or null when its words were deleted. */
  truth: ({ start: number; end: number } | null)[];
  kinds: SpanKind[];
  edits: { inserted: number; deleted: number; movedParagraphs: number; deletedSpans: number; typos: number };
}

interface Token {
  id: number;
  text: string;
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const EMOJI = ['📌', '🇮🇶', '🔴', '😊', '𝟐𝟎𝟐𝟒'];

/** The seed article's sentences as word lists: each line cut after sentence-final punctuation. */
export function seedSentences(): string[][] {
  const out: string[][] = [];
  for (const line of SEED_ARTICLE.split('\n')) {
    for (const sentence of line.split(/(?<=[.!?؟])\s+/u)) {
      const words = sentence.split(/\s+/u).filter((w) => w.length > 0);
      if (words.length > 0) out.push(words);
    }
  }
  return out;
}

/** Every word of the seed article, repeats included (so frequent words stay frequent). */
export function seedWords(): string[] {
  return SEED_ARTICLE.split(/\s+/u).filter((w) => w.length > 0);
}

function cpLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Builds an old text, annotations over it, an edited new text and the ground truth. */
export function buildReanchorCase(options: CorpusOptions = {}): ReanchorCase {
  const rnd = seededRandom(options.seed ?? 20241129);
  const target = options.length ?? 2_000_000;
  const spanCount = options.spans ?? 10_000;
  const editRate = options.editRate ?? 0.02;
  const moveCount = options.movedParagraphs ?? 5;
  const deleteCount = options.deletedSpans ?? 50;
  const typoCount = options.typoSpans ?? 50;
  const emojiRate = options.emojiRate ?? 0.001;

  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const sentences = seedSentences();
  const words = seedWords();
  let nextId = 0;
  const token = (text: string): Token => ({ id: nextId++, text });

  // A sentence: a real one verbatim (30 %), else the head of one spliced to the tail of another.
  const sentence = (): string[] => {
    const a = pick(sentences);
    if (rnd() < 0.3 || a.length < 2) return a;
    const b = pick(sentences);
    return [...a.slice(0, 1 + int(a.length - 1)), ...b.slice(int(b.length))];
  };

  const paragraphs: Token[][] = [];
  let length = 0;
  while (length < target) {
    let ws: string[];
    if (rnd() < 0.1) {
      const s = pick(sentences);
      const from = int(s.length);
      ws = s.slice(from, from + 3 + int(6)); // a headline
    } else {
      ws = [];
      for (let n = 1 + int(5); n > 0; n--) ws.push(...sentence());
    }
    const para: Token[] = [];
    for (const w of ws) {
      if (rnd() < emojiRate) para.push(token(pick(EMOJI)));
      para.push(token(w));
    }
    paragraphs.push(para);
    length += para.reduce((sum, t) => sum + cpLength(t.text) + 1, 0);
  }

  // Annotations: 1-6 words starting at a random word, within its paragraph.
  const flat: { p: number; i: number }[] = [];
  paragraphs.forEach((para, p) => para.forEach((_, i) => flat.push({ p, i })));
  const spans: Token[][] = [];
  const seen = new Set<string>();
  while (spans.length < spanCount) {
    const { p, i } = pick(flat);
    const para = paragraphs[p]!;
    const n = Math.min(1 + int(6), para.length - i);
    const key = `${para[i]!.id}:${n}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push(para.slice(i, i + n));
  }

  // Which annotations lose their words or get a typo: only ones that share no word with another.
  const uses = new Map<number, number>();
  for (const s of spans) for (const t of s) uses.set(t.id, (uses.get(t.id) ?? 0) + 1);
  const alone = (s: Token[]): boolean => s.every((t) => uses.get(t.id) === 1);
  const kinds: SpanKind[] = spans.map(() => 'intact');
  const typoed = new Map<number, string>();
  for (let n = 0, tries = 0; n < deleteCount && tries < 100 * deleteCount; tries++) {
    const k = int(spans.length);
    if (kinds[k] !== 'intact' || !alone(spans[k]!)) continue;
    kinds[k] = 'deleted';
    n++;
  }
  for (let n = 0, tries = 0; n < typoCount && tries < 100 * typoCount; tries++) {
    const k = int(spans.length);
    const s = spans[k]!;
    const victim = s.find((t) => t.text.length >= 5 && [...t.text].every((c) => LETTERS.includes(c)));
    if (kinds[k] !== 'intact' || !alone(s) || !victim) continue;
    const at = 1 + int(victim.text.length - 2);
    const others = LETTERS.replace(victim.text[at]!, '');
    typoed.set(victim.id, victim.text.slice(0, at) + pick([...others]) + victim.text.slice(at + 1));
    kinds[k] = 'typo';
    n++;
  }

  // Word edits never touch a surviving annotation's words nor the gaps between them.
  const locked = new Set<number>();
  const noGapBefore = new Set<number>();
  const deleted = new Set<number>();
  spans.forEach((s, k) => {
    for (const [j, t] of s.entries()) {
      if (kinds[k] === 'deleted') deleted.add(t.id);
      else locked.add(t.id);
      if (j > 0 && kinds[k] !== 'deleted') noGapBefore.add(t.id);
    }
  });
  const edits = Math.round(flat.length * editRate);
  let deletedWords = 0;
  for (let tries = 0; deletedWords < edits / 2 && tries < 20 * edits; tries++) {
    const { p, i } = pick(flat);
    const t = paragraphs[p]![i]!;
    if (locked.has(t.id) || deleted.has(t.id)) continue;
    deleted.add(t.id);
    deletedWords++;
  }
  const insertBefore = new Map<number, Token[]>();
  const insertAtEnd = new Map<number, Token[]>();
  let insertedWords = 0;
  for (let tries = 0; insertedWords < edits - deletedWords && tries < 20 * edits; tries++) {
    const { p, i } = pick(flat);
    const para = paragraphs[p]!;
    const atEnd = rnd() < 1 / 20;
    if (!atEnd && noGapBefore.has(para[i]!.id)) continue;
    const map = atEnd ? insertAtEnd : insertBefore;
    const key = atEnd ? p : para[i]!.id;
    map.set(key, [...(map.get(key) ?? []), token(pick(words))]);
    insertedWords++;
  }

  const edited: Token[][] = paragraphs.map((para, p) => {
    const out: Token[] = [];
    for (const t of para) {
      out.push(...(insertBefore.get(t.id) ?? []));
      if (deleted.has(t.id)) continue;
      const typo = typoed.get(t.id);
      out.push(typo === undefined ? t : { id: t.id, text: typo });
    }
    out.push(...(insertAtEnd.get(p) ?? []));
    return out;
  });
  for (let n = 0; n < moveCount && edited.length > 2; n++) {
    const from = int(edited.length);
    const [para] = edited.splice(from, 1);
    edited.splice(int(edited.length + 1), 0, para!);
  }

  const oldLayout = layout(paragraphs);
  const newLayout = layout(edited);
  const oldIndex = CodePointIndex.of(oldLayout.text);
  const annotations: Annotation[] = spans.map((s, k) => {
    const start = oldLayout.starts.get(s[0]!.id)!;
    const last = s[s.length - 1]!;
    const end = oldLayout.starts.get(last.id)! + cpLength(last.text);
    const { text, before, after } = spanContext(oldLayout.text, start, end, oldIndex);
    return {
      id: `a${k}`, type: 'claim', start, end, text, before, after, attrs: {}, links: {},
      created: '2024-02-11T00:00:00Z', modified: '2024-02-11T00:00:00Z',
    };
  });
  const truth = spans.map((s, k) => {
    if (kinds[k] === 'deleted') return null;
    const last = s[s.length - 1]!;
    const lastText = typoed.get(last.id) ?? last.text;
    return { start: newLayout.starts.get(s[0]!.id)!, end: newLayout.starts.get(last.id)! + cpLength(lastText) };
  });
  // A sidecar lists annotations by position; keep the truth aligned with that order.
  const order = annotations.map((_, k) => k).sort((x, y) => annotations[x]!.start - annotations[y]!.start || annotations[x]!.end - annotations[y]!.end);
  return {
    oldText: oldLayout.text,
    newText: newLayout.text,
    annotations: order.map((k) => annotations[k]!),
    truth: order.map((k) => truth[k]!),
    kinds: order.map((k) => kinds[k]!),
    edits: { inserted: insertedWords, deleted: deletedWords, movedParagraphs: moveCount, deletedSpans: deleteCount, typos: typoed.size },
  };
}

/** Joins words with spaces and paragraphs with newlines; records each word's code point offset. */
function layout(paragraphs: Token[][]): { text: string; starts: Map<number, number> } {
  const starts = new Map<number, number>();
  const lines: string[] = [];
  let offset = 0;
  for (const para of paragraphs) {
    for (const t of para) {
      starts.set(t.id, offset);
      offset += cpLength(t.text) + 1;
    }
    if (para.length === 0) offset += 1;
    lines.push(para.map((t) => t.text).join(' '));
  }
  return { text: lines.join('\n'), starts };
}
