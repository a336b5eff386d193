/** Tag Selection as Claim / Actor / Date / As…: every selection of a multi-cursor, snapped to words. */
import * as vscode from 'vscode';
import { snapToWords, trimSpaces, type Range16 } from '../../core';
import { HamishError } from '../hamishError';
import { labelText } from '../display/userText';
import { annotatableEditor, reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command, type CommandId } from './ids';

export function tagCommands(ctx: CommandContext): Command[] {
  const tagWith = (id: CommandId, type: string): Command => ({ id, execute: () => reportErrors(ctx, () => tagSelections(ctx, type)) });
  return [
    tagWith(COMMANDS.tagClaim, 'claim'),
    tagWith(COMMANDS.tagActor, 'actor'),
    tagWith(COMMANDS.tagDate, 'date'),
    {
      id: COMMANDS.tagAs,
      // An argument names the type directly (keybindings, tests); otherwise ask.
      execute: (type?: unknown) =>
        reportErrors(ctx, async () => {
          const name = typeof type === 'string' ? type : await pickType(ctx, 'Tag the selection as…');
          if (name) await tagSelections(ctx, name);
        }),
    },
  ];
}

export async function pickType(ctx: CommandContext, placeHolder: string, current?: string): Promise<string | undefined> {
  const items = ctx.config.current.types.map((t) => ({
    label: labelText(t.label),
    description: t.label === t.name ? undefined : labelText(t.name),
    detail: t.builtIn ? undefined : 'from the hamish.types setting',
    picked: t.name === current,
    name: t.name,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder });
  return picked?.name;
}

async function tagSelections(ctx: CommandContext, type: string): Promise<void> {
  const editor = annotatableEditor();
  const document = editor.document;
  const text = document.getText();
  const snap = ctx.config.current.snapToWords ? snapToWords : trimSpaces;
  const ranges: Range16[] = [];
  for (const sel of editor.selections) {
    const r = snap(text, document.offsetAt(sel.start), document.offsetAt(sel.end));
    if (r && !ranges.some((x) => x.start === r.start && x.end === r.end)) ranges.push(r);
  }
  if (ranges.length === 0) throw new HamishError('there is no word at the selection to tag.');
  const doc = await ctx.service.ensure(document);
  const existing = new Set(doc?.placed.filter((a) => a.type === type).map((a) => `${a.start}:${a.end}`));
  const fresh = ranges.filter((r) => !existing.has(`${r.start}:${r.end}`));
  if (fresh.length === 0) throw new HamishError(`the selection is already tagged as ${labelText(ctx.config.typeOf(type).label)}.`);
  await ctx.service.add(document, fresh.map((r) => ({ type, start: r.start, end: r.end })), `Tag as ${ctx.config.typeOf(type).label}`);
}
