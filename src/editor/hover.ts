/**
 * Hover over an annotation: type, quote, attributes, links, note, annotator, dates, and
 * action links. User text is escaped (escapeMarkdown), and the Markdown is trusted only
 * for our own three commands, so a note holding a command link stays inert text.
 */
import * as vscode from 'vscode';
import { type Annotation, escapeMarkdown } from '../core';
import type { AnnotatedDocument } from './annotatedDocument';
import type { AnnotationService } from './annotationService';
import { COMMANDS } from './commands/ids';
import type { ConfigService } from './config';
import { rangeOf } from './decorations';

/** The only commands a hover may run. */
export const HOVER_COMMANDS = [COMMANDS.editNote, COMMANDS.changeType, COMMANDS.removeAnnotation];

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
    md.appendMarkdown(`**${escapeMarkdown(type.label)}**`);
    if (type.label !== a.type) md.appendMarkdown(` \`${a.type.replace(/`/g, '')}\``);
    md.appendMarkdown('\n\n> ' + escapeMarkdown(a.text).replace(/\n/g, '\n> ') + '\n\n');
    const rows: string[] = [];
    for (const [k, v] of Object.entries(a.attrs)) {
      rows.push(`${escapeMarkdown(k)}: ${escapeMarkdown(Array.isArray(v) ? v.join('، ') : String(v))}`);
    }
    for (const [k, id] of Object.entries(a.links)) {
      const target = doc.find(id);
      const shown = target ? `${this.config.typeOf(target.type).label} «${target.text}»` : `missing annotation ${id}`;
      rows.push(`${escapeMarkdown(k)} → ${escapeMarkdown(shown)}`);
    }
    if (a.note) rows.push(`*Note:* ${escapeMarkdown(a.note)}`);
    const who = [a.annotator, a.created && `created ${a.created}`, a.modified && a.modified !== a.created && `modified ${a.modified}`]
      .filter((x): x is string => Boolean(x));
    if (who.length) rows.push(escapeMarkdown(who.join(' · ')));
    if (rows.length) md.appendMarkdown(rows.join('  \n') + '\n\n');
    const arg = encodeURIComponent(JSON.stringify([{ uri: document.uri.toString(), id: a.id }]));
    md.appendMarkdown(
      [
        `[Edit note](command:${COMMANDS.editNote}?${arg} "Edit the note")`,
        `[Change type](command:${COMMANDS.changeType}?${arg} "Change the type")`,
        `[Remove](command:${COMMANDS.removeAnnotation}?${arg} "Remove this annotation")`,
      ].join(' · '),
    );
    return md;
  }
}
