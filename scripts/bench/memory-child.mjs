// Child process of scripts/bench.mjs: peak memory of checking a long draft, in
// a fresh process that loads only the engine and the draft.
// Usage: node scripts/bench/memory-child.mjs REPO_ROOT DRAFT_FILE RUNS [EDITS SEED]
// (the parent writes the generated draft to a temporary file outside the project).
// RUNS checks of the draft with check(); or, with EDITS, an editing session
// as the extension runs one for a long draft: in a worker thread with the
// extension's heap limits, one createChecker() checks the draft, then EDITS
// one-word edits of it (./memory-session.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { countWords } from './stats.mjs';

const [rootArg, draftFile, runsArg, editsArg, seedArg] = process.argv.slice(2);
const root = resolve(rootArg);
const runs = Math.max(1, Number(runsArg) || 1);
const edits = Math.max(0, Number(editsArg) || 0);
const MB = 1024 * 1024;
const requireFromRoot = createRequire(join(root, 'package.json'));
const text = readFileSync(draftFile, 'utf8');
/**
 * Peak resident memory of this process, in bytes. On Linux from VmHWM in
 * /proc/self/status: getrusage's maxRSS also counts the address space before
 * exec, a copy of the parent's (the benchmark, holding every other tool), so
 * it would report the parent's size. Elsewhere getrusage's figure.
 */
function peakRss() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

const before = { heapUsed: process.memoryUsage().heapUsed, maxRSS: peakRss() };
let heapUsedPeak = 0;
let findings = 0;
const words = countWords(text);
const characters = text.length;
let workerLimits = null;
if (edits > 0) {
  // The session runs in a worker thread started with the extension's heap
  // limits (what dist/worker.js exports), as the extension checks long drafts.
  // The edits are made in the worker itself: results posted back to a main
  // thread are that thread's garbage, not the engine's. This thread loads the
  // engine once (dist/worker.js bundles it), as the extension host does, and
  // not dist/engine.js besides: a second copy the extension never loads.
  workerLimits = requireFromRoot(join(root, 'dist/worker.js')).WORKER_RESOURCE_LIMITS ?? null;
  const worker = new Worker(new URL('./memory-session.mjs', import.meta.url), {
    workerData: { root, text, edits, seed: Number(seedArg) || 9 },
    ...(workerLimits ? { resourceLimits: workerLimits } : {}),
  });
  const reply = await new Promise((resolve, reject) => {
    worker.on('message', resolve);
    worker.on('error', reject);
  });
  findings = reply.findings;
  heapUsedPeak = reply.heapUsedPeak;
  await worker.terminate();
} else {
  const engine = requireFromRoot(join(root, 'dist/engine.js'));
  for (let i = 0; i < runs; i++) {
    const result = engine.check(text);
    findings = result.findings.length;
    heapUsedPeak = Math.max(heapUsedPeak, process.memoryUsage().heapUsed);
  }
}
process.stdout.write(
  JSON.stringify({
    words,
    characters,
    runs: edits > 0 ? 1 : runs,
    edits,
    workerLimits,
    findings,
    maxRssMB: peakRss() / MB,
    maxRssBeforeCheckMB: before.maxRSS / MB,
    heapUsedBeforeCheckMB: before.heapUsed / MB,
    heapUsedAfterCheckMB: heapUsedPeak / MB,
  }) + '\n',
);
