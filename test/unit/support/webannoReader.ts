/**
 * A reader for the WebAnno TSV 3.3 files Hamish writes, following the rules INCEpTION's user
 * guide gives for reading them back: the document text is rebuilt from the `#Text=` lines
 * (a line feed after each, spaces up to the next sentence's first token offset), spans are
 * joined across rows by their `[N]` disambiguation ids, and a relation on a row points from
 * the unit named in its last column to a span on that row. Written for these tests from the
 * format description; only what the Hamish layers use is read.
 */

export interface ReadSpan {
  begin: number;
  end: number;
  values: string[];
}

export interface ReadRelation {
  name: string;
  source: ReadSpan;
  target: ReadSpan;
}

export interface ReadDocument {
  header: string[];
  text: string;
  tokens: { id: string; begin: number; end: number; form: string }[];
  spans: ReadSpan[];
  relations: ReadRelation[];
}

/** Undoes the feature-value escaping (`\\`, `\[`, `\]`, `\|`, `\_`, `\->`, `\;`, `\t`, `\n`, `\*`). */
export function unescapeValue(value: string): string {
  return value.replace(/\\(->|[\\[\]|_;*tn])/g, (_m, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
}

function unescapeText(text: string): string {
  return text.replace(/\\([tnfrb\\]|[\u0000-\u001f])/g, (_m, c: string) => ({ t: '\t', n: '\n', f: '\f', r: '\r', b: '\b', '\\': '\\' })[c] ?? c);
}

/** Splits a column on `|` not escaped, and each value into its text and disambiguation id. */
function stacked(column: string): { value: string; id?: number }[] {
  return column.split(/(?<!\\)\|/).map((raw) => {
    const m = /^(.*)\[(\d+)\]$/s.exec(raw);
    if (m && !raw.endsWith('\\]')) return { value: m[1]!, id: Number(m[2]) };
    return { value: raw };
  });
}

export function readWebAnno(content: string, spanFeatures: number): ReadDocument {
  const lines = content.split('\n');
  if (lines[0] !== '#FORMAT=WebAnno TSV 3.3') throw new Error(`bad format line: ${lines[0]}`);
  let i = 1;
  const header: string[] = [];
  while (lines[i] !== '') header.push(lines[i++]!);
  i++; // the blank line that closes the schema
  const doc: ReadDocument = { header, text: '', tokens: [], spans: [], relations: [] };
  const byId = new Map<number, ReadSpan>();
  const unitSpans = new Map<string, ReadSpan[]>();
  const pendingRelations: { row: string; names: string; refs: string }[] = [];
  let text = '';
  let sentenceText: string[] = [];
  let inSentence = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') {
      inSentence = false;
      continue;
    }
    if (line.startsWith('#Text=')) {
      sentenceText.push(unescapeText(line.slice('#Text='.length)));
      continue;
    }
    const fields = line.split('\t');
    if (fields.length < 3 + spanFeatures + 2) throw new Error(`line ${i + 1}: ${fields.length} fields`);
    const [id, offsets, form] = fields as [string, string, string];
    const [begin, end] = offsets.split('-').map(Number) as [number, number];
    if (!inSentence) {
      if (text.length > begin) text = text.slice(0, -1);
      text += ' '.repeat(Math.max(0, begin - text.length));
      if (text.length !== begin) throw new Error(`line ${i + 1}: sentence starts at ${begin} but the text is ${text.length} long`);
      text += sentenceText.map((t) => `${t}\n`).join('');
      sentenceText = [];
      inSentence = true;
    }
    doc.tokens.push({ id, begin, end, form });
    const here: ReadSpan[] = [];
    const columns = fields.slice(3, 3 + spanFeatures).map((c) => (c === '_' ? [] : stacked(c)));
    const count = columns[0]!.length;
    for (let k = 0; k < count; k++) {
      const dis = columns[0]![k]!.id;
      let span = dis === undefined ? undefined : byId.get(dis);
      if (span) span.end = end;
      else {
        span = { begin, end, values: columns.map((c) => c[k]!.value) };
        doc.spans.push(span);
        if (dis !== undefined) byId.set(dis, span);
      }
      here.push(span);
    }
    unitSpans.set(id, here);
    const names = fields[3 + spanFeatures]!;
    const refs = fields[4 + spanFeatures]!;
    if (names !== '_') pendingRelations.push({ row: id, names, refs });
  }
  for (const { row, names, refs } of pendingRelations) {
    const nameList = names.split(/(?<!\\)\|/);
    refs.split('|').forEach((ref, k) => {
      const m = /^(\d+-\d+)(?:\[(\d+)_(\d+)\])?$/.exec(ref);
      if (!m) throw new Error(`bad relation reference ${ref}`);
      const pick = (unit: string, dis: string | undefined) => {
        const candidates = unitSpans.get(unit) ?? [];
        if (dis === undefined || dis === '0') {
          if (candidates.length !== 1) throw new Error(`ambiguous relation end at ${unit}`);
          return candidates[0]!;
        }
        const found = byId.get(Number(dis));
        if (!found) throw new Error(`no span [${dis}]`);
        return found;
      };
      doc.relations.push({ name: unescapeValue(nameList[k]!), source: pick(m[1]!, m[2]), target: pick(row, m[3]) });
    });
  }
  doc.text = text;
  return doc;
}
