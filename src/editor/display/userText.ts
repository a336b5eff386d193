/**
 * The one place that makes user text (quotes, notes, type labels, attribute values, link
 * targets, file names) safe and right for display outside the editor's own lines. Each
 * function takes one piece of user text, never a whole message: the piece is isolated in
 * the direction it reads in (see isolate in the core), so an Arabic quote reads right to
 * left inside an English frame that stays left to right, and then escaped for the surface
 * it goes to. Pure functions, no `vscode`, so unit tests run them in Node.
 *
 * Only display text goes through here. A value the researcher edits (an InputBox value)
 * must not: its invisible marks would end up in the saved note.
 */
import { escapeMarkdown, isolate, preview } from '../../core';
import { inertMessage, noIcons } from '../plainText';

/** Quick pick label, description and detail; status bar text and tooltip; tree items; Problems messages. */
export function labelText(text: string): string {
  return noIcons(isolate(text));
}

/** Notifications, input box titles and prompts: no icons, and no links either. */
export function messageText(text: string): string {
  return inertMessage(isolate(text));
}

/** Hover and other Markdown: shown as typed, never interpreted. */
export function markdownText(text: string): string {
  return escapeMarkdown(isolate(text));
}

/**
 * A quote in guillemets, shortened when `max` is given. The guillemets belong to the quote,
 * so they go inside its isolate and take its direction.
 */
export function quoted(text: string, max?: number): string {
  return `«${max === undefined ? text : preview(text, max)}»`;
}
