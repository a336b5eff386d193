/**
 * Finds the strings the extension translates: every `vscode.l10n.t('…')` (or `l10n.t('…')`)
 * call in the sources, with the literal that is its key. Shared by the parity unit test and
 * `npm run l10n:extract` (which writes the English bundle), so both see the same keys. Our own
 * small scanner rather than a TypeScript parse: the project's rule is that the first argument
 * is a plain string literal, and a call that breaks the rule is reported, not guessed at.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface FoundString {
  key: string;
  /** Path relative to the repository, and 1-based line, for failure messages. */
  file: string;
  line: number;
}

export interface Scan {
  strings: FoundString[];
  /** Calls whose first argument is not a string literal (a template with `${}` included). */
  dynamic: { file: string; line: number }[];
}

const CALL = /\bl10n\.t\(\s*/g;

/** The translated strings of one source text. */
export function scanSource(text: string, file: string): Scan {
  const scan: Scan = { strings: [], dynamic: [] };
  for (const m of text.matchAll(CALL)) {
    const start = m.index + m[0].length;
    const line = text.slice(0, m.index).split('\n').length;
    const literal = readLiteral(text, start);
    if (literal === undefined) scan.dynamic.push({ file, line });
    else scan.strings.push({ key: literal, file, line });
  }
  return scan;
}

/** Every translated string under the given folders (recursively, `.ts` files). */
export function scanFolders(repoRoot: string, folders: readonly string[]): Scan {
  const all: Scan = { strings: [], dynamic: [] };
  for (const folder of folders) {
    for (const file of tsFiles(path.join(repoRoot, folder))) {
      const scan = scanSource(fs.readFileSync(file, 'utf8'), path.relative(repoRoot, file).split(path.sep).join('/'));
      all.strings.push(...scan.strings);
      all.dynamic.push(...scan.dynamic);
    }
  }
  return all;
}

/** The placeholders of a message (`{0}`, `{1}`, `{name}`), sorted, repeats kept. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Keys in the order the bundles keep them: by UTF-16 code units, as JSON tools sort. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A bundle as JSON text: keys sorted, two-space indent, final newline. */
export function bundleText(entries: Record<string, string>): string {
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(entries).sort(compareKeys)) sorted[key] = entries[key]!;
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function* tsFiles(dir: string): Generator<string> {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(full);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield full;
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/**
 * The value of the string literal starting at `i` and ending the argument (followed by `,` or
 * `)`), or undefined when the argument is anything else: a variable, a concatenation, a
 * template with substitutions, an options object.
 */
function readLiteral(text: string, i: number): string | undefined {
  const quote = text[i];
  if (quote !== "'" && quote !== '"' && quote !== '`') return undefined;
  let value = '';
  let j = i + 1;
  for (; j < text.length && text[j] !== quote; j++) {
    const c = text[j]!;
    if (quote === '`' && c === '$' && text[j + 1] === '{') return undefined;
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = text[++j]!;
    if (next === 'u') {
      const braced = text[j + 1] === '{';
      const hex = braced ? text.slice(j + 2, text.indexOf('}', j)) : text.slice(j + 1, j + 5);
      value += String.fromCodePoint(parseInt(hex, 16));
      j += braced ? hex.length + 2 : 4;
    } else if (next === 'x') {
      value += String.fromCharCode(parseInt(text.slice(j + 1, j + 3), 16));
      j += 2;
    } else if (next === '\n') {
      // a line continuation adds nothing
    } else {
      value += ESCAPES[next] ?? next;
    }
  }
  const after = text.slice(j + 1).match(/^\s*([,)])/);
  return after ? value : undefined;
}
