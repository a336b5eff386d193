import * as esbuild from 'esbuild';
import * as zlib from 'node:zlib';
import { minify } from 'terser';
import { createRequire } from 'node:module';
import * as path from 'node:path';
const req = createRequire(import.meta.url);
const y = path.join(path.dirname(path.dirname(req.resolve('yaml'))), 'browser', 'index.js');
const z = (s) => zlib.deflateRawSync(Buffer.from(s), { level: 9 }).length;
async function size(stubRe) {
  const plugin = { name: 's', setup(b) { if (stubRe) b.onLoad({ filter: stubRe }, (a) => ({ contents: 'export {}; ' + [...require('fs').readFileSync(a.path,'utf8').matchAll(/export (?:function|const|class) (\w+)/g)].map(m=>`export const ${m[1]}=undefined;`).join(''), loader: 'ts' })); } };
  const r = await esbuild.build({ entryPoints: ['src/extension.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', charset: 'utf8', legalComments: 'none', minify: true, external: ['vscode'], alias: { yaml: y, '@noble/hashes/sha256': './src/node/nodeSha256.ts', '@noble/hashes/utils': './src/node/nodeSha256.ts' }, write: false, outfile: 'x.js', plugins: [plugin], logLevel: 'silent' });
  const t = await minify(r.outputFiles[0].text, { compress: { passes: 2 }, mangle: { toplevel: true } });
  return z(t.code);
}
import { createRequire as cr } from 'node:module'; const require = cr(import.meta.url);
const base = await size(null);
console.log('base', base);
for (const re of process.argv.slice(2)) console.log(re, base - await size(new RegExp(re)));
