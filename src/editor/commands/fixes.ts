/**
 * The commands behind the Problems view's quick fixes: re-anchor an annotation to the best
 * match of its quote, remove one link, open the sidecar at the annotation's entry. Each takes
 * the annotation as a reference (document URI and id), as the quick fix passes it; removing
 * the annotation itself is Remove Annotation, which takes the same reference.
 */
import * as vscode from 'vscode';
import { annotationLine, linkTargets } from '../../core';
import { labelText, quoted } from '../display/userText';
import { HamishError } from '../hamishError';
import { bestMatch } from '../problems/bestMatch';
import { pickTarget, reportErrors, type CommandContext } from './context';
import { COMMANDS, isAnnotationRef, isLinkRef, type Command } from './ids';

export function fixCommands(ctx: CommandContext): Command[] {
  return [
    { id: COMMANDS.reanchorAnnotation, execute: (arg?: unknown) => reportErrors(ctx, () => reanchorOne(ctx, arg)) },
    { id: COMMANDS.removeLink, execute: (arg?: unknown) => reportErrors(ctx, () => removeLink(ctx, arg)) },
    { id: COMMANDS.openSidecarAtAnnotation, execute: (arg?: unknown) => reportErrors(ctx, () => openSidecarAt(ctx, arg)) },
  ];
}

async function reanchorOne(ctx: CommandContext, arg: unknown): Promise<void> {
  const t = await pickTarget(ctx, arg, 're-anchor');
  if (!t) return;
  const match = bestMatch(t.annotation, t.document.getText());
  if (!match) throw new HamishError(vscode.l10n.t('The quote {0} is nowhere in the text now; nothing to re-anchor it to.', labelText(quoted(t.annotation.text, 60))));
  await ctx.service.relocate(t.document, match.placed, vscode.l10n.t('Re-anchor annotation'));
  const line = t.document.positionAt(match.placed.start).line + 1;
  ctx.messages.status(vscode.l10n.t('Hamish: re-anchored to {0} on line {1}', labelText(quoted(match.placed.text, 60)), line));
}

async function removeLink(ctx: CommandContext, arg: unknown): Promise<void> {
  if (!isLinkRef(arg)) throw new HamishError(vscode.l10n.t('Remove the link from the Problems view’s quick fix, which names it.'));
  const t = await pickTarget(ctx, arg, 'change');
  if (!t) return;
  const current = t.annotation.links[arg.link];
  if (current === undefined) return;
  const rest = linkTargets(current).filter((id) => id !== arg.target);
  const next = rest.length === 0 ? undefined : typeof current === 'string' || rest.length === 1 ? rest[0] : rest;
  await ctx.service.update(t.document, t.annotation.id, { links: { [arg.link]: next } }, vscode.l10n.t('Remove link'));
}

/** Opens the sidecar with the annotation's entry revealed and its first line selected. */
async function openSidecarAt(ctx: CommandContext, arg: unknown): Promise<void> {
  if (!isAnnotationRef(arg)) throw new HamishError(vscode.l10n.t('Open the sidecar from the Problems view’s quick fix, which names the annotation.'));
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.uri);
  const doc = document && (await ctx.service.ensure(document));
  if (!doc) throw new HamishError(vscode.l10n.t('That annotation no longer exists.'));
  const sidecar = await vscode.workspace.openTextDocument(doc.sidecarUri).then(
    (d) => d,
    () => undefined,
  );
  if (!sidecar) throw new HamishError(vscode.l10n.t('The sidecar is not written yet: save the source first.'));
  const line = annotationLine(sidecar.getText(), arg.id);
  const at = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
  await vscode.window.showTextDocument(sidecar, { selection: new vscode.Range(at, sidecar.lineAt(at.line).range.end), preview: false });
  if (line === undefined) ctx.messages.status(vscode.l10n.t('Hamish: the annotation is not in the sidecar yet: save the source to write it.'));
}
