/**
 * The input for one attribute, fitted to its kind. Choices are picked from the schema's
 * values by their labels; dates, numbers and texts are typed, checked with the same rule the
 * schema check uses (parseAttributeInput) while the researcher types, so a wrong value is
 * never stored. The input box holds the stored value as it is: display marks in it would be
 * saved with the value.
 */
import * as vscode from 'vscode';
import { labelIn, parseAttributeInput, type AttributeDef, type AttrValue } from '../../core';
import { labelText, messageText, quoted } from '../display/userText';
import type { CommandContext, Target } from './context';

/** The answer that removes the attribute. */
export const REMOVE = Symbol('remove');

/** The value to store, REMOVE, or undefined when the researcher cancelled. */
export async function askValue(ctx: CommandContext, t: Target, def: AttributeDef): Promise<AttrValue | typeof REMOVE | undefined> {
  return def.kind === 'choice' ? askChoice(ctx, t, def) : askTyped(t, def);
}

async function askChoice(ctx: CommandContext, t: Target, def: AttributeDef): Promise<string | typeof REMOVE | undefined> {
  const language = vscode.env.language;
  const now = t.annotation.attrs[def.name];
  const items: (vscode.QuickPickItem & { value: string | typeof REMOVE })[] = def.values.map((c) => {
    const label = labelIn(c.label, language, c.value);
    return {
      label: labelText(label),
      description: [label !== c.value ? labelText(c.value) : '', c.value === now ? vscode.l10n.t('current') : ''].filter(Boolean).join(' · ') || undefined,
      value: c.value,
    };
  });
  if (now !== undefined) items.push({ label: vscode.l10n.t('Remove this attribute'), value: REMOVE });
  const name = labelIn(def.label, language, def.name);
  const picked = await ctx.picks.pick(items, { placeHolder: vscode.l10n.t('{0} of {1}', labelText(name), labelText(quoted(t.annotation.text, 60))) });
  return picked?.value;
}

/** Why what was typed cannot be stored, in the UI language; undefined when it can (or is empty: removal). */
export function inputProblem(def: AttributeDef, typed: string): string | undefined {
  if (typed.trim() === '' || !('error' in parseAttributeInput(def, typed))) return undefined;
  switch (def.kind) {
    case 'date':
      return vscode.l10n.t('Not an ISO 8601 date: write 2024, 2024-02 or 2024-02-11, or an interval 2023-08-07/2023-08-08.');
    case 'number':
      return vscode.l10n.t('Not a number: write digits such as 12 or 12.5 (Arabic-Indic digits such as ١٢٫٥ are accepted).');
    default:
      return vscode.l10n.t('This value cannot be stored.');
  }
}

function prompt(def: AttributeDef): string {
  switch (def.kind) {
    case 'date':
      return vscode.l10n.t('An ISO 8601 date: 2024, 2024-02, 2024-02-11, or an interval 2023-08-07/2023-08-08. Leave empty to remove.');
    case 'number':
      return vscode.l10n.t('A number; Arabic-Indic digits are accepted. Leave empty to remove.');
    default:
      return vscode.l10n.t('Leave empty to remove.');
  }
}

async function askTyped(t: Target, def: AttributeDef): Promise<AttrValue | typeof REMOVE | undefined> {
  const now = t.annotation.attrs[def.name];
  const name = labelIn(def.label, vscode.env.language, def.name);
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('{0} of {1}', messageText(name), messageText(quoted(t.annotation.text, 60))),
    value: now === undefined ? '' : Array.isArray(now) ? now.join(', ') : String(now),
    prompt: prompt(def),
    validateInput: (v) => inputProblem(def, v),
  });
  if (typed === undefined) return undefined;
  if (typed.trim() === '') return REMOVE;
  const parsed = parseAttributeInput(def, typed);
  return 'error' in parsed ? undefined : parsed.value;
}
