/**
 * The Hamish views in the activity bar: Annotations, Claims, Corpus and Actors, fed by one
 * corpus scanner and narrowed by one filter, whose description each view shows. The tree
 * views are kept here so tests can read them through the extension's API.
 */
import * as vscode from 'vscode';
import type { AnnotationService } from '../annotationService';
import type { ConfigService } from '../config';
import { Disposable } from '../dispose';
import { ActorsTree, type ActorsNode } from './actorsTree';
import { AnnotationsTree, type AnnotationsNode } from './annotationsTree';
import { ClaimsTree, type ClaimsNode } from './claimsTree';
import { CorpusScanner } from './corpusScanner';
import { CorpusTree } from './corpusTree';
import { FindAnnotations } from './findAnnotations';
import { ViewFilter } from './viewFilter';
import type { FileSummary } from '../../core';

export const VIEW_IDS = {
  annotations: 'hamish.annotations',
  claims: 'hamish.claims',
  corpus: 'hamish.corpus',
  actors: 'hamish.actors',
} as const;

export class HamishViews extends Disposable {
  readonly scanner: CorpusScanner;
  readonly filter: ViewFilter;
  readonly annotations: AnnotationsTree;
  readonly claims: ClaimsTree;
  readonly corpus: CorpusTree;
  readonly actors: ActorsTree;
  readonly find: FindAnnotations;
  readonly treeViews: {
    annotations: vscode.TreeView<AnnotationsNode>;
    claims: vscode.TreeView<ClaimsNode>;
    corpus: vscode.TreeView<FileSummary>;
    actors: vscode.TreeView<ActorsNode>;
  };

  constructor(service: AnnotationService, config: ConfigService) {
    super();
    this.scanner = this.register(new CorpusScanner(service));
    this.filter = this.register(new ViewFilter(config));
    this.annotations = this.register(new AnnotationsTree(this.scanner, this.filter, config));
    this.claims = this.register(new ClaimsTree(this.scanner, this.filter, config));
    this.corpus = this.register(new CorpusTree(this.scanner, this.filter, config));
    this.actors = this.register(new ActorsTree(this.scanner, this.filter, config));
    this.find = new FindAnnotations(this.scanner, config);
    this.treeViews = {
      annotations: this.register(vscode.window.createTreeView(VIEW_IDS.annotations, { treeDataProvider: this.annotations, showCollapseAll: true })),
      claims: this.register(vscode.window.createTreeView(VIEW_IDS.claims, { treeDataProvider: this.claims, showCollapseAll: true })),
      corpus: this.register(vscode.window.createTreeView(VIEW_IDS.corpus, { treeDataProvider: this.corpus })),
      actors: this.register(vscode.window.createTreeView(VIEW_IDS.actors, { treeDataProvider: this.actors, showCollapseAll: true })),
    };
    this.describeFilter();
    this.register(this.filter.onDidChange(() => this.describeFilter()));
  }

  /** Each view's description names the filter in force, so a narrowed view says so. */
  private describeFilter(): void {
    const text = this.filter.describe();
    for (const view of Object.values(this.treeViews)) {
      view.description = text;
      view.message = text ? vscode.l10n.t('Filtered: {0}', text) : undefined;
    }
  }
}
