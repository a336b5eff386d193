import type * as vscode from 'vscode';

/**
 * Owner of disposables: everything a component registers is disposed with it, so no
 * listener, watcher or decoration type outlives the extension.
 */
export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  protected register<T extends vscode.Disposable>(d: T): T {
    if (this.disposed) d.dispose();
    else this.owned.push(d);
    return d;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.owned.splice(0).reverse()) d.dispose();
  }

  protected get isDisposed(): boolean {
    return this.disposed;
  }
}
