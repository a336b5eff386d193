/**
 * Every export and import format, in the order the quick pick and `--help` show them. Adding a
 * format is one file in this folder and one line in each list.
 */
import { bratExporter, bratImporter } from './brat';
import { csvExporter } from './csv';
import { jsonlExporter, jsonlImporter } from './jsonl';
import type { Exporter, FormatName, Importer } from './types';
import { conllExporter } from './conll';
import { doccanoExporter, doccanoImporter } from './doccano';
import { labelStudioExporter, labelStudioImporter } from './labelstudio';
import { w3cExporter, w3cImporter } from './w3c';
import { webannoExporter } from './webanno';

export const EXPORTERS: readonly Exporter[] = [
  jsonlExporter,
  csvExporter,
  bratExporter,
  w3cExporter,
  conllExporter,
  doccanoExporter,
  labelStudioExporter,
  webannoExporter,
];

export const IMPORTERS: readonly Importer[] = [
  jsonlImporter,
  bratImporter,
  w3cImporter,
  doccanoImporter,
  labelStudioImporter,
];

export function exporterFor(format: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.format === format);
}

export function importerFor(format: string): Importer | undefined {
  return IMPORTERS.find((i) => i.format === format);
}

export type { FormatName };
