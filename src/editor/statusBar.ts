/** Status bar: annotation counts by type for the active file; a click lists them. */
import * as vscode from 'vscode';
import type { AnnotationService } from './annotationService';
import { COMMANDS } from './commands/ids';
import type { ConfigService } from './config';
import { Disposable } from './dispose';
import { framed } from './display/framed';
import { labelText } from './display/userText';

export class AnnotationStatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('hamish.counts', vscode.StatusBarAlignment.Right, 100));

  constructor(
    private readonly service: AnnotationService,
    private readonly config: ConfigService,
  ) {
    super();
    this.item.name = vscode.l10n.t('Hamish Annotations');
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this.register(service.onDidChange(() => this.update()));
    this.register(config.onDidChange(() => this.update()));
    this.update();
  }

  /** The text shown, exposed for tests. */
  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const doc = editor && this.service.get(editor.document);
    if (!doc) {
      this.item.hide();
      return;
    }
    if (doc.status === 'invalid') {
      this.item.text = `$(error) ${framed(vscode.l10n.t('Hamish: sidecar broken'))}`;
      this.item.tooltip = framed(vscode.l10n.t('The sidecar could not be read; see the Problems view.'));
      this.item.command = 'workbench.actions.view.problems';
      this.item.show();
      return;
    }
    const counts = new Map<string, number>();
    for (const a of doc.placed) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
    // Configured types in their order, then types found only in the sidecar.
    const order = this.config.current.types.map((t) => t.name);
    const types = [...counts.keys()].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
    // "{0} {1}": a count and a type label; a translation may reorder them (Arabic: "ادعاء: 2").
    const parts = types.map((type) => vscode.l10n.t('{0} {1}', counts.get(type)!, labelText(plural(this.config.typeOf(type).label.toLowerCase(), counts.get(type)!))));
    const orphans = doc.orphans.length;
    if (orphans) parts.push(`$(warning) ${vscode.l10n.t('{0} orphaned', orphans)}`);
    const counted = framed(types.length ? parts.join(' · ') : [vscode.l10n.t('no annotations'), ...parts].join(' · '));
    if (doc.saveError !== undefined) {
      // Not written: say so where the researcher looks, with the way to try again.
      this.item.text = `$(error) ${framed(vscode.l10n.t('not saved · {0}', counted))}`;
      this.item.tooltip = framed(vscode.l10n.t('Hamish could not save the annotations (they are kept in this window): {0} Click to save again.', labelText(doc.saveError)));
      this.item.command = { command: COMMANDS.saveAnnotations, title: vscode.l10n.t('Save Annotations Again'), arguments: [doc.key] };
    } else {
      this.item.text = `$(tag) ${counted}`;
      this.item.tooltip = framed(vscode.l10n.t('Hamish: annotations in this file. Click to go to one.'));
      this.item.command = COMMANDS.goToAnnotation;
    }
    this.item.show();
  }
}

function rank(order: readonly string[], type: string): number {
  const i = order.indexOf(type);
  return i < 0 ? order.length : i;
}

/** English labels get a plural s; labels in other scripts are shown as they are. */
function plural(label: string, n: number): string {
  return n === 1 || !/^[a-z]+$/.test(label) ? label : `${label}s`;
}
