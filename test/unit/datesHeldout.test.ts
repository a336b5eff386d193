// The hand-labelled held-out dates (test/corpus/dates-heldout): checks that the file is sound
// (spans match their text, values are well formed, nothing overlaps, every segment really comes
// from the held-out article it names). It does not judge any recogniser: that is the benchmark's job.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { newsArticles } from '../corpus/newsCorpus';

interface LabelledDate {
  start: number;
  end: number;
  text: string;
  value?: string;
  calendar: string;
  relative: boolean;
}

interface Segment {
  article: number;
  paper: string;
  text: string;
  dates: LabelledDate[];
}

const FILE = path.join(__dirname, '../../../test/corpus/dates-heldout/dates-heldout.jsonl');

function readSegments(): Segment[] {
  return fs
    .readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Segment);
}

// A day, a month or a year (Gregorian or Hijri numbers alike), or an interval of two of them.
const POINT = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|30|31))?)?$/;

function wellFormed(value: string): boolean {
  const parts = value.split('/');
  if (parts.length > 2 || !parts.every((p) => POINT.test(p))) return false;
  // An interval runs forward: ISO strings of equal precision compare in time order.
  return parts.length === 1 || parts[0]! < parts[1]!;
}

function daysInMonthOk(value: string, calendar: string): boolean {
  // Gregorian days must exist in their month; Hijri months have 29 or 30 days.
  return value.split('/').every((p) => {
    const [y, m, d] = p.split('-').map(Number);
    if (d === undefined || m === undefined || y === undefined) return true;
    if (calendar === 'hijri') return d <= 30;
    return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  });
}

describe('held-out dates (hand-labelled news)', () => {
  const segments = readSegments();

  it('has enough material: segments, articles, newspapers, and segments without any date', () => {
    assert.ok(segments.length >= 280, `${segments.length} segments`);
    assert.ok(new Set(segments.map((s) => s.article)).size >= 60);
    assert.ok(new Set(segments.map((s) => s.paper)).size >= 10);
    assert.ok(segments.filter((s) => s.dates.length === 0).length >= 100);
  });

  it('takes every segment verbatim from the held-out article it names', () => {
    const heldout = newsArticles('heldout');
    for (const s of segments) {
      const a = heldout[s.article];
      assert.ok(a, `article ${s.article} is not in the held-out split`);
      assert.strictEqual(s.paper, a.source, `article ${s.article}`);
      assert.ok(a.title.includes(s.text) || a.content.includes(s.text), `not in article ${s.article}: ${s.text.slice(0, 40)}`);
    }
  });

  it('gives every span the text its code point offsets cut from the segment', () => {
    for (const s of segments) {
      const points = [...s.text];
      for (const d of s.dates) {
        assert.ok(Number.isInteger(d.start) && Number.isInteger(d.end), JSON.stringify(d));
        assert.ok(d.start >= 0 && d.start < d.end && d.end <= points.length, JSON.stringify(d));
        assert.strictEqual(points.slice(d.start, d.end).join(''), d.text);
        assert.strictEqual(d.text, d.text.trim(), `span with spaces at its edges: ${d.text}`);
      }
    }
  });

  it('keeps spans in order without overlaps', () => {
    for (const s of segments) {
      for (let i = 1; i < s.dates.length; i++) {
        assert.ok(s.dates[i - 1]!.end <= s.dates[i]!.start, `overlap in article ${s.article}: ${s.text.slice(0, 40)}`);
      }
    }
  });

  it('writes values as ISO days, months, years or intervals, and says which calendar', () => {
    let withValue = 0;
    for (const s of segments) {
      for (const d of s.dates) {
        assert.ok(d.calendar === 'gregorian' || d.calendar === 'hijri', JSON.stringify(d));
        assert.strictEqual(typeof d.relative, 'boolean', JSON.stringify(d));
        if (d.value === undefined) continue;
        withValue++;
        assert.ok(wellFormed(d.value), `bad value ${d.value} for ${d.text}`);
        assert.ok(daysInMonthOk(d.value, d.calendar), `no such day ${d.value} for ${d.text}`);
        // Hijri values keep Hijri years (14xx in this news), Gregorian ones Gregorian years.
        const year = Number(d.value.slice(0, 4));
        assert.ok(d.calendar === 'hijri' ? year >= 1300 && year < 1500 : year >= 1500, `${d.value} for ${d.text}`);
      }
    }
    assert.ok(withValue > 0);
  });

  it('leaves the value of every relative expression empty (its reference day is not in the segment)', () => {
    for (const s of segments) {
      for (const d of s.dates) if (d.relative) assert.strictEqual(d.value, undefined, d.text);
    }
  });
});
