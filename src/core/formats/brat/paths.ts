/**
 * Where a source's brat files go, and which source a pair of brat files describes.
 *
 * brat pairs `doc.txt` with `doc.ann`. A source already ending in `.txt` keeps its name
 * (`news/a.txt` → `news/a.txt` + `news/a.ann`); any other source gets `.txt` added
 * (`notes/b.md` → `notes/b.md.txt` + `notes/b.md.ann`), and reading back drops it again for
 * Markdown, the other kind of source Hamish annotates.
 */

/** The document name brat sees: the path without its `.txt`. */
export function bratStem(sourcePath: string): string {
  return sourcePath.endsWith('.txt') ? sourcePath.slice(0, -'.txt'.length) : sourcePath;
}

/** The source path a brat document describes, from its stem. */
export function sourcePathOfStem(stem: string): string {
  return /\.(?:md|markdown)$/i.test(stem) ? stem : `${stem}.txt`;
}

/** The stem of a brat file and which half of the pair it is, or undefined for other files. */
export function splitBratPath(path: string): { stem: string; part: 'txt' | 'ann' } | undefined {
  const m = /^(.+)\.(txt|ann)$/.exec(path);
  return m ? { stem: m[1]!, part: m[2] as 'txt' | 'ann' } : undefined;
}
