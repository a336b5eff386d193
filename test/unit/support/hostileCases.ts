/**
 * The large hostile inputs of the reliability probe, generated (megabytes are not
 * committed): shared by the unit tests and bench/validate.bench.ts.
 */
import type { Annotation } from '../../../src/core/model/annotation';
import { serializeSidecar } from '../../../src/core/sidecar/codec';
import { sampleSet } from './sampleSet';

export interface HostileCases {
  /** About 1 MB: a sidecar whose annotations are one flow list of a million commas. */
  millionCommas: string;
  /** The sample sidecar with an attribute of 100,000 nested flow lists (deeper than any parser's stack). */
  deepNesting: string;
  /** The sample sidecar with a `before` of 64,000 code points on its first annotation. */
  longBefore: string;
  /** A 32,000-code-point quote over a long text, and that text with three letters changed inside the quote. */
  longQuote: { annotation: Annotation; source: string };
}

export function hostileCases(seed: string): HostileCases {
  const sample = serializeSidecar(sampleSet(seed));
  const header = sample.slice(0, sample.indexOf('annotations:'));
  const millionCommas = `${header}annotations: [${','.repeat(1_000_000)}]\ncount: 0\n`;

  const deepNesting = sample.replace('    attrs: {}\n', `    attrs: {x: ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`);

  const long = 'قال المتحدث '.repeat(Math.ceil(64_000 / 12)).slice(0, 64_000 - 1) + ' ';
  const longBefore = sample.replace(/\n {4}before: "[^"\n]*"/, `\n    before: ${JSON.stringify(long)}`);

  let text = '';
  for (let i = 0; text.length < 100_000; i++) text += `${seed}\n[${i}]\n`; // numbered copies: no two alike
  const points = Array.from(text);
  const start = 1_000;
  const end = start + 32_000;
  const annotation: Annotation = {
    id: 'along', type: 'claim', start, end,
    text: points.slice(start, end).join(''),
    before: points.slice(start - 32, start).join(''),
    after: points.slice(end, end + 32).join(''),
    attrs: {}, links: {},
  };
  const at = 5_000; // inside the quote
  const source = points.slice(0, at).join('') + 'XYZ' + points.slice(at + 3).join('');
  return { millionCommas, deepNesting, longBefore, longQuote: { annotation, source } };
}
