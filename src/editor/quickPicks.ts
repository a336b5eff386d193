/**
 * The quick picks of the annotation commands (link, unlink, attributes, Tag As…) are shown
 * through here, which keeps the one open now: its title and its items in the order the
 * researcher sees them. Tests read it to know the pick is up and what it offers before they
 * drive it with the workbench's own quick-open commands, as Messages does for notifications.
 */
import * as vscode from 'vscode';

export interface OpenPick {
  placeHolder: string;
  /** Each item's label and description, in the order shown. */
  items: readonly { label: string; description?: string }[];
}

export class QuickPicks {
  private shown: OpenPick | undefined;

  /** The pick on screen now, if one of ours is. */
  get open(): OpenPick | undefined {
    return this.shown;
  }

  async pick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions & { placeHolder: string }): Promise<T | undefined> {
    const record: OpenPick = { placeHolder: options.placeHolder, items: items.map((i) => ({ label: i.label, ...(i.description ? { description: i.description } : {}) })) };
    this.shown = record;
    try {
      return await vscode.window.showQuickPick(items, options);
    } finally {
      if (this.shown === record) this.shown = undefined;
    }
  }
}
