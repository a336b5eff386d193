/** Next / Previous Annotation and Go to Annotation… in the active editor. */
import * as vscode from 'vscode';
import { type Annotation, compareAnnotations, preview } from '../../core';
import { rangeOf } from '../decorations';
import { countOf } from '../display/counted';
import { framed } from '../display/framed';
import { labelText, messageText, quoted } from '../display/userText';
import { annotatableEditor, reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

export function navigationCommands(ctx: CommandContext): Command[] {
  return [
    { id: COMMANDS.nextAnnotation, execute: () => reportErrors(ctx, () => step(ctx, 1)) },
    { id: COMMANDS.previousAnnotation, execute: () => reportErrors(ctx, () => step(ctx, -1)) },
    { id: COMMANDS.goToAnnotation, execute: () => reportErrors(ctx, () => goTo(ctx)) },
  ];
}

async function sorted(ctx: CommandContext, editor: vscode.TextEditor): Promise<Annotation[]> {
  const doc = await ctx.service.ensure(editor.document);
  return [...(doc?.placed ?? [])].sort(compareAnnotations);
}

async function step(ctx: CommandContext, direction: 1 | -1): Promise<void> {
  const editor = annotatableEditor();
  const list = await sorted(ctx, editor);
  if (list.length === 0) {
    void ctx.messages.info(vscode.l10n.t('Hamish: this file has no annotations yet.'));
    return;
  }
  const at = editor.document.offsetAt(editor.selection.start);
  // Wraps around at either end, like "Go to Next Problem".
  const next =
    direction === 1
      ? list.find((a) => a.start > at) ?? list[0]!
      : [...list].reverse().find((a) => a.start < at) ?? list[list.length - 1]!;
  reveal(editor, next);
}

function reveal(editor: vscode.TextEditor, a: Annotation): void {
  const range = rangeOf(editor.document, a);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function goTo(ctx: CommandContext): Promise<void> {
  const editor = annotatableEditor();
  const list = await sorted(ctx, editor);
  const doc = ctx.service.get(editor.document);
  const orphans = doc?.orphans ?? [];
  const items: (vscode.QuickPickItem & { annotation?: Annotation })[] = list.map((a) => ({
    label: labelText(preview(a.text, 70)),
    description: labelText(ctx.config.typeOf(a.type).label),
    detail: `${framed(vscode.l10n.t('line {0}', editor.document.positionAt(a.start).line + 1))}${a.note ? ` · ${labelText(preview(a.note, 60))}` : ''}`,
    annotation: a,
  }));
  for (const o of orphans) {
    items.push({
      label: `$(warning) ${labelText(preview(o.text, 70))}`,
      description: `${labelText(ctx.config.typeOf(o.type).label)} · ${vscode.l10n.t('orphaned')}`,
      detail: framed(vscode.l10n.t('its text is no longer in the source; pick it to remove it')),
      annotation: o,
    });
  }
  const n = list.length;
  const placeHolder = countOf(n, vscode.l10n.t('1 annotation in this file'), vscode.l10n.t('2 annotations in this file'), vscode.l10n.t('{0} annotations in this file', n));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: framed(placeHolder), matchOnDescription: true, matchOnDetail: true });
  if (!picked?.annotation) return;
  if (!picked.annotation.orphaned) {
    reveal(editor, picked.annotation);
    return;
  }
  const remove = vscode.l10n.t('Remove');
  const answer = await ctx.messages.warning(
    vscode.l10n.t('Remove the orphaned annotation {0}? Its quote is no longer in the text.', messageText(quoted(picked.annotation.text, 60))),
    remove,
  );
  if (answer === remove) await ctx.service.remove(editor.document, [picked.annotation.id], vscode.l10n.t('Remove annotation'));
}
