// Directional isolation of user text shown outside the editor (src/core/text/bidi.ts) and
// the display helpers built on it. What these strings look like on screen is checked by
// test/e2e/bidi-panels.e2e.mjs; here, which marks go where.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { balanceBidi, isolate, LRI, PDI, RLI, textDirection, withoutBidiControls } from '../../src/core/text/bidi';
import { commandLink, encodeCommandArgs } from '../../src/editor/display/commandLink';
import { labelText, markdownText, messageText, quoted } from '../../src/editor/display/userText';

const RLO = '\u202e';
const LRE = '\u202a';
const PDF = '\u202c';
const rtl = (s: string) => RLI + s + PDI;
const ltr = (s: string) => LRI + s + PDI;

/** True when every directional scope closes, in order, within its own line. */
function balanced(text: string): boolean {
  return text.split(/\r\n|[\n\r\u2028\u2029\u0085]/).every((line) => {
    const open: string[] = [];
    for (const c of line) {
      if ('\u202a\u202b\u202d\u202e'.includes(c)) open.push(PDF);
      else if ('\u2066\u2067\u2068'.includes(c)) open.push(PDI);
      else if (c === PDF || c === PDI) {
        if (open.pop() !== c) return false;
      }
    }
    return open.length === 0;
  });
}

describe('text direction', () => {
  const cases: [string, 'rtl' | 'ltr' | undefined][] = [
    ['11 فبراير/شباط 2024', 'rtl'],
    ['7-8 أغسطس/ آب 2023', 'rtl'],
    ['وصف البيان الاجتماع بأنه «واع».', 'rtl'],
    ['CNN: قال مسؤول إن المحادثات مستمرة', 'rtl'], // starts Latin, reads Arabic: first-strong would say ltr
    ['قال مسؤول في BBC إن المحادثات مستمرة', 'rtl'],
    ['قال مسؤول في Reuters International إن', 'rtl'], // more Latin letters, fewer Latin words
    ['Reuters said قال', 'ltr'],
    ['BBC قال', 'ltr'], // a tie goes to the first letter
    ['قال BBC', 'rtl'],
    ['2024', undefined],
    ['7-8', undefined],
    ['«».', undefined],
    ['\u200fRLM first', 'rtl'], // a right-to-left mark the writer put first counts as a right-to-left letter
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} reads ${expected ?? 'either way'}`, () => assert.strictEqual(textDirection(text), expected));
  }
});

describe('isolate', () => {
  it('wraps Arabic in a right-to-left isolate, digits and punctuation included', () => {
    assert.strictEqual(isolate('11 فبراير/شباط 2024'), rtl('11 فبراير/شباط 2024'));
    assert.strictEqual(isolate('7-8 أغسطس/ آب 2023'), rtl('7-8 أغسطس/ آب 2023'));
    assert.strictEqual(isolate('«واع».'), rtl('«واع».'));
    assert.strictEqual(isolate('CNN: قال مسؤول'), rtl('CNN: قال مسؤول'));
  });

  it('wraps Latin text holding Arabic in a left-to-right isolate', () => {
    assert.strictEqual(isolate('Reuters said قال'), ltr('Reuters said قال'));
  });

  it('leaves text with no right-to-left letter and no control as it is', () => {
    for (const t of ['Claim', '2024', '7-8', 'created 2024-02-11T10:00:00Z', '', '$(alert) [x](command:y)']) {
      assert.strictEqual(isolate(t), t);
    }
  });

  it('isolates each line on its own, keeping the line breaks', () => {
    assert.strictEqual(isolate('قال\nBBC\r\nقال'), `${rtl('قال')}\nBBC\r\n${rtl('قال')}`);
  });

  it('keeps an unterminated override inside the isolate', () => {
    const out = isolate(`ملاحظة ${RLO}abc`);
    assert.strictEqual(out, rtl(`ملاحظة ${RLO}abc${PDF}`));
    assert.ok(balanced(out));
  });

  it('drops closers that would end the isolate early', () => {
    assert.strictEqual(isolate(`قال${PDI} abc`), rtl('قال abc'));
    assert.strictEqual(isolate(`abc${PDF}${PDI}`), ltr('abc'));
  });

  it('closes embeddings left open when an isolate of the text closes', () => {
    assert.strictEqual(balanceBidi(`${LRI}a${LRE}b${PDI}c`), `${LRI}a${LRE}b${PDF}${PDI}c`);
  });

  const piece = fc.constantFrom(
    'قال', 'فبراير/شباط', '2024', '7-8', '«واع».', 'BBC', 'CNN:', ' ', ' ', '\n', '\r\n', '٣', 'ً', '،', '$(', '](', '\u200f', '\u200e',
    '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069',
  );
  const userText = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

  it('property: every scope is closed, in order, within its line', () => {
    fc.assert(fc.property(userText, (t) => balanced(isolate(t))), { numRuns: 2000 });
  });

  it('property: only directional controls change; without them the text is what was given', () => {
    fc.assert(fc.property(userText, (t) => withoutBidiControls(isolate(t)) === withoutBidiControls(t)), { numRuns: 2000 });
  });

  it('property: text without controls comes back whole once the added isolates are stripped', () => {
    const plain = userText.map(withoutBidiControls);
    fc.assert(fc.property(plain, (t) => withoutBidiControls(isolate(t)) === t), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }).map(withoutBidiControls), (t) => withoutBidiControls(isolate(t)) === t));
  });
});

describe('user text for display', () => {
  it('labels: isolated, and no icons', () => {
    assert.strictEqual(labelText('$(alert) قال مسؤول'), rtl('$\u200d(alert) قال مسؤول'));
  });

  it('messages: isolated, no icons, no links', () => {
    const out = messageText('«[اضغط](command:workbench.action.quit)»');
    assert.ok(!out.includes(']('));
    assert.strictEqual(out.replace(/\u200d/g, ''), rtl('«[اضغط](command:workbench.action.quit)»'));
  });

  it('Markdown: isolated and escaped, line by line', () => {
    assert.strictEqual(markdownText('**قال**\nBBC'), `${rtl('\\*\\*قال\\*\\*')}  \nBBC`);
  });

  it('a quote keeps its guillemets inside its isolate', () => {
    assert.strictEqual(labelText(quoted('يحيى رسول')), rtl('«يحيى رسول»'));
    assert.strictEqual(quoted('قال مسؤول في البيان الصادر اليوم', 10), '«قال مسؤول…»');
  });
});

describe('hover command links', () => {
  const ref = { uri: 'file:///tmp/%D8%AE%D8%A8%D8%B1%20(1).txt', id: 'a1b2c3' };

  it('builds an escaped link whose arguments survive the two decodings VS Code applies', () => {
    const link = commandLink('hamish.editNote', [ref], 'Edit [note]', 'Edit "the" note');
    const m = /^\[(.*)\]\(command:([\w.]+)\?([^ ()]+) "(.*)"\)$/.exec(link);
    assert.ok(m, link);
    assert.strictEqual(m[1], 'Edit \\[note\\]');
    assert.strictEqual(m[2], 'hamish.editNote');
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(decodeURIComponent(m[3]!))), [ref]);
    assert.strictEqual(m[4], 'Edit \\"the\\" note');
  });

  it('encodes parentheses so the Markdown destination cannot end early', () => {
    assert.ok(!/[()]/.test(encodeCommandArgs([ref])));
  });
});
