/**
 * CSV for spreadsheets, pandas and R: one row per annotation. RFC 4180 (fields holding a comma,
 * a double quote, CR or LF are quoted, quotes doubled; CRLF ends every record), UTF-8 with a
 * byte-order mark so Excel and LibreOffice read Arabic as Arabic. A cell that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so no spreadsheet runs it as a
 * formula (an Arabic quote may well start with `-`; the `'` is then part of the cell's text).
 * Attributes and links get one column each; see docs/export-formats.md.
 */
import { linkTargets, type AttrValue } from '../model/annotation';
import type { ExportSource, Exporter } from './types';

const FIXED = ['source', 'id', 'type', 'start', 'end', 'quote', 'before', 'after', 'note', 'annotator', 'created', 'modified', 'orphaned'] as const;

export const csvExporter: Exporter = {
  format: 'csv',
  label: 'CSV (spreadsheets, pandas, R)',
  description: 'one row per annotation, UTF-8 with BOM, an attr: column per attribute and a link: column per link name',
  layout: 'single-file',
  export(sources: readonly ExportSource[]) {
    const attrKeys = new Set<string>();
    const linkNames = new Set<string>();
    for (const s of sources) {
      for (const a of s.annotations) {
        Object.keys(a.attrs).forEach((k) => attrKeys.add(k));
        Object.keys(a.links).forEach((k) => linkNames.add(k));
      }
    }
    const attrs = [...attrKeys].sort();
    const links = [...linkNames].sort();
    const rows: string[][] = [[...FIXED, ...attrs.map((k) => `attr:${k}`), ...links.map((k) => `link:${k}`)]];
    for (const s of sources) {
      for (const a of s.annotations) {
        rows.push([
          s.path, a.id, a.type, String(a.start), String(a.end), a.text, a.before, a.after,
          a.note ?? '', a.annotator ?? '', a.created ?? '', a.modified ?? '', a.orphaned ? 'true' : 'false',
          ...attrs.map((k) => (a.attrs[k] === undefined ? '' : attrCell(a.attrs[k]))),
          ...links.map((k) => (a.links[k] === undefined ? '' : linkTargets(a.links[k]).join(' '))),
        ]);
      }
    }
    const content = '\uFEFF' + rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
    return { files: [{ path: 'annotations.csv', content }], notes: [] };
  },
};

/** Strings as they are, numbers as JavaScript writes them, `true`/`false`, a list as a JSON array. */
function attrCell(v: AttrValue): string {
  return Array.isArray(v) ? JSON.stringify(v) : String(v);
}

/** One cell: neutralised against formula injection, then quoted as RFC 4180 asks. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
