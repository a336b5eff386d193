// The workspace schema file: types, colours and labels in force, errors at their lines.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { hamish } from './hamish';
import { waitUntil, workspacePath } from './workspace';

const schemaPath = () => workspacePath('.hamish', 'schema.yaml');

async function writeSchema(text: string | undefined): Promise<void> {
  const api = await hamish();
  let loads = 0;
  const sub = api.schemaFile.onDidLoad(() => loads++);
  try {
    if (text === undefined) fs.rmSync(schemaPath(), { force: true });
    else {
      fs.mkdirSync(path.dirname(schemaPath()), { recursive: true });
      fs.writeFileSync(schemaPath(), text);
    }
    await waitUntil(() => loads > 0, { timeoutMs: 20_000, message: 'the schema file read again' });
  } finally {
    sub.dispose();
  }
}

describe('the workspace schema file', () => {
  after(() => fs.rmSync(schemaPath(), { force: true }));

  it('adds a type with its colour and attributes, and changes a built-in one', async () => {
    const api = await hamish();
    await writeSchema([
      'version: 1',
      'types:',
      '  event:',
      '    label: { en: Event, ar: حدث }',
      '    color: "#aa3300"',
      '    attributes:',
      '      casualties: { kind: number }',
      '  claim:',
      '    links:',
      '      target: { target: actor }',
    ].join('\n'));
    const event = api.config.typeOf('event');
    assert.equal(event.label, 'Event');
    assert.equal(event.color, '#aa3300');
    assert.deepEqual(event.def.attributes.map((a) => a.kind), ['number']);
    assert.ok(api.config.current.types.some((t) => t.name === 'event'));
    assert.deepEqual(api.config.typeOf('claim').def.links.map((l) => l.name), ['speaker', 'date', 'reported-by', 'target']);
    // The painter made a decoration type with the schema's colour.
    const style = api.painter.styles.get('event');
    assert.ok(style, 'a decoration type for the new type');
    assert.equal(style.backgroundColor, '#aa330033');
    assert.deepEqual(vscode.languages.getDiagnostics(vscode.Uri.file(schemaPath())), []);
  });

  it('reports a broken schema at its line and keeps the defaults in force', async () => {
    const api = await hamish();
    await writeSchema('types:\n  event:\n    color: red\n');
    assert.equal(api.config.typeOf('event').builtIn, false);
    assert.ok(!api.config.current.types.some((t) => t.name === 'event'), 'the file is not applied');
    await waitUntil(() => vscode.languages.getDiagnostics(vscode.Uri.file(schemaPath())).length > 0, { message: 'a diagnostic on the schema file' });
    const diagnostics = vscode.languages.getDiagnostics(vscode.Uri.file(schemaPath()));
    assert.equal(diagnostics[0]!.range.start.line, 2);
    assert.match(diagnostics[0]!.message, /color must be written #rrggbb/);
    assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);

    await writeSchema(undefined);
    assert.deepEqual(api.config.current.types.map((t) => t.name).slice(0, 3), ['claim', 'actor', 'date']);
    await waitUntil(() => vscode.languages.getDiagnostics(vscode.Uri.file(schemaPath())).length === 0, { message: 'the diagnostic cleared' });
  });
});
