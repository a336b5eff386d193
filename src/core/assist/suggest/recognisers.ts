/**
 * The recognisers the combiner calls, as one replaceable set: the real ones by default;
 * tests hand in their own outputs to check the combining rules apart from recogniser quality.
 */
import { compileActorMatcher, type ActorMatcher } from '../actors/actorMatcher';
import { findClaimCues } from '../claims/findClaimCues';
import { findDates, findDocumentDate, type DateOptions } from '../dates/findDates';
import type { ActorName, ClaimCue, DateMention, TextSpan } from '../types';

export interface Recognisers {
  findDates(text: string, options: DateOptions): DateMention[];
  findDocumentDate(text: string): string | undefined;
  compileActorMatcher(actors: readonly ActorName[]): ActorMatcher;
  findClaimCues(text: string, actors: readonly TextSpan[]): ClaimCue[];
}

export const BUILT_IN_RECOGNISERS: Recognisers = { findDates, findDocumentDate, compileActorMatcher, findClaimCues };
