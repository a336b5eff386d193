import * as assert from 'assert';
import { ANNOTATION_IRI, createW3cExporter, SOURCE_IRI, W3C_OUTPUT, w3cExporter, w3cImporter } from '../../src/core/formats/w3c';
import type { ExportSource } from '../../src/core/formats/types';
import { exportSource } from './support/exportFixture';
import { assertGolden, byId, fuzzImporter, hardSource, importText, keptFromImport, keptOf, problemAt } from './support/formatChecks';
import { checkW3cDocument } from './support/w3cModelCheck';

const NOW = '2026-12-01T09:00:00.000Z';

function exportOf(sources: ExportSource[]) {
  const result = w3cExporter.export(sources, { now: NOW });
  return { result, doc: JSON.parse(result.files[0]!.content) as Record<string, unknown> };
}

function textsOf(sources: ExportSource[]) {
  return (iri: string) => sources.find((s) => iri === SOURCE_IRI + s.path.split('/').map(encodeURIComponent).join('/'))?.text;
}

/** The annotations of the collection's embedded page. */
function items(doc: Record<string, unknown>): Record<string, unknown>[] {
  return (doc.first as { items: Record<string, unknown>[] }).items;
}

describe('W3C Web Annotation export', () => {
  it('matches its golden file', () => {
    const { result } = exportOf([exportSource()]);
    assert.deepStrictEqual(result.files.map((f) => f.path), [W3C_OUTPUT]);
    assertGolden('w3c', result);
    // The orphan has no place: said in the notes, exported with its quote only.
    assert.ok(result.notes.some((n) => n.annotation === 'aorphan00000000000000000001' && /quote only/.test(n.message)));
  });

  it('keeps every MUST of the data model, and selectors select their quote in code points', () => {
    const sources = [exportSource(), hardSource()];
    const { doc } = exportOf(sources);
    assert.deepStrictEqual(checkW3cDocument(doc, textsOf(sources)), []);
    assert.strictEqual(doc.total, 15);
  });

  it('counts positions in code points, not UTF-16 units, past an emoji', () => {
    const source = hardSource();
    const { doc } = exportOf([source]);
    const claim = items(doc).find((a) => a.id === ANNOTATION_IRI + 'aclaim0000000000000000000001')!;
    const [quote, position] = (claim.target as { selector: Record<string, unknown>[] }).selector;
    const chars = Array.from(source.text);
    assert.strictEqual(chars.slice(position!.start as number, position!.end as number).join(''), quote!.exact);
    // The same quote by UTF-16 index sits 3 units later (😀 and the flag's two halves).
    assert.strictEqual(source.text.indexOf(quote!.exact as string), (position!.start as number) + 3);
  });

  it('expresses a link to two speakers as two linking bodies naming the relation', () => {
    const { doc } = exportOf([exportSource()]);
    const claim = items(doc).find((a) => a.id === ANNOTATION_IRI + 'aclaim0000000000000000000001')!;
    const links = (claim.body as Record<string, unknown>[]).filter((b) => b.purpose === 'linking');
    assert.deepStrictEqual(
      links.map((b) => [b['hamish:relation'], b.source]),
      [
        ['speaker', ANNOTATION_IRI + 'aspeaker0000000000000000001'],
        ['speaker', ANNOTATION_IRI + 'aministry000000000000000001'],
        ['date', ANNOTATION_IRI + 'adate00000000000000000000001'],
      ],
    );
  });

  it('resolves sources against a base IRI when given one', () => {
    const exporter = createW3cExporter({ sourceBase: 'https://example.org/corpus/' });
    const doc = JSON.parse(exporter.export([hardSource()], { now: NOW }).files[0]!.content);
    const target = items(doc)[0]!.target as { source: string };
    assert.strictEqual(target.source, 'https://example.org/corpus/news/hard%20%C2%AB%D9%85%D9%82%D8%A7%D9%84%C2%BB.txt');
    assert.deepStrictEqual(checkW3cDocument(doc), []);
  });

  it('writes a valid empty collection (no first page) when there is nothing to export', () => {
    const { doc } = exportOf([{ path: 'a.txt', text: 'نص', annotations: [] }]);
    assert.strictEqual(doc.total, 0);
    assert.strictEqual(doc.first, undefined);
    assert.deepStrictEqual(checkW3cDocument(doc), []);
  });
});

describe('the W3C model checker used above', () => {
  // Each break must be caught, or the validity test above proves nothing.
  const breaks: [string, (d: Record<string, unknown>) => void][] = [
    ['context without anno.jsonld', (d) => (d['@context'] = ['http://example.org/ctx'])],
    ['annotation without id', (d) => delete items(d)[1]!.id],
    ['annotation id not an IRI', (d) => (items(d)[1]!.id = 'claim 1')],
    ['type without Annotation', (d) => (items(d)[1]!.type = 'Note')],
    ['no target', (d) => delete items(d)[1]!.target],
    ['body and bodyValue', (d) => (items(d)[1]!.bodyValue = 'x')],
    ['created with an offset', (d) => (items(d)[1]!.created = '2026-11-29T13:00:00+03:00')],
    ['negative start', (d) => (((items(d)[1]!.target as Record<string, unknown>).selector as Record<string, unknown>[])[1]!.start = -1)],
    ['quote and position disagree', (d) => (((items(d)[1]!.target as Record<string, unknown>).selector as Record<string, unknown>[])[1]!.start = 598)],
    ['TextualBody without value', (d) => delete (items(d)[1]!.body as Record<string, unknown>[])[0]!.value],
    ['unknown purpose', (d) => ((items(d)[1]!.body as Record<string, unknown>[])[0]!.purpose = 'typing')],
    ['empty page', (d) => ((d.first as Record<string, unknown>).items = [])],
    ['wrong total', (d) => (d.total = 3)],
  ];
  for (const [name, breakIt] of breaks) {
    it(`rejects ${name}`, () => {
      const sources = [exportSource()];
      const { doc } = exportOf(sources);
      breakIt(doc);
      assert.notDeepStrictEqual(checkW3cDocument(doc, textsOf(sources)), []);
    });
  }
});

describe('W3C Web Annotation import', () => {
  it('round-trips the fixture: type, offsets, quote, attributes, links, note, annotator, ids', () => {
    for (const source of [exportSource(), hardSource()]) {
      const file = w3cExporter.export([source], { now: NOW }).files[0]!;
      const result = importText(w3cImporter, file.path, file.content);
      assert.deepStrictEqual(result.problems, []);
      assert.deepStrictEqual(result.sources.map((s) => s.path), [source.path]);
      const placed = source.annotations.filter((a) => !a.orphaned);
      const imported = keptFromImport(result);
      assert.deepStrictEqual(byId(imported.filter((k) => k.id !== 'aorphan00000000000000000001')), byId(placed.map(keptOf)));
      // The orphan comes back by its quote and context alone, for the pipeline to look for.
      const orphan = result.sources[0]!.spans.find((s) => s.id === 'aorphan00000000000000000001')!;
      assert.deepStrictEqual([orphan.start, orphan.end, orphan.quote], [0, 0, 'نص حذف من المقال']);
      const claim = result.sources[0]!.spans.find((s) => s.id === 'aclaim0000000000000000000001')!;
      assert.strictEqual(claim.created, '2026-11-29T10:00:00.000Z');
      assert.ok(claim.prefix && claim.suffix);
    }
  });

  // Modelled on annotations as Hypothesis serves them in W3C form: a quote, a position and a
  // RangeSelector over the page's DOM, a comment and tags; hand-written, not copied.
  const hypothesisLike = `[
  {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    "id": "https://hypothes.is/a/Xyz123",
    "type": "Annotation",
    "created": "2024-02-12T08:00:00.000000+00:00",
    "creator": "acct:layla@hypothes.is",
    "body": [
      { "type": "TextualBody", "value": "هل هذا دقيق؟", "format": "text/markdown" },
      { "type": "TextualBody", "purpose": "tagging", "value": "claim" },
      { "type": "TextualBody", "purpose": "tagging", "value": "عسكري" }
    ],
    "target": [{
      "source": "https://example.org/news/article.txt",
      "selector": [
        { "type": "RangeSelector", "startContainer": "/div[1]/p[2]", "startOffset": 0, "endContainer": "/div[1]/p[2]", "endOffset": 9 },
        { "type": "TextPositionSelector", "start": 597, "end": 606 },
        { "type": "TextQuoteSelector", "exact": "يحيى رسول", "prefix": "قال ", "suffix": " متحدث" }
      ]
    }]
  },
  {
    "id": "https://hypothes.is/a/Css1",
    "type": "Annotation",
    "target": { "source": "https://example.org/news/article.txt", "selector": { "type": "CssSelector", "value": "#p2" } }
  }
]`;

  it('imports annotations from other tools and reports every selector kind it lacks, with its line', () => {
    const result = importText(w3cImporter, 'hypothesis.json', hypothesisLike);
    const [span] = result.sources[0]!.spans;
    assert.strictEqual(result.sources[0]!.path, 'article.txt');
    assert.deepStrictEqual([span!.type, span!.start, span!.end, span!.quote, span!.prefix], ['claim', 597, 606, 'يحيى رسول', 'قال ']);
    assert.deepStrictEqual(span!.attrs.tags, ['عسكري']);
    assert.strictEqual(span!.note, 'هل هذا دقيق؟');
    assert.strictEqual(span!.annotator, 'layla@hypothes.is');
    assert.strictEqual(span!.line, 2);
    assert.ok(problemAt(result, 16, /RangeSelector is not supported/), JSON.stringify(result.problems));
    // The second has only a CSS selector: reported where it stands, and not imported.
    assert.ok(problemAt(result, 25, /CssSelector is not supported/));
    assert.ok(problemAt(result, 22, /no TextQuoteSelector or TextPositionSelector/));
    assert.strictEqual(result.sources[0]!.spans.length, 1);
  });

  it('reads one annotation a line from .jsonl, with the bad line named', () => {
    const file = w3cExporter.export([exportSource()], { now: NOW }).files[0]!;
    const annotations = items(JSON.parse(file.content) as Record<string, unknown>).slice(1, 3);
    const text = [JSON.stringify(annotations[0]), '{"id": "urn:x", oops}', JSON.stringify(annotations[1])].join('\n');
    const result = importText(w3cImporter, 'lines.jsonl', text);
    assert.strictEqual(result.sources[0]!.spans.length, 2);
    assert.ok(problemAt(result, 2, /not JSON/));
  });

  it('refuses sources that lead outside the import folder, and links to what is not imported', () => {
    const one = (source: string, extra = '') => `{"id": "urn:a:1", "type": "Annotation", "body": [{"type": "TextualBody", "purpose": "classifying", "value": "actor"}${extra}], "target": {"source": "${source}", "selector": {"type": "TextPositionSelector", "start": 0, "end": 3}}}`;
    assert.ok(problemAt(importText(w3cImporter, 'in/a.jsonld', one('../../etc/passwd')), 1, /outside the import folder/));
    assert.ok(problemAt(importText(w3cImporter, 'a.jsonld', one('urn:hamish:source:..%2Fx.txt')), 1, /not a safe relative path/));
    const relative = importText(w3cImporter, 'in/a.jsonld', one('../news/b.txt', ', {"type": "SpecificResource", "purpose": "linking", "source": "urn:elsewhere", "hamish:relation": "speaker"}'));
    assert.strictEqual(relative.sources[0]!.path, 'news/b.txt');
    assert.deepStrictEqual(Object.keys(relative.sources[0]!.spans[0]!.links), []);
    assert.ok(problemAt(relative, 1, /not an annotation in this import/));
  });

  it('says where malformed files go wrong, and never throws', () => {
    assert.ok(problemAt(importText(w3cImporter, 'a.jsonld', '{\n  "type": "AnnotationCollection",\n  "first": [1,,2]\n}'), 3, /not JSON/));
    assert.ok(problemAt(importText(w3cImporter, 'a.jsonld', '{"type": "AnnotationCollection", "id": "urn:c", "total": 5, "first": "urn:c:page1"}'), 1, /only named/));
    assert.ok(problemAt(importText(w3cImporter, 'a.jsonld', '{"hello": 1}'), 1, /no annotations found/));
    const deep = '['.repeat(100000);
    assert.ok(problemAt(importText(w3cImporter, 'a.jsonld', deep), 1, /nesting|nested/));
    const valid = w3cExporter.export([exportSource()], { now: NOW }).files[0]!.content;
    fuzzImporter(w3cImporter, 'fuzz.jsonld', valid);
  });
});
