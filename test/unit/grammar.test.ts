import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { serializeSidecar } from '../../src/core/sidecar/codec';
import { repoRoot } from './support/fixtures';
import { sampleSet } from './support/sampleSet';

interface Token {
  text: string;
  scopes: string[];
}

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => {
      const file = path.join(repoRoot, 'syntaxes/hamish-annotations.tmLanguage.json');
      return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('source.hamish-annotations');
  assert.ok(grammar);
  return grammar;
}

function tokenize(grammar: textmate.IGrammar, text: string): Token[][] {
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

const ARABIC = /[\u0600-\u06ff]/;

describe('Hamish Annotations grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  it('is declared in package.json for *.ann.yaml', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.deepStrictEqual(pkg.contributes.languages[0].filenamePatterns, ['*.ann.yaml']);
    assert.strictEqual(pkg.contributes.grammars[0].scopeName, 'source.hamish-annotations');
  });

  it('never splits a scalar holding Arabic into several tokens', () => {
    const text = serializeSidecar(sampleSet()) + 'extra: قال المتحدث إن "الاجتماعات" ستتواتر # تعليق\n';
    const lines = tokenize(grammar, text);
    let arabicLines = 0;
    for (const tokens of lines) {
      const arabic = tokens.filter((t) => ARABIC.test(t.text));
      if (arabic.length === 0) continue;
      arabicLines++;
      // Each such token is a whole scalar (or a comment): no boundary inside a value.
      for (const t of arabic) {
        const whole = /^"(?:[^"\\]|\\.)*"$/.test(t.text) || t.scopes.some((s) => s.startsWith('comment'));
        assert.ok(whole || t.text === 'قال المتحدث إن "الاجتماعات" ستتواتر', `split value: ${JSON.stringify(tokens)}`);
      }
    }
    assert.ok(arabicLines >= 8);
  });

  it('marks annotation keys and type names', () => {
    const lines = tokenize(grammar, '  - id: "a1"\n    type: "claim"\n    text: "نص"\n    attrs:\n      stance: "neutral"');
    const scopeOf = (line: number, text: string) => lines[line]!.find((t) => t.text === text)?.scopes.join(' ') ?? '';
    assert.match(scopeOf(0, 'id'), /keyword\.other\.annotation-key/);
    assert.match(scopeOf(1, 'claim'), /entity\.name\.type\.annotation-type/);
    assert.match(scopeOf(2, '"نص"'), /string\.quoted\.double/);
    assert.match(scopeOf(4, 'stance'), /entity\.name\.tag\.attribute-name/);
  });

  it('marks comments', () => {
    const lines = tokenize(grammar, '# note\nversion: 1 # trailing');
    assert.match(lines[0]![0]!.scopes.join(' '), /comment\.line/);
    assert.match(lines[1]!.find((t) => t.text.startsWith('#'))!.scopes.join(' '), /comment\.line/);
  });
});
