// Grammar and style findings on a folder of texts, per 10,000 words by rule,
// and every finding at warning severity or above with its sentence (on a
// held-out page, only its rule: those pages are read through figures only).
//   npm run eval:grammar -- [DIR] [--all] [--slips [--seed N] [--copies N] [--list-tune-misses] [--show-misses]]
// DIR defaults to ../shared/corpus/news-dev. When DIR holds `*.article.txt`
// files (the news-dev corpus), only those are read unless --all is given;
// otherwise every `*.txt` file is.
// Also prints the grammar detector's own time per 1,000 words, re-checking an
// unchanged text and with every paragraph new, and the warning rate of tune
// pages and held-out pages apart (the corpus split below).
//
// --slips: recall on injected slips (scripts/grammar-slips.mjs). Each article
// gets up to --copies copies per kind (default 6), each with one slip; a slip
// is found when a grammar or style finding at any severity, not already on
// the clean text, overlaps it. Recall is printed by kind and variant for tune
// pages, held-out pages and all, beside the clean-copy warning rate. Then the
// held-aside confusions (eval/grammar/confusions.heldout.json, kept from the
// rules' author): only their count and recall, and how many of their correct
// sentences raise a finding; --show-misses lists the missed entries and those
// findings. --list-tune-misses lists the missed slips on tune pages (never
// held-out ones: those are looked at only through the figures).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { CORPUS_KINDS, injectConfusion, injectSlips } from './grammar-slips.mjs';
import { heldOut } from './eval-common.mjs';

const require = createRequire(import.meta.url);
const engine = require('../dist/engine.js');

const args = process.argv.slice(2);
const valueOf = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : fallback;
};
const flagValues = new Set(['--seed', '--copies'].map((f) => args.indexOf(f) + 1).filter((i) => i > 0));
const dir = args.find((a, i) => !a.startsWith('--') && !flagValues.has(i)) ?? (existsSync('../shared/corpus/news-dev') ? '../shared/corpus/news-dev' : undefined);
if (!dir) {
  console.error('usage: node scripts/eval-grammar.mjs DIR [--all] [--slips [--seed N] [--copies N] [--list-tune-misses] [--show-misses]]');
  process.exit(2);
}
const all = args.includes('--all');
const slipMode = args.includes('--slips');
const SEED = valueOf('--seed', 20261208);
const COPIES = valueOf('--copies', 6);
if (!Number.isInteger(SEED) || !Number.isInteger(COPIES) || COPIES < 1) {
  console.error('--seed and --copies take whole numbers (--copies at least 1)');
  process.exit(2);
}

/** The corpus split shared by every evaluation (eval-common.mjs), by the file's base name. */
function isHeldOut(file) {
  return heldOut(file.replace(/\.(?:article|draft)\.txt$|\.txt$/, ''));
}
if (!existsSync(dir)) {
  console.error(`eval-grammar: no folder ${dir}`);
  process.exit(2);
}
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
const partWords = { tune: 0, held: 0 };
const partWarnings = { tune: 0, held: 0 };
const counts = new Map(ruleIds.map((r) => [r, 0]));
const serious = [];
let grammarMs = 0;
let grammarColdMs = 0;
let coldRun = 0;
for (const name of files) {
  const text = readFileSync(join(dir, name), 'utf8');
  const part = isHeldOut(name) ? 'held' : 'tune';
  const n = (text.match(/\S+/g) ?? []).length;
  words += n;
  partWords[part] += n;
  const result = engine.check(text);
  for (const f of result.findings) {
    if (!counts.has(f.rule)) continue;
    counts.set(f.rule, counts.get(f.rule) + 1);
    if (RANK[f.severity] <= RANK.warning) {
      serious.push({ name, f, text });
      partWarnings[part]++;
    }
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
const rate = (part) => ((partWarnings[part] * 10000) / Math.max(partWords[part], 1)).toFixed(2);
console.log(
  `warning or above per 10,000 words: tune ${rate('tune')} (${partWarnings.tune} in ${partWords.tune} words), held out ${rate('held')} (${partWarnings.held} in ${partWords.held} words), all ${per10k(serious.length)}`,
);
for (const { name, f, text } of serious) {
  // Held-out pages are looked at only through the figures.
  if (isHeldOut(name)) {
    console.log(`- ${name} ${f.rule} [${f.severity}] (held-out page)`);
    continue;
  }
  console.log(`- ${name} ${f.rule} [${f.severity}] "${text.slice(f.start, f.end)}": ${f.message}`);
  console.log(`    ${sentenceAround(text, f.start, f.end)}`);
}
const per1k = (ms) => ((ms * 1000) / Math.max(words, 1)).toFixed(3);
console.log(
  `grammar detector time per 1,000 words: ${per1k(grammarMs)} ms re-checking an unchanged text (paragraph parse cache hit), ${per1k(grammarColdMs)} ms with every paragraph new (best of runs per file, summed)`,
);

/** Whether a finding of the slipped copy was already on the clean text (moved by the insertion). */
function preexisting(f, slip, cleanKeys) {
  const after = slip.at + slip.inserted;
  if (f.end <= slip.at) return cleanKeys.has(`${f.rule}:${f.start}:${f.end}`);
  if (f.start >= after) return cleanKeys.has(`${f.rule}:${f.start - slip.inserted}:${f.end - slip.inserted}`);
  return false;
}

const isGrammar = (f) => f.category === 'grammar' || f.category === 'style';
const overlapping = (findings, slip) => findings.filter((f) => isGrammar(f) && f.start < slip.end && f.end > slip.start);
const pct = (found, n) => (n === 0 ? '    -' : `${((found * 100) / n).toFixed(1).padStart(5)}%`);
const cell = (t) => (t ? `${pct(t.found, t.n)} ${`${t.found}/${t.n}`.padStart(9)}` : `${'-'.padStart(6)} ${''.padStart(9)}`).padEnd(18);

function evaluateSlips() {
  const tally = new Map(); // "kind" or "kind / variant" -> {tune, held, all: {found, n}}
  const count = (key, part, found) => {
    if (!tally.has(key)) tally.set(key, {});
    const row = tally.get(key);
    for (const p of [part, 'all']) {
      row[p] ??= { found: 0, n: 0 };
      row[p].n++;
      if (found) row[p].found++;
    }
  };
  const without = new Map(CORPUS_KINDS.map((k) => [k, { tune: 0, held: 0 }]));
  const tuneMisses = [];
  for (const name of files) {
    const part = isHeldOut(name) ? 'held' : 'tune';
    const text = readFileSync(join(dir, name), 'utf8');
    const clean = engine.check(text);
    const cleanKeys = new Set(clean.findings.map((f) => `${f.rule}:${f.start}:${f.end}`));
    for (const kind of CORPUS_KINDS) {
      const slips = injectSlips(text, kind, { seed: SEED, name, copies: COPIES, quotes: clean.quotes });
      if (slips.length === 0) without.get(kind)[part]++;
      for (const slip of slips) {
        const hits = overlapping(engine.check(slip.text).findings, slip).filter((f) => !preexisting(f, slip, cleanKeys));
        const found = hits.length > 0;
        count(kind, part, found);
        count(`${kind} / ${slip.variant}`, part, found);
        count('all four kinds', part, found);
        if (!found && part === 'tune') tuneMisses.push({ name, slip });
      }
    }
  }
  console.log('');
  console.log(
    `injected slips: seed ${SEED}, up to ${COPIES} copies per article and kind, one slip each; found = a grammar or style finding (any severity, not on the clean text) overlaps the slip`,
  );
  console.log(`  ${'kind'.padEnd(40)} ${'tune'.padEnd(18)} ${'held out'.padEnd(18)} ${'all'.padEnd(18)}`);
  for (const kind of CORPUS_KINDS) {
    const rows = [...tally.keys()].filter((k) => k === kind || k.startsWith(kind + ' / ')).sort((a, b) => (a === kind ? -1 : b === kind ? 1 : a.localeCompare(b)));
    for (const key of rows) {
      const row = tally.get(key);
      const label = key === kind ? kind : '  ' + key.slice(kind.length + 3);
      console.log(`  ${label.padEnd(40)} ${cell(row.tune)} ${cell(row.held)} ${cell(row.all)}`);
    }
    const w = without.get(kind);
    if (w.tune + w.held > 0) console.log(`  ${''.padEnd(2)}(articles with no site for it: ${w.tune} tune, ${w.held} held out)`);
  }
  const total = tally.get('all four kinds');
  if (total) console.log(`  ${'all four kinds'.padEnd(40)} ${cell(total.tune)} ${cell(total.held)} ${cell(total.all)}`);
  console.log(
    `  ${'clean copy: warnings per 10,000 words'.padEnd(40)} ${rate('tune').padStart(15)}    ${rate('held').padStart(15)}    ${per10k(serious.length).padStart(15)}`,
  );
  if (args.includes('--list-tune-misses')) {
    console.log('missed slips on tune pages:');
    for (const { name, slip } of tuneMisses) {
      const a = Math.max(0, slip.start - 60);
      console.log(`- ${name} ${slip.kind} (${slip.variant}) ${JSON.stringify(slip.slip)}: …${slip.text.slice(a, slip.end + 60).replace(/\s+/g, ' ')}…`);
    }
  }
  evaluateConfusions();
}

function evaluateConfusions() {
  const path = new URL('../eval/grammar/confusions.heldout.json', import.meta.url);
  const entries = JSON.parse(readFileSync(path, 'utf8'));
  const byRelation = new Map();
  const misses = [];
  const alarms = [];
  let found = 0;
  let alarmsAtWarning = 0;
  for (const entry of entries) {
    const slip = injectConfusion(entry);
    if (!slip) {
      console.error(`confusions: the sentence of "${entry.wrong}" lacks "${entry.right}"`);
      continue;
    }
    const hit = overlapping(engine.check(slip.text).findings, slip).length > 0;
    if (hit) found++;
    else misses.push({ entry, slip });
    const r = byRelation.get(entry.relation) ?? { found: 0, n: 0 };
    r.n++;
    if (hit) r.found++;
    byRelation.set(entry.relation, r);
    const raised = engine.check(entry.sentence).findings.filter(isGrammar);
    if (raised.length > 0) {
      alarms.push({ entry, raised });
      if (raised.some((f) => RANK[f.severity] <= RANK.warning)) alarmsAtWarning++;
    }
  }
  const n = entries.length;
  const parts = [...byRelation].map(([rel, r]) => `${rel === 'variant' ? 'inflected or slotted forms of listed phrases' : 'pairs not on the list'} ${r.found}/${r.n}`);
  console.log(`held-aside confusions (eval/grammar/confusions.heldout.json, ${n} entries): found ${found}/${n} =${pct(found, n)} (${parts.join(', ')})`);
  console.log(`their correct sentences raising a grammar or style finding: ${alarms.length} of ${n} (${alarmsAtWarning} at warning or above)`);
  if (!args.includes('--show-misses')) return;
  console.log('missed confusions (wrong → right: the slipped sentence):');
  for (const { entry, slip } of misses) console.log(`- ${entry.wrong} → ${entry.right}: ${slip.text}`);
  console.log('correct sentences with findings:');
  for (const { entry, raised } of alarms)
    console.log(`- ${entry.sentence} ${raised.map((f) => `[${f.rule} ${f.severity} "${entry.sentence.slice(f.start, f.end)}"]`).join(' ')}`);
}

if (slipMode) evaluateSlips();
