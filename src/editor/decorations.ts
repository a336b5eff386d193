/**
 * Paints annotations in every visible editor. Only background, border, outline,
 * overview-ruler and gutter styles: anything that restyles the glyphs themselves
 * (colour, weight, underline, inline text) cuts an Arabic run into separately ordered
 * pieces and scrambles the words on screen. Decoration types are made once per
 * configuration; repaints are debounced.
 */
import * as vscode from 'vscode';
import type { Annotation } from '../core';
import type { AnnotationService } from './annotationService';
import type { AnnotationTypeConfig, ConfigService } from './config';
import { Disposable } from './dispose';
import { Timings } from './timings';

const REPAINT_DELAY_MS = 30;
/** Themable colours contributed in package.json; custom types without a colour use these. */
const FALLBACK_TYPE = 'other';
/** Key of the gutter mark's options in `styles` (not a type name: it has a space). */
export const GUTTER = 'gutter mark';

export class DecorationPainter extends Disposable {
  private types = new Map<string, vscode.TextEditorDecorationType>();
  private gutter: vscode.TextEditorDecorationType;
  private readonly options = new Map<string, vscode.DecorationRenderOptions>();
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly painted = this.register(new vscode.EventEmitter<vscode.TextEditor>());
  /** Fires after an editor was painted (tests and the benchmark wait for it). */
  readonly onDidPaint = this.painted.event;

  constructor(
    private readonly service: AnnotationService,
    private readonly config: ConfigService,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    this.gutter = this.createType(GUTTER, {
      gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'gutter.svg'),
      gutterIconSize: 'contain',
    });
    this.createTypes();
    this.register({ dispose: () => this.disposeTypes() });
    this.register(service.onDidChange((doc) => this.schedule(doc.key)));
    this.register(service.onDidMove((doc) => this.schedule(doc.key)));
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.schedule(e.document.uri.toString()))));
    this.register(config.onDidChange(() => {
      this.disposeTypes();
      this.createTypes();
      vscode.window.visibleTextEditors.forEach((e) => this.schedule(e.document.uri.toString()));
    }));
    vscode.window.visibleTextEditors.forEach((e) => this.schedule(e.document.uri.toString()));
  }

  private schedule(key: string): void {
    this.pending.add(key);
    this.timer ??= setTimeout(() => this.flush(), REPAINT_DELAY_MS);
  }

  private flush(): void {
    this.timer = undefined;
    const keys = this.pending;
    this.pending = new Set();
    for (const editor of vscode.window.visibleTextEditors) {
      if (keys.has(editor.document.uri.toString())) this.paint(editor);
    }
  }

  /** Time spent computing and setting decorations per editor (read by the benchmark). */
  readonly paintTimings = new Timings();

  /** Paints one editor now. */
  paint(editor: vscode.TextEditor): void {
    this.paintTimings.measure(() => this.paintNow(editor));
    this.painted.fire(editor);
  }

  private paintNow(editor: vscode.TextEditor): void {
    const doc = this.service.get(editor.document);
    const byType = new Map<string, vscode.Range[]>();
    const lines = new Set<number>();
    for (const a of doc?.placed ?? []) {
      const range = rangeOf(editor.document, a);
      const key = this.types.has(a.type) ? a.type : FALLBACK_TYPE;
      let list = byType.get(key);
      if (!list) byType.set(key, (list = []));
      list.push(range);
      lines.add(range.start.line);
    }
    for (const [name, type] of this.types) editor.setDecorations(type, byType.get(name) ?? []);
    editor.setDecorations(this.gutter, [...lines].map((l) => new vscode.Range(l, 0, l, 0)));
  }

  private createTypes(): void {
    const defs: AnnotationTypeConfig[] = [...this.config.current.types, this.config.typeOf(FALLBACK_TYPE)];
    for (const def of defs) this.types.set(def.name, this.createType(def.name, styleFor(def)));
  }

  /**
   * The options of every decoration type in use, by type name (the gutter mark under
   * `GUTTER`): what was really passed to VS Code, so a test can check that no style
   * touches the glyphs.
   */
  get styles(): ReadonlyMap<string, vscode.DecorationRenderOptions> {
    return this.options;
  }

  private createType(name: string, options: vscode.DecorationRenderOptions): vscode.TextEditorDecorationType {
    this.options.set(name, options);
    return vscode.window.createTextEditorDecorationType(options);
  }

  private disposeTypes(): void {
    for (const [name, t] of this.types) {
      t.dispose();
      this.options.delete(name);
    }
    this.types.clear();
    if (this.isDisposed) this.gutter.dispose();
  }

  override dispose(): void {
    clearTimeout(this.timer);
    super.dispose();
  }
}

function styleFor(def: AnnotationTypeConfig): vscode.DecorationRenderOptions {
  // A colour from settings wins; otherwise the themable colours (light, dark, high contrast).
  const theme = def.builtIn ? def.name : FALLBACK_TYPE;
  const background = def.color ? `${def.color}33` : new vscode.ThemeColor(`hamish.${theme}Background`);
  const border = def.color ? `${def.color}cc` : new vscode.ThemeColor(`hamish.${theme}Border`);
  return {
    backgroundColor: background,
    border: '1px solid',
    borderColor: border,
    borderRadius: '3px',
    overviewRulerColor: border,
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    // Typing at either edge stays outside the span, as in the core's edit rules.
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}

export function rangeOf(document: vscode.TextDocument, a: Annotation): vscode.Range {
  return new vscode.Range(document.positionAt(a.start), document.positionAt(a.end));
}

