/** Every command id in one place; a test checks them against package.json. */
export const COMMANDS = {
  tagClaim: 'hamish.tagClaim',
  tagActor: 'hamish.tagActor',
  tagDate: 'hamish.tagDate',
  tagAs: 'hamish.tagAs',
  removeAnnotation: 'hamish.removeAnnotation',
  changeType: 'hamish.changeType',
  editNote: 'hamish.editNote',
  editAttributes: 'hamish.editAttributes',
  linkAnnotation: 'hamish.linkAnnotation',
  unlinkAnnotation: 'hamish.unlinkAnnotation',
  linkSpeaker: 'hamish.linkSpeaker',
  linkDate: 'hamish.linkDate',
  revealAnnotation: 'hamish.revealAnnotation',
  undoAnnotationAction: 'hamish.undoAnnotationAction',
  redoAnnotationAction: 'hamish.redoAnnotationAction',
  nextAnnotation: 'hamish.nextAnnotation',
  previousAnnotation: 'hamish.previousAnnotation',
  goToAnnotation: 'hamish.goToAnnotation',
  wrapLongLines: 'hamish.wrapLongLines',
  saveAnnotations: 'hamish.saveAnnotations',
  exportAnnotationSet: 'hamish.exportAnnotationSet',
  importAnnotations: 'hamish.importAnnotations',
  findAnnotations: 'hamish.findAnnotations',
  filterViewsByType: 'hamish.filterViewsByType',
  filterViewsByAnnotator: 'hamish.filterViewsByAnnotator',
  filterViewsByText: 'hamish.filterViewsByText',
  clearViewFilter: 'hamish.clearViewFilter',
  sortClaimsByDate: 'hamish.sortClaimsByDate',
  sortClaimsByPosition: 'hamish.sortClaimsByPosition',
  groupClaimsBySpeaker: 'hamish.groupClaimsBySpeaker',
  ungroupClaims: 'hamish.ungroupClaims',
  reanchorAnnotation: 'hamish.reanchorAnnotation',
  removeLink: 'hamish.removeLink',
  openSidecarAtAnnotation: 'hamish.openSidecarAtAnnotation',
  openSample: 'hamish.openSample',
  suggestAnnotations: 'hamish.suggestAnnotations',
  clearSuggestions: 'hamish.clearSuggestions',
  acceptSuggestion: 'hamish.acceptSuggestion',
  acceptAllSuggestions: 'hamish.acceptAllSuggestions',
  dismissSuggestion: 'hamish.dismissSuggestion',
  revealSuggestion: 'hamish.revealSuggestion',
  setDocumentDate: 'hamish.setDocumentDate',
  tagOtherMentions: 'hamish.tagOtherMentions',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export interface Command {
  readonly id: CommandId;
  execute(...args: unknown[]): unknown;
}

/** What hover links pass: the document and the annotation they are about. */
export interface AnnotationRef {
  uri: string;
  id: string;
}

/** What the "remove the link" quick fix passes: the annotation, the link's name, the id to drop. */
export interface LinkRef extends AnnotationRef {
  link: string;
  target: string;
}

export function isLinkRef(x: unknown): x is LinkRef {
  return isAnnotationRef(x) && typeof (x as LinkRef).link === 'string' && typeof (x as LinkRef).target === 'string';
}

export function isAnnotationRef(x: unknown): x is AnnotationRef {
  return typeof x === 'object' && x !== null && typeof (x as AnnotationRef).uri === 'string' && typeof (x as AnnotationRef).id === 'string';
}
