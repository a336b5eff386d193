/** Commands of the Hamish views: reveal, Find Annotations…, filters, claim order and grouping. */
import * as vscode from 'vscode';
import { revealAnnotation } from '../views/revealAnnotation';
import type { HamishViews } from '../views/hamishViews';
import { labelText } from '../display/userText';
import { reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

export function viewCommands(ctx: CommandContext): Command[] {
  const views = ctx.views;
  if (!views) return [];
  return [
    {
      id: COMMANDS.findAnnotations,
      execute: (query) =>
        reportErrors(ctx, async () => {
          const found = await views.find.pick(typeof query === 'string' ? query : '');
          return found && revealAnnotation(ctx.service, { uri: found.path, id: found.annotation.id });
        }),
    },
    { id: COMMANDS.filterViewsByType, execute: (types) => filterByType(ctx, views, types) },
    { id: COMMANDS.filterViewsByAnnotator, execute: (name) => filterByAnnotator(views, name) },
    { id: COMMANDS.filterViewsByText, execute: (text) => filterByText(views, text) },
    { id: COMMANDS.clearViewFilter, execute: () => views.filter.clear() },
    { id: COMMANDS.sortClaimsByDate, execute: () => views.claims.setOrder('date') },
    { id: COMMANDS.sortClaimsByPosition, execute: () => views.claims.setOrder('position') },
    { id: COMMANDS.groupClaimsBySpeaker, execute: () => views.claims.setGrouping('speaker') },
    { id: COMMANDS.ungroupClaims, execute: () => views.claims.setGrouping('none') },
  ];
}

/** A list of type names given (a test, a keybinding's args) is used as it is; else a pick. */
async function filterByType(ctx: CommandContext, views: HamishViews, given: unknown): Promise<void> {
  if (Array.isArray(given)) return views.filter.set({ types: given.filter((t): t is string => typeof t === 'string') });
  const chosen = new Set(views.filter.current.types ?? []);
  const picked = await vscode.window.showQuickPick(
    ctx.config.current.types.map((t) => ({ label: labelText(t.label), description: t.name, picked: chosen.has(t.name), name: t.name })),
    { canPickMany: true, placeHolder: vscode.l10n.t('Show annotations of these types (none chosen: all types)') },
  );
  if (picked) views.filter.set({ types: picked.map((p) => p.name) });
}

async function filterByAnnotator(views: HamishViews, given: unknown): Promise<void> {
  if (typeof given === 'string') return views.filter.set({ annotator: given });
  const names = new Set<string>();
  for (const it of views.scanner.index.all()) if (it.annotation.annotator) names.add(it.annotation.annotator);
  const all = { label: vscode.l10n.t('All annotators'), name: '' };
  const picked = await vscode.window.showQuickPick([all, ...[...names].sort().map((n) => ({ label: labelText(n), name: n }))], {
    placeHolder: vscode.l10n.t('Show annotations made by'),
  });
  if (picked) views.filter.set({ annotator: picked.name });
}

async function filterByText(views: HamishViews, given: unknown): Promise<void> {
  if (typeof given === 'string') return views.filter.set({ text: given });
  const text = await vscode.window.showInputBox({
    value: views.filter.current.text ?? '',
    prompt: vscode.l10n.t('Show annotations whose quote, note or canonical name holds this text (spelling marks and letter forms are ignored; empty: all)'),
  });
  if (text !== undefined) views.filter.set({ text });
}
