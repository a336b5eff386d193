/**
 * Where a workload's annotations go (editWorkloads.ts): spans of whole words in annotated
 * stretches of the text, as researchers annotate some articles densely and leave others alone.
 */
import type { SpanWords, Token } from './editWorkloads';

const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Annotations as researchers make them: in annotated stretches only (`share` of the paragraphs,
 * in runs), mostly 1 to 6 words from a random word, some a single frequent word, some nested in
 * or overlapping an earlier one, some on duplicated sentences (wherever those are).
 */
export function chooseSpans(paragraphs: Token[][], count: number, rnd: () => number, copyIds: ReadonlySet<number>, share: number): SpanWords[] {
  const int = (n: number): number => Math.floor(rnd() * n);
  const annotated = annotatedRuns(paragraphs.length, share, rnd);
  const wordlike: { p: number; i: number }[] = [];
  const copies: { p: number; i: number }[] = [];
  const frequency = new Map<string, number>();
  paragraphs.forEach((para, p) =>
    para.forEach((t, i) => {
      if (!WORDLIKE.test(t.text)) return;
      if (copyIds.has(t.id)) copies.push({ p, i });
      if (!annotated[p]) return;
      wordlike.push({ p, i });
      frequency.set(t.text, (frequency.get(t.text) ?? 0) + 1);
    }),
  );
  const common = new Set([...frequency.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([w]) => w));
  const frequent = wordlike.filter(({ p, i }) => common.has(paragraphs[p]![i]!.text));
  const isWord = (p: number, i: number): boolean => WORDLIKE.test(paragraphs[p]![i]!.text);

  // A span from word `first` over up to `n` words of its paragraph, ending on a word.
  const from = (p: number, first: number, n: number): SpanWords => {
    let last = Math.min(first + n - 1, paragraphs[p]!.length - 1);
    while (last > first && !isWord(p, last)) last--;
    return { p, first, last };
  };

  const spans: SpanWords[] = [];
  const seen = new Set<string>();
  for (let tries = 0; spans.length < count && tries < 100 * count; tries++) {
    const r = rnd();
    let s: SpanWords | undefined;
    const earlier = spans.length > 0 ? spans[int(spans.length)]! : undefined;
    if (r < 0.08 && frequent.length > 0) {
      const { p, i } = frequent[int(frequent.length)]!;
      s = { p, first: i, last: i };
    } else if (r < 0.16 && earlier && earlier.last > earlier.first) {
      // Nested: a strict part of an earlier span.
      const a = earlier.first + int(earlier.last - earlier.first + 1);
      const b = a + int(earlier.last - a + 1);
      if ((a !== earlier.first || b !== earlier.last) && isWord(earlier.p, a) && isWord(earlier.p, b)) s = { p: earlier.p, first: a, last: b };
    } else if (r < 0.22 && earlier && earlier.last > earlier.first) {
      // Overlapping: starts inside an earlier span and runs past its end.
      const a = earlier.first + 1 + int(earlier.last - earlier.first);
      const o = from(earlier.p, a, earlier.last - a + 2 + int(4));
      if (o.last > earlier.last && isWord(earlier.p, a)) s = o;
    } else if (r < 0.32 && copies.length > 0) {
      const { p, i } = copies[int(copies.length)]!;
      s = from(p, i, 1 + int(6));
    } else {
      const { p, i } = wordlike[int(wordlike.length)]!;
      s = from(p, i, 1 + int(6));
    }
    if (!s) continue;
    const key = `${s.p}:${s.first}:${s.last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push(s);
  }
  return spans;
}

/** Which paragraphs carry annotations: runs of 5 to 60 paragraphs, each annotated with probability `share`. */
function annotatedRuns(paragraphs: number, share: number, rnd: () => number): boolean[] {
  const out: boolean[] = [];
  while (out.length < paragraphs) {
    const on = rnd() < share;
    for (let n = 5 + Math.floor(rnd() * 56); n > 0 && out.length < paragraphs; n--) out.push(on);
  }
  // A short text may draw no annotated run at all: then all of it is annotated.
  return out.includes(true) ? out : out.map(() => true);
}
