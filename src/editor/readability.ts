/**
 * Long Arabic lines in an editor that does not wrap run off the right edge, and since Arabic
 * starts at the right, the beginning of every long sentence is what hides. Hamish does not
 * change anyone's settings silently: the first time an Arabic source opens unwrapped, it offers
 * once to wrap text and Markdown files in this workspace (workspace settings, not global), and
 * the command "Wrap Long Lines of Text and Markdown Sources" does the same on demand.
 */
import * as vscode from 'vscode';
import { AnnotationService, ANNOTATED_LANGUAGES } from './annotationService';
import { Disposable } from './dispose';
import type { Messages } from './messages';

/** globalState key: the researcher chose "Don't Ask Again". */
const DECLINED_KEY = 'hamish.wrapOffer.declined';
/** Enough Arabic letters in the first part of a document to call it an Arabic source. */
const ARABIC_LETTERS = 40;
const ARABIC = /\p{Script=Arabic}/gu;

export class WrapOffer extends Disposable {
  private offered = false;

  constructor(
    private readonly state: vscode.Memento,
    private readonly messages: Messages,
  ) {
    super();
    this.register(vscode.window.onDidChangeActiveTextEditor((e) => e && this.consider(e.document)));
    const active = vscode.window.activeTextEditor;
    if (active) this.consider(active.document);
  }

  private consider(document: vscode.TextDocument): void {
    if (this.offered || this.state.get<boolean>(DECLINED_KEY)) return;
    if (!AnnotationService.isAnnotatable(document) || !isArabicSource(document)) return;
    if (vscode.workspace.getConfiguration('editor', document).get<string>('wordWrap') !== 'off') return;
    if (!hasLongLines(document)) return;
    this.offered = true;
    void this.offer();
  }

  private async offer(): Promise<void> {
    const wrap = vscode.l10n.t('Wrap in This Workspace');
    const never = vscode.l10n.t("Don't Ask Again");
    const answer = await this.messages.info(
      vscode.l10n.t('Hamish: long Arabic lines run off the right edge, where their sentences begin. Wrap long lines of text and Markdown files in this workspace?'),
      wrap,
      vscode.l10n.t('Not Now'),
      never,
    );
    if (answer === wrap) await wrapLongLinesInWorkspace();
    else if (answer === never) await this.state.update(DECLINED_KEY, true);
  }
}

/** Sets `editor.wordWrap: on` for text and Markdown in the workspace (the user's settings if no folder is open). */
export async function wrapLongLinesInWorkspace(): Promise<void> {
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  for (const languageId of ANNOTATED_LANGUAGES) {
    await vscode.workspace.getConfiguration('editor', { languageId }).update('wordWrap', 'on', target, true);
  }
}

function isArabicSource(document: vscode.TextDocument): boolean {
  const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 200), 0));
  let n = 0;
  for (const _ of head.matchAll(ARABIC)) if (++n >= ARABIC_LETTERS) return true;
  return false;
}

function hasLongLines(document: vscode.TextDocument): boolean {
  const column = vscode.workspace.getConfiguration('editor', document).get<number[]>('rulers')?.[0] ?? 100;
  for (let i = 0; i < Math.min(document.lineCount, 500); i++) if (document.lineAt(i).text.length > column) return true;
  return false;
}
