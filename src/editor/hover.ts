/**
 * Hover over an annotation: type, quote, attributes and links (named in the UI language,
 * links with their target's type and quote and a go-to link, a dangling one flagged), note,
 * annotator, dates, and action links. User text goes through markdownText (isolated so
 * Arabic reads right to left, and escaped), and the Markdown is trusted only for our own
 * hover commands (HOVER_COMMANDS), so a note holding a command link stays inert text.
 */
import * as vscode from 'vscode';
import { type Annotation, linkTargets, type TypeDef } from '../core';
import type { AnnotatedDocument } from './annotatedDocument';
import type { AnnotationService } from './annotationService';
import { COMMANDS, type AnnotationRef } from './commands/ids';
import type { ConfigService } from './config';
import { rangeOf } from './decorations';
import { commandLink, HOVER_COMMANDS } from './display/commandLink';
import { attributeDef, attributeLabel, attributeOrder, linkLabel, valueLabel } from './display/schemaText';
import { markdownText, quoted } from './display/userText';

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnnotationService,
    private readonly config: ConfigService,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const doc = this.service.get(document);
    if (!doc) return undefined;
    const here = doc.at(document.offsetAt(position));
    if (here.length === 0) return undefined;
    const parts = here.map((a) => this.describe(a, doc, document));
    const outer = here.reduce((r, a) => r.union(rangeOf(document, a)), rangeOf(document, here[0]!));
    return new vscode.Hover(parts, outer);
  }

  private describe(a: Annotation, doc: AnnotatedDocument, document: vscode.TextDocument): vscode.MarkdownString {
    const md = new vscode.MarkdownString('', false);
    md.isTrusted = { enabledCommands: HOVER_COMMANDS };
    md.supportHtml = false;
    const type = this.config.typeOf(a.type);
    md.appendMarkdown(`**${markdownText(type.label)}**`);
    if (type.label !== a.type) md.appendMarkdown(` \`${a.type.replace(/`/g, '')}\``);
    md.appendMarkdown('\n\n> ' + markdownText(a.text).replace(/\n/g, '\n> ') + '\n\n');
    const rows = [...this.attributeRows(a, type.def), ...this.linkRows(a, type.def, doc, document)];
    if (a.note) rows.push(`*${vscode.l10n.t('Note:')}* ${markdownText(a.note)}`);
    const who = [
      a.annotator && markdownText(a.annotator),
      a.created && vscode.l10n.t('created {0}', markdownText(a.created)),
      a.modified && a.modified !== a.created && vscode.l10n.t('modified {0}', markdownText(a.modified)),
    ].filter((x): x is string => Boolean(x));
    if (who.length) rows.push(who.join(' · '));
    if (rows.length) md.appendMarkdown(rows.join('  \n') + '\n\n');
    md.appendMarkdown(this.actions(a, type.def, document).join(' · '));
    return md;
  }

  private attributeRows(a: Annotation, type: TypeDef): string[] {
    const language = vscode.env.language;
    return attributeOrder(type, a.attrs).map(
      (k) => `${markdownText(attributeLabel(type, k, language))}: ${markdownText(valueLabel(attributeDef(type, k), a.attrs[k]!, language))}`,
    );
  }

  /** One row per link name: each target with a go-to link, or flagged when its id names no annotation of the file. */
  private linkRows(a: Annotation, type: TypeDef, doc: AnnotatedDocument, document: vscode.TextDocument): string[] {
    const language = vscode.env.language;
    const rows = Object.entries(a.links).map(([k, ids]) => {
      const shown = linkTargets(ids).map((id) => {
        const target = doc.find(id);
        if (!target) return `⚠ ${vscode.l10n.t('dangling link: no annotation {0} in this file', markdownText(id))}`;
        const ref: AnnotationRef = { uri: document.uri.toString(), id };
        const go = commandLink(COMMANDS.revealAnnotation, [ref], vscode.l10n.t('Go to'), vscode.l10n.t('Go to the linked annotation'));
        return `${markdownText(this.config.typeOf(target.type).label)} ${markdownText(quoted(target.text, 80))} (${go})`;
      });
      return `${markdownText(linkLabel(type, k, language))} → ${shown.join(' · ')}`;
    });
    // The links the research question needs (a claim's speaker and date) are named even when missing.
    for (const def of type.links) {
      if (def.required && !(def.name in a.links)) rows.push(`${markdownText(linkLabel(type, def.name, language))} → *${vscode.l10n.t('not linked yet')}*`);
    }
    return rows;
  }

  private actions(a: Annotation, type: TypeDef, document: vscode.TextDocument): string[] {
    const ref: AnnotationRef = { uri: document.uri.toString(), id: a.id };
    // Each string written out as vscode.l10n.t('…') so the extractor and the parity test see it.
    return [
      type.attributes.length > 0 && commandLink(COMMANDS.editAttributes, [ref], vscode.l10n.t('Edit attributes'), vscode.l10n.t('Edit the attributes')),
      type.links.length > 0 && commandLink(COMMANDS.linkAnnotation, [ref], vscode.l10n.t('Link'), vscode.l10n.t('Link to another annotation')),
      Object.keys(a.links).length > 0 && commandLink(COMMANDS.unlinkAnnotation, [ref], vscode.l10n.t('Unlink'), vscode.l10n.t('Remove a link')),
      commandLink(COMMANDS.editNote, [ref], vscode.l10n.t('Edit note'), vscode.l10n.t('Edit the note')),
      commandLink(COMMANDS.changeType, [ref], vscode.l10n.t('Change type'), vscode.l10n.t('Change the type')),
      commandLink(COMMANDS.removeAnnotation, [ref], vscode.l10n.t('Remove'), vscode.l10n.t('Remove this annotation')),
    ].filter((x): x is string => Boolean(x));
  }
}
