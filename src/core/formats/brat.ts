/**
 * brat standoff (https://brat.nlplab.org/standoff.html): export and import. The format is
 * split into small files under ./brat/; this is its one entry for the registry.
 */
export { bratExporter } from './brat/exporter';
export { bratImporter } from './brat/importer';
