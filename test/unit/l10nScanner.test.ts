// The scanner the parity test relies on: literal keys found with their escapes read, anything
// else reported as dynamic, placeholders counted. If it found nothing, the parity test would pass empty.
import * as assert from 'assert';
import { placeholders, scanSource } from '../l10n/l10nStrings';
import { nlsKey, shownStrings } from '../l10n/manifestStrings';

describe('l10n string scanner', () => {
  it('reads literal keys in each quote style, with escapes and line numbers', () => {
    const text = [
      "vscode.l10n.t('Don\\'t Ask Again');",
      'vscode.l10n.t("say \\"{0}\\"", x);',
      'l10n.t(`multi {0} {1}`, a, b);',
      "vscode.l10n.t(\n  'on the next line \\u00e9',\n);",
    ].join('\n');
    const scan = scanSource(text, 'x.ts');
    assert.deepEqual(scan.strings.map((s) => [s.key, s.line]), [
      ["Don't Ask Again", 1],
      ['say "{0}"', 2],
      ['multi {0} {1}', 3],
      ['on the next line é', 4],
    ]);
    assert.deepEqual(scan.dynamic, []);
  });

  it('reports keys that are not a single literal', () => {
    const text = "vscode.l10n.t(message);\nvscode.l10n.t('a' + b);\nvscode.l10n.t(`x ${y}`);\nvscode.l10n.t({ message: 'm', args: [] });";
    assert.deepEqual(scanSource(text, 'y.ts').dynamic.map((d) => d.line), [1, 2, 3, 4]);
  });

  it('lists placeholders sorted, repeats kept', () => {
    assert.deepEqual(placeholders('{1} of {0}, {1} again, {name}'), ['0', '1', '1', 'name']);
    assert.deepEqual(placeholders('none'), []);
  });

  it('finds shown manifest strings and tells %key% from literal text', () => {
    const pkg = {
      displayName: '%displayName%',
      contributes: {
        commands: [{ command: 'a.b', title: 'Literal', category: '%cat%' }],
        configuration: { properties: { 'a.x': { type: 'string', enum: ['p'], enumDescriptions: ['%e%'], description: '%d%' }, name: { type: 'string' } } },
        languages: [{ id: 'l', aliases: ['Name'] }],
      },
    };
    const shown = shownStrings(pkg).map((s) => `${s.at}=${s.value}`);
    assert.deepEqual(shown.sort(), [
      'contributes.commands[0].category=%cat%',
      'contributes.commands[0].title=Literal',
      "contributes.configuration.properties.a.x.description=%d%",
      'contributes.configuration.properties.a.x.enumDescriptions[0]=%e%',
      'displayName=%displayName%',
    ].sort());
    assert.equal(nlsKey('%a.b%'), 'a.b');
    assert.equal(nlsKey('a %b%'), undefined);
  });
});
