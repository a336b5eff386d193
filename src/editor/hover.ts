/**
 * Hover over an annotation: type, quote, attributes, links, note, annotator, dates, and
 * action links. User text goes through markdownText (isolated so Arabic reads right to
 * left, and escaped), and the Markdown is trusted only for our own three commands, so a
 * note holding a command link stays inert text.
 */
import * as vscode from 'vscode';
import { type Annotation, linkTargets } from '../core';
import type { AnnotatedDocument } from './annotatedDocument';
import type { AnnotationService } from './annotationService';
import { COMMANDS, type AnnotationRef } from './commands/ids';
import type { ConfigService } from './config';
import { rangeOf } from './decorations';
import { commandLink, HOVER_COMMANDS } from './display/commandLink';
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
    const rows: string[] = [];
    for (const [k, v] of Object.entries(a.attrs)) {
      rows.push(`${markdownText(k)}: ${markdownText(Array.isArray(v) ? v.join('، ') : String(v))}`);
    }
    for (const [k, ids] of Object.entries(a.links)) {
      const shown = linkTargets(ids).map((id) => {
        const target = doc.find(id);
        return target
          ? `${markdownText(this.config.typeOf(target.type).label)} ${markdownText(quoted(target.text))}`
          : `missing annotation ${markdownText(id)}`;
      });
      rows.push(`${markdownText(k)} → ${shown.join(' · ')}`);
    }
    if (a.note) rows.push(`*Note:* ${markdownText(a.note)}`);
    const who = [
      a.annotator && markdownText(a.annotator),
      a.created && `created ${markdownText(a.created)}`,
      a.modified && a.modified !== a.created && `modified ${markdownText(a.modified)}`,
    ].filter((x): x is string => Boolean(x));
    if (who.length) rows.push(who.join(' · '));
    if (rows.length) md.appendMarkdown(rows.join('  \n') + '\n\n');
    const ref: AnnotationRef = { uri: document.uri.toString(), id: a.id };
    md.appendMarkdown(
      [
        commandLink(COMMANDS.editNote, [ref], 'Edit note', 'Edit the note'),
        commandLink(COMMANDS.changeType, [ref], 'Change type', 'Change the type'),
        commandLink(COMMANDS.removeAnnotation, [ref], 'Remove', 'Remove this annotation'),
      ].join(' · '),
    );
    return md;
  }
}
