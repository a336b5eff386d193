import * as assert from 'assert';
import { LABEL_STUDIO_CONFIG, LABEL_STUDIO_OUTPUT, labelStudioExporter, labelStudioImporter } from '../../src/core/formats/labelstudio';
import type { ExportResult } from '../../src/core/formats/types';
import { exportSource } from './support/exportFixture';
import { assertGolden, assertRoundTrip, fuzzImporter, hardSource, importText, problemAt } from './support/formatChecks';

type Result = { id?: string; type: string; from_name?: string; value?: { start: number; end: number; text: unknown; labels?: string[] }; from_id?: string; to_id?: string; labels?: string[] };
type Task = { data: { text: string; path: string }; annotations: { result: Result[] }[] };

function tasksOf(result: ExportResult): Task[] {
  return JSON.parse(result.files.find((f) => f.path === LABEL_STUDIO_OUTPUT)!.content) as Task[];
}

describe('Label Studio export', () => {
  it('matches its golden files: the tasks and the labeling configuration', () => {
    const result = labelStudioExporter.export([exportSource()]);
    assert.deepStrictEqual(result.files.map((f) => f.path), [LABEL_STUDIO_OUTPUT, LABEL_STUDIO_CONFIG]);
    assertGolden('labelstudio', result);
    assert.ok(result.notes.some((n) => n.annotation === 'aorphan00000000000000000001'));
  });

  it('names in the configuration every label and relation the results use', () => {
    const result = labelStudioExporter.export([exportSource(), hardSource()]);
    const config = result.files[1]!.content;
    const results = tasksOf(result).flatMap((t) => t.annotations[0]!.result);
    for (const r of results) {
      for (const l of r.value?.labels ?? []) assert.ok(config.includes(`<Label value="${l}"/>`), l);
      for (const l of r.labels ?? []) assert.ok(config.includes(`<Relation value="${l}"/>`), l);
      if (r.from_name) assert.ok(config.includes(`name="${r.from_name}"`), r.from_name);
    }
    assert.ok(config.includes('direction: rtl'));
  });

  it('escapes type names in the XML', () => {
    const source = exportSource();
    const odd = { ...source, annotations: source.annotations.map((a) => (a.type === 'place' ? { ...a, type: 'a"<b>&' } : a)) };
    assert.ok(labelStudioExporter.export([odd]).files[1]!.content.includes('<Label value="a&quot;&lt;b&gt;&amp;"/>'));
  });

  it('counts offsets in code points, as Label Studio does, past emoji and harakat and CRLF', () => {
    const source = hardSource();
    const [task] = tasksOf(labelStudioExporter.export([source]));
    const chars = Array.from(task!.data.text);
    const spans = task!.annotations[0]!.result.filter((r) => r.type === 'labels');
    assert.strictEqual(spans.length, source.annotations.length - 1);
    for (const r of spans) assert.strictEqual(chars.slice(r.value!.start, r.value!.end).join(''), r.value!.text);
    const note = task!.annotations[0]!.result.find((r) => r.type === 'textarea' && r.id === 'aemoji000000000000000000001')!;
    assert.deepStrictEqual(note.value!.text, ['يبتسم 😀']);
  });
});

describe('Label Studio import', () => {
  it('round-trips: type, offsets, quote, attributes, links, note, annotator, ids', () => {
    for (const source of [exportSource(), hardSource()]) assertRoundTrip(labelStudioExporter, labelStudioImporter, source);
  });

  // Hand-written after Label Studio's JSON export: numeric ids, completed_by, a per-region
  // choice, a relation drawn right to left, a cancelled annotation, a prediction, and a
  // document-level classification.
  const exported = `[
  {
    "id": 41,
    "data": { "text": "قال يحيى رسول 😀 إن اللجنة اجتمعت" },
    "annotations": [
      {
        "id": 9,
        "completed_by": 3,
        "created_at": "2024-02-12T08:00:00.000000Z",
        "result": [
          { "id": "r1", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual", "value": { "start": 4, "end": 13, "text": "يحيى رسول", "labels": ["actor"] } },
          { "id": "r2", "from_name": "label", "to_name": "text", "type": "labels", "value": { "start": 19, "end": 32, "text": "اللجنة اجتمعت", "labels": ["claim", "event"] } },
          { "id": "r2", "from_name": "stance", "to_name": "text", "type": "choices", "value": { "start": 19, "end": 32, "choices": ["neutral"] } },
          { "from_id": "r1", "to_id": "r2", "type": "relation", "direction": "left", "labels": ["speaker"] },
          { "id": "c1", "from_name": "topic", "to_name": "text", "type": "choices", "value": { "choices": ["politics"] } },
          { "id": "r9", "from_name": "label", "to_name": "text", "type": "labels", "value": { "start": 30, "end": 99, "labels": ["actor"] } }
        ]
      },
      { "id": 10, "was_cancelled": true, "result": [] }
    ],
    "predictions": [
      { "model_version": "ner-v2", "score": 0.9, "result": [ { "id": "p1", "type": "labels", "value": { "start": 0, "end": 3, "labels": ["actor"] } } ] }
    ]
  },
  { "text": "نص بلا بيانات" },
  7
]`;

  it('reads Label Studio\'s export, reporting predictions and everything it cannot map, by line', () => {
    const result = importText(labelStudioImporter, 'export/project-1.json', exported);
    const [task, bare] = result.sources;
    assert.strictEqual(task!.path, 'project-1-41.txt');
    const [actor, claim, event] = task!.spans;
    assert.deepStrictEqual([actor!.type, actor!.start, actor!.end, actor!.quote, actor!.annotator, actor!.line], ['actor', 4, 13, 'يحيى رسول', 'label-studio-user-3', 11]);
    assert.deepStrictEqual([claim!.type, claim!.attrs.stance], ['claim', 'neutral']);
    // Drawn right to left: the claim points to its speaker.
    assert.deepStrictEqual(claim!.links.speaker, [actor!.localId]);
    assert.deepStrictEqual([event!.type, event!.start, Object.keys(event!.links)], ['event', 19, []]);
    assert.ok(problemAt(result, 12, /2 labels/));
    assert.ok(problemAt(result, 15, /belongs to no text span/));
    assert.ok(problemAt(result, 16, /within the text/));
    assert.ok(problemAt(result, 19, /cancelled/));
    assert.ok(problemAt(result, 22, /prediction of model ner-v2 with 1 result/));
    assert.deepStrictEqual([bare!.path, bare!.text, bare!.spans], ['project-1-2.txt', 'نص بلا بيانات', []]);
    assert.ok(problemAt(result, 26, /task 3 is not an object/));
  });

  it('says where malformed files go wrong, and never throws', () => {
    assert.ok(problemAt(importText(labelStudioImporter, 'a.json', '[\n  {"data": {"text": "x"},\n  "annotations": [}\n]'), 3, /not JSON/));
    assert.ok(problemAt(importText(labelStudioImporter, 'a.json', '"tasks"'), 1, /list of Label Studio tasks/));
    assert.ok(problemAt(importText(labelStudioImporter, 'a.json', '[{"data": {"n": 1}}]'), 1, /no text/));
    fuzzImporter(labelStudioImporter, 'fuzz.json', labelStudioExporter.export([exportSource()]).files[0]!.content);
  });
});
