/**
 * The workspace actor list (skeleton fixed by the lead; the actors helper replaces the bodies).
 */
import type { Problem } from '../../problems';
import type { ActorName } from '../types';

/** Where the list lives, relative to the workspace folder. */
export const ACTORS_PATH = '.hamish/actors.yaml';

export interface ActorListResult {
  actors: ActorName[];
  /** Errors and warnings with the file and line; entries with errors are left out, the rest kept. */
  problems: Problem[];
}

export function parseActorList(_text: string, _file: string): ActorListResult {
  return { actors: [], problems: [] };
}
