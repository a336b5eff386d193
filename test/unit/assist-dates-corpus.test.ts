/**
 * The date recogniser against text it was not written for: the 200 dev sentences labelled
 * by hand in test/corpus/dates-dev (precision and recall of exact spans, and the values of
 * the absolute dates), whole dev articles (spans well formed, in order, never splitting a
 * letter from its marks), and the document date of news datelines.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findDates, findDocumentDate } from '../../src/core/assist/dates/findDates';
import { newsArticles } from '../corpus/newsCorpus';

interface Labelled {
  text: string;
  dates: { start: number; end: number; text: string; value?: string; calendar: string; relative: boolean }[];
}

const DEV = path.resolve(__dirname, '../../../test/corpus/dates-dev/dates-dev.jsonl');
const segments: Labelled[] = fs.readFileSync(DEV, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Labelled);

describe('dates: labelled dev sentences', () => {
  it('the labels slice their sentences exactly', () => {
    for (const s of segments) {
      for (const d of s.dates) assert.strictEqual([...s.text].slice(d.start, d.end).join(''), d.text);
    }
  });

  it('reaches the issue targets on exact spans (precision ≥ 0.9, recall ≥ 0.8) with the labelled values', () => {
    let found = 0;
    let correct = 0;
    let labelled = 0;
    for (const s of segments) {
      const gold = new Map(s.dates.map((d) => [`${d.start}:${d.end}`, d]));
      labelled += gold.size;
      for (const m of findDates(s.text)) {
        found++;
        const d = gold.get(`${m.start}:${m.end}`);
        if (!d) continue;
        correct++;
        if (d.value !== undefined) assert.strictEqual(m.value, d.value, d.text);
        assert.strictEqual(m.calendar, d.calendar, d.text);
        assert.strictEqual(m.relative, d.relative, d.text);
      }
    }
    assert.ok(labelled >= 80, `labelled ${labelled}`);
    assert.ok(correct / found >= 0.9, `precision ${correct}/${found}`);
    assert.ok(correct / labelled >= 0.8, `recall ${correct}/${labelled}`);
  });
});

describe('dates: whole dev articles', () => {
  it('gives spans in order, not overlapping, equal to their text, never ending inside a letter\'s marks', () => {
    const mark = /^[\u064b-\u065f\u0670\u0640]/u;
    let total = 0;
    for (const a of newsArticles('dev').slice(0, 300)) {
      const cps = [...a.content];
      let last = 0;
      for (const m of findDates(a.content)) {
        total++;
        assert.ok(m.start >= last && m.end > m.start);
        assert.strictEqual(cps.slice(m.start, m.end).join(''), m.text);
        assert.ok(!mark.test(cps[m.end] ?? ''), `ends before a mark: ${m.text}`);
        assert.ok(!/^[\s.,،:;؛)]/u.test(m.text) && !/[\s.,،:;؛(]$/u.test(m.text), `edge: ${m.text}`);
        last = m.end;
      }
    }
    assert.ok(total > 300, `${total} dates`);
  });
});

describe('dates: the document date', () => {
  it('reads a news agency dateline at the top', () => {
    const text = 'الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس\nأكد معالي وزير الصحة أمس أن الوزارة...';
    assert.strictEqual(findDocumentDate(text), '2015-08-11');
  });

  it('reads a date after a publication cue anywhere', () => {
    const text = 'عنوان الخبر\n\nنص طويل عن الاجتماع الذي عقد في بغداد.\n\nنشر في 3 مارس 2016';
    assert.strictEqual(findDocumentDate(text), '2016-03-03');
    assert.strictEqual(findDocumentDate('صدر القرار بتاريخ 22/07/2015 عن الوزارة'), '2015-07-22');
  });

  it('is conservative: nothing for a month, a Hijri date alone, two different dates at the top, or a date deep in the text', () => {
    assert.strictEqual(findDocumentDate('الرياض 26 شوال 1436 هـ واس\nنص'), undefined);
    assert.strictEqual(findDocumentDate('في فبراير 2024 أعلنت الحكومة'), undefined);
    assert.strictEqual(findDocumentDate('بين 3 مارس 2016 و5 أبريل 2016 جرت مفاوضات'), undefined);
    const deep = `${'سطر من الخبر بلا تاريخ.\n'.repeat(10)}وفي 11 فبراير 2024 عقد الاجتماع.`;
    assert.strictEqual(findDocumentDate(deep), undefined);
  });

  it('agrees with the day the crawler took each dev article, when it finds one (within 3 days)', () => {
    let found = 0;
    for (const a of newsArticles('dev')) {
      const day = findDocumentDate(`${a.title}\n\n${a.content}`);
      if (day === undefined) continue;
      found++;
      const gap = Math.abs(Date.parse(day) - Date.parse(a.dateExtracted.slice(0, 10))) / 86_400_000;
      assert.ok(gap <= 3, `${day} vs ${a.dateExtracted} (${a.url})`);
    }
    assert.ok(found >= 100, `${found} datelines`);
  });

  it('finds the seed article has no dateline of its own', () => {
    const seed = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/seed-article.ar.txt'), 'utf8');
    assert.strictEqual(findDocumentDate(seed), undefined);
  });
});
