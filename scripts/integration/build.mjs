// Bundles the integration suite (test/integration/**/*.ts) to out/test/integration.
// mocha and vscode stay external: the extension host provides `vscode`, and
// mocha is loaded from node_modules at run time.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_TARGET } from '../node-target.mjs';
import { ROOT } from './codeserver.mjs';

export async function buildIntegrationTests() {
  const src = join(ROOT, 'test/integration');
  const out = join(ROOT, 'out/test/integration');
  const entries = [join(src, 'index.ts'), join(src, 'vsix/index.ts')];
  for (const dir of ['suite', 'vsix']) {
    for (const f of readdirSync(join(src, dir))) if (f.endsWith('.test.ts')) entries.push(join(src, dir, f));
  }
  rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries,
    outbase: src,
    outdir: out,
    bundle: true,
    platform: 'node',
    target: NODE_TARGET,
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    define: { COPYDESK_VERSION: '"test"' },
    logLevel: 'warning',
  });
  cpSync(join(src, 'vsix/host'), join(out, 'vsix/host'), { recursive: true });
  if (!existsSync(join(out, 'index.js'))) throw new Error('integration build produced no index.js');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildIntegrationTests();
  console.log('built out/test/integration');
}
