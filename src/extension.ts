/**
 * Composition root: builds the services, wires the views to them, registers commands.
 * Everything created here is owned by `context.subscriptions`.
 */
import * as vscode from 'vscode';
import { AnnotationService, ANNOTATED_LANGUAGES } from './editor/annotationService';
import { registerCommands } from './editor/commands/registry';
import { ConfigService } from './editor/config';
import { AnnotatableContext } from './editor/contextKeys';
import { DecorationPainter } from './editor/decorations';
import { AnnotationDiagnostics } from './editor/diagnostics';
import { AnnotationHoverProvider } from './editor/hover';
import { AnnotationQuickFixes } from './editor/quickFixes';
import { Messages } from './editor/messages';
import { QuickPicks } from './editor/quickPicks';
import { ReanchorNotifier } from './editor/reanchorNotifier';
import { ServiceMessages } from './editor/serviceMessages';
import { WrapOffer } from './editor/readability';
import { SchemaFile } from './editor/schemaFile';
import { AnnotationStatusBar } from './editor/statusBar';
import { HamishViews } from './editor/views/hamishViews';
import { ActorListFile } from './editor/suggestions/actorListFile';
import { actorNamesOf } from './editor/suggestions/corpusActors';
import { SuggestionActions } from './editor/suggestions/suggestionActions';
import { SuggestionHoverProvider } from './editor/suggestions/suggestionHover';
import { SuggestionPainter } from './editor/suggestions/suggestionPainter';
import { SuggestionService } from './editor/suggestions/suggestionService';
import { SuggestionsTree } from './editor/suggestions/suggestionsTree';

/** What the extension exports: the live services, for tests and for other extensions. */
export interface HamishApi {
  service: AnnotationService;
  painter: DecorationPainter;
  statusBar: AnnotationStatusBar;
  /** What the researcher was told, newest last. */
  messages: Messages;
  /** Settings and the annotation schema in force. */
  config: ConfigService;
  /** The workspace schema file's reader. */
  schemaFile: SchemaFile;
  /** The quick pick of ours open now, if any. */
  picks: QuickPicks;
  /** The activity-bar views (Annotations, Claims, Corpus, Actors), their corpus index and Find. */
  views: HamishViews;
  /** The suggestions shown per document, their painter and list, and the workspace actor list. */
  suggestions: SuggestionService;
  suggestionPainter: SuggestionPainter;
  suggestionsTree: SuggestionsTree;
  actorList: ActorListFile;
}

export function activate(context: vscode.ExtensionContext): HamishApi {
  const config = new ConfigService();
  const messages = new Messages();
  const picks = new QuickPicks();
  const service = new AnnotationService(config);
  const painter = new DecorationPainter(service, config, context.extensionUri);
  const statusBar = new AnnotationStatusBar(service, config);
  const schemaFile = new SchemaFile(config);
  const views = new HamishViews(service, config);
  const diagnostics = new AnnotationDiagnostics(service, config);
  const actorList = new ActorListFile();
  const suggestions = new SuggestionService(service, config, actorList, () => actorNamesOf(views.scanner.index.actors()), views.scanner.onDidChange);
  const suggestionPainter = new SuggestionPainter(suggestions, config);
  const suggestionsTree = new SuggestionsTree(suggestions, config);
  const selector = ANNOTATED_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(
    config,
    schemaFile,
    service,
    painter,
    statusBar,
    views,
    diagnostics,
    actorList,
    suggestions,
    suggestionPainter,
    suggestionsTree,
    vscode.languages.registerCodeActionsProvider(selector, new AnnotationQuickFixes(service, diagnostics), AnnotationQuickFixes.metadata),
    vscode.languages.registerCodeActionsProvider(selector, new SuggestionActions(suggestions, service, config), SuggestionActions.metadata),
    vscode.languages.registerHoverProvider(selector, new SuggestionHoverProvider(suggestions, service, config)),
    new AnnotatableContext(),
    new ReanchorNotifier(service, messages),
    new ServiceMessages(service, messages),
    new WrapOffer(context.globalState, messages),
    vscode.languages.registerHoverProvider(selector, new AnnotationHoverProvider(service, config)),
    ...registerCommands({ service, config, messages, picks, views, suggestions, extension: context }),
  );
  return { service, painter, statusBar, messages, config, schemaFile, picks, views, suggestions, suggestionPainter, suggestionsTree, actorList };
}

export function deactivate(): void {}
