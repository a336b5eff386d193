/**
 * The core's public surface: everything the editor layer and the CLI use, from one place.
 * Modules behind it may move; importers outside `src/core` depend on this file only.
 * (Unit tests may reach into single modules, since they test them one by one.)
 */
export type { Annotation, AnnotationSet, AttrValue, LinkTarget, SourceInfo } from './model/annotation';
export { CONTEXT_LENGTH, compareAnnotations, linkTargets, namedMap, sortAnnotations } from './model/annotation';
export { createAnnotation, describeSource, type NewAnnotation } from './model/build';
export { newAnnotationId, ID_PATTERN } from './model/ids';
export { AnnotationHistory, diffStep, moveStep, type HistoryStep, type Restored } from './model/history';

export { CodePointIndex, codePointLength, sliceCodePoints, stripBom } from './text/offsets';
export { spansToCodePoints, spansToUtf16 } from './text/spanUnits';
export { snapToWords, trimSpaces, type Range16 } from './text/words';
export { normalizeForMatching, clusterEnd, clusterStart, type NormalizeOptions, type NormalizedText } from './text/normalize';
export { escapeMarkdown } from './text/markdown';
export { isolate, PDI, RLI, textDirection, withoutBidiControls, type Direction } from './text/bidi';
export { preview } from './text/preview';
export { sha256Hex } from './text/hash';
export { escapeControls, escapeControlsInJson } from './text/controls';
export { decodeUtf8, type Utf8Result } from './text/utf8';
export { readTextFile, type TextFileResult } from './text/readTextFile';

export { followEdits, refreshQuotes, type TextChange, type LiveSpan, type OffsetUnit } from './anchoring/followEdits';
export { reanchor, placeSpans, type AnchorOutcome, type AnchorResult, type ReanchorOptions } from './anchoring/reanchor';

export { FORMAT_VERSION, MAX_SOURCE_BYTES, TYPE_NAME_PATTERN } from './sidecar/format';
export { SIDECAR_SUFFIX, isSidecarPath, sidecarPathFor, sourcePathFor } from './sidecar/paths';
export { parseSidecar, serializeSidecar, type ParseResult } from './sidecar/codec';
export { checkSidecar, type SidecarCheck, type SourceRefusal } from './check';
export { annotationLine } from './sidecar/annotationLine';
export { formatProblem, type Problem, type ProblemCode, type Severity } from './problems';

export type { FileStat, FileSystem, WriteOptions } from './store/fileSystem';
export { basename, dirname, isNotFound, joinPath } from './store/fileSystem';
export { mergeById, type MergeConflict, type MergeResult } from './store/merge';
export { ReadOnlySidecarError, SidecarStore, type LoadResult, type SaveResult, type SaveOptions, type SidecarSnapshot } from './store/sidecarStore';
export { LockTimeoutError, lockPathFor, withSidecarLock, type LockEnvironment, type LockOptions, type LockOwner } from './store/sidecarLock';

export { adoptSet, reanchorLive, toStoredSet, TextVersion, type Adopted, type ReanchorReport } from './sync/liveSpans';

export type {
  ExportOptions, ExportResult, ExportSource, Exporter, FormatName, FormatNote, ImportedSource, ImportedSpan, Importer,
  ImportProblem, ImportResult, InputFile, OutputFile,
} from './formats/types';
export { EXPORTERS, IMPORTERS, exporterFor, importerFor } from './formats/registry';
export { pathInside, relativeTo, safeRelativePath } from './exchange/safePath';
export { filterAnnotations, type ExportFilters } from './exchange/exportFilters';
export { prepareExport, type ExportInput, type PreparedExport, type ReanchoredSource, type StaleHandling } from './exchange/prepareExport';
export { collectExport, type CollectedExport, type ExchangeProgress } from './exchange/collectExport';
export { applyImport, type ImportSummary, type ImportTarget, type SourceImport } from './exchange/applyImport';
export { readImportFiles, runImporter, type FoundFile } from './exchange/readImport';

export type { AttributeDef, AttributeKind, ChoiceValue, Label, LinkDef, Schema, TypeDef } from './schema/types';
export { labelIn, typeDef } from './schema/types';
export { defaultSchema } from './schema/defaults';
export { parseSchema, SCHEMA_PATH, type SchemaResult } from './schema/parseSchema';
export { isIsoDateValue, parseAttributeInput, valueProblem, type ParsedValue } from './schema/attributeValue';
export { checkAgainstSchema, type SchemaViolation } from './schema/checkAnnotations';

export type { ActorGroup, ClaimLink, ClaimRow, CorpusChange, CorpusFile, CorpusFilter, FileSummary, IndexedAnnotation, ResolvedLink } from './corpus/types';
export { CorpusIndex, type ClaimOrder } from './corpus/corpusIndex';
export { actorKey } from './corpus/fileDigest';
export { fold } from './corpus/fold';
export { linesOf } from './corpus/lines';

export type { ActorMention, ActorName, ClaimCue, DateMention, DateValue, SuggestedType, Suggestion, TextSpan } from './assist/types';
export { SUGGESTED_TYPES } from './assist/types';
export type { Dismissal } from './model/annotation';
export { dateValueOf, findDates, findDocumentDate, type DateOptions } from './assist/dates/findDates';
export { ACTORS_PATH, parseActorList, type ActorListResult } from './assist/actors/actorList';
export { compileActorMatcher, type ActorMatcher } from './assist/actors/actorMatcher';
export { findClaimCues } from './assist/claims/findClaimCues';
// Stand-in on the editor branch; the suggestcore branch's export line replaces this one.
export { annotationFromSuggestion, dismissalOf, isDismissed, suggestAnnotations, type SuggestContext } from './assist/suggest';
