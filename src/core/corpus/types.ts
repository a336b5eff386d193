/**
 * What the corpus views show, as plain data computed by the corpus index (corpusIndex.ts).
 * An annotation is carried with the file it belongs to and its folded quote, so filters and
 * groups never normalise the same text twice.
 */
import type { Annotation } from '../model/annotation';

/** One source's annotations as the index takes them in. */
export interface CorpusFile {
  /** The source's path (or URI string): the key of the file in the index. */
  path: string;
  annotations: readonly Annotation[];
  /** 0-based line of each annotation, parallel to `annotations`, when the caller knows the text. */
  lines?: readonly number[];
}

/** An annotation with where it lives and the folded forms filters match against. */
export interface IndexedAnnotation {
  path: string;
  annotation: Annotation;
  /** 0-based line of the span, when known. */
  line?: number;
  /** The quote folded by normalizeForMatching, spaces collapsed. */
  folded: string;
  /** Quote, note and canonical name folded, one per line: what the text filter searches. */
  searchable: string;
  /** The annotator folded ('' when none): what the annotator filter compares. */
  annotatorKey: string;
}

export interface FileSummary {
  path: string;
  total: number;
  orphans: number;
  /** Annotations per type name. */
  byType: ReadonlyMap<string, number>;
}

/** The links a claim row resolves, in the order the views show them. */
export const CLAIM_LINKS = ['speaker', 'date', 'reported-by'] as const;
export type ClaimLink = (typeof CLAIM_LINKS)[number];

/** A link of a claim: its target, or the id it names when no annotation of the file has it. */
export interface ResolvedLink {
  id: string;
  target?: IndexedAnnotation;
}

export interface ClaimRow {
  claim: IndexedAnnotation;
  speaker?: ResolvedLink;
  date?: ResolvedLink;
  reportedBy?: ResolvedLink;
  /** The required links with no annotation behind them (absent or dangling). */
  missing: readonly ('speaker' | 'date')[];
  /** The date's ISO `value` attribute, else undefined: what sorting by date orders by. */
  dateValue?: string;
  /** The speaker's actor group key (see actorKey), for grouping claims by speaker. */
  speakerKey?: string;
}

export interface ActorGroup {
  /** Folded canonical name: what groups mentions written differently. */
  key: string;
  /** The name shown: the canonical attribute as written, else the first mention's quote. */
  name: string;
  mentions: readonly IndexedAnnotation[];
  /** Number of files the actor is mentioned in. */
  files: number;
}

/** What the views are narrowed to; an absent field does not narrow. */
export interface CorpusFilter {
  /** Type names to keep. */
  types?: readonly string[];
  /** Annotator to keep (compared folded, so case and spelling marks do not matter). */
  annotator?: string;
  /** Text the quote, note or canonical name must contain (compared folded). */
  text?: string;
}

/** What one update changed, so views refresh only that. */
export interface CorpusChange {
  path: string;
  /** The file had or has claims (the claims list changed). */
  claims: boolean;
  /** Keys of actor groups the file adds to or took from. */
  actorKeys: readonly string[];
  /** The file is no longer in the index. */
  removed: boolean;
}
