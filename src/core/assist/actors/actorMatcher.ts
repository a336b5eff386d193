/**
 * Finding mentions of known actors: every canonical name and alias, folded (normalize.ts,
 * with ة/ه folded too), on word boundaries, with the attached prefixes of
 * attachedPrefixes.ts left out of the span. Names are compiled once into a trie over folded
 * words; a text is then read in one pass, each word looked up under its few prefix readings,
 * so the cost is linear in the text and does not grow with the number of names.
 */
import { FoldedText, foldWords } from '../text/foldedText';
import type { ActorMention, ActorName } from '../types';
import { prefixReadings } from './attachedPrefixes';

/** Tagged actors as names to match ("Tag all N other mentions", corpus-wide suggestions). */
export { actorNamesFromAnnotations } from './actorNames';

/** Compiled once for a set of names, then run over many texts (a corpus of 1,000 files). */
export interface ActorMatcher {
  /** Mentions in `text`, in text order, without attached prefixes (و ب ل ال ...), offsets in code points. */
  find(text: string): ActorMention[];
  /** How many distinct folded names were compiled (names of one very short word are not). */
  readonly nameCount?: number;
}

interface Entry {
  canonical: string;
  kind?: string;
  matched: string;
}

interface TrieNode {
  children?: Map<string, TrieNode>;
  /** Set when a name ends at this word. */
  entry?: Entry;
}

/** A one-word name this short (`مع`, `لا`) would match everywhere: not matched. */
const MIN_SINGLE_WORD = 3;

export function compileActorMatcher(actors: readonly ActorName[]): ActorMatcher {
  const root = new Map<string, TrieNode>();
  let nameCount = 0;
  for (const actor of actors) {
    for (const name of [actor.canonical, ...actor.aliases]) {
      const words = foldWords(name);
      if (words.length === 0 || (words.length === 1 && words[0]!.length < MIN_SINGLE_WORD)) continue;
      let level = root;
      let node: TrieNode | undefined;
      for (const word of words) {
        node = level.get(word);
        if (!node) level.set(word, (node = {}));
        level = node.children ??= new Map();
      }
      // The first listed wins where two entries fold to the same name.
      if (!node!.entry) {
        node!.entry = { canonical: actor.canonical, matched: name, ...(actor.kind !== undefined ? { kind: actor.kind } : {}) };
        nameCount++;
      }
    }
  }
  return { nameCount, find: (text) => findMentions(root, new FoldedText(text)) };
}

function findMentions(root: Map<string, TrieNode>, t: FoldedText): ActorMention[] {
  const out: ActorMention[] = [];
  const n = t.wordCount;
  for (let i = 0; i < n; i++) {
    let bestEnd = -1;
    let bestStart = 0;
    let best: Entry | undefined;
    for (const reading of prefixReadings(t.word(i))) {
      let node = root.get(reading.key);
      let j = i;
      while (node) {
        // Longest name wins; among equally long ones, the first reading (the widest span).
        if (node.entry && j > bestEnd) {
          bestEnd = j;
          bestStart = t.starts[i]! + reading.offset;
          best = node.entry;
        }
        if (!node.children || j + 1 >= n || !joined(t.text, t.ends[j]!, t.starts[j + 1]!)) break;
        node = node.children.get(t.word(++j));
      }
    }
    if (!best) continue;
    const span = t.span(bestStart, t.ends[bestEnd]!);
    out.push({ ...span, canonical: best.canonical, ...(best.kind !== undefined ? { kind: best.kind } : {}), matched: best.matched });
    // No overlapping mentions: carry on after this one.
    i = bestEnd;
  }
  return out;
}

/** Two words of a name are written apart by white space only, within one paragraph. */
function joined(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) {
      if (++newlines > 1) return false;
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return to > from;
}
