/**
 * Every notification Hamish shows goes through here: the whole message is made inert (no
 * links, no icons from user text; user pieces are isolated by their callers with
 * `messageText`) and, in a right-to-left interface, framed right to left (see
 * display/uiDirection). Callers pass messages already translated with `vscode.l10n.t`. The
 * last messages are kept, newest last, so tests can check what a researcher was told,
 * through the same path that told them.
 */
import * as vscode from 'vscode';
import { framed } from './display/framed';
import { inertMessage } from './plainText';

/** `status`: a brief line in the status bar, for confirmations that need no answer. */
export type MessageSeverity = 'error' | 'warning' | 'info' | 'status';

export interface ShownMessage {
  severity: MessageSeverity;
  text: string;
}

/** How many messages `recent` keeps. */
// Enough for a whole test run, whose suites compare counts before and after an action.
const KEPT = 1000;
/** How long a status confirmation stays. */
const STATUS_MS = 4000;

export class Messages {
  private readonly shown: ShownMessage[] = [];

  /** The last messages shown, newest last. */
  get recent(): readonly ShownMessage[] {
    return this.shown;
  }

  error(text: string, ...actions: string[]): Thenable<string | undefined> {
    return this.show('error', text, actions);
  }

  warning(text: string, ...actions: string[]): Thenable<string | undefined> {
    return this.show('warning', text, actions);
  }

  info(text: string, ...actions: string[]): Thenable<string | undefined> {
    return this.show('info', text, actions);
  }

  /** A confirmation shown for a few seconds in the status bar, not as a notification. */
  status(text: string): void {
    const inert = framed(inertMessage(text));
    this.remember('status', inert);
    vscode.window.setStatusBarMessage(inert, STATUS_MS);
  }

  private remember(severity: MessageSeverity, text: string): void {
    this.shown.push({ severity, text });
    if (this.shown.length > KEPT) this.shown.shift();
  }

  private show(severity: Exclude<MessageSeverity, 'status'>, text: string, actions: string[]): Thenable<string | undefined> {
    const inert = framed(inertMessage(text));
    this.remember(severity, inert);
    const window = vscode.window;
    const show = severity === 'error' ? window.showErrorMessage : severity === 'warning' ? window.showWarningMessage : window.showInformationMessage;
    return show(inert, ...actions);
  }
}
