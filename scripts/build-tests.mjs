// Bundles each unit test file (test/unit/**/*.test.ts) to out/test/ so mocha
// runs them in plain Node. The ESM-only retext packages are bundled in, as in
// the products, so the tests exercise the same code that ships.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function find(dir, pattern) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
  );
}

rmSync('out/test', { recursive: true, force: true });
await esbuild.build({
  entryPoints: find('test/unit', /\.test\.ts$/),
  outbase: 'test',
  outdir: 'out/test',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  define: { COPYDESK_VERSION: '"test"' },
  logLevel: 'warning',
});
