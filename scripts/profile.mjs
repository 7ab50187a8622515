#!/usr/bin/env node
// Per-detector timing of the engine (dist/engine.js; run `npm run build` first).
// CPU time (process.cpuUsage: user + system) and medians over many runs, so a
// loaded machine distorts the figures less than wall-clock time would.
//
// Usage: node scripts/profile.mjs [--runs N] [--long] [--incremental] [--engine PATH]
//   default        the two sample drafts: quote extraction and each detector
//                  alone, the full check(), and createChecker().check on an
//                  unchanged text and after a one-word edit
//   --long         the same for a generated 100k-word draft (fewer runs)
//   --incremental  re-check of the 100k-word draft after one-word edits, with
//                  createChecker (or check() when the engine has none)
//   --engine PATH  measure another build of the engine (e.g. an older checkout)
// The 100k-word draft is generated at run time from the news-dev articles
// (../shared/corpus/news-dev) or the samples, as scripts/bench.mjs does.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editOneWord, makeLongDraft, seededRandom } from './bench/generate.mjs';
import { generatorSources, loadSources } from './bench/sources.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const arg = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const engine = require(resolve(arg('--engine') ?? resolve(root, 'dist/engine.js')));
const RUNS = Number(arg('--runs') ?? 200);

function cpuMs(fn) {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
function measure(fn, runs) {
  for (let i = 0; i < Math.min(10, runs); i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) times.push(cpuMs(fn));
  return median(times);
}
const fmt = (ms) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1)).padStart(9) + ' ms';
const words = (text) => (text.match(/\S+/g) ?? []).length;

function perDetector(name, text, runs) {
  console.log(`${name} (${words(text)} words), median CPU time of ${runs} runs`);
  // Each detector on a fresh reading of the draft, as check() gives it (quote extraction is cached per draft).
  const context = () => {
    const draft = engine.readDraft(text);
    return { draft, quotes: engine.extractQuotes(draft), options: {}, enabled: () => true };
  };
  console.log(`  readDraft          ${fmt(measure(() => engine.readDraft(text), runs))}`);
  console.log(`  extractQuotes      ${fmt(measure(() => engine.extractQuotes(engine.readDraft(text)), runs))}`);
  for (const d of engine.DETECTORS) {
    const contexts = [];
    const times = [];
    for (let i = 0; i < runs + 5; i++) contexts.push(context());
    for (let i = 0; i < runs + 5; i++) {
      const t = cpuMs(() => d.run(contexts[i]));
      if (i >= 5) times.push(t);
    }
    console.log(`  ${d.name.padEnd(18)} ${fmt(median(times))}`);
  }
  console.log(`  check()            ${fmt(measure(() => engine.check(text), runs))}`);
  if (typeof engine.createChecker === 'function') {
    const c = engine.createChecker();
    console.log(`  checker, same text ${fmt(measure(() => c.check(text, {}), runs))}`);
    const random = seededRandom(9);
    let current = text;
    const edited = () => {
      current = editOneWord(current, random).text;
      c.check(current, {});
    };
    console.log(`  checker, 1 edit    ${fmt(measure(edited, runs))}`);
  }
}

const sources = loadSources(root);
for (const s of sources.samples) perDetector(s.name, s.text, RUNS);
if (args.includes('--long') || args.includes('--incremental')) {
  const long = makeLongDraft(generatorSources(sources), 100_000, { seed: 9 });
  if (args.includes('--long')) perDetector('generated 100k', long, 5);
  if (args.includes('--incremental')) {
    const random = seededRandom(9);
    const incremental = typeof engine.createChecker === 'function';
    const c = incremental ? engine.createChecker() : { check: (t, o) => engine.check(t, o) };
    let text = long;
    const first = cpuMs(() => c.check(text, {}));
    const times = [];
    for (let i = 0; i < 30; i++) {
      text = editOneWord(text, random).text;
      times.push(cpuMs(() => c.check(text, {})));
    }
    console.log(`100k words (${words(long)}), ${incremental ? 'createChecker().check' : 'check() (no createChecker)'}:`);
    console.log(`  first check        ${fmt(first)}`);
    console.log(`  after a 1-word edit: median ${fmt(median(times))}, max ${fmt(Math.max(...times))} (30 edits)`);
  }
}
