// Child process of scripts/bench.mjs: loads dist/extension.js with a fake
// `vscode` module (see fake-vscode.mjs), calls activate() with a sample draft
// already open, and prints JSON timings up to the first diagnostics set for it.
// Usage: node scripts/bench/activation-child.mjs REPO_ROOT DRAFT_PATH
// An approximation: the real extension host adds its own IPC and scheduling.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createFakeVscode, fakeContext, fakeDocument } from './fake-vscode.mjs';

const [root, draftPath] = process.argv.slice(2).map((p) => resolve(p));
const TIMEOUT_MS = 3000;
const text = readFileSync(draftPath, 'utf8');
const document = fakeDocument(draftPath, text, 'plaintext');

let resolveFirst;
const first = new Promise((r) => (resolveFirst = r));
const sets = [];
const { vscode } = createFakeVscode({
  documents: [document],
  onDiagnostics: (uri, diagnostics) => {
    if (String(uri) !== String(document.uri)) return;
    const at = performance.now();
    sets.push({ at, count: diagnostics.length });
    resolveFirst({ at, count: diagnostics.length });
  },
});

const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscode;
  return originalLoad.call(this, request, parent, isMain);
};

const result = { ok: false };
try {
  const require = createRequire(join(root, 'package.json'));
  const t0 = performance.now();
  const extension = require(join(root, 'dist/extension.js'));
  const t1 = performance.now();
  const context = fakeContext(root);
  const activated = extension.activate(context);
  if (activated && typeof activated.then === 'function') await activated;
  const t2 = performance.now();
  const timeout = new Promise((r) => setTimeout(() => r(null), TIMEOUT_MS));
  const firstSet = await Promise.race([first, timeout]);
  Object.assign(result, {
    ok: firstSet !== null,
    loadMs: t1 - t0,
    activateMs: t2 - t1,
    firstDiagnosticsMs: firstSet ? firstSet.at - t0 : null,
    firstDiagnosticsAfterActivateMs: firstSet ? firstSet.at - t1 : null,
    diagnostics: firstSet ? firstSet.count : null,
    error: firstSet ? undefined : `no diagnostics set for the draft within ${TIMEOUT_MS} ms of activate()`,
  });
  // Let a second set (e.g. after a debounce) land if it is quick, for the record.
  await new Promise((r) => setTimeout(r, 50));
  result.diagnosticSets = sets.length;
  result.lastDiagnostics = sets.length ? sets[sets.length - 1].count : null;
  try {
    await extension.deactivate?.();
    for (const d of context.subscriptions) d?.dispose?.();
  } catch {
    // deactivation is not measured
  }
} catch (error) {
  result.error = String(error?.stack ?? error);
}
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(0);
