// Bundles the viewer (src/main.js and the npm packages it imports) into one minified script
// that CMake embeds in newsgraph and the page holds inline, and writes OUT.js.csp: the
// script's hash for the page's Content-Security-Policy, so that the browser runs this script
// and no other inline one, even if some text ever slipped out of the data element.
// Usage: node view/build.mjs OUT.js
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUT.js');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [join(here, 'src', 'main.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'inline',
  logLevel: 'warning',
  outfile: out + '.tmp',
});
// The script sits inside <script>...</script>: it must never contain the end tag itself.
const script = readFileSync(out + '.tmp');
if (/<\/script/i.test(script.toString('utf8'))) {
  console.error(`${out}: the bundle contains "</script": it cannot be inlined`);
  process.exit(1);
}
writeFileSync(out + '.csp', `'sha256-${createHash('sha256').update(script).digest('base64')}'`);
renameSync(out + '.tmp', out);
