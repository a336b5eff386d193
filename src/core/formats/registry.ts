/**
 * Every export and import format, in the order the quick pick and `--help` show them. Adding a
 * format is one file in this folder and one line in each list.
 */
import type { Exporter, FormatName, Importer } from './types';
import { conllExporter } from './conll';
import { webannoExporter } from './webanno';

export const EXPORTERS: readonly Exporter[] = [
  conllExporter,
  webannoExporter,
];

export const IMPORTERS: readonly Importer[] = [];

export function exporterFor(format: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.format === format);
}

export function importerFor(format: string): Importer | undefined {
  return IMPORTERS.find((i) => i.format === format);
}

export type { FormatName };
