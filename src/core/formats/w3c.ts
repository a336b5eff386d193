/**
 * W3C Web Annotation Data Model (JSON-LD), export and import. See docs/export-formats.md for
 * the mapping; in short, one W3C Annotation per Hamish annotation, gathered in one
 * AnnotationCollection whose first (and only) page is embedded:
 *
 * - `id`: `urn:hamish:annotation:<id>`, so the IRI is stable across exports and links can name it.
 * - the type is a TextualBody with purpose `classifying`; the note a TextualBody with purpose
 *   `commenting`; each link a SpecificResource body with purpose `linking` whose source is the
 *   linked annotation's IRI and whose `hamish:relation` names the link (`speaker`).
 * - attributes travel as one JSON literal, `hamish:attributes`, declared `@type: @json` in the
 *   context, so their kinds (number, boolean, list) survive and JSON-LD tools keep them whole.
 * - the target's selectors: a TextQuoteSelector and a TextPositionSelector in code points, as
 *   the model requires (§4.2.4: "in terms of unicode code points ... not code units").
 */
export { ANNO_CONTEXT, ANNOTATION_IRI, ANNOTATOR_IRI, HAMISH_VOCAB, SOURCE_IRI, W3C_OUTPUT } from './w3c/vocabulary';
export { createW3cExporter, w3cExporter, type W3cExportSettings } from './w3c/exporter';
export { w3cImporter } from './w3c/importer';
