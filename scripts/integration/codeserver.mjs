// A real VS Code without internet: code-server from npm (installed once into
// .cache/code-server, following docs in ../shared/notes/vscode-offline.md) and
// Debian's Chromium driven by playwright-core. Used by the integration runner,
// the demo and the screenshot script.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, symlinkSync, lstatSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.99.4';
export const CACHE = join(ROOT, '.cache', 'code-server');
const MARKER = join(CACHE, `.installed-${CODE_SERVER_VERSION}`);
const LOCK = join(ROOT, '.cache', 'code-server.lock');
export const ENTRY = join(CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const INSTALL_STEP_TIMEOUT_MS = 15 * 60_000;

function log(message) {
  console.log(`[code-server] ${message}`);
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** What is missing on this machine for the code-server runner (empty when it can run). */
export function missingPrerequisites() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}): apt-get install -y chromium`);
  if (!which('rg')) missing.push('ripgrep (rg): apt-get install -y ripgrep');
  if (!existsSync(MARKER) && !which('krb5-config')) missing.push('Kerberos headers (krb5-config): apt-get install -y libkrb5-dev');
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) missing.push(`Node 20 (code-server@${CODE_SERVER_VERSION} needs it; this is ${process.version})`);
  return missing;
}

function run(cmd, args, cwd, env = {}) {
  log(`$ ${[cmd, ...args].join(' ')}   (in ${cwd.replace(ROOT + '/', '')})`);
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', ...env },
    timeout: INSTALL_STEP_TIMEOUT_MS,
  });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** An exclusive lock (a directory holding the owner's pid); a dead owner's lock is taken over. */
async function withLock(fn) {
  mkdirSync(dirname(LOCK), { recursive: true });
  const deadline = Date.now() + INSTALL_STEP_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let owner = 0;
      try {
        owner = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
      } catch {}
      if (owner && !pidAlive(owner)) {
        log(`taking over a stale install lock of process ${owner}`);
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the install lock ${LOCK}`, { cause: e });
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function link(target, path) {
  try {
    lstatSync(path);
    rmSync(path, { recursive: true, force: true });
  } catch {}
  symlinkSync(target, path);
}

/**
 * Installs code-server into .cache/code-server unless a completed install is
 * there (the marker file is written last, so an interrupted install is redone).
 */
export async function ensureCodeServer() {
  if (existsSync(MARKER) && existsSync(ENTRY)) return ENTRY;
  const missing = missingPrerequisites();
  if (missing.length) throw new Error(`cannot install code-server; missing:\n  - ${missing.join('\n  - ')}`);
  return withLock(async () => {
    if (existsSync(MARKER) && existsSync(ENTRY)) return ENTRY;
    log(`installing code-server@${CODE_SERVER_VERSION} into ${CACHE} (first use only; a few minutes)`);
    const started = Date.now();
    rmSync(CACHE, { recursive: true, force: true });
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(join(CACHE, 'package.json'), JSON.stringify({ name: 'copydesk-code-server-cache', private: true }, null, 2));
    run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], CACHE);
    run('npm', ['rebuild', 'argon2'], CACHE);
    const vscodeDir = join(CACHE, 'node_modules', 'code-server', 'lib', 'vscode');
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], vscodeDir);
    const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgBin, { recursive: true });
    link(which('rg'), join(rgBin, 'rg'));
    run('npm', ['rebuild'], vscodeDir);
    link('node_modules', join(vscodeDir, 'node_modules.asar'));
    link('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
    link('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
    run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], join(vscodeDir, 'extensions'));
    writeFileSync(MARKER, new Date().toISOString() + '\n');
    log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
    return ENTRY;
  });
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Kills a detached child's whole process group. */
function killGroup(child, signal = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {}
  }
}

async function waitForPort(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs / 1000} s`);
}

/** Runs code-server's own command line (e.g. --install-extension) to completion. */
export function codeServerCli(args, { timeoutMs = 120_000 } = {}) {
  const r = spawnSync(process.execPath, [ENTRY, ...args], { encoding: 'utf8', timeout: timeoutMs });
  if (r.error) throw new Error(`code-server ${args.join(' ')}: ${r.error.message}`);
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/**
 * Starts code-server on a free loopback port for `folder`. Returns
 * { port, url, stop }. `stop()` is idempotent and also runs on process exit.
 */
export async function startCodeServer({ folder, userDataDir, extensionsDir, quiet = true, startTimeoutMs = 60_000 }) {
  const port = await freePort();
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      ENTRY,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      folder,
    ],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = [];
  const keep = (chunk) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 200) output.shift();
    if (!quiet) process.stdout.write(text);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const onExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', onExit);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForPort(port, child, startTimeoutMs);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n--- code-server output ---\n${output.join('')}`, { cause: e });
  }
  return { port, url: `http://127.0.0.1:${port}/`, stop, output };
}

/** Launches Debian's Chromium through playwright-core. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const remoteUri = (port, path) => `vscode-remote://127.0.0.1:${port}${path}`;

/** The workbench URL for a folder, with an optional test/development payload. */
export function workbenchUrl(port, folder, payload) {
  let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
