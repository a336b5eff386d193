/** The IRIs and context Hamish's W3C annotations use, shared by the exporter and the importer. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const HAMISH_VOCAB = 'urn:hamish:vocab:';
export const ANNOTATION_IRI = 'urn:hamish:annotation:';
export const SOURCE_IRI = 'urn:hamish:source:';
export const ANNOTATOR_IRI = 'urn:hamish:annotator:';
export const W3C_OUTPUT = 'annotations.w3c.jsonld';

/** The collection's context: the model's own, then our two extension terms (JSON-LD 1.1 for `@json`). */
export const CONTEXT = [ANNO_CONTEXT, { '@version': 1.1, hamish: HAMISH_VOCAB, 'hamish:attributes': { '@type': '@json' } }];

/** A relative path as an IRI path: each segment percent-encoded, so the IRI is plain ASCII. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
