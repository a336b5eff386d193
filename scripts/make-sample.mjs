// Writes samples/seed-article.ar.txt.ann.yaml: one annotation of every type over the seed
// article, linked the way a researcher would link them. Run after `npm run compile`.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
const require = createRequire(import.meta.url);
const { createAnnotation, describeSource } = require('../out/src/core/model/build.js');
const { serializeSidecar } = require('../out/src/core/sidecar/codec.js');

const file = new URL('../test/fixtures/seed-article.ar.txt', import.meta.url);
const text = fs.readFileSync(file, 'utf8');
const at = (quote, nth = 0) => {
  let u = -1;
  for (let i = 0; i <= nth; i++) u = text.indexOf(quote, u + 1);
  if (u < 0) throw new Error(`not found: ${quote}`);
  const start = Array.from(text.slice(0, u)).length;
  return { start, end: start + Array.from(quote).length };
};
const now = '2026-11-29T12:00:00.000Z';
const make = (type, quote, extra = {}, nth = 0) => createAnnotation(text, { type, ...at(quote, nth), now, annotator: 'sample', ...extra });
const speaker = make('actor', 'يحيى رسول', { attrs: { role: 'متحدث القائد العام للقوات المسلحة العراقية' } });
const date = make('date', '11 فبراير/شباط 2024', { attrs: { iso: '2024-02-11', calendar: 'gregorian' } });
const place = make('place', 'بغداد', {}, 1);
const claim = make('claim', 'استأنفت اجتماعاتها مع قوات التحالف الدولي في بغداد', {
  links: { speaker: speaker.id, date: date.id },
  attrs: { stance: 'neutral', checked: true },
  note: 'نقلته وكالة الأنباء العراقية الرسمية «واع».',
});
const austin = make('actor', 'لويد أوستن');
const set = { version: 1, source: describeSource('seed-article.ar.txt', text), annotations: [speaker, date, place, claim, austin] };
fs.writeFileSync(new URL('../samples/seed-article.ar.txt.ann.yaml', import.meta.url), serializeSidecar(set));
console.log(`wrote ${set.annotations.length} annotations`);
