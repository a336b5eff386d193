/**
 * Set Document Date (the date relative expressions such as أمس resolve against, kept in the
 * sidecar) and Tag All Other Mentions of the actor at the cursor.
 */
import * as vscode from 'vscode';
import { HamishError } from '../hamishError';
import { messageText, quoted } from '../display/userText';
import { isIsoDay } from '../suggestions/isoDay';
import { otherMentions } from '../suggestions/otherMentions';
import { annotatableEditor, pickTarget, reportErrors, type CommandContext } from './context';
import { COMMANDS, type Command } from './ids';

export function assistCommands(ctx: CommandContext): Command[] {
  return [
    {
      id: COMMANDS.setDocumentDate,
      // An argument gives the date directly (tests, keybindings); '' removes it.
      execute: (date?: unknown) =>
        reportErrors(ctx, async () => {
          const document = annotatableEditor().document;
          const doc = await ctx.service.ensure(document);
          const value =
            typeof date === 'string'
              ? date
              : await vscode.window.showInputBox({
                  title: vscode.l10n.t('Date of this document'),
                  prompt: vscode.l10n.t('A day as YYYY-MM-DD (Gregorian), such as 2024-02-11. Relative dates such as "yesterday" are read from it. Leave empty to remove it.'),
                  value: doc?.documentDate ?? '',
                  validateInput: (v) => (v.trim() === '' || isIsoDay(v.trim()) ? undefined : vscode.l10n.t('Write the day as YYYY-MM-DD, such as 2024-02-11.')),
                });
          if (value === undefined) return;
          const day = value.trim();
          if (day !== '' && !isIsoDay(day)) throw new HamishError(vscode.l10n.t('{0} is not a day written as YYYY-MM-DD.', messageText(day)));
          await ctx.service.setDocumentDate(document, day === '' ? undefined : day);
        }),
    },
    {
      id: COMMANDS.tagOtherMentions,
      execute: (arg?: unknown) =>
        reportErrors(ctx, async () => {
          const t = await pickTarget(ctx, arg, vscode.l10n.t('tag the other mentions of'), (a) => a.type === 'actor');
          if (!t) return [];
          if (t.annotation.type !== 'actor') throw new HamishError(vscode.l10n.t('Tag All Other Mentions works on an actor.'));
          const mentions = otherMentions(t.document.getText(), t.annotation, t.doc.annotations);
          if (mentions.length === 0) {
            void ctx.messages.info(vscode.l10n.t('Hamish: no other untagged mention of {0} in this file.', messageText(quoted(t.annotation.text, 60))));
            return [];
          }
          const attrs: Record<string, string> = {};
          for (const k of ['canonical', 'kind']) {
            const v = t.annotation.attrs[k];
            if (typeof v === 'string') attrs[k] = v;
          }
          return ctx.service.add(
            t.document,
            mentions.map((m) => ({ type: 'actor', start: m.start, end: m.end, attrs })),
            vscode.l10n.t('Tag other mentions of {0}', messageText(quoted(t.annotation.text, 60))),
          );
        }),
    },
  ];
}
