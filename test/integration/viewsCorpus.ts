// A small corpus for the views' tests: two real Arabic sources in a folder of their own, with
// sidecars written through the core codec as another program (or git) would leave them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/model/annotation';
import { createAnnotation, describeSource } from '../../src/core/model/build';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { FORMAT_VERSION } from '../../src/core/sidecar/format';
import { workspacePath } from './workspace';

export const TEXT_A = 'قال يحيى رسول المتحدث العسكري إن الدّولة ترفض المقترح يوم 11 فبراير 2024 في بغداد.\nوأضاف أن الجيش يرى أن المحادثات مستمرة.\n';
export const TEXT_B = 'أكد رسول أن الجولة انتهت في 7 أغسطس 2023 بحضور الجيش.\n';

export interface ViewsCorpus {
  dir: string;
  fileA: string;
  fileB: string;
  uriA: vscode.Uri;
  uriB: vscode.Uri;
  ids: Record<'speakerA' | 'dateA' | 'claimA' | 'claimNoLinks' | 'orphan' | 'speakerB' | 'dateB' | 'claimB' | 'armyB', string>;
  /** Writes both sidecars again unchanged, so that a watcher that missed them sees a change. */
  touchSidecars(): void;
}

function at(text: string, quote: string, spec: Partial<Parameters<typeof createAnnotation>[1]> & { type: string }): Annotation {
  const start = Array.from(text.slice(0, text.indexOf(quote))).length;
  if (text.indexOf(quote) < 0) throw new Error(`${quote} is not in the text`);
  return createAnnotation(text, { ...spec, start, end: start + Array.from(quote).length });
}

let made = 0;

export function writeViewsCorpus(): ViewsCorpus {
  made += 1;
  const dir = workspacePath(`views-${process.pid}-${made}`);
  fs.mkdirSync(dir, { recursive: true });
  const fileA = path.join(dir, 'بيان.txt');
  const fileB = path.join(dir, 'جولة.txt');
  fs.writeFileSync(fileA, TEXT_A);
  fs.writeFileSync(fileB, TEXT_B);
  const speakerA = at(TEXT_A, 'يحيى رسول', { type: 'actor', attrs: { canonical: 'يحيى رسول' } });
  const dateA = at(TEXT_A, '11 فبراير 2024', { type: 'date', attrs: { value: '2024-02-11' } });
  const claimA = at(TEXT_A, 'الدّولة ترفض المقترح', { type: 'claim', links: { speaker: speakerA.id, date: dateA.id }, annotator: 'Huda' });
  const claimNoLinks = at(TEXT_A, 'المحادثات مستمرة', { type: 'claim', annotator: 'Omar' });
  // An actor whose text was deleted: orphaned where it was last seen.
  const orphan: Annotation = { ...at(TEXT_A, 'بغداد', { type: 'actor' }), text: 'لويد أوستن', orphaned: true };
  orphan.end = orphan.start;
  const speakerB = at(TEXT_B, 'رسول', { type: 'actor', attrs: { canonical: 'يحيى رسول' } });
  const dateB = at(TEXT_B, '7 أغسطس 2023', { type: 'date', attrs: { value: '2023-08-07' } });
  const claimB = at(TEXT_B, 'الجولة انتهت', { type: 'claim', links: { speaker: speakerB.id, date: dateB.id } });
  const armyB = at(TEXT_B, 'الجيش', { type: 'actor' });
  const write = (file: string, text: string, annotations: Annotation[]) =>
    fs.writeFileSync(`${file}.ann.yaml`, serializeSidecar({ version: FORMAT_VERSION, source: describeSource(path.basename(file), text), annotations }));
  write(fileA, TEXT_A, [speakerA, dateA, claimA, claimNoLinks, orphan]);
  write(fileB, TEXT_B, [speakerB, dateB, claimB, armyB]);
  const ids = {
    speakerA: speakerA.id, dateA: dateA.id, claimA: claimA.id, claimNoLinks: claimNoLinks.id, orphan: orphan.id,
    speakerB: speakerB.id, dateB: dateB.id, claimB: claimB.id, armyB: armyB.id,
  };
  // Writes both sidecars again, byte for byte: a change event for each.
  const touchSidecars = () => {
    for (const file of [fileA, fileB]) fs.writeFileSync(`${file}.ann.yaml`, fs.readFileSync(`${file}.ann.yaml`));
  };
  return { dir, fileA, fileB, uriA: vscode.Uri.file(fileA), uriB: vscode.Uri.file(fileB), ids, touchSidecars };
}
