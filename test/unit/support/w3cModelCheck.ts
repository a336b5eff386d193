/**
 * The MUST rules of the W3C Web Annotation Data Model (Recommendation, 23 February 2017) that
 * apply to what Hamish writes, checked by hand; section numbers are the model's. Written from
 * the specification text, not from the Web Platform Tests schemas, but IRIs are held to those
 * schemas' `format: uri` (absolute, ASCII) since validators use them.
 *
 * Returns the list of violations, empty when the document conforms.
 */
import { CodePointIndex } from '../../../src/core/text/offsets';

type Json = Record<string, unknown>;

const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
/** xsd:dateTime in UTC written with "Z" (§3.3.1). */
const UTC_DATETIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** An absolute IRI as JSON Schema's `uri` format accepts it: a scheme, then no spaces or non-ASCII. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[\x21-\x7e]+$/;

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export interface SourceTexts {
  /** The text a target's source IRI names, to check the selectors select what they say. */
  (sourceIri: string): string | undefined;
}

export function checkW3cDocument(doc: unknown, texts?: SourceTexts): string[] {
  const errors: string[] = [];
  const err = (where: string, m: string) => errors.push(`${where}: ${m}`);
  const iri = (where: string, v: unknown) => {
    if (typeof v !== 'string' || !ABSOLUTE_IRI.test(v)) err(where, `not an absolute IRI: ${JSON.stringify(v)}`);
  };
  const context = (where: string, v: unknown) => {
    const values = list(v);
    if (!values.includes(ANNO)) err(where, `@context must include ${ANNO}`);
    if (values.length === 1 && typeof v !== 'string') err(where, 'a single @context must be given as a string (§3.1)');
  };
  const dates = (where: string, o: Json) => {
    for (const k of ['created', 'modified', 'generated']) {
      if (o[k] === undefined) continue;
      if (Array.isArray(o[k])) err(where, `more than one ${k} (§3.3.1)`);
      else if (typeof o[k] !== 'string' || !UTC_DATETIME.test(o[k])) err(where, `${k} must be an xsd:dateTime in UTC with Z (§3.3.1)`);
    }
  };

  const selector = (where: string, s: unknown, text: string | undefined) => {
    if (!isObj(s)) { err(where, 'selector must be an object'); return; }
    if (typeof s.type !== 'string') { err(where, 'a selector MUST have exactly 1 type (§4.2)'); return; }
    if (s.type === 'TextQuoteSelector') {
      if (typeof s.exact !== 'string') err(where, 'TextQuoteSelector MUST have exactly 1 exact (§4.2.4)');
      for (const k of ['prefix', 'suffix']) if (s[k] !== undefined && typeof s[k] !== 'string') err(where, `TextQuoteSelector MUST NOT have more than 1 ${k} (§4.2.4)`);
    } else if (s.type === 'TextPositionSelector') {
      for (const k of ['start', 'end']) {
        const v = s[k];
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) err(where, `TextPositionSelector ${k} MUST be a non-negative integer (§4.2.5)`);
      }
      if (text !== undefined && typeof s.start === 'number' && typeof s.end === 'number') {
        const index = CodePointIndex.of(text);
        if ((s.end as number) > index.length) err(where, 'TextPositionSelector end lies beyond the text');
      }
    }
  };

  const target = (where: string, t: unknown) => {
    if (typeof t === 'string') { iri(where, t); return; }
    if (!isObj(t)) { err(where, 'target must be an IRI or an object'); return; }
    iri(`${where}.source`, t.source); // SpecificResource: exactly 1 source (§4)
    const text = texts && typeof t.source === 'string' ? texts(t.source) : undefined;
    const sels = list(t.selector);
    sels.forEach((s, i) => selector(`${where}.selector[${i}]`, s, text));
    // The selectors of one target SHOULD select the same content (§4.2); ours MUST, in code points (§4.2.4).
    const quote = sels.find((s) => isObj(s) && s.type === 'TextQuoteSelector') as Json | undefined;
    const pos = sels.find((s) => isObj(s) && s.type === 'TextPositionSelector') as Json | undefined;
    if (quote && pos && text !== undefined) {
      const chars = Array.from(text);
      const start = pos.start as number;
      const end = pos.end as number;
      if (chars.slice(start, end).join('') !== quote.exact) err(where, 'TextPositionSelector (code points) does not select the TextQuoteSelector exact');
      if (typeof quote.prefix === 'string' && !chars.slice(0, start).join('').endsWith(quote.prefix)) err(where, 'prefix is not the text before the selection');
      if (typeof quote.suffix === 'string' && !chars.slice(end).join('').startsWith(quote.suffix)) err(where, 'suffix is not the text after the selection');
    }
  };

  const body = (where: string, b: unknown) => {
    if (typeof b === 'string') { iri(where, b); return; } // External Web Resource by IRI (§3.2.1)
    if (!isObj(b)) { err(where, 'body must be an IRI or an object'); return; }
    const types = list(b.type);
    for (const p of list(b.purpose)) if (typeof p !== 'string' || !MOTIVATIONS.includes(p)) err(where, `purpose ${JSON.stringify(p)} is not a Motivation (§3.3.5)`);
    if (b.textDirection !== undefined && !['ltr', 'rtl', 'auto'].includes(b.textDirection as string)) err(where, 'textDirection MUST be ltr, rtl or auto (§3.2.1)');
    if (b.language !== undefined && typeof b.language !== 'string' && !Array.isArray(b.language)) err(where, 'language must be a BCP47 string');
    if (types.includes('TextualBody')) {
      if (typeof b.value !== 'string') err(where, 'a TextualBody MUST have exactly 1 value (§3.2.4)');
    } else if (types.includes('SpecificResource')) {
      if (b.source === undefined || Array.isArray(b.source)) err(where, 'a SpecificResource MUST have exactly 1 source (§4)');
      else iri(`${where}.source`, isObj(b.source) ? b.source.id : b.source);
    } else iri(`${where}.id`, b.id); // any other body is an External Web Resource (§3.2.1)
    dates(where, b);
  };

  const annotation = (where: string, a: unknown, inherited: boolean) => {
    if (!isObj(a)) { err(where, 'an annotation must be an object'); return; }
    if (a['@context'] !== undefined || !inherited) context(where, a['@context']);
    iri(`${where}.id`, a.id); // §3.1: exactly 1 IRI
    if (!list(a.type).includes('Annotation')) err(where, 'type MUST include Annotation (§3.1)');
    for (const m of list(a.motivation)) if (typeof m !== 'string' || !MOTIVATIONS.includes(m)) err(where, `motivation ${JSON.stringify(m)} is not a Motivation (§3.3.5)`);
    const targets = list(a.target);
    if (targets.length === 0) err(where, 'MUST have 1 or more targets (§3.1)');
    targets.forEach((t, i) => target(`${where}.target[${i}]`, t));
    if (a.bodyValue !== undefined && a.body !== undefined) err(where, 'bodyValue and body MUST NOT both be present (§3.2.5)');
    list(a.body).forEach((b, i) => body(`${where}.body[${i}]`, b));
    dates(where, a);
    for (const c of list(a.creator)) {
      if (isObj(c) && Array.isArray(c.id)) err(where, 'an Agent MUST NOT have more than 1 IRI (§3.3.2)');
      if (isObj(c) && c.id !== undefined) iri(`${where}.creator.id`, c.id);
      if (typeof c === 'string') iri(`${where}.creator`, c);
    }
  };

  if (!isObj(doc)) return ['the document is not a JSON object'];
  const types = list(doc.type);
  if (types.includes('AnnotationCollection')) {
    context('collection', doc['@context']); // §5.1
    iri('collection.id', doc.id);
    if (doc.label !== undefined && typeof doc.label !== 'string') err('collection', 'label MUST be a string (§5.1)');
    const total = doc.total;
    if (total !== undefined && (typeof total !== 'number' || !Number.isInteger(total) || total < 0)) err('collection', 'total MUST be a non-negative integer (§5.1)');
    dates('collection', doc);
    if (typeof total === 'number' && total > 0 && doc.first === undefined) err('collection', 'a collection with annotations MUST have a first page (§5.1)');
    let count = 0;
    for (let page: unknown = doc.first, n = 1; page !== undefined; n++) {
      const where = `page ${n}`;
      if (typeof page === 'string') {
        iri(where, page);
        break;
      }
      if (!isObj(page)) {
        err(where, 'first must be an IRI or an embedded page');
        break;
      }
      iri(`${where}.id`, page.id); // §5.2
      if (!list(page.type).includes('AnnotationPage')) err(where, 'type MUST include AnnotationPage (§5.2)');
      if (page['@context'] !== undefined) err(where, 'an embedded page SHOULD NOT have an @context (§5.2)');
      if (!Array.isArray(page.items) || page.items.length === 0) err(where, 'items MUST be an array of 1 or more annotations (§5.2)');
      const start = page.startIndex;
      if (start !== undefined && (typeof start !== 'number' || !Number.isInteger(start) || start < 0)) err(where, 'startIndex MUST be a non-negative integer (§5.2)');
      list(page.items).forEach((a, i) => annotation(`${where}.items[${i}]`, a, true));
      count += list(page.items).length;
      page = isObj(page.next) ? page.next : undefined;
    }
    if (typeof total === 'number' && total !== count) err('collection', `total ${total} but ${count} annotations embedded`);
  } else annotation('annotation', doc, false);
  return errors;
}
