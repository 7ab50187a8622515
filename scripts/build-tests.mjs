// Bundles the unit tests (test/unit/**/*.test.ts) to out/test/unit/ so mocha
// runs them in plain Node. The ESM-only retext packages are bundled in, as in
// the products, so the tests exercise the same code that ships.
// `node scripts/build-tests.mjs AREA` rebuilds only test/unit/AREA.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_TARGET } from './node-target.mjs';

function find(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? find(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : []));
}

const area = process.argv[2];
const root = area ? join('test/unit', area) : 'test/unit';
const entryPoints = find(root, /\.test\.ts$/);
if (entryPoints.length === 0) {
  console.error(`build-tests: no *.test.ts files under ${root}`);
  process.exit(1);
}
rmSync(join('out', root), { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outbase: 'test',
  outdir: 'out/test',
  bundle: true,
  platform: 'node',
  target: NODE_TARGET,
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  define: { COPYDESK_VERSION: '"test"' },
  logLevel: 'warning',
});
