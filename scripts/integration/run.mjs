#!/usr/bin/env node
// Runs the integration suite inside a real VS Code.
//
//   node scripts/integration/run.mjs            the suite (test/integration/suite)
//   node scripts/integration/run.mjs --vsix     package the .vsix, install it into code-server, run test/integration/vsix
//   --runner auto|electron|code-server          (or COPYDESK_VSCODE_RUNNER) which VS Code to use; default auto:
//       1. desktop VS Code through @vscode/test-electron when VSCODE_EXECUTABLE is set or `code` is installed,
//          or when VS Code can be downloaded;
//       2. otherwise code-server from npm (installed once into .cache/code-server) driven by Debian's Chromium.
//   Fails loudly, never skips, when neither can run.
//
// Environment: COPYDESK_TEST_GREP (mocha grep), COPYDESK_INTEGRATION_TIMEOUT_MS (whole run, default 15 min).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { format } from 'node:util';
import { join } from 'node:path';
import { startBrowserBridge } from './browser-bridge.mjs';
import { buildIntegrationTests } from './build.mjs';
import { ROOT, codeServerCli, ensureCodeServer, launchBrowser, missingPrerequisites, remoteUri, startCodeServer, workbenchUrl } from './codeserver.mjs';
import { packageVsix } from './package.mjs';

const argv = process.argv.slice(2);
const vsixMode = argv.includes('--vsix');
const runnerArg = argv.includes('--runner') ? argv[argv.indexOf('--runner') + 1] : process.env.COPYDESK_VSCODE_RUNNER || 'auto';
const RUN_TIMEOUT_MS = Number(process.env.COPYDESK_INTEGRATION_TIMEOUT_MS) || 15 * 60_000;

function say(message) {
  console.log(`[integration] ${message}`);
}

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (e) {
      console.error(`[integration] cleanup: ${e.message}`);
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    say(`${signal}: stopping`);
    await cleanup();
    process.exit(130);
  });
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** A desktop VS Code: VSCODE_EXECUTABLE, or the executable behind an installed `code`. */
function installedVSCode() {
  if (process.env.VSCODE_EXECUTABLE) {
    if (!existsSync(process.env.VSCODE_EXECUTABLE)) throw new Error(`VSCODE_EXECUTABLE=${process.env.VSCODE_EXECUTABLE} does not exist`);
    return process.env.VSCODE_EXECUTABLE;
  }
  const code = which('code');
  if (!code) return null;
  // `code` is a launcher script; the Electron binary sits two levels up (…/bin/code → …/code).
  const r = spawnSync('sh', ['-c', `readlink -f "${code}"`], { encoding: 'utf8' });
  const real = r.stdout.trim();
  const electron = join(real, '..', '..', 'code');
  return existsSync(electron) ? electron : null;
}

async function canDownloadVSCode() {
  try {
    const res = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
    return res.ok;
  } catch {
    return false;
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
    }),
  ]);
}

/** A scratch copy of the workspace fixture plus the sample drafts, so tests may edit and save. */
function makeWorkspace(base) {
  const ws = join(base, 'workspace');
  cpSync(join(ROOT, 'test/integration/workspace'), ws, { recursive: true });
  cpSync(join(ROOT, 'samples'), join(ws, 'samples'), { recursive: true });
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  mkdirSync(join(ws, 'scratch'), { recursive: true }); // fresh copies of fixtures for tests that edit
  return ws;
}

async function runElectron({ executable, testsIndex, workspace, base }) {
  const { runTests } = await import('@vscode/test-electron');
  say(executable ? `desktop VS Code at ${executable}` : 'desktop VS Code, downloaded by @vscode/test-electron');
  const code = await withTimeout(
    runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: 'stable' }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsIndex,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', join(base, 'user')],
      extensionTestsEnv: { ...process.env },
    }).then(
      () => 0,
      (e) => {
        console.error(`[integration] ${e?.message ?? e}`);
        return 1;
      },
    ),
    RUN_TIMEOUT_MS,
    'the VS Code test run',
  );
  return code;
}

async function runCodeServer({ testsIndex, developmentPath, workspace, base, extensionsDir }) {
  const missing = missingPrerequisites();
  if (missing.length) {
    throw new Error(`no VS Code available: neither a desktop VS Code (set VSCODE_EXECUTABLE) nor the code-server runner, which needs:\n  - ${missing.join('\n  - ')}`);
  }
  await ensureCodeServer();
  // The paste tests reach the browser's clipboard and keyboard through the bridge (its URL is inherited by the extension host).
  const bridge = await startBrowserBridge();
  cleanups.push(bridge.close);
  process.env.COPYDESK_BROWSER_BRIDGE = bridge.url;
  const server = await startCodeServer({ folder: workspace, userDataDir: join(base, 'user'), extensionsDir });
  cleanups.push(server.stop);
  say(`code-server listening on ${server.url}`);
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  bridge.setPage(page);
  let logged = 0;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    logged++;
    const line = format(...(Array.isArray(args) ? args : [args]));
    (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  });
  const exitCode = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
  page.on('pageerror', (e) => console.error(`[workbench] page error: ${e.message}`));
  page.on('crash', () => console.error('[workbench] the page crashed'));
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.port, developmentPath)],
    ['extensionTestsPath', remoteUri(server.port, testsIndex)],
    ['skipWelcome', 'true'],
  ];
  const started = Date.now();
  await page.goto(workbenchUrl(server.port, workspace, payload), { timeout: 60_000 });
  const code = await withTimeout(Promise.race([exitCode, new Promise((resolve) => page.once('crash', () => resolve(3)))]), RUN_TIMEOUT_MS, 'the code-server test run');
  say(`tests finished in ${Math.round((Date.now() - started) / 1000)} s with exit code ${code}`);
  if (logged === 0) say('warning: no output came from the extension host');
  return code;
}

async function main() {
  const started = Date.now();
  if (!existsSync(join(ROOT, 'dist/extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  const out = await buildIntegrationTests();
  const base = mkdtempSync(join(tmpdir(), 'copydesk-integration-'));
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  const workspace = makeWorkspace(base);

  if (vsixMode) {
    const vsix = await packageVsix();
    await ensureCodeServer();
    const extensionsDir = join(base, 'extensions');
    mkdirSync(extensionsDir, { recursive: true });
    say(`installing ${vsix} (${Math.round(statSync(vsix).size / 1024)} KiB) with code-server --install-extension`);
    const r = codeServerCli(['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', join(base, 'user')]);
    process.stdout.write(r.output);
    if (r.status !== 0) throw new Error(`code-server --install-extension exited with ${r.status}`);
    return runCodeServer({
      testsIndex: join(out, 'vsix/index.js'),
      developmentPath: join(out, 'vsix/host'),
      workspace,
      base,
      extensionsDir,
    }).finally(() => say(`.vsix run took ${Math.round((Date.now() - started) / 1000)} s`));
  }

  const testsIndex = join(out, 'index.js');
  let runner = runnerArg;
  let executable = null;
  if (runner === 'auto' || runner === 'electron') {
    executable = installedVSCode();
    if (executable) runner = 'electron';
    else if (runner === 'electron' || (await canDownloadVSCode())) runner = 'electron';
    else {
      say('no desktop VS Code installed and none can be downloaded here: using code-server');
      runner = 'code-server';
    }
  }
  const code =
    runner === 'electron'
      ? await runElectron({ executable, testsIndex, workspace, base })
      : await runCodeServer({ testsIndex, developmentPath: ROOT, workspace, base, extensionsDir: join(base, 'extensions') });
  say(`integration run took ${Math.round((Date.now() - started) / 1000)} s`);
  return code;
}

let exitCode;
try {
  exitCode = await main();
} catch (e) {
  console.error(`[integration] FAILED: ${e?.stack ?? e}`);
  exitCode = 1;
} finally {
  await cleanup();
}
if (exitCode !== 0) console.error(`[integration] exit code ${exitCode}`);
process.exit(exitCode);
