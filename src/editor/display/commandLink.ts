/**
 * Command links for hovers, typed: the command must be one a hover may run, its arguments
 * must be what that command takes, and the link text is escaped. Hovers build no
 * `command:…?args` strings by hand.
 */
import { escapeMarkdown } from '../../core';
import { COMMANDS, type AnnotationRef } from '../commands/ids';
import type { SuggestionRef, SuggestionTypeRef } from '../suggestions/shownSuggestion';

/** What each command a hover may run takes as arguments, in order. */
export interface HoverCommandArgs {
  [COMMANDS.editNote]: [AnnotationRef];
  [COMMANDS.changeType]: [AnnotationRef];
  [COMMANDS.removeAnnotation]: [AnnotationRef];
  [COMMANDS.editAttributes]: [AnnotationRef];
  [COMMANDS.linkAnnotation]: [AnnotationRef];
  [COMMANDS.unlinkAnnotation]: [AnnotationRef];
  /** The annotation to go to: a link's target. */
  [COMMANDS.revealAnnotation]: [AnnotationRef];
  [COMMANDS.acceptSuggestion]: [SuggestionRef];
  [COMMANDS.acceptAllSuggestions]: [SuggestionTypeRef];
  [COMMANDS.dismissSuggestion]: [SuggestionRef];
}

export type HoverCommand = keyof HoverCommandArgs;

/** The only commands an annotation's hover may run (its MarkdownString trusts these and no others). */
export const HOVER_COMMANDS: HoverCommand[] = [
  COMMANDS.editNote,
  COMMANDS.changeType,
  COMMANDS.removeAnnotation,
  COMMANDS.editAttributes,
  COMMANDS.linkAnnotation,
  COMMANDS.unlinkAnnotation,
  COMMANDS.revealAnnotation,
];

/** The only commands a suggestion's hover may run: accept, accept all of its type, dismiss. */
export const SUGGESTION_HOVER_COMMANDS: HoverCommand[] = [COMMANDS.acceptSuggestion, COMMANDS.acceptAllSuggestions, COMMANDS.dismissSuggestion];

/** `[label](command:id?args "title")`, Markdown for a trusted hover. */
export function commandLink<C extends HoverCommand>(command: C, args: HoverCommandArgs[C], label: string, title: string): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeCommandArgs(args)} "${escapeMarkdown(title)}")`;
}

/**
 * VS Code decodes a command link's query twice (once parsing the link as a URI, once more
 * before JSON.parse), so the arguments are encoded twice: encoded once, a percent escape
 * inside an argument, as in the URI of a file with an Arabic name, would come out decoded
 * and name no open document. Parentheses are escaped as well, so that the link's
 * destination never ends early in Markdown.
 */
export function encodeCommandArgs(args: readonly unknown[]): string {
  return encodeURIComponent(encodeURIComponent(JSON.stringify(args))).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}
