/**
 * Every export and import format, in the order the quick pick and `--help` show them. Adding a
 * format is one file in this folder and one line in each list.
 */
import { csvExporter } from './csv';
import { jsonlExporter, jsonlImporter } from './jsonl';
import type { Exporter, FormatName, Importer } from './types';

export const EXPORTERS: readonly Exporter[] = [
  jsonlExporter,
  csvExporter,
];

export const IMPORTERS: readonly Importer[] = [
  jsonlImporter,
];

export function exporterFor(format: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.format === format);
}

export function importerFor(format: string): Importer | undefined {
  return IMPORTERS.find((i) => i.format === format);
}

export type { FormatName };
