// Child process of scripts/bench.mjs: peak memory of checking a long draft, in
// a fresh process that loads only the engine and the draft.
// Usage: node scripts/bench/memory-child.mjs REPO_ROOT DRAFT_FILE RUNS
// (the parent writes the generated draft to a temporary file outside the project).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { countWords } from './stats.mjs';

const [rootArg, draftFile, runsArg] = process.argv.slice(2);
const root = resolve(rootArg);
const runs = Math.max(1, Number(runsArg) || 1);
const MB = 1024 * 1024;
const engine = createRequire(join(root, 'package.json'))(join(root, 'dist/engine.js'));
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
for (let i = 0; i < runs; i++) {
  const result = engine.check(text);
  findings = result.findings.length;
  heapUsedPeak = Math.max(heapUsedPeak, process.memoryUsage().heapUsed);
}
process.stdout.write(
  JSON.stringify({
    words: countWords(text),
    characters: text.length,
    runs,
    findings,
    maxRssMB: peakRss() / MB,
    maxRssBeforeCheckMB: before.maxRSS / MB,
    heapUsedBeforeCheckMB: before.heapUsed / MB,
    heapUsedAfterCheckMB: heapUsedPeak / MB,
  }) + '\n',
);
