/**
 * Opens the file an annotation is in and selects its span, from a tree row or a Find result.
 * The span is looked up by id in the document's live annotations once it is open, not taken
 * from the row: the row may describe the sidecar on disk, in code points, before edits.
 */
import * as vscode from 'vscode';
import type { AnnotationRef } from '../commands/ids';
import type { AnnotationService } from '../annotationService';
import { rangeOf } from '../decorations';
import { HamishError } from '../hamishError';

export async function revealAnnotation(service: AnnotationService, ref: AnnotationRef): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(ref.uri));
  const doc = await service.ensure(document);
  const annotation = doc?.find(ref.id);
  if (!annotation) throw new HamishError(vscode.l10n.t('That annotation no longer exists.'));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: true });
  if (annotation.orphaned) {
    throw new HamishError(vscode.l10n.t('This annotation is orphaned: its text is no longer in the source. The Problems view lists it with its fixes.'));
  }
  const range = rangeOf(document, annotation);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
