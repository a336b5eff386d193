/**
 * Edit Attributes: pick one of the type's attributes (each shown with its value now), then
 * answer an input fitted to its kind: a choice from the schema's values, an ISO 8601 date
 * checked while typing, a number (Arabic-Indic digits welcome), or free text. An empty
 * answer removes the attribute. A second argument names the attribute and a third gives the
 * value as typed (keybindings, tests); the same checks apply to it.
 */
import * as vscode from 'vscode';
import { labelIn, parseAttributeInput, type AttributeDef, type AttrValue } from '../../core';
import { attributeDef, valueLabel } from '../display/schemaText';
import { labelText, messageText, quoted } from '../display/userText';
import { HamishError } from '../hamishError';
import { pickTarget, reportErrors, type CommandContext, type Target } from './context';
import { COMMANDS, type Command } from './ids';
import { askValue, inputProblem, REMOVE } from './attributeInputs';

export function attributeCommands(ctx: CommandContext): Command[] {
  return [
    {
      id: COMMANDS.editAttributes,
      execute: (arg?: unknown, name?: unknown, value?: unknown) => reportErrors(ctx, () => editAttributes(ctx, arg, name, value)),
    },
  ];
}

async function pickAttribute(ctx: CommandContext, t: Target, defs: readonly AttributeDef[]): Promise<AttributeDef | undefined> {
  const language = vscode.env.language;
  const items = defs.map((def) => {
    const now = t.annotation.attrs[def.name];
    return {
      label: labelText(labelIn(def.label, language, def.name)),
      description: now === undefined ? vscode.l10n.t('not set') : labelText(valueLabel(def, now, language)),
      detail: def.description ? labelText(labelIn(def.description, language, '')) : undefined,
      def,
    };
  });
  const picked = await ctx.picks.pick(items, { placeHolder: vscode.l10n.t('Which attribute of {0}?', labelText(quoted(t.annotation.text, 60))) });
  return picked?.def;
}

/** The value to store for an answer given as an argument, or why it cannot be stored. */
function valueFromArgument(def: AttributeDef, value: unknown): AttrValue | typeof REMOVE {
  if (value === null || String(value).trim() === '') return REMOVE;
  const parsed = parseAttributeInput(def, String(value));
  if ('error' in parsed) {
    const label = labelIn(def.label, vscode.env.language, def.name);
    throw new HamishError(vscode.l10n.t('{0} cannot be stored as {1}. {2}', messageText(String(value)), messageText(label), inputProblem(def, String(value)) ?? parsed.error));
  }
  return parsed.value;
}

async function editAttributes(ctx: CommandContext, arg: unknown, name: unknown, value: unknown): Promise<void> {
  const t = await pickTarget(ctx, arg, vscode.l10n.t('edit'), (a) => ctx.config.typeOf(a.type).def.attributes.length > 0);
  if (!t) return;
  const type = ctx.config.typeOf(t.annotation.type);
  const defs = type.def.attributes;
  if (defs.length === 0) throw new HamishError(vscode.l10n.t('the schema gives {0} annotations no attributes.', messageText(type.label)));
  let def: AttributeDef | undefined;
  if (typeof name === 'string') {
    def = attributeDef(type.def, name);
    if (!def) throw new HamishError(vscode.l10n.t('the schema gives {0} annotations no attribute named {1}.', messageText(type.label), messageText(name)));
  } else {
    def = defs.length === 1 ? defs[0] : await pickAttribute(ctx, t, defs);
  }
  if (!def) return;
  // A menu passes objects of its own after the URI: only a typed answer counts as one.
  const given = typeof value === 'string' || typeof value === 'number' || value === null;
  const answer = given ? valueFromArgument(def, value) : await askValue(ctx, t, def);
  if (answer === undefined) return;
  const now = t.doc.find(t.annotation.id)?.attrs[def.name];
  const next = answer === REMOVE ? undefined : answer;
  if (JSON.stringify(now) === JSON.stringify(next)) return;
  const label = labelIn(def.label, vscode.env.language, def.name);
  await ctx.service.update(t.document, t.annotation.id, { attrs: { [def.name]: next } }, vscode.l10n.t('Edit {0}', messageText(label)));
  ctx.messages.status(
    next === undefined
      ? vscode.l10n.t('Hamish: removed {0}', messageText(label))
      : vscode.l10n.t('Hamish: {0} set to {1}', messageText(label), messageText(valueLabel(def, next, vscode.env.language))),
  );
}
