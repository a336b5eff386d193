/**
 * Every export and import format, in the order the quick pick and `--help` show them. Adding a
 * format is one file in this folder and one line in each list.
 */
import { bratExporter, bratImporter } from './brat';
import type { Exporter, FormatName, Importer } from './types';
import { conllExporter } from './conll';
import { webannoExporter } from './webanno';

export const EXPORTERS: readonly Exporter[] = [
  bratExporter,
  conllExporter,
  webannoExporter,
];

export const IMPORTERS: readonly Importer[] = [
  bratImporter,
];

export function exporterFor(format: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.format === format);
}

export function importerFor(format: string): Importer | undefined {
  return IMPORTERS.find((i) => i.format === format);
}

export type { FormatName };
