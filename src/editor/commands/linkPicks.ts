/**
 * The quick picks of Link and Unlink: which link kind (with what it points to now), which
 * annotation to link (nearest first), which link to remove. Every piece of user text
 * (quotes, labels from the schema, ids) is isolated through labelText.
 */
import * as vscode from 'vscode';
import { labelIn, linkTargets, type Annotation, type LinkDef, type TypeDef } from '../../core';
import { labelText, quoted } from '../display/userText';
import { linkLabel } from '../display/schemaText';
import type { CommandContext, Target } from './context';

/** A link's target as a pick shows it: its type and quote, or that it is missing. */
export function targetText(ctx: CommandContext, t: Target, id: string): string {
  const target = t.doc.find(id);
  if (!target) return vscode.l10n.t('missing annotation {0}', labelText(id));
  return `${labelText(ctx.config.typeOf(target.type).label)} ${labelText(quoted(target.text, 40))}`;
}

function typeList(ctx: CommandContext, link: LinkDef): string {
  if (link.targets.length === 0) return vscode.l10n.t('any type');
  return link.targets.map((name) => labelText(ctx.config.typeOf(name).label)).join('، ');
}

export async function pickLinkKind(ctx: CommandContext, t: Target, type: TypeDef): Promise<LinkDef | undefined> {
  const language = vscode.env.language;
  const items = type.links.map((link) => {
    const now = t.annotation.links[link.name];
    return {
      label: labelText(labelIn(link.label, language, link.name)),
      description: now === undefined ? vscode.l10n.t('not linked yet') : linkTargets(now).map((id) => targetText(ctx, t, id)).join(' · '),
      detail: link.many ? vscode.l10n.t('to {0}; several allowed', typeList(ctx, link)) : vscode.l10n.t('to {0}', typeList(ctx, link)),
      link,
    };
  });
  const picked = await ctx.picks.pick(items, { placeHolder: vscode.l10n.t('Link {0} as…', labelText(quoted(t.annotation.text, 60))) });
  return picked?.link;
}

/** The candidates come nearest first; those linked already say so. */
export async function pickLinkTarget(ctx: CommandContext, t: Target, link: LinkDef, candidates: readonly Annotation[]): Promise<Annotation | undefined> {
  const now = t.annotation.links[link.name];
  const linked = new Set(now === undefined ? [] : linkTargets(now));
  const items = candidates.map((a) => ({
    label: labelText(quoted(a.text, 70)),
    description: vscode.l10n.t('{0} · line {1}', labelText(ctx.config.typeOf(a.type).label), t.document.positionAt(a.start).line + 1),
    detail: linked.has(a.id) ? vscode.l10n.t('linked now') : undefined,
    annotation: a,
  }));
  const kind = labelText(linkLabel(ctx.config.typeOf(t.annotation.type).def, link.name, vscode.env.language));
  const picked = await ctx.picks.pick(items, {
    placeHolder: vscode.l10n.t('{0} of {1}: nearest first', kind, labelText(quoted(t.annotation.text, 50))),
    matchOnDescription: true,
  });
  return picked?.annotation;
}

export interface LinkEntry {
  name: string;
  id: string;
}

export async function pickLinkToRemove(ctx: CommandContext, t: Target): Promise<LinkEntry | undefined> {
  const type = ctx.config.typeOf(t.annotation.type).def;
  const items = Object.entries(t.annotation.links).flatMap(([name, target]) =>
    linkTargets(target).map((id) => ({
      label: labelText(linkLabel(type, name, vscode.env.language)),
      description: targetText(ctx, t, id),
      entry: { name, id },
    })),
  );
  const picked = await ctx.picks.pick(items, { placeHolder: vscode.l10n.t('Remove which link of {0}?', labelText(quoted(t.annotation.text, 60))) });
  return picked?.entry;
}
