import * as assert from 'assert';
import { inertMessage, noIcons } from '../../src/editor/plainText';

describe('user text outside Markdown', () => {
  it('cannot become an icon in a quick pick or the status bar', () => {
    const out = noIcons('$(alert) قال $(x)');
    assert.ok(!out.includes('$('));
    assert.strictEqual(out.replace(/\u200d/g, ''), '$(alert) قال $(x)');
  });

  it('cannot become a link or an icon in a notification', () => {
    const out = inertMessage('«[اضغط](command:workbench.action.quit)» $(alert)');
    assert.ok(!out.includes(']('));
    assert.ok(!out.includes('$('));
    assert.strictEqual(out.replace(/\u200d/g, ''), '«[اضغط](command:workbench.action.quit)» $(alert)');
  });
});
