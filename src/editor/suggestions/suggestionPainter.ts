/**
 * Paints suggestions with a dotted border and nothing else: no background (an accepted
 * annotation's fill is what tells the two apart) and nothing that restyles the glyphs,
 * which would cut an Arabic run into separately ordered pieces. The border takes the type's
 * colour: the schema's or the setting's when there is one, else the theme colour of the
 * built-in type. Its own decoration types, so clearing suggestions never touches annotations.
 */
import * as vscode from 'vscode';
import type { AnnotationTypeConfig, ConfigService } from '../config';
import { Disposable } from '../dispose';
import type { SuggestionService } from './suggestionService';

/** Custom types without a colour (and anything unknown) take the theme's "other" colour. */
const FALLBACK_TYPE = 'other';

export class SuggestionPainter extends Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly options = new Map<string, vscode.DecorationRenderOptions>();
  private readonly painted = this.register(new vscode.EventEmitter<vscode.TextEditor>());
  /** Fires after an editor's suggestions were painted (tests wait for it). */
  readonly onDidPaint = this.painted.event;
  /** What each editor shows, by document key: the ranges of each type (tests read it). */
  private readonly lastPainted = new Map<string, Map<string, vscode.Range[]>>();

  constructor(
    private readonly suggestions: SuggestionService,
    private readonly config: ConfigService,
  ) {
    super();
    this.createTypes();
    this.register({ dispose: () => this.disposeTypes() });
    this.register(suggestions.onDidChange((key) => this.paintKey(key)));
    this.register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))));
    this.register(
      config.onDidChange(() => {
        this.disposeTypes();
        this.createTypes();
        vscode.window.visibleTextEditors.forEach((e) => this.paint(e));
      }),
    );
  }

  /** The options of every suggestion decoration type, by type name: what VS Code was given. */
  get styles(): ReadonlyMap<string, vscode.DecorationRenderOptions> {
    return this.options;
  }

  /** The ranges painted in a document, by type (empty when none). */
  paintedIn(document: vscode.TextDocument): ReadonlyMap<string, readonly vscode.Range[]> {
    return this.lastPainted.get(document.uri.toString()) ?? new Map();
  }

  private paintKey(key: string): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) this.paint(editor);
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    const byType = new Map<string, vscode.Range[]>();
    for (const s of this.suggestions.list(document) ?? []) {
      const name = this.types.has(s.suggestion.type) ? s.suggestion.type : FALLBACK_TYPE;
      let ranges = byType.get(name);
      if (!ranges) byType.set(name, (ranges = []));
      ranges.push(new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
    }
    for (const [name, type] of this.types) editor.setDecorations(type, byType.get(name) ?? []);
    this.lastPainted.set(document.uri.toString(), byType);
    this.painted.fire(editor);
  }

  private createTypes(): void {
    const defs: AnnotationTypeConfig[] = [...this.config.current.types, this.config.typeOf(FALLBACK_TYPE)];
    for (const def of defs) {
      const options = dottedStyle(def);
      this.options.set(def.name, options);
      this.types.set(def.name, vscode.window.createTextEditorDecorationType(options));
    }
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
    this.options.clear();
  }
}

function dottedStyle(def: AnnotationTypeConfig): vscode.DecorationRenderOptions {
  const theme = def.builtIn ? def.name : FALLBACK_TYPE;
  return {
    border: '1px dotted',
    borderColor: def.color ? `${def.color}cc` : new vscode.ThemeColor(`hamish.${theme}Border`),
    borderRadius: '3px',
    // Typing at either edge stays outside the span, as for annotations.
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
}
