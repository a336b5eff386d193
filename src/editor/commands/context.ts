/** Helpers the commands share: finding the editor and the annotations a command is about. */
import * as vscode from 'vscode';
import { type Annotation, preview } from '../../core';
import type { AnnotatedDocument } from '../annotatedDocument';
import { AnnotationService } from '../annotationService';
import { HamishError } from '../hamishError';
import type { ConfigService } from '../config';
import { isAnnotationRef } from './ids';
import type { Messages } from '../messages';
import type { QuickPicks } from '../quickPicks';
import { framed } from '../display/framed';
import { labelText, messageText } from '../display/userText';
import type { HamishViews } from '../views/hamishViews';
import type { SuggestionService } from '../suggestions/suggestionService';

export interface CommandContext {
  service: AnnotationService;
  config: ConfigService;
  messages: Messages;
  /** Quick picks of the annotation commands, shown through one place that knows which is open. */
  picks: QuickPicks;
  /** The activity-bar views, for their commands (absent where no views are shown). */
  views?: HamishViews;
  /** The suggestions shown per document (absent where assistance is not wired). */
  suggestions?: SuggestionService;
  /** Where the extension's files are and where it may keep its own (the sample article's copy). */
  extension?: { extensionUri: vscode.Uri; globalStorageUri: vscode.Uri };
}

/** The active editor if Hamish annotates its document, else an error for the researcher. */
export function annotatableEditor(): vscode.TextEditor {
  const editor = vscode.window.activeTextEditor;
  if (!editor) throw new HamishError(vscode.l10n.t('Open a text or Markdown source first.'));
  if (!AnnotationService.isAnnotatable(editor.document)) {
    throw new HamishError(vscode.l10n.t('Hamish annotates text and Markdown files; this one is {0}.', messageText(editor.document.languageId)));
  }
  return editor;
}

export interface Target {
  document: vscode.TextDocument;
  doc: AnnotatedDocument;
  annotation: Annotation;
}

/**
 * The annotation a command acts on: the one a hover link names, else the one at the
 * cursor, else a quick pick among those at the cursors when several overlap. `action` is
 * the verb shown in that pick's prompt, already translated by the caller. `fits` keeps
 * to the ones the command can act on when some can (Link Speaker on a claim that holds its
 * speaker's name means the claim, not the actor inside it).
 */
export async function pickTarget(ctx: CommandContext, arg: unknown, action: string, fits?: (a: Annotation) => boolean): Promise<Target | undefined> {
  if (isAnnotationRef(arg)) {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.uri);
    const doc = document && (await ctx.service.ensure(document));
    const annotation = doc?.find(arg.id);
    if (!document || !doc || !annotation) throw new HamishError(vscode.l10n.t('That annotation no longer exists.'));
    return { document, doc, annotation };
  }
  const editor = annotatableEditor();
  const doc = await ctx.service.ensure(editor.document);
  if (!doc) return undefined;
  const seen = new Set<string>();
  let candidates: Annotation[] = [];
  for (const sel of editor.selections) {
    for (const a of doc.at(editor.document.offsetAt(sel.isEmpty ? sel.active : sel.start), true)) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      candidates.push(a);
    }
  }
  if (fits && candidates.some(fits)) candidates = candidates.filter(fits);
  if (candidates.length === 0) {
    void ctx.messages.info(vscode.l10n.t('Hamish: there is no annotation at the cursor.'));
    return undefined;
  }
  if (candidates.length === 1) return { document: editor.document, doc, annotation: candidates[0]! };
  const picked = await vscode.window.showQuickPick(
    candidates.map((a) => ({ label: labelText(ctx.config.typeOf(a.type).label), description: labelText(preview(a.text, 60)), annotation: a })),
    { placeHolder: framed(vscode.l10n.t('Which annotation to {0}?', action)) },
  );
  return picked && { document: editor.document, doc, annotation: picked.annotation };
}

/** Runs a command body, turning errors meant for the researcher into messages. */
export async function reportErrors<T>(ctx: CommandContext, body: () => Promise<T>): Promise<T | undefined> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof HamishError) {
      void ctx.messages.error(vscode.l10n.t('Hamish: {0}', e.message));
      return undefined;
    }
    throw e;
  }
}
