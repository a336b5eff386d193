// Helpers for tests of the Hamish editor layer: the extension's API, opening fresh copies of
// sources, and reading their sidecars back from disk through the core codec.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { HamishApi } from '../../src/extension';
import type { AnnotationSet } from '../../src/core/model/annotation';
import { parseSidecar } from '../../src/core/sidecar/codec';
import { waitUntil, workspacePath } from './workspace';

export async function hamish(): Promise<HamishApi> {
  const ext = vscode.extensions.getExtension<HamishApi>('hamish.hamish');
  assert.ok(ext);
  return ext.activate();
}

let counter = 0;

/** Writes `text` to a new file in the test workspace and opens it in an editor. */
export async function openSource(text: string, ext = '.txt'): Promise<{ file: string; editor: vscode.TextEditor }> {
  counter += 1;
  const file = workspacePath(`source-${process.pid}-${counter}${ext}`);
  fs.writeFileSync(file, text);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const editor = await vscode.window.showTextDocument(document);
  const api = await hamish();
  await api.service.ensure(document);
  return { file, editor };
}

export function seedText(): string {
  return fs.readFileSync(workspacePath('seed-article.ar.txt'), 'utf8');
}

/** The sidecar of `file` as on disk, parsed; fails the test if it is invalid. */
export function readSidecar(file: string): AnnotationSet {
  const text = fs.readFileSync(file + '.ann.yaml', 'utf8');
  const parsed = parseSidecar(text, file + '.ann.yaml');
  assert.ok(parsed.ok, JSON.stringify(parsed.problems));
  return parsed.set;
}

/** Waits until the sidecar exists and satisfies `check`. */
export async function waitForSidecar(file: string, check: (set: AnnotationSet) => boolean, message = 'the sidecar'): Promise<AnnotationSet> {
  const set = await waitUntil(() => (fs.existsSync(file + '.ann.yaml') ? (check(readSidecar(file)) ? readSidecar(file) : undefined) : undefined), { message, timeoutMs: 5000 });
  return set!;
}

/** Selects [start, end) given as UTF-16 offsets (several pairs make a multi-cursor). */
export function select(editor: vscode.TextEditor, ...ranges: [number, number][]): void {
  const doc = editor.document;
  editor.selections = ranges.map(([s, e]) => new vscode.Selection(doc.positionAt(s), doc.positionAt(e)));
}

/** Code point offset of a UTF-16 offset in `text`, as Python would count. */
export function cp(text: string, utf16: number): number {
  return Array.from(text.slice(0, utf16)).length;
}

/** Python's text[start:end] with code point offsets. */
export function pySlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Selects the first occurrence of each quote in the editor (a multi-cursor for several). */
export function selectQuotes(editor: vscode.TextEditor, ...quotes: string[]): void {
  const text = editor.document.getText();
  select(editor, ...quotes.map((q) => [text.indexOf(q), text.indexOf(q) + q.length] as [number, number]));
}

/**
 * A fresh copy of the seed article, open, with the first occurrence of each quote tagged
 * by `command` and the sidecar written.
 */
export async function seedTagged(command: string, ...quotes: string[]) {
  const text = seedText();
  const { file, editor } = await openSource(text);
  selectQuotes(editor, ...quotes);
  await vscode.commands.executeCommand(command);
  const set = await waitForSidecar(file, (s) => s.annotations.length === quotes.length);
  const doc = (await hamish()).service.get(editor.document)!;
  return { text, file, editor, set, doc };
}
