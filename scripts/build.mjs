// Bundles the three products with esbuild: the extension (CommonJS, `vscode`
// external), the command line and the engine library. retext and its plugins
// are ESM-only; bundling turns them into CommonJS the extension host can load.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { NODE_TARGET } from './node-target.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: NODE_TARGET,
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  define: { COPYDESK_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The worker thread that checks long drafts off the extension host's main thread.
  { ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' },
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/engine/index.ts'], outfile: 'dist/engine.js' },
  // Web page → article, loaded by the extension on first use only (it is most of a megabyte).
  { ...common, entryPoints: ['src/engine/extract/index.ts'], outfile: 'dist/extract.js' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('esbuild: watching src/ …');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
