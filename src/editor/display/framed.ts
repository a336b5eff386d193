/** Hamish's own sentence framed for the interface language VS Code runs in (see uiDirection). */
import * as vscode from 'vscode';
import { framedFor } from './uiDirection';

export function framed(sentence: string): string {
  return framedFor(sentence, vscode.env.language);
}
