// Grammar and style findings on a folder of texts, per 10,000 words by rule,
// and every finding at warning severity or above with its sentence.
//   npm run eval:grammar -- DIR [--all]
// When DIR holds `*.article.txt` files (the news-dev corpus), only those are
// read unless --all is given; otherwise every `*.txt` file is.
// Also prints the grammar detector's own time per 1,000 words, re-checking an
// unchanged text and with every paragraph new.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const engine = require('../dist/engine.js');

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: node scripts/eval-grammar.mjs DIR [--all]');
  process.exit(2);
}
const all = args.includes('--all');
let files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
if (!all && files.some((f) => f.endsWith('.article.txt'))) files = files.filter((f) => f.endsWith('.article.txt'));

const RANK = { error: 0, warning: 1, information: 2, hint: 3 };
const grammarDetector = engine.DETECTORS.find((d) => d.name === 'grammar');
const ruleIds = grammarDetector.rules.map((r) => r.id);

function sentenceAround(text, start, end) {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return text.slice(a, b).trim().replace(/\s+/g, ' ');
}

let words = 0;
const counts = new Map(ruleIds.map((r) => [r, 0]));
const serious = [];
let grammarMs = 0;
let grammarColdMs = 0;
let coldRun = 0;
for (const name of files) {
  const text = readFileSync(join(dir, name), 'utf8');
  words += (text.match(/\S+/g) ?? []).length;
  const result = engine.check(text);
  for (const f of result.findings) {
    if (!counts.has(f.rule)) continue;
    counts.set(f.rule, counts.get(f.rule) + 1);
    if (RANK[f.severity] <= RANK.warning) serious.push({ name, f, text });
  }
  for (const e of result.errors) console.error(`${name}: detector ${e.detector} threw: ${e.message.split('\n')[0]}`);
  // Time the grammar detector alone, warm.
  const ctx = { draft: engine.readDraft(text), quotes: result.quotes, options: {}, enabled: () => true };
  grammarDetector.run(ctx);
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    grammarDetector.run(ctx);
    best = Math.min(best, performance.now() - t0);
  }
  grammarMs += best;
  // Cold: every paragraph new to the detector's parse cache (a marker word is
  // put before each paragraph, different on every run).
  let bestCold = Infinity;
  for (let i = 0; i < 3; i++) {
    const marked = text.replace(/(^|\n\s*\n)(?=\S)/g, (m) => `${m}Zq${coldRun++} `);
    const coldCtx = { ...ctx, draft: engine.readDraft(marked) };
    const t0 = performance.now();
    grammarDetector.run(coldCtx);
    bestCold = Math.min(bestCold, performance.now() - t0);
  }
  grammarColdMs += bestCold;
}

const per10k = (n) => ((n * 10000) / Math.max(words, 1)).toFixed(2);
console.log(`${files.length} files, ${words} words`);
console.log('findings per 10,000 words by rule (all severities):');
let total = 0;
for (const [rule, n] of counts) {
  total += n;
  console.log(`  ${rule.padEnd(30)} ${String(n).padStart(4)}  ${per10k(n)}`);
}
console.log(`  ${'all grammar + style'.padEnd(30)} ${String(total).padStart(4)}  ${per10k(total)}`);
console.log(`warning or above: ${serious.length} (${per10k(serious.length)} per 10,000 words)`);
for (const { name, f, text } of serious) {
  console.log(`- ${name} ${f.rule} [${f.severity}] "${text.slice(f.start, f.end)}": ${f.message}`);
  console.log(`    ${sentenceAround(text, f.start, f.end)}`);
}
const per1k = (ms) => ((ms * 1000) / Math.max(words, 1)).toFixed(3);
console.log(
  `grammar detector time per 1,000 words: ${per1k(grammarMs)} ms re-checking an unchanged text (paragraph parse cache hit), ${per1k(grammarColdMs)} ms with every paragraph new (best of runs per file, summed)`,
);
