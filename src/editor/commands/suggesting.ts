/**
 * Suggest Annotations, Clear Suggestions, and what can be done with a suggestion: accept it,
 * accept every suggestion of its type in the file, dismiss it, reveal it. A command acts on
 * the suggestion a hover link, code action or tree row names, else on the one at the cursor.
 */
import * as vscode from 'vscode';
import { HamishError } from '../hamishError';
import { messageText } from '../display/userText';
import { countOf } from '../display/counted';
import { isSuggestionRef, isSuggestionTypeRef, type ShownSuggestion } from '../suggestions/shownSuggestion';
import type { SuggestionService } from '../suggestions/suggestionService';
import { annotatableEditor, reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

interface Found {
  document: vscode.TextDocument;
  shown: ShownSuggestion;
}

export function suggestCommands(ctx: CommandContext): Command[] {
  const suggestions = ctx.suggestions;
  if (!suggestions) return [];
  return [
    {
      id: COMMANDS.suggestAnnotations,
      execute: () =>
        reportErrors(ctx, async () => {
          const document = annotatableEditor().document;
          const list = await suggestions.suggest(document);
          const n = list.length;
          void ctx.messages.info(
            n === 0
              ? vscode.l10n.t('Hamish: nothing to suggest in this file.')
              : countOf(n, vscode.l10n.t('Hamish: 1 suggestion. Accept or dismiss it from its hover, the light bulb or the Suggestions view.'), vscode.l10n.t('Hamish: 2 suggestions. Accept or dismiss them from their hovers, the light bulb or the Suggestions view.'), vscode.l10n.t('Hamish: {0} suggestions. Accept or dismiss them from their hovers, the light bulb or the Suggestions view.', n)),
          );
          return list;
        }),
    },
    {
      id: COMMANDS.clearSuggestions,
      execute: () =>
        reportErrors(ctx, async () => {
          suggestions.clear(annotatableEditor().document);
        }),
    },
    {
      id: COMMANDS.acceptSuggestion,
      execute: (arg?: unknown) =>
        reportErrors(ctx, async () => {
          const found = await findSuggestion(suggestions, arg);
          return suggestions.accept(found.document, [found.shown.suggestion.key], vscode.l10n.t('Accept suggestion'));
        }),
    },
    {
      id: COMMANDS.acceptAllSuggestions,
      // The argument names the document and type (tree group, hover, code action); else the type of the suggestion at the cursor.
      execute: (arg?: unknown) =>
        reportErrors(ctx, async () => {
          let document: vscode.TextDocument;
          let type: string;
          if (isSuggestionTypeRef(arg)) {
            document = await openDocument(arg.uri);
            type = arg.type;
          } else {
            const found = await findSuggestion(suggestions, arg);
            document = found.document;
            type = found.shown.suggestion.type;
          }
          const keys = suggestions.keysOfType(document, type);
          if (keys.length === 0) throw new HamishError(vscode.l10n.t('No {0} is suggested in this file.', messageText(ctx.config.typeOf(type).label)));
          return suggestions.accept(document, keys, vscode.l10n.t('Accept all suggested {0}', messageText(ctx.config.typeOf(type).label)));
        }),
    },
    {
      id: COMMANDS.dismissSuggestion,
      execute: (arg?: unknown) =>
        reportErrors(ctx, async () => {
          const found = await findSuggestion(suggestions, arg);
          await suggestions.dismiss(found.document, [found.shown.suggestion.key]);
        }),
    },
    {
      id: COMMANDS.revealSuggestion,
      execute: (arg?: unknown) =>
        reportErrors(ctx, async () => {
          const found = await findSuggestion(suggestions, arg);
          const editor = await vscode.window.showTextDocument(found.document, { preserveFocus: false, preview: true });
          const range = new vscode.Range(found.document.positionAt(found.shown.start), found.document.positionAt(found.shown.end));
          editor.selection = new vscode.Selection(range.start, range.end);
          editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        }),
    },
  ];
}

/** The suggestion a reference names, else the one at the cursor (the shortest when several cover it). */
async function findSuggestion(suggestions: SuggestionService, arg: unknown): Promise<Found> {
  if (isSuggestionRef(arg)) {
    const document = await openDocument(arg.uri);
    const shown = suggestions.find(document, arg.key);
    if (!shown) throw new HamishError(vscode.l10n.t('That suggestion is no longer there.'));
    return { document, shown };
  }
  const editor = annotatableEditor();
  const here = suggestions.list(editor.document) && suggestions.at(editor.document, editor.document.offsetAt(editor.selection.active));
  const shown = here?.[0];
  if (!shown) throw new HamishError(vscode.l10n.t('there is no suggestion at the cursor.'));
  return { document: editor.document, shown };
}

async function openDocument(uri: string): Promise<vscode.TextDocument> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  return open ?? vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
}
