/**
 * Hover over a suggestion: that it is a suggestion and of which type, its quote, what it
 * proposes (a date's value, an actor's canonical name, a claim's speaker), the rule that
 * found it, and links to accept it, accept all suggestions of its type in the file, or
 * dismiss it. User text goes through markdownText (isolated, escaped); the Markdown trusts
 * only those three commands of ours.
 */
import * as vscode from 'vscode';
import { isolate } from '../../core';
import { COMMANDS } from '../commands/ids';
import type { AnnotationService } from '../annotationService';
import type { ConfigService } from '../config';
import { commandLink, SUGGESTION_HOVER_COMMANDS } from '../display/commandLink';
import { markdownText } from '../display/userText';
import type { ShownSuggestion, SuggestionRef } from './shownSuggestion';
import { linkedTexts, suggestionDetails } from './suggestionText';
import type { SuggestionService } from './suggestionService';

export class SuggestionHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly suggestions: SuggestionService,
    private readonly service: AnnotationService,
    private readonly config: ConfigService,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const here = this.suggestions.at(document, document.offsetAt(position));
    if (here.length === 0) return undefined;
    const parts = here.map((s) => this.describe(s, document));
    const range = here.reduce(
      (r, s) => r.union(new vscode.Range(document.positionAt(s.start), document.positionAt(s.end))),
      new vscode.Range(document.positionAt(here[0]!.start), document.positionAt(here[0]!.end)),
    );
    return new vscode.Hover(parts, range);
  }

  private describe(shown: ShownSuggestion, document: vscode.TextDocument): vscode.MarkdownString {
    const s = shown.suggestion;
    const md = new vscode.MarkdownString('', false);
    md.isTrusted = { enabledCommands: SUGGESTION_HOVER_COMMANDS };
    md.supportHtml = false;
    const type = this.config.typeOf(s.type);
    md.appendMarkdown(`**${vscode.l10n.t('Suggested {0}', markdownText(type.label))}**\n\n`);
    md.appendMarkdown('> ' + markdownText(s.text).replace(/\n/g, '\n> ') + '\n\n');
    const links = linkedTexts(s, this.suggestions.list(document) ?? [], this.service.get(document));
    const rows = suggestionDetails(s, type.def, links).map((r) => `${markdownText(r.label)}: ${markdownText(r.value)}`);
    md.appendMarkdown(rows.join('  \n') + '\n\n');
    const uri = document.uri.toString();
    const ref: SuggestionRef = { uri, key: s.key };
    const sameType = (this.suggestions.list(document) ?? []).filter((x) => x.suggestion.type === s.type).length;
    const actions = [
      commandLink(COMMANDS.acceptSuggestion, [ref], vscode.l10n.t('Accept'), vscode.l10n.t('Make this suggestion an annotation')),
      commandLink(COMMANDS.acceptAllSuggestions, [{ uri, type: s.type }], vscode.l10n.t('Accept all {0} ({1})', isolate(type.label), sameType), vscode.l10n.t('Accept every suggestion of this type in this file')),
      commandLink(COMMANDS.dismissSuggestion, [ref], vscode.l10n.t('Dismiss'), vscode.l10n.t('Dismiss this suggestion; it is not proposed again')),
    ].filter((x): x is string => Boolean(x));
    md.appendMarkdown(actions.join(' · '));
    return md;
  }
}
