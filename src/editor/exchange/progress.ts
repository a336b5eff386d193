/** A cancellable progress notification whose task reports `done` of `total` and polls for cancellation. */
import * as vscode from 'vscode';

export function withCancellableProgress<T>(
  title: string,
  task: (report: (done: number, total: number) => void, cancelled: () => boolean) => Promise<T>,
): Promise<T> {
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
      let shown = 0;
      const report = (done: number, total: number) => {
        const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
        if (percent > shown) {
          progress.report({ increment: percent - shown, message: `${done}/${total}` });
          shown = percent;
        }
      };
      return task(report, () => token.isCancellationRequested);
    }),
  );
}
