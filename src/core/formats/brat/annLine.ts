/**
 * One line of a brat .ann file, parsed by its kind (the first character of its id). Tolerant
 * where brat is (a trailing tab after a relation, an attribute without a value), strict where
 * a wrong reading would misplace data (offsets must be integers). Never throws: a line that
 * does not parse comes back as `{ kind: 'malformed', message }`.
 */

export type Fragment = [start: number, end: number];

export type AnnLine =
  | { kind: 'blank' }
  | { kind: 'malformed'; message: string }
  /** `T1\tclaim 10 20;25 30\ttext`; `text` is absent when the line has no text column. */
  | { kind: 'T'; id: string; type: string; fragments: Fragment[]; text?: string }
  /** `R1\tspeaker Arg1:T1 Arg2:T2`. */
  | { kind: 'R'; id: string; type: string; args: Array<[role: string, ref: string]> }
  /** `E1\tType:T1 Theme:T2`: parsed only far enough to report it. */
  | { kind: 'E'; id: string; type: string }
  /** `A1\tchecked T1`, `A2\tmodality T1 reported`, and the old `M1\tNegation E1`. */
  | { kind: 'A' | 'M'; id: string; name: string; target: string; value?: string }
  /** `N1\tReference T1 Wikipedia:534366\tBarack Obama`. */
  | { kind: 'N'; id: string; type: string; target: string; ref: string; text: string }
  /** `#1\tAnnotatorNotes T1\tnote text` (the type may be any word: `Lemma` in real corpora). */
  | { kind: '#'; id: string; type: string; target: string; text: string }
  /** `*\tEquiv T1 T2 T3`: no id of its own. */
  | { kind: '*'; type: string; members: string[] };

const ID = /^[TRAMNE#][^\s]*$/u;
const REF = /^[A-Za-z#][^\s:]*$/u;

export function parseAnnLine(line: string): AnnLine {
  if (line.trim() === '') return { kind: 'blank' };
  const tab = line.indexOf('\t');
  if (tab < 0) return malformed('no tab after the id (expected "ID<tab>...")');
  const id = line.slice(0, tab);
  const rest = line.slice(tab + 1);
  const tab2 = rest.indexOf('\t');
  const data = tab2 < 0 ? rest : rest.slice(0, tab2);
  const tail = tab2 < 0 ? undefined : rest.slice(tab2 + 1);
  if (id === '*') return equiv(data);
  if (!ID.test(id)) return malformed(`"${id}" is not a brat id (T1, R1, E1, A1, M1, N1, #1 or *)`);
  switch (id[0]) {
    case 'T':
      return textBound(id, data, tail);
    case 'R':
      return relation(id, data);
    case 'E':
      return event(id, data);
    case 'A':
    case 'M':
      return attribute(id[0], id, data);
    case 'N':
      return normalisation(id, data, tail ?? '');
    default:
      return comment(id, data, tail ?? '');
  }
}

function malformed(message: string): AnnLine {
  return { kind: 'malformed', message };
}

function words(data: string): string[] {
  return data.split(/[ \t]+/).filter((w) => w !== '');
}

function textBound(id: string, data: string, tail: string | undefined): AnnLine {
  const space = data.indexOf(' ');
  if (space <= 0) return malformed('a text-bound line needs "TYPE START END"');
  const type = data.slice(0, space);
  const fragments: Fragment[] = [];
  for (const piece of data.slice(space + 1).split(';')) {
    const m = /^ *(\d+) +(\d+) *$/.exec(piece);
    if (!m) return malformed(`"${piece}" is not "START END" with whole numbers`);
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return malformed(`offset out of range in "${piece}"`);
    if (start > end) return malformed(`start ${start} is after end ${end}`);
    fragments.push([start, end]);
  }
  return tail === undefined ? { kind: 'T', id, type, fragments } : { kind: 'T', id, type, fragments, text: tail };
}

function refArgs(list: string[]): Array<[string, string]> | undefined {
  const args: Array<[string, string]> = [];
  for (const w of list) {
    const colon = w.indexOf(':');
    if (colon <= 0 || !REF.test(w.slice(colon + 1))) return undefined;
    args.push([w.slice(0, colon), w.slice(colon + 1)]);
  }
  return args;
}

function relation(id: string, data: string): AnnLine {
  const [type, ...argWords] = words(data);
  const args = refArgs(argWords);
  if (type === undefined || args === undefined || args.length !== 2) {
    return malformed('a relation needs "TYPE Arg1:ID Arg2:ID"');
  }
  return { kind: 'R', id, type, args };
}

function event(id: string, data: string): AnnLine {
  const [head] = words(data);
  const colon = head?.indexOf(':') ?? -1;
  if (head === undefined || colon <= 0) return malformed('an event needs "TYPE:TRIGGER ROLE:ID ..."');
  return { kind: 'E', id, type: head.slice(0, colon) };
}

function attribute(kind: 'A' | 'M', id: string, data: string): AnnLine {
  const [name, target, ...value] = words(data);
  if (name === undefined || target === undefined || !REF.test(target)) {
    return malformed(`an attribute needs "NAME TARGET [VALUE]"`);
  }
  if (kind === 'M' && value.length > 0) return malformed('a modifier (M) line has no value: "NAME TARGET"');
  return value.length === 0 ? { kind, id, name, target } : { kind, id, name, target, value: value.join(' ') };
}

function normalisation(id: string, data: string, text: string): AnnLine {
  const [type, target, ref, ...extra] = words(data);
  if (type === undefined || target === undefined || ref === undefined || extra.length > 0 || !REF.test(target) || ref.indexOf(':') <= 0) {
    return malformed('a normalisation needs "TYPE TARGET DB:ID"');
  }
  return { kind: 'N', id, type, target, ref, text };
}

function comment(id: string, data: string, text: string): AnnLine {
  const w = words(data);
  if (w.length !== 2 || !REF.test(w[1]!)) return malformed('a note needs "TYPE TARGET<tab>TEXT"');
  return { kind: '#', id, type: w[0]!, target: w[1]!, text };
}

function equiv(data: string): AnnLine {
  const [type, ...members] = words(data);
  if (type === undefined || members.length < 2 || !members.every((m) => REF.test(m))) {
    return malformed('an equivalence needs "TYPE ID ID ..."');
  }
  return { kind: '*', type, members };
}
