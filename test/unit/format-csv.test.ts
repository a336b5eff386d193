// CSV: the golden file, RFC 4180 quoting, the BOM and CRLF, and formula injection neutralised.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { csvCell, csvExporter } from '../../src/core/formats/csv';
import { createAnnotation } from '../../src/core/model/build';
import { exportSource } from './support/exportFixture';
import { fixturesDir } from './support/fixtures';

const golden = path.join(fixturesDir, 'export', 'csv', 'annotations.csv');

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  return rows;
}

describe('format: csv', () => {
  it('matches the golden file byte for byte', () => {
    const content = csvExporter.export([exportSource()]).files[0]!.content;
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, content);
    assert.strictEqual(content, fs.readFileSync(golden, 'utf8'));
  });

  it('starts with a BOM, ends every record with CRLF, and reads back cell for cell', () => {
    const source = exportSource();
    const content = csvExporter.export([source]).files[0]!.content;
    assert.ok(content.startsWith('\uFEFF'));
    assert.ok(content.endsWith('\r\n'));
    const rows = parseCsv(content.slice(1));
    assert.strictEqual(rows.length, source.annotations.length + 1);
    const header = rows[0]!;
    const claim = rows.find((r) => r[header.indexOf('type')] === 'claim')!;
    const a = source.annotations.find((x) => x.type === 'claim')!;
    assert.strictEqual(claim[header.indexOf('quote')], a.text);
    assert.strictEqual(claim[header.indexOf('note')], a.note, 'quotes and commas in the note survive');
    assert.strictEqual(claim[header.indexOf('link:speaker')], 'aspeaker0000000000000000001 aministry000000000000000001');
    assert.strictEqual(claim[header.indexOf('attr:tags')], '["عسكري","بغداد"]');
    assert.strictEqual(claim[header.indexOf('attr:confidence')], '0.8');
    assert.ok(rows.every((r) => r.length === header.length));
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${lead}HYPERLINK("x")`).replace(/^"/, '').startsWith(`'${lead}`), JSON.stringify(lead));
    assert.strictEqual(csvCell('=1+1'), "'=1+1");
    assert.strictEqual(csvCell('a,b'), '"a,b"');
    assert.strictEqual(csvCell('قال "نعم"'), '"قال ""نعم"""');
    assert.strictEqual(csvCell('عادي'), 'عادي');
    const text = '=cmd|calc!A1 قال -الوزير';
    const source = { path: 'x.txt', text, annotations: [createAnnotation(text, { id: 'ainject0000000000000000001', type: 'claim', start: 0, end: 12, note: '@SUM(A1)', attrs: { v: -1 }, now: '2026-01-01T00:00:00.000Z' })] };
    const rows = parseCsv(csvExporter.export([source]).files[0]!.content.slice(1));
    const header = rows[0]!;
    assert.strictEqual(rows[1]![header.indexOf('quote')], "'=cmd|calc!A1");
    assert.strictEqual(rows[1]![header.indexOf('note')], "'@SUM(A1)");
    assert.strictEqual(rows[1]![header.indexOf('attr:v')], "'-1");
    for (const row of rows) for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), cell);
  });
});
