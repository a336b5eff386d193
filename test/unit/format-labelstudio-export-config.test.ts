/**
 * The Label Studio export beside its golden file: region extras holding only the fields an
 * annotation has, the notes for an orphan and a link to another task, and the labeling
 * configuration's text direction (majority of sources, judged from their opening) and escaping.
 */
import * as assert from 'assert';
import type { Annotation } from '../../src/core/model/annotation';
import { LABEL_STUDIO_CONFIG, labelStudioExporter } from '../../src/core/formats/labelstudio';

const AR = 'قال الوزير إن الوفد وصل';

function ann(text: string, over: Partial<Annotation> & Pick<Annotation, 'id' | 'type' | 'start' | 'end'>): Annotation {
  return { text: Array.from(text).slice(over.start, over.end).join(''), before: '', after: '', attrs: {}, links: {}, ...over };
}

const configOf = (sources: { path: string; text: string; annotations: Annotation[] }[]) => labelStudioExporter.export(sources).files.find((f) => f.path === LABEL_STUDIO_CONFIG)!.content;

describe('Label Studio export: region extras, notes and configuration', () => {
  it('keeps in data.hamish.regions only the annotator, times and attributes an annotation has', () => {
    const full = ann(AR, { id: 'aclaim0000000000000000000001', type: 'claim', start: 0, end: 3, annotator: 'omar', created: 'c', modified: 'm', attrs: { k: 'v' } });
    const bare = ann(AR, { id: 'aactor0000000000000000000001', type: 'actor', start: 4, end: 10 });
    const result = labelStudioExporter.export([{ path: 'a.txt', text: AR, annotations: [bare, full] }]);
    const [task] = JSON.parse(result.files[0]!.content) as { data: { hamish: { regions: Record<string, unknown> } } }[];
    assert.deepStrictEqual(Object.entries(task!.data.hamish.regions), [[full.id, { attrs: { k: 'v' }, annotator: 'omar', created: 'c', modified: 'm' }], [bare.id, {}]]);
    assert.deepStrictEqual(result.notes, []);
    assert.ok(result.files[0]!.content.endsWith(']\n'));
  });

  it('leaves out an orphan and a link to another task, each with a note, and keeps the rest', () => {
    const actor = ann(AR, { id: 'aactor0000000000000000000001', type: 'actor', start: 4, end: 10 });
    const claim = ann(AR, { id: 'aclaim0000000000000000000001', type: 'claim', start: 0, end: 3, links: { speaker: [actor.id, 'aother0000000000000000000001'] } });
    const orphan = ann(AR, { id: 'aorphan000000000000000000001', type: 'date', start: 5, end: 5, orphaned: true });
    const result = labelStudioExporter.export([{ path: 'a.txt', text: AR, annotations: [orphan, claim, actor] }]);
    const [task] = JSON.parse(result.files[0]!.content) as { annotations: { result: { type: string; id?: string; from_id?: string; to_id?: string }[] }[] }[];
    assert.deepStrictEqual(task!.annotations[0]!.result.map((r) => [r.type, r.id ?? `${r.from_id}>${r.to_id}`]), [['labels', claim.id], ['labels', actor.id], ['relation', `${claim.id}>${actor.id}`]]);
    assert.deepStrictEqual(result.notes, [
      { source: 'a.txt', annotation: orphan.id, message: 'orphaned: a Label Studio region needs a place in the text, so it was left out' },
      { source: 'a.txt', annotation: claim.id, message: 'link "speaker" to aother0000000000000000000001 left out: Label Studio relates regions of one task only, and it is not one here' },
    ]);
  });

  it('lays the text out right to left only when most sources read so from their opening', () => {
    const rtlView = '  <View style="direction: rtl; text-align: right">\n    <Text name="text" value="$text"/>\n  </View>\n';
    const ltrText = '\n  <Text name="text" value="$text"/>\n';
    const en = 'The minister said the delegation arrived';
    assert.ok(configOf([{ path: 'a.txt', text: AR, annotations: [] }]).includes(rtlView));
    // One Arabic source of two is not a majority.
    const half = configOf([{ path: 'a.txt', text: AR, annotations: [] }, { path: 'b.txt', text: en, annotations: [] }]);
    assert.ok(half.includes(ltrText) && !half.includes('direction: rtl'));
    // An English text whose Arabic starts after the first 2,000 characters reads left to right.
    assert.ok(configOf([{ path: 'c.txt', text: 'x '.repeat(1000) + AR.repeat(200), annotations: [] }]).includes(ltrText));
  });

  it('escapes every XML-special character in type and link names', () => {
    const odd = ann(AR, { id: 'aodd00000000000000000000001', type: `a&b<c>"d'`, start: 0, end: 3, links: { [`r&<>"'`]: [] } });
    const config = configOf([{ path: 'a.txt', text: AR, annotations: [odd] }]);
    assert.ok(config.includes('<Label value="a&amp;b&lt;c&gt;&quot;d&apos;"/>'), config);
    assert.ok(config.includes('<Relation value="r&amp;&lt;&gt;&quot;&apos;"/>'), config);
  });
});
