/**
 * W3C import of the shapes other tools write and of annotations Hamish can only partly take:
 * every selector kind, body purpose, creator form and source IRI, and the exact problem each
 * unusable piece gives (with its line), so nothing is dropped without a word.
 */
import * as assert from 'assert';
import { w3cImporter } from '../../src/core/formats/w3c';
import type { ImportResult } from '../../src/core/formats/types';

const A = 'urn:hamish:annotation:';
const S = 'urn:hamish:source:';

/** Problems as `line severity message`, in the order given. */
function problems(r: ImportResult): string[] {
  return r.problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.message}`);
}

function run(path: string, value: unknown): ImportResult {
  return w3cImporter.import([{ path, text: typeof value === 'string' ? value : JSON.stringify(value, null, 1) }]);
}

describe('W3C import of other shapes', () => {
  it('reads a full annotation: quote, context, position, type, tags, links, notes, creator, dates', () => {
    const r = run('in/a.jsonld', {
      type: 'AnnotationPage',
      next: 'http://example.org/page2',
      items: [
        {
          id: `${A}first`, type: 'Annotation',
          target: { source: `${S}news/%D8%A3.txt`, selector: [{ type: 'TextQuoteSelector', exact: 'قال', prefix: 'ثم ', suffix: ' إن', refinedBy: {} }, { type: 'TextPositionSelector', start: 3, end: 6 }] },
          body: [
            { purpose: 'classifying', value: 'claim' },
            { purpose: ['tagging'], value: 'عاجل' },
            { purpose: 'linking', source: `${A}second`, 'hamish:relation': 'speaker' },
            { purpose: 'linking', id: 'http://elsewhere/x' },
            { value: 'ملاحظة' },
            'http://example.org/body',
            { purpose: 'commenting' },
          ],
          creator: { nickname: 'layla', name: 'Layla H' }, created: '2024-02-11T09:30:00Z', modified: '2024-02-12T09:30:00Z',
        },
        { id: `${A}second`, type: ['oa:Annotation'], target: { source: `${S}news/%D8%A3.txt`, selector: { type: 'FragmentSelector', value: 'char=7,9' } }, body: { purpose: 'classifying', source: 'http://ex.org/types#%D9%81%D8%A7%D8%B9%D9%84' }, creator: { id: 'urn:hamish:annotator:%D8%B9%D9%85%D8%B1' }, updated: '2024-03-01T00:00:00Z' },
        42,
      ],
    });
    assert.deepStrictEqual(r.sources.map((s) => s.path), ['news/أ.txt']);
    const [first, second] = r.sources[0]!.spans.map((s) => ({ ...s, attrs: { ...s.attrs }, links: { ...s.links } }));
    assert.deepStrictEqual(first, {
      localId: `${A}first`, id: 'first', type: 'claim', start: 3, end: 6, quote: 'قال', prefix: 'ثم ', suffix: ' إن',
      attrs: { tags: ['عاجل'] }, links: { speaker: [`${A}second`] }, note: 'ملاحظة', annotator: 'layla',
      created: '2024-02-11T09:30:00Z', modified: '2024-02-12T09:30:00Z', file: 'in/a.jsonld', line: 5,
    });
    assert.deepStrictEqual(second, {
      localId: `${A}second`, id: 'second', type: 'فاعل', start: 7, end: 9, attrs: {}, links: {}, annotator: 'عمر', modified: '2024-03-01T00:00:00Z', file: 'in/a.jsonld', line: 60,
    });
    assert.deepStrictEqual(problems(r), [
      'in/a.jsonld:81 error an item of the list is not an annotation object; it was not imported',
      'in/a.jsonld:1 warning the page links to a next page that is not in this file; only the annotations embedded here were imported',
      'in/a.jsonld:11 warning the TextQuoteSelector is refined by another selector, which is not supported; the refinement was ignored',
      'in/a.jsonld:5 warning body http://example.org/body is a resource named only by IRI; it was not imported',
      'in/a.jsonld:49 warning a body with purpose commenting and no text value was not imported',
      'in/a.jsonld:5 warning link "linked" points to http://elsewhere/x, which is not an annotation in this import; the link was not imported',
    ]);
  });

  it('reads Hypothesis exports: uri, text, tags, acct: users, char= fragments', () => {
    const r = run('h.json', { rows: [{ id: 'hyp1', uri: 'https://example.com/news/b.txt?utm=1#top', target: [{ selector: [{ type: 'FragmentSelector', value: 'char=2,5' }] }], text: 'note', tags: ['actor', 'x', 3], user: 'acct:omar@hypothes.is' }] });
    assert.deepStrictEqual(r.sources.map((s) => [s.path, s.spans.map((x) => [x.localId, x.id, x.type, x.start, x.end, x.note, x.annotator, { ...x.attrs }])]), [
      ['b.txt', [['hyp1', undefined, 'actor', 2, 5, 'note', 'omar@hypothes.is', { tags: ['x'] }]]],
    ]);
    assert.deepStrictEqual(problems(r), ['h.json:3 warning source https://example.com/news/b.txt?utm=1#top is not a Hamish source; it was matched to "b.txt" in the import folder']);
    const client = run('c.json', { annotations: [{ uri: 'file:///home/x/c.txt', target: [{ selector: { type: 'TextQuoteSelector', exact: 'x' } }], user: 'urn:hamish:annotator:%ZZ' }] });
    assert.deepStrictEqual(client.sources.map((s) => [s.path, s.spans[0]!.localId, s.spans[0]!.type, s.spans[0]!.annotator, s.spans[0]!.start, s.spans[0]!.end]), [['c.txt', 'c.json#3', 'annotation', 'urn:hamish:annotator:%ZZ', 0, 0]]);
    assert.deepStrictEqual(problems(client).slice(1), ['c.json:3 warning no classifying or tagging body: imported with type "annotation"']);
  });

  it('resolves relative sources against the file that names them', () => {
    const one = (source: string, selector: unknown = { type: 'TextQuoteSelector', exact: 'x' }) => ({ type: 'Annotation', target: { source, selector }, body: { purpose: 'tagging', value: 't' } });
    const r = run('in/sub/a.json', [one('../c.txt'), one('./d//e.txt'), one('%E0%A4%A'), one('../../../x.txt'), one('http://ex.org/'), one(`${S}..%2Fx`)]);
    assert.deepStrictEqual(r.sources.map((s) => s.path), ['in/c.txt', 'in/sub/d/e.txt']);
    assert.deepStrictEqual(problems(r), [
      'in/sub/a.json:30 error source %E0%A4%A is not a readable relative path',
      'in/sub/a.json:44 error source ../../../x.txt points outside the import folder; the annotation was not imported',
      'in/sub/a.json:58 error source http://ex.org/ names no file; the annotation was not imported',
      `in/sub/a.json:72 error source ${S}..%2Fx is not a safe relative path; the annotation was not imported`,
    ]);
  });

  it('says why each unusable annotation or selector was left out', () => {
    const quote = { type: 'TextQuoteSelector', exact: 'q' };
    const r = run('x.jsonl', [
      '',
      '{"type":"Annotation","target":[]}',
      '{"id":"n1","target":"http://whole/page"}',
      '{"type":"Annotation","target":{"selector":' + JSON.stringify(quote) + '}}',
      '{"type":"Annotation","target":{"source":"a.txt","selector":["urn:sel",{"type":"TextQuoteSelector"},{"type":"TextPositionSelector","start":4,"end":2},{"type":"TextPositionSelector","start":-1,"end":2},{"type":"TextPositionSelector","start":1.5,"end":2},{"type":"TextPositionSelector","start":"1","end":2},{"type":"FragmentSelector","value":"char=5,2"},{"type":"FragmentSelector","value":"page=2"},{}]}}',
      '{"id":"d","type":"Annotation","target":[{"source":"a.txt","selector":' + JSON.stringify(quote) + '},{"source":"b.txt"}],"hamish:attributes":{"tags":"own"},"body":[{"purpose":"tagging","value":"t"},{"purpose":"tagging","value":"u"}]}',
      '{"id":"d","type":"Annotation","target":{"source":"a.txt","selector":' + JSON.stringify(quote) + '}}',
      '[1]',
      '{bad',
    ].join('\r\n'));
    assert.deepStrictEqual(r.sources.map((s) => s.spans.map((x) => [x.localId, x.type, { ...x.attrs }])), [[['d', 't', { tags: 'own' }]]]);
    assert.deepStrictEqual(problems(r), [
      'x.jsonl:8 error the line is not an annotation object',
      'x.jsonl:9 error not JSON: expected a quoted key',
      'x.jsonl:2 error annotation has no target; it was not imported',
      'x.jsonl:3 warning object n1 has no type Annotation; read as one all the same',
      'x.jsonl:3 error the target is a whole resource with no selector; a Hamish annotation needs a span of text, so it was not imported',
      'x.jsonl:4 error the target names no source; the annotation was not imported',
      'x.jsonl:5 warning a selector given only by IRI cannot be read; it was ignored',
      'x.jsonl:5 warning TextQuoteSelector without a string "exact"; it was ignored',
      'x.jsonl:5 warning TextPositionSelector without non-negative integer start ≤ end; it was ignored',
      'x.jsonl:5 warning TextPositionSelector without non-negative integer start ≤ end; it was ignored',
      'x.jsonl:5 warning TextPositionSelector without non-negative integer start ≤ end; it was ignored',
      'x.jsonl:5 warning TextPositionSelector without non-negative integer start ≤ end; it was ignored',
      'x.jsonl:5 warning FragmentSelector char=a,b with b < a; it was ignored',
      'x.jsonl:5 warning selector kind FragmentSelector is not supported by Hamish; it was ignored',
      'x.jsonl:5 warning selector kind (no type) is not supported by Hamish; it was ignored',
      'x.jsonl:5 error no TextQuoteSelector or TextPositionSelector (or RFC 5147 char= fragment) to place the annotation; it was not imported',
      'x.jsonl:6 warning annotation has 2 targets; only the first was imported',
      'x.jsonl:6 warning tags ["u"] were not imported: the annotation already has a "tags" attribute',
      'x.jsonl:7 warning no classifying or tagging body: imported with type "annotation"',
      'x.jsonl:7 warning annotation d appears more than once; only its first occurrence was imported',
    ]);
  });

  it('says what it found instead of annotations', () => {
    assert.deepStrictEqual(problems(run('a.json', { type: 'AnnotationCollection', first: 'http://x/p1' })), ["a.json:1 error the collection's first page is only named (http://x/p1), not embedded; export it with its pages embedded"]);
    assert.deepStrictEqual(problems(run('a.json', { type: 'AnnotationCollection', first: 3 })), []);
    assert.deepStrictEqual(problems(run('a.json', { other: [] })), ['a.json:1 error no annotations found: expected an AnnotationCollection, an AnnotationPage, an Annotation or a list of them']);
    assert.deepStrictEqual(problems(run('a.json', '"x"')), ['a.json:1 error no annotations found: the file holds a single JSON value, not an object or list']);
    assert.deepStrictEqual(problems(run('a.json', '\n{')), ['a.json:2 error not JSON: expected a quoted key']);
    assert.ok(w3cImporter.accepts('A.JSONLD') && w3cImporter.accepts('b.json') && w3cImporter.accepts('c.jsonl') && !w3cImporter.accepts('d.json.txt'));
  });
});
