/**
 * The quick picks of the annotation commands (link, unlink, attributes, Tag As…) are shown
 * through here, which keeps the one open now: its placeholder and its items in the order the
 * researcher sees them. Tests read it to know the pick is up and what it offers before they
 * drive it with the workbench's own quick-open commands, as Messages does for notifications.
 *
 * A pick counts as open only once the workbench has reported its first active item: then
 * the widget is on screen with its items, and a key (or quickOpenSelectNext) reaches it.
 * Recorded any earlier, a test's first keystroke could arrive before the widget.
 */
import * as vscode from 'vscode';

export interface OpenPick {
  placeHolder: string;
  /** Each item's label and description, in the order shown. */
  items: readonly { label: string; description?: string }[];
}

export interface PickOptions {
  placeHolder: string;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
}

export class QuickPicks {
  private shown: OpenPick | undefined;

  /** The pick on screen now, if one of ours is. */
  get open(): OpenPick | undefined {
    return this.shown;
  }

  /** The item picked, or undefined when the pick was dismissed. */
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions): Promise<T | undefined> {
    const record: OpenPick = { placeHolder: options.placeHolder, items: items.map((i) => ({ label: i.label, ...(i.description ? { description: i.description } : {}) })) };
    const qp = vscode.window.createQuickPick<T>();
    qp.items = items;
    qp.placeholder = options.placeHolder;
    qp.matchOnDescription = options.matchOnDescription ?? false;
    qp.matchOnDetail = options.matchOnDetail ?? false;
    return new Promise<T | undefined>((resolve) => {
      let settled = false;
      const finish = (value: T | undefined) => {
        if (settled) return;
        settled = true;
        if (this.shown === record) this.shown = undefined;
        resolve(value);
        qp.dispose();
      };
      qp.onDidChangeActive(() => {
        if (!settled) this.shown = record;
      });
      qp.onDidAccept(() => finish(qp.selectedItems[0] ?? qp.activeItems[0]));
      qp.onDidHide(() => finish(undefined));
      qp.show();
    });
  }
}
