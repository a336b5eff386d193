/**
 * Code actions (the light bulb) at a suggestion: accept it, accept every suggestion of its
 * type in the file, dismiss it; and at a tagged actor with untagged mentions elsewhere in the
 * file: tag them all. Each runs one of our commands with a reference to what it acts on.
 */
import * as vscode from 'vscode';
import { preview } from '../../core';
import type { AnnotationService } from '../annotationService';
import { COMMANDS, type AnnotationRef } from '../commands/ids';
import type { ConfigService } from '../config';
import { countOf } from '../display/counted';
import { labelText, quoted } from '../display/userText';
import { otherMentions } from './otherMentions';
import type { SuggestionRef, SuggestionTypeRef } from './shownSuggestion';
import type { SuggestionService } from './suggestionService';

export class SuggestionActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly suggestions: SuggestionService,
    private readonly service: AnnotationService,
    private readonly config: ConfigService,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const uri = document.uri.toString();
    const offset = document.offsetAt(range.start);
    const actions: vscode.CodeAction[] = [];
    const add = (title: string, command: string, args: unknown[], preferred = false) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.command = { title, command, arguments: args };
      action.isPreferred = preferred;
      actions.push(action);
    };
    const list = this.suggestions.list(document) ?? [];
    for (const shown of this.suggestions.at(document, offset)) {
      const s = shown.suggestion;
      const ref: SuggestionRef = { uri, key: s.key };
      const typeRef: SuggestionTypeRef = { uri, type: s.type };
      const label = labelText(this.config.typeOf(s.type).label);
      const quote = labelText(quoted(preview(s.text, 60)));
      add(vscode.l10n.t('Accept {0} as {1}', quote, label), COMMANDS.acceptSuggestion, [ref], true);
      const n = list.filter((x) => x.suggestion.type === s.type).length;
      if (n > 1) {
        const title = countOf(n, '', vscode.l10n.t('Accept both suggestions of type {0} in this file', label), vscode.l10n.t('Accept all {0} suggestions of type {1} in this file', n, label));
        add(title, COMMANDS.acceptAllSuggestions, [typeRef]);
      }
      add(vscode.l10n.t('Dismiss the suggestion {0}', quote), COMMANDS.dismissSuggestion, [ref]);
    }
    const doc = this.service.get(document);
    const actor = doc?.at(offset, true).find((a) => a.type === 'actor');
    if (doc && actor) {
      const n = otherMentions(document.getText(), actor, doc.annotations).length;
      const ref: AnnotationRef = { uri, id: actor.id };
      const quote = labelText(quoted(preview(actor.text, 60)));
      const title = countOf(n, vscode.l10n.t('Tag the other mention of {0}', quote), vscode.l10n.t('Tag both other mentions of {0}', quote), vscode.l10n.t('Tag all {0} other mentions of {1}', n, quote));
      if (n > 0) add(title, COMMANDS.tagOtherMentions, [ref]);
    }
    return actions;
  }
}
