/**
 * Reading the files of an import and running the format's reader over them, the same for the
 * CLI and the editor (each finds the files its own way). A file that cannot be read, a folder
 * with nothing the format takes, and a reader that throws all become errors, so the import
 * writes nothing rather than half.
 */
import type { Importer, ImportProblem, ImportResult, InputFile } from '../formats/types';
import type { FileSystem } from '../store/fileSystem';
import { readTextFile } from '../text/readTextFile';

/**
 * The largest file an import reads. Larger than a source may be: one W3C or Label Studio file
 * for a thousand-article corpus passes 100 MB. Still bounded, so a mistaken path to a disk
 * image is refused before it is read.
 */
export const MAX_IMPORT_FILE_BYTES = 512 * 1024 * 1024;

/** A file found for an import: its path in `fs`, and its path relative to what was named. */
export interface FoundFile {
  path: string;
  relative: string;
}

/** Reads each file (size, type and UTF-8 checked), in order of its relative path. */
export async function readImportFiles(fs: FileSystem, found: readonly FoundFile[]): Promise<{ files: InputFile[]; unreadable: string[] }> {
  const files: InputFile[] = [];
  const unreadable: string[] = [];
  for (const f of [...found].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))) {
    const read = await readTextFile(fs, f.path, `"${f.relative}"`, MAX_IMPORT_FILE_BYTES);
    if (read.kind === 'text') files.push({ path: f.relative, text: read.text });
    else unreadable.push(read.kind === 'refused' ? read.message : `"${f.relative}" vanished while reading`);
  }
  return { files, unreadable };
}

/** The reader's result, with what went wrong before and around it as errors on `input`. */
export function runImporter(importer: Importer, read: { files: InputFile[]; unreadable: string[] }, input: string): ImportResult {
  let result: ImportResult;
  try {
    result = importer.import(read.files);
  } catch (e) {
    // Readers report rather than throw; one that throws has a bug, and the import must still write nothing.
    result = { sources: [], problems: [{ file: input, line: 0, severity: 'error', message: `the ${importer.label} reader failed: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  const problems: ImportProblem[] = read.unreadable.map((message) => ({ file: input, line: 0, severity: 'error', message }));
  if (read.files.length === 0 && read.unreadable.length === 0 && result.problems.length === 0) {
    problems.push({ file: input, line: 0, severity: 'error', message: `no file there is one the ${importer.label} reader takes` });
  }
  return { sources: result.sources, problems: [...problems, ...result.problems] };
}
