/**
 * Link and Unlink: a claim to its speaker, its date, whoever reported it, or any link kind
 * the schema defines, and Link Speaker / Link Date, the shortcuts for the research question.
 * Arguments name the link kind and the target directly (keybindings, hover links, tests);
 * otherwise quick picks ask. Every change goes through service.update, so undo works.
 */
import * as vscode from 'vscode';
import { linkTargets, type Annotation, type LinkDef } from '../../core';
import { linkDef, linkLabel } from '../display/schemaText';
import { messageText, quoted } from '../display/userText';
import { HamishError } from '../hamishError';
import { linkCandidates, withLink, withoutLink } from '../links/linkCandidates';
import { pickTarget, reportErrors, type CommandContext, type Target } from './context';
import { COMMANDS, type Command } from './ids';
import { pickLinkKind, pickLinkTarget, pickLinkToRemove } from './linkPicks';

export function linkCommands(ctx: CommandContext): Command[] {
  return [
    { id: COMMANDS.linkAnnotation, execute: (arg?: unknown, kind?: unknown, target?: unknown) => reportErrors(ctx, () => link(ctx, arg, kind, target)) },
    { id: COMMANDS.linkSpeaker, execute: (arg?: unknown, target?: unknown) => reportErrors(ctx, () => link(ctx, arg, 'speaker', target)) },
    { id: COMMANDS.linkDate, execute: (arg?: unknown, target?: unknown) => reportErrors(ctx, () => link(ctx, arg, 'date', target)) },
    { id: COMMANDS.unlinkAnnotation, execute: (arg?: unknown, kind?: unknown, target?: unknown) => reportErrors(ctx, () => unlink(ctx, arg, kind, target)) },
  ];
}

function kindLabel(ctx: CommandContext, t: Target, name: string): string {
  return linkLabel(ctx.config.typeOf(t.annotation.type).def, name, vscode.env.language);
}

async function chooseKind(ctx: CommandContext, t: Target, kind: unknown): Promise<LinkDef | undefined> {
  const type = ctx.config.typeOf(t.annotation.type);
  if (type.def.links.length === 0) throw new HamishError(vscode.l10n.t('the schema gives {0} annotations no links.', messageText(type.label)));
  if (typeof kind !== 'string') return type.def.links.length === 1 ? type.def.links[0] : pickLinkKind(ctx, t, type.def);
  const def = linkDef(type.def, kind);
  if (!def) throw new HamishError(vscode.l10n.t('the schema gives {0} annotations no link named {1}.', messageText(type.label), messageText(kind)));
  return def;
}

async function link(ctx: CommandContext, arg: unknown, kind: unknown, targetId: unknown): Promise<void> {
  const t = await pickTarget(ctx, arg, vscode.l10n.t('link'), (a) => {
    const links = ctx.config.typeOf(a.type).def.links;
    return typeof kind === 'string' ? links.some((l) => l.name === kind) : links.length > 0;
  });
  if (!t) return;
  const def = await chooseKind(ctx, t, kind);
  if (!def) return;
  const candidates = linkCandidates(t.annotation, t.doc.annotations, def);
  const name = kindLabel(ctx, t, def.name);
  let target: Annotation | undefined;
  if (typeof targetId === 'string') {
    target = candidates.find((a) => a.id === targetId);
    if (!target) throw new HamishError(vscode.l10n.t('annotation {0} cannot be linked as {1}: it is not in this file, or its type is not one the link allows.', messageText(targetId), messageText(name)));
  } else if (candidates.length === 0) {
    void ctx.messages.info(vscode.l10n.t('Hamish: there is no annotation in this file to link as {0}.', messageText(name)));
    return;
  } else {
    target = await pickLinkTarget(ctx, t, def, candidates);
  }
  if (!target) return;
  // Read the links again: they may have changed while the pick was open.
  const current = t.doc.find(t.annotation.id)?.links[def.name];
  const next = withLink(current, target.id, def.many);
  if (current !== undefined && linkTargets(current).join('\n') === linkTargets(next).join('\n')) return;
  await ctx.service.update(t.document, t.annotation.id, { links: { [def.name]: next } }, vscode.l10n.t('Link {0}', messageText(name)));
  ctx.messages.status(vscode.l10n.t('Hamish: linked {0}: {1}', messageText(name), messageText(quoted(target.text, 40))));
}

async function unlink(ctx: CommandContext, arg: unknown, kind: unknown, targetId: unknown): Promise<void> {
  const t = await pickTarget(ctx, arg, vscode.l10n.t('unlink'), (a) => Object.keys(a.links).length > 0);
  if (!t) return;
  const links = t.annotation.links;
  const entries = Object.entries(links).flatMap(([name, target]) => linkTargets(target).map((id) => ({ name, id })));
  if (entries.length === 0) {
    void ctx.messages.info(vscode.l10n.t('Hamish: {0} has no links.', messageText(quoted(t.annotation.text, 60))));
    return;
  }
  let entry: { name: string; id: string } | undefined;
  if (typeof kind === 'string') {
    // With a kind and no target, the kind's only link is meant; with several, one must be named.
    const ofKind = entries.filter((e) => e.name === kind && (typeof targetId !== 'string' || e.id === targetId));
    if (ofKind.length !== 1) throw new HamishError(vscode.l10n.t('{0} has no single link {1} to remove.', messageText(quoted(t.annotation.text, 60)), messageText(kind)));
    entry = ofKind[0];
  } else {
    entry = entries.length === 1 ? entries[0] : await pickLinkToRemove(ctx, t);
  }
  if (!entry) return;
  const next = withoutLink(t.doc.find(t.annotation.id)?.links[entry.name], entry.id);
  const name = kindLabel(ctx, t, entry.name);
  await ctx.service.update(t.document, t.annotation.id, { links: { [entry.name]: next } }, vscode.l10n.t('Unlink {0}', messageText(name)));
  ctx.messages.status(vscode.l10n.t('Hamish: removed the link {0}', messageText(name)));
}
