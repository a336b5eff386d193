/** Tag Selection as Claim / Actor / Date / As…: every selection of a multi-cursor, snapped to words. */
import * as vscode from 'vscode';
import { type AttrValue, dateValueOf, findDocumentDate, snapToWords, trimSpaces, typeDef, type Range16 } from '../../core';
import type { AnnotationTypeConfig } from '../config';
import { HamishError } from '../hamishError';
import { labelText, messageText } from '../display/userText';
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
          const name = typeof type === 'string' ? type : await pickType(ctx, vscode.l10n.t('Tag the selection as…'));
          if (name) await tagSelections(ctx, name);
        }),
    },
  ];
}

/** The built-in types first, in the order of the research question (claim, actor, date), then the rest as defined. */
function typesInOrder(types: readonly AnnotationTypeConfig[]): AnnotationTypeConfig[] {
  return [...types.filter((t) => t.builtIn), ...types.filter((t) => !t.builtIn)];
}

function typeItem(ctx: CommandContext, t: AnnotationTypeConfig, current: string | undefined) {
  // Where a type comes from tells a researcher where to change it.
  const origin = t.builtIn ? undefined : typeDef(ctx.config.schema, t.name) ? vscode.l10n.t('from .hamish/schema.yaml') : vscode.l10n.t('from the hamish.types setting');
  const parts = [t.label === t.name ? '' : labelText(t.name), t.color ?? '', t.name === current ? vscode.l10n.t('current') : ''];
  return {
    label: labelText(t.label),
    description: parts.filter(Boolean).join(' · ') || undefined,
    detail: origin,
    // The colour the type is painted with: a theme colour for the built-ins and types without their own.
    iconPath: t.color ? new vscode.ThemeIcon('circle-filled') : new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor(`hamish.${t.builtIn ? t.name : 'other'}Border`)),
    name: t.name,
  };
}

export async function pickType(ctx: CommandContext, placeHolder: string, current?: string): Promise<string | undefined> {
  const items = typesInOrder(ctx.config.current.types).map((t) => typeItem(ctx, t, current));
  const picked = await ctx.picks.pick(items, { placeHolder, matchOnDescription: true });
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
  if (ranges.length === 0) throw new HamishError(vscode.l10n.t('there is no word at the selection to tag.'));
  const doc = await ctx.service.ensure(document);
  const existing = new Set(doc?.placed.filter((a) => a.type === type).map((a) => `${a.start}:${a.end}`));
  const fresh = ranges.filter((r) => !existing.has(`${r.start}:${r.end}`));
  const label = ctx.config.typeOf(type).label;
  if (fresh.length === 0) throw new HamishError(vscode.l10n.t('the selection is already tagged as {0}.', messageText(label)));
  // A date tagged by hand gets its value from the recogniser, read against the document's date.
  const documentDate = type === 'date' ? (doc?.documentDate ?? findDocumentDate(text)) : undefined;
  const attrsOf = (r: Range16) => (type === 'date' ? dateAttrs(text.slice(r.start, r.end), documentDate) : {});
  await ctx.service.add(document, fresh.map((r) => ({ type, start: r.start, end: r.end, attrs: attrsOf(r) })), vscode.l10n.t('Tag as {0}', messageText(label)));
}

/** `value`, `calendar` and `precision` of a date's quote, when the recogniser reads one in it. */
function dateAttrs(quote: string, documentDate: string | undefined): Record<string, AttrValue> {
  const found = dateValueOf(quote, documentDate ? { documentDate } : {});
  if (!found) return {};
  return { ...(found.value ? { value: found.value } : {}), calendar: found.calendar, precision: found.precision };
}
