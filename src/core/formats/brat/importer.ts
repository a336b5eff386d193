/**
 * brat standoff import: every `.ann` with the `.txt` of the same name beside it. A `.txt`
 * without an `.ann` is left alone (it may be any text file); an `.ann` without its `.txt`
 * cannot be placed and is reported. The .txt as given becomes the source text.
 */
import type { ImportProblem, ImportResult, ImportedSource, Importer, InputFile } from '../types';
import { sourcePathOfStem, splitBratPath } from './paths';
import { DocumentReader } from './readDocument';

export const bratImporter: Importer = {
  format: 'brat',
  label: 'brat standoff',
  accepts(path: string): boolean {
    return splitBratPath(path) !== undefined;
  },
  import(files: readonly InputFile[]): ImportResult {
    const pairs = new Map<string, { ann?: InputFile; txt?: InputFile }>();
    for (const file of files) {
      const split = splitBratPath(file.path);
      if (!split) continue;
      let pair = pairs.get(split.stem);
      if (!pair) pairs.set(split.stem, (pair = {}));
      pair[split.part] = file;
    }
    const sources: ImportedSource[] = [];
    const problems: ImportProblem[] = [];
    for (const [stem, { ann, txt }] of pairs) {
      if (!ann) continue;
      if (!txt) {
        problems.push({ file: ann.path, line: 0, severity: 'error', message: `no ${stem}.txt beside it: brat offsets count that text, so nothing can be placed` });
        continue;
      }
      try {
        const reader = new DocumentReader(ann.path, txt.text);
        sources.push(reader.read(ann.text, sourcePathOfStem(stem)));
        problems.push(...reader.problems);
      } catch (e) {
        // Never reached by any input we know of; kept so one odd file cannot stop a whole import.
        problems.push({ file: ann.path, line: 0, severity: 'error', message: `could not be read: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
    return { sources, problems };
  },
};
