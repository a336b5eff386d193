/**
 * Real Arabic news from test/corpus/news (a sample of SaudiNewsNet, see its README): read
 * once per process, split into a development half (even lines: build and tune on it) and a
 * held-out half (odd lines: report figures on it, never tune on it).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

export interface NewsArticle {
  /** The newspaper's identifier in SaudiNewsNet (aawsat, alriyadh, was, …). */
  source: string;
  url: string;
  /** `YYYY-MM-DD hh:mm:ss`, when the crawler took it (about the day of publication). */
  dateExtracted: string;
  title: string;
  /** The article's text, paragraphs separated by blank lines, line breaks `\n`. */
  content: string;
}

export type NewsSplit = 'dev' | 'heldout' | 'all';

const SAMPLE = path.join(__dirname, '../../../test/corpus/news/saudinewsnet-sample.jsonl.gz');

let cache: NewsArticle[] | undefined;

function readAll(): NewsArticle[] {
  if (cache) return cache;
  const lines = zlib.gunzipSync(fs.readFileSync(SAMPLE)).toString('utf8').split('\n');
  cache = lines
    .filter((line) => line.length > 0)
    .map((line) => {
      const o = JSON.parse(line) as Record<string, string>;
      return { source: o.source!, url: o.url!, dateExtracted: o.date_extracted!, title: o.title!, content: o.content! };
    });
  return cache;
}

/** The articles of one half of the sample (or all of them), in the file's order. */
export function newsArticles(split: NewsSplit = 'dev'): readonly NewsArticle[] {
  const all = readAll();
  if (split === 'all') return all;
  const parity = split === 'dev' ? 0 : 1;
  return all.filter((_, i) => i % 2 === parity);
}

/**
 * About `codePoints` code points of news text: whole articles of the split, titles as their
 * first line, separated by blank lines, starting at article `from` and wrapping around.
 */
export function newsText(codePoints: number, split: NewsSplit = 'dev', from = 0): string {
  const articles = newsArticles(split);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < codePoints && i < articles.length; i++) {
    const a = articles[(from + i) % articles.length]!;
    const text = a.title ? `${a.title}\n\n${a.content.trim()}` : a.content.trim();
    parts.push(text);
    length += [...text].length + 2;
  }
  return parts.join('\n\n');
}
