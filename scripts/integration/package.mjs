#!/usr/bin/env node
// `npm run package`: a production build, then `vsce package --no-dependencies`
// (the bundle is self-contained); prints the .vsix's size and its file list.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './codeserver.mjs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

export async function packageVsix() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vsix = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  run(process.execPath, ['scripts/build.mjs', '--production']);
  run(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix]);
  const size = statSync(vsix).size;
  console.log(`[package] ${vsix.replace(ROOT + '/', '')}: ${size} bytes (${(size / 1024).toFixed(1)} KiB)`);
  // The production build has no source maps; rebuild the development bundle so
  // later test runs keep their maps.
  run(process.execPath, ['scripts/build.mjs']);
  return vsix;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await packageVsix();
  } catch (e) {
    console.error(`[package] FAILED: ${e.message}`);
    process.exit(1);
  }
}
