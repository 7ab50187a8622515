#!/usr/bin/env node
// `npm run demo`: Copydesk at work on the two sample drafts.
//   - with a desktop VS Code installed (`code`, or VSCODE_EXECUTABLE): opens the samples in it with Copydesk loaded;
//   - otherwise: serves VS Code with code-server on localhost, Copydesk installed from a fresh .vsix, and prints the
//     address to open in a browser; runs until Ctrl-C.
// `npm run demo -- --cli`: prints the command line's report and the quote sheet instead (no server); so does a machine
// that lacks what code-server needs, saying what to install.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, codeServerCli, ensureCodeServer, missingPrerequisites, startCodeServer } from './integration/codeserver.mjs';
import { packageVsix } from './integration/package.mjs';

const SAMPLES = ['samples/us-russia-spat.txt', 'samples/tillerson-putin-scraped.txt'];

function cli() {
  const show = (args) => {
    console.log(`\n$ node dist/cli.js ${args.join(' ')}`);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, stdio: 'inherit', timeout: 60_000 });
    if (r.error) throw r.error;
    return r.status;
  };
  show(['check', 'samples']);
  show(['quotes', 'samples/us-russia-spat.txt']);
  // `check` exits 1 when it finds errors: that is the report, not a failure of the demo.
  return 0;
}

function desktopCode() {
  if (process.env.VSCODE_EXECUTABLE && existsSync(process.env.VSCODE_EXECUTABLE)) return process.env.VSCODE_EXECUTABLE;
  const r = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

async function server() {
  await ensureCodeServer();
  const base = mkdtempSync(join(tmpdir(), 'copydesk-demo-'));
  const folder = join(base, 'drafts');
  cpSync(join(ROOT, 'samples'), folder, { recursive: true });
  const vsix = await packageVsix();
  const extensionsDir = join(base, 'extensions');
  const r = codeServerCli(['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', join(base, 'user')]);
  if (r.status !== 0) throw new Error(`installing the .vsix failed:\n${r.output}`);
  const cs = await startCodeServer({ folder, userDataDir: join(base, 'user'), extensionsDir });
  const stop = async () => {
    await cs.stop();
    rmSync(base, { recursive: true, force: true });
  };
  const url = `${cs.url}?folder=${encodeURIComponent(folder)}`;
  console.log('\nCopydesk demo: VS Code (code-server) with Copydesk installed, on a copy of the sample drafts.');
  console.log(`\n  Open ${url}\n`);
  console.log('  Then open us-russia-spat.txt or tillerson-putin-scraped.txt in the Explorer: squiggles, quick fixes (Ctrl+.),');
  console.log('  and the "Quotes" view in the Explorer. Press Ctrl-C here to stop the server.\n');
  await new Promise((resolve) => {
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(s, resolve);
  });
  console.log('stopping…');
  await stop();
}

function desktop(code) {
  console.log(`Opening the sample drafts in ${code} with Copydesk loaded from ${ROOT}`);
  const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${ROOT}`, ...SAMPLES.map((s) => join(ROOT, s))], {
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 0)));
}

try {
  if (!existsSync(join(ROOT, 'dist/cli.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (process.argv.includes('--cli')) process.exitCode = cli();
  else {
    const code = process.argv.includes('--server') ? null : desktopCode();
    // The demo's server needs no browser of its own (you open the address in yours).
    const missing = missingPrerequisites().filter((m) => !m.startsWith('Chromium'));
    if (code) process.exitCode = await desktop(code);
    else if (missing.length === 0) await server();
    else {
      process.exitCode = cli();
      console.log(`\nThis was the command line. To see Copydesk in VS Code on this machine (no desktop VS Code found),`);
      console.log(`install what the local code-server needs, then run \`npm run demo\` again:\n  - ${missing.join('\n  - ')}`);
    }
  }
} catch (e) {
  console.error(`demo: ${e.message}`);
  process.exitCode = 1;
}
