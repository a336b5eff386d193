/** A cancellable progress notification whose task reports `done` of `total` and polls for cancellation. */
import * as vscode from 'vscode';
import { framed } from '../display/framed';

export function withCancellableProgress<T>(
  title: string,
  task: (report: (done: number, total: number) => void, cancelled: () => boolean) => Promise<T>,
): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: framed(title), cancellable: true }, (progress, token) => {
      let shown = 0;
      const report = (done: number, total: number) => {
        const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
        if (percent > shown) {
          progress.report({ increment: percent - shown, message: vscode.l10n.t('{0}/{1}', done, total) });
          shown = percent;
        }
      };
      return task(report, () => token.isCancellationRequested);
    }),
  );
}
