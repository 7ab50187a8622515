#!/usr/bin/env node
// Copydesk speed benchmark. Run with `npm run bench` (builds first),
// or `node scripts/bench.mjs [options]` against an existing dist/.
//
// Measures, warm and in one process, for the sample drafts, the news-dev
// corpus (../shared/corpus/news-dev, when present; read at run time) and
// generated 10k- and 100k-word drafts: Copydesk's full check, harper.js
// (LocalLinter), a plain retext pipeline (retext-english + retext-repeated-words)
// and a bare /\w+/g word split as the floor. Then: re-check after a one-word
// edit of the 100k-word draft, peak memory for it (child process), extension
// activation to first diagnostics (child process, fake `vscode`), bundle sizes.
//
// Options:
//   --json            machine-readable output on stdout (progress on stderr)
//   --quick           fewer repetitions, no harper.js run on the 100k-word draft
//   --filter A,B      parts to run: samples, articles, pages, long, detectors,
//                     incremental, memory, activation, bundle, or all (default:
//                     all but pages, the 55 whole pasted news pages)
//   --tools A,B       checkers on the drafts: copydesk, harper, retext, floor (default: all)
//   --seed N          seed of the generated drafts and edits (default 9)
//   --corpus DIR      news-dev folder (default ../shared/corpus/news-dev, or $COPYDESK_CORPUS)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describeLimit, FLOORS, mark, verdict } from './bench/floors.mjs';
import { editOneWord, makeLongDraft, seededRandom } from './bench/generate.mjs';
import { defaultCorpusDir, generatorSources, loadSources } from './bench/sources.mjs';
import { countWords, formatBytes, formatMs, formatRatio, formatSpread, geomean, measureAsync, measureSync, median, ratio, summarize, table } from './bench/stats.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- options
const PARTS = ['samples', 'articles', 'pages', 'long', 'detectors', 'incremental', 'memory', 'activation', 'bundle'];
const DEFAULT_PARTS = PARTS.filter((p) => p !== 'pages');
const TOOLS = ['copydesk', 'harper', 'retext', 'floor'];

function parseArgs(argv) {
  const opts = { json: false, quick: false, parts: new Set(DEFAULT_PARTS), tools: new Set(TOOLS), seed: 9, corpus: undefined };
  const list = (value, allowed, flag) => {
    const items = String(value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.filter((i) => !allowed.includes(i));
    if (items.length === 0 || bad.length) throw new Error(`${flag}: expected some of ${allowed.join(', ')}; got ${value}`);
    return new Set(items);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') opts.json = true;
    else if (flag === '--quick') opts.quick = true;
    else if (flag === '--filter') {
      const v = value();
      opts.parts = v === 'all' ? new Set(PARTS) : list(v, PARTS, '--filter');
    } else if (flag === '--tools') opts.tools = list(value(), TOOLS, '--tools');
    else if (flag === '--seed') opts.seed = Number(value());
    else if (flag === '--corpus') opts.corpus = resolve(value());
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (!Number.isInteger(opts.seed)) throw new Error('--seed: expected an integer');
  return opts;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exit(2);
}
if (opts.help) {
  const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8')
    .split('\n')
    .slice(1);
  console.log(
    lines
      .slice(
        0,
        lines.findIndex((l) => !l.startsWith('//')),
      )
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n'),
  );
  process.exit(0);
}
const want = (part) => opts.parts.has(part);
const tool = (name) => opts.tools.has(name);
const progress = (message) => process.stderr.write(`bench: ${message}\n`);

/** Repetitions per tool and draft size; `--quick` uses fewer. */
const PLAN = opts.quick
  ? {
      small: {
        copydesk: { warmup: 3, warmupMs: 20, minRuns: 5, maxRuns: 15, budgetMs: 40 },
        harper: { warmup: 1, minRuns: 2, maxRuns: 3, budgetMs: 40 },
        retext: { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 40 },
      },
      long10k: {
        copydesk: { warmup: 1, minRuns: 3, maxRuns: 5, budgetMs: 300 },
        harper: { warmup: 0, minRuns: 1, maxRuns: 1, budgetMs: 0 },
        retext: { warmup: 1, minRuns: 3, maxRuns: 3, budgetMs: 300 },
      },
      long100k: { copydesk: { warmup: 1, minRuns: 3, maxRuns: 3, budgetMs: 1000 }, harper: null, retext: { warmup: 1, minRuns: 2, maxRuns: 2, budgetMs: 500 } },
      incremental: { first: 10, minRuns: 15, maxRuns: 40, budgetMs: 1000 },
      engineWarmupMs: 300,
      detectorRuns: 3,
      memoryRuns: 3,
      memoryEdits: 200,
      memoryProcesses: 3,
      activationRuns: 3,
    }
  : {
      small: {
        copydesk: { warmup: 3, warmupMs: 30, minRuns: 10, maxRuns: 50, budgetMs: 150 },
        harper: { warmup: 1, minRuns: 3, maxRuns: 10, budgetMs: 100 },
        retext: { warmup: 1, minRuns: 5, maxRuns: 15, budgetMs: 150 },
      },
      long10k: {
        copydesk: { warmup: 2, minRuns: 5, maxRuns: 20, budgetMs: 1000 },
        harper: { warmup: 0, minRuns: 2, maxRuns: 2, budgetMs: 0 },
        retext: { warmup: 1, minRuns: 5, maxRuns: 10, budgetMs: 1000 },
      },
      long100k: {
        copydesk: { warmup: 1, minRuns: 3, maxRuns: 10, budgetMs: 4000 },
        harper: { warmup: 0, minRuns: 1, maxRuns: 1, budgetMs: 0 },
        retext: { warmup: 1, minRuns: 2, maxRuns: 5, budgetMs: 1500 },
      },
      incremental: { first: 10, minRuns: 30, maxRuns: 100, budgetMs: 3000 },
      engineWarmupMs: 600,
      detectorRuns: 5,
      memoryRuns: 3,
      memoryEdits: 400,
      memoryProcesses: 5,
      activationRuns: 5,
    };
const floorPlan = (plan) => ({ ...plan.copydesk, minRuns: Math.max(plan.copydesk.minRuns, 5) });

// ---------------------------------------------------------------- checkers
const enginePath = join(root, 'dist/engine.js');
if (!existsSync(enginePath)) {
  console.error('bench: dist/engine.js is missing; run `npm run build` first (or `npm run bench`).');
  process.exit(1);
}
const engine = require(enginePath);

/** The full check: stateless, no cache between calls. */
const fullCheck = (text) => engine.check(text);

/**
 * The checker used for re-checks after an edit. Swap point for incremental
 * checking: when the engine exports `createChecker()` (an object whose
 * `check(text, options)` caches between calls), it is used automatically.
 */
const createIncrementalChecker = () => (typeof engine.createChecker === 'function' ? engine.createChecker() : { check: (text, options) => engine.check(text, options) });
const incrementalMode =
  typeof engine.createChecker === 'function'
    ? 'engine.createChecker().check (cached between calls)'
    : 'engine.check (stateless: the engine does not export createChecker yet)';

const WORD_RE = /\w+/g;
/** The floor: split the text into words and nothing else. */
function wordSplit(text) {
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text) !== null) n++;
  return n;
}

let harper = null;
let harperSetupMs = NaN;
let harperError = null;
async function loadHarper() {
  try {
    const t0 = performance.now();
    const { LocalLinter } = await import('harper.js');
    const { binary } = await import('harper.js/binary');
    const linter = new LocalLinter({ binary });
    await linter.setup();
    harperSetupMs = performance.now() - t0;
    harper = (text) => linter.lint(text, { language: 'plaintext' });
  } catch (error) {
    harperError = String(error?.message ?? error);
  }
}

let retext = null;
let retextError = null;
async function loadRetext() {
  try {
    const { unified } = await import('unified');
    const { default: retextEnglish } = await import('retext-english');
    const { default: retextRepeatedWords } = await import('retext-repeated-words');
    const { VFile } = await import('vfile');
    const processor = unified().use(retextEnglish).use(retextRepeatedWords).freeze();
    retext = (text) => {
      const file = new VFile(text);
      processor.runSync(processor.parse(file), file);
      return file.messages;
    };
  } catch (error) {
    retextError = String(error?.message ?? error);
  }
}

function packageVersion(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- measuring drafts
async function measureDraft(name, group, text, plan) {
  const row = { name, group, words: countWords(text), characters: text.length, failures: {} };
  // One block of runs per tool, each after its own warm-up. Not interleaved run
  // by run: a check right after a harper.js lint measured 2–3× slower than
  // back to back (cache and GC interference), which would be unfair to Copydesk.
  // Nor is a full GC forced before each block: that made Copydesk's next runs
  // 2–4× slower (V8 drops compiled code and shrinks the heap).
  const tasks = [];
  if (tool('copydesk')) tasks.push({ name: 'copydesk', fn: () => fullCheck(text), plan: plan.copydesk });
  if (tool('harper') && harper && plan.harper) tasks.push({ name: 'harper', fn: () => harper(text), plan: plan.harper });
  if (tool('retext') && retext && plan.retext) tasks.push({ name: 'retext', fn: () => retext(text), plan: plan.retext });
  if (tool('floor')) tasks.push({ name: 'floor', fn: () => wordSplit(text), plan: floorPlan(plan) });
  for (const task of tasks) {
    const toolName = task.name;
    let m;
    try {
      m = task.name === 'harper' ? await measureAsync(task.fn, task.plan) : measureSync(task.fn, task.plan);
    } catch (error) {
      row.failures[toolName] = String(error?.message ?? error).slice(0, 300);
      continue;
    }
    const { times, result, ...s } = m;
    if (toolName === 'copydesk')
      row.copydesk = {
        ...s,
        msPer1kWords: row.words ? (s.median / row.words) * 1000 : NaN,
        findings: result.findings.length,
        quotes: result.quotes.length,
        errors: result.errors.map((e) => e.detector),
      };
    else if (toolName === 'harper') row.harper = { ...s, lints: result.length };
    else if (toolName === 'retext') row.retext = { ...s, messages: result.length };
    else row.floor = { ...s, tokens: result };
  }
  row.harperRatio = ratio(row.harper?.median, row.copydesk?.median);
  row.retextRatio = ratio(row.retext?.median, row.copydesk?.median);
  row.floorRatio = ratio(row.copydesk?.median, row.floor?.median);
  return row;
}

function groupSummary(group, rows) {
  const med = (pick) => median(rows.map(pick).filter(Number.isFinite));
  return {
    group,
    drafts: rows.length,
    words: rows.reduce((s, r) => s + r.words, 0),
    medianWords: med((r) => r.words),
    copydeskMedianOfMedians: med((r) => r.copydesk?.median),
    copydeskWorstMedian: Math.max(...rows.map((r) => r.copydesk?.median).filter(Number.isFinite)),
    copydeskMsPer1kWords: med((r) => r.copydesk?.msPer1kWords),
    harperMedianOfMedians: med((r) => r.harper?.median),
    retextMedianOfMedians: med((r) => r.retext?.median),
    floorMedianOfMedians: med((r) => r.floor?.median),
    harperRatioMedian: med((r) => r.harperRatio),
    harperRatioMin: Math.min(...rows.map((r) => r.harperRatio).filter(Number.isFinite)),
    harperRatioGeomean: geomean(rows.map((r) => r.harperRatio).filter(Number.isFinite)),
    retextRatioMedian: med((r) => r.retextRatio),
    floorRatioMedian: med((r) => r.floorRatio),
  };
}

/**
 * Where the time goes: reading the draft, then each detector's run() in
 * check()'s order on a fresh draft and context each round (so a cache keyed by
 * the draft cannot hide work; work shared through such a cache is charged to
 * the first detector that does it), after extractQuotes (when the engine
 * exports it; else the quotes of a full check are reused), every rule on.
 * "rest" is the full check's median minus those parts: the pipeline around
 * the detectors, and noise. Medians over `runs` rounds.
 */
function timeDetectors(text, runs) {
  const out = { checkMs: NaN, readDraftMs: NaN, extractQuotesMs: NaN, detectors: {}, restMs: NaN };
  const extract = typeof engine.extractQuotes === 'function' ? engine.extractQuotes : null;
  if (typeof engine.readDraft !== 'function' || !Array.isArray(engine.DETECTORS)) return out;
  const fullQuotes = fullCheck(text).quotes;
  const rules = new Map(engine.DETECTORS.flatMap((d) => d.rules).map((r) => [r.id, r]));
  const enabled = (rule) => (rules.has(rule) ? engine.isRuleEnabled({}, rules.get(rule)) : true);
  const times = { readDraft: [], extractQuotes: [], check: [] };
  for (const d of engine.DETECTORS) times[`detector:${d.name}`] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    fullCheck(text);
    times.check.push(performance.now() - t0);
    t0 = performance.now();
    const draft = engine.readDraft(text);
    times.readDraft.push(performance.now() - t0);
    let quotes = fullQuotes;
    if (extract) {
      t0 = performance.now();
      try {
        quotes = extract(draft);
      } catch {
        quotes = [];
      }
      times.extractQuotes.push(performance.now() - t0);
    }
    const ctx = { draft, quotes, options: {}, enabled };
    for (const d of engine.DETECTORS) {
      t0 = performance.now();
      try {
        d.run(ctx);
      } catch {
        // check() reports detector errors; here the time until the throw is kept
      }
      times[`detector:${d.name}`].push(performance.now() - t0);
    }
  }
  out.checkMs = median(times.check);
  out.readDraftMs = median(times.readDraft);
  out.extractQuotesMs = median(times.extractQuotes);
  for (const d of engine.DETECTORS) out.detectors[d.name] = median(times[`detector:${d.name}`]);
  out.restMs = out.checkMs - out.readDraftMs - (Number.isFinite(out.extractQuotesMs) ? out.extractQuotesMs : 0) - Object.values(out.detectors).reduce((a, b) => a + b, 0);
  return out;
}

// ---------------------------------------------------------------- children
function runChild(script, args) {
  const child = spawnSync(process.execPath, [join(root, 'scripts/bench', script), ...args], { encoding: 'utf8', timeout: 120000, maxBuffer: 16 * 1024 * 1024 });
  const line = (child.stdout ?? '').trim().split('\n').pop();
  try {
    return JSON.parse(line);
  } catch {
    return {
      error: `child ${script} failed (status ${child.status}${child.signal ? ', ' + child.signal : ''}): ${(child.stderr || child.stdout || '').trim().slice(-2000)}`,
    };
  }
}

/**
 * A memory child run in `times` fresh processes: the peak depends on when V8
 * happens to collect, so one process can read 40 MB above the next. Reports
 * the first run's details with every run's peak, their median and the
 * highest (what the floor is held to).
 */
function repeatChild(times, script, args) {
  const runs = Array.from({ length: times }, () => runChild(script, args));
  const failed = runs.find((r) => r.error);
  if (failed) return failed;
  const peaks = runs.map((r) => r.maxRssMB);
  return { ...runs[0], processes: times, peaksMB: peaks, medianRssMB: median(peaks), maxRssMB: Math.max(...peaks) };
}

function machine() {
  const cpus = os.cpus();
  let commit = null;
  try {
    commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    commit,
    command: `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    versions: {
      'harper.js': packageVersion('harper.js'),
      unified: packageVersion('unified'),
      'retext-english': packageVersion('retext-english'),
      'retext-repeated-words': packageVersion('retext-repeated-words'),
    },
  };
}

// ---------------------------------------------------------------- run
const started = performance.now();
const report = { machine: machine(), quick: opts.quick, seed: opts.seed, parts: [...opts.parts], tools: [...opts.tools], notes: [] };
const sources = loadSources(root, opts.corpus ?? defaultCorpusDir(root));
report.corpus = sources.corpusDir ? { dir: sources.corpusDir, articles: sources.articles.length, pages: sources.pages.length } : null;
if (!sources.corpusDir) report.notes.push('news-dev corpus not found: no article/page rows; long drafts generated from the two samples.');

const needsDrafts = ['samples', 'articles', 'pages', 'long'].some(want);
if (needsDrafts && tool('harper')) {
  progress('loading harper.js (WASM)…');
  await loadHarper();
  if (harperError) report.notes.push(`harper.js could not be loaded: ${harperError}`);
}
if (needsDrafts && tool('retext')) {
  await loadRetext();
  if (retextError) report.notes.push(`retext could not be loaded: ${retextError}`);
}
report.harperSetupMs = harperSetupMs;

// Warm every checker (JIT, lazy data) before the first timed draft: the engine
// needs some fifty checks before its code is optimised (the first twenty checks
// of a sample took 25 ms each, the next two hundred 3 ms), so the drafts timed
// first would otherwise be timed cold. Each checker runs over every typical
// draft (samples and articles) at least once, the engine for at least
// PLAN.engineWarmupMs; harper.js and retext get the same pass, first (the
// garbage a harper.js pass leaves is collected during the engine's pass, not
// during the first timed draft).
if (needsDrafts) {
  const typicalTexts = [...sources.samples, ...sources.articles].map((s) => s.text);
  if (tool('harper') && harper) for (const text of typicalTexts) await harper(text);
  if (tool('retext') && retext) for (const text of typicalTexts) retext(text);
  if (tool('copydesk')) {
    const warmStart = performance.now();
    do for (const text of typicalTexts) fullCheck(text);
    while (performance.now() - warmStart < PLAN.engineWarmupMs);
  }
}

const rows = [];
const groups = [];
async function runGroup(group, items, plan) {
  const groupRows = [];
  for (const [i, item] of items.entries()) {
    if (items.length > 3 && i % 10 === 0) progress(`${group} ${i + 1}/${items.length}…`);
    else if (items.length <= 3) progress(`${item.name}…`);
    groupRows.push(await measureDraft(item.name, group, item.text, item.plan ?? plan));
  }
  rows.push(...groupRows);
  if (groupRows.length) groups.push(groupSummary(group, groupRows));
  return groupRows;
}

if (want('samples')) await runGroup('samples', sources.samples, PLAN.small);
if (want('articles')) await runGroup('articles', sources.articles, PLAN.small);
if (want('pages')) await runGroup('pages', sources.pages, PLAN.small);

const genSources = generatorSources(sources);
let draft100k = null;
if (want('long') || want('incremental') || want('memory') || want('detectors')) {
  draft100k = makeLongDraft(genSources, 100000, { seed: opts.seed });
}
if (want('long')) {
  const draft10k = makeLongDraft(genSources, 10000, { seed: opts.seed });
  await runGroup('long', [
    { name: 'generated/10k-words', text: draft10k, plan: PLAN.long10k },
    { name: 'generated/100k-words', text: draft100k, plan: PLAN.long100k },
  ]);
  if (opts.quick && tool('harper')) report.notes.push('--quick: harper.js is not run on the 100k-word draft (one run takes tens of seconds).');
  if (!opts.quick && tool('harper'))
    report.notes.push('harper.js runs twice on the 10k-word draft and once on the 100k-word draft (warm: the linter is set up and has linted every other draft first).');
}

if (want('detectors')) {
  progress('time per detector…');
  const items = [...sources.samples.map((s) => ({ name: s.name, text: s.text })), { name: 'generated/100k-words', text: draft100k }];
  report.detectors = items.map((item) => ({ name: item.name, words: countWords(item.text), ...timeDetectors(item.text, PLAN.detectorRuns) }));
}

if (want('incremental')) {
  progress('incremental re-check on the 100k-word draft…');
  const random = seededRandom(opts.seed + 1);
  const checker = createIncrementalChecker();
  let text = draft100k;
  checker.check(text); // first check of the document (fills a cache, if any)
  const { first, ...plan } = PLAN.incremental;
  // The first edits after opening the draft, timed on their own: the engine's code for edits is not yet
  // optimised by the JIT, and the first check's garbage is still being collected. They also warm it up.
  const firstTimes = [];
  for (let i = 0; i < first; i++) {
    text = editOneWord(text, random).text;
    const t = performance.now();
    checker.check(text);
    firstTimes.push(performance.now() - t);
  }
  // Then typing goes on: each timed call checks the previous text with one more word changed.
  const { times, result, ...s } = measureSync(
    () => {
      text = editOneWord(text, random).text;
      return checker.check(text).findings.length;
    },
    { warmup: 0, ...plan },
  );
  report.incremental = { mode: incrementalMode, words: countWords(draft100k), edits: times.length, ...s, first: { edits: first, ...summarize(firstTimes) } };
}

if (want('memory')) {
  progress('peak memory on the 100k-word draft (child process)…');
  // The draft goes to a temporary file outside the project, so the child holds only Node, the engine and the text.
  const tmp = mkdtempSync(join(os.tmpdir(), 'copydesk-bench-'));
  try {
    const file = join(tmp, 'draft-100k.txt');
    writeFileSync(file, draft100k ?? makeLongDraft(genSources, 100000, { seed: opts.seed }));
    report.memory = repeatChild(PLAN.memoryProcesses, 'memory-child.mjs', [root, file, String(PLAN.memoryRuns)]);
    progress('peak memory over an editing session of the 100k-word draft (child process)…');
    report.memorySession = repeatChild(PLAN.memoryProcesses, 'memory-child.mjs', [root, file, '1', String(PLAN.memoryEdits), String(opts.seed)]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (want('activation')) {
  progress('extension activation (child processes, fake vscode)…');
  const sample = join(root, 'samples/us-russia-spat.txt');
  const runs = [];
  for (let i = 0; i < PLAN.activationRuns; i++) runs.push(runChild('activation-child.mjs', [root, sample]));
  const ok = runs.filter((r) => r.ok);
  const med = (pick) => median(ok.map(pick));
  report.activation = {
    draft: 'samples/us-russia-spat.txt',
    runs: runs.length,
    succeeded: ok.length,
    firstDiagnostics: summarize(ok.map((r) => r.firstDiagnosticsMs)),
    loadMs: med((r) => r.loadMs),
    activateMs: med((r) => r.activateMs),
    firstDiagnosticsAfterLoadMs: med((r) => r.firstDiagnosticsAfterActivateMs),
    diagnostics: ok.length ? ok[ok.length - 1].diagnostics : null,
    lastDiagnostics: ok.length ? ok[ok.length - 1].lastDiagnostics : null,
    errors: [...new Set(runs.filter((r) => !r.ok).map((r) => r.error))],
    note: 'Approximation: dist/extension.js loaded in plain Node with a fake `vscode` module; time from require() of the bundle to the first DiagnosticCollection.set for the open sample draft. The real extension host adds its own start-up and IPC.',
  };
}

if (want('bundle')) {
  const dist = join(root, 'dist');
  report.bundles = existsSync(dist)
    ? readdirSync(dist)
        .filter((f) => f.endsWith('.js'))
        .sort()
        .map((f) => {
          const content = readFileSync(join(dist, f));
          return { file: `dist/${f}`, bytes: statSync(join(dist, f)).size, gzipBytes: gzipSync(content).length };
        })
    : [];
}

// ---------------------------------------------------------------- floors
const typical = rows.filter((r) => r.group === 'samples' || r.group === 'articles');
const typicalMedian = median(typical.map((r) => r.copydesk?.median).filter(Number.isFinite));
const typicalRatio = median(typical.map((r) => r.harperRatio).filter(Number.isFinite));
const row100k = rows.find((r) => r.name === 'generated/100k-words');
const floorValues = {
  'typical-median': typicalMedian,
  'typical-vs-harper': typicalRatio,
  'long-100k': row100k?.copydesk?.median,
  'incremental-100k': report.incremental?.median,
  'memory-100k': report.memory?.maxRssMB,
  'memory-session-100k': report.memorySession?.maxRssMB,
  activation: report.activation?.firstDiagnostics?.median,
};
const floorBasis = {
  'typical-median': `median over the ${typical.length} typical drafts (samples + news-dev articles) of each draft's median`,
  'typical-vs-harper': `median over the same drafts of harper.js median ÷ Copydesk median`,
  'long-100k': 'median of the warm full checks',
  'incremental-100k': report.incremental?.mode ?? '',
  'memory-100k': `highest max RSS over ${report.memory?.processes ?? ''} fresh Node processes, each loading the engine, reading the draft and checking it ${report.memory?.runs ?? ''} times (includes Node itself)`,
  'memory-session-100k': `highest max RSS over ${report.memorySession?.processes ?? ''} fresh processes, each with a worker (the extension's limits) running createChecker: first check, then ${report.memorySession?.edits ?? ''} one-word edits`,
  activation: 'require(dist/extension.js) → first diagnostics, fake vscode (approximation)',
};
report.floors = FLOORS.map((f) => ({ ...f, value: floorValues[f.id] ?? null, result: verdict(f, floorValues[f.id]), basis: floorBasis[f.id] }));
report.drafts = rows;
report.groups = groups;
report.elapsedSeconds = (performance.now() - started) / 1000;

// ---------------------------------------------------------------- output
if (opts.json) {
  process.stdout.write(JSON.stringify(report, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n');
  process.exit(0);
}

const out = [];
const m = report.machine;
out.push('Copydesk speed benchmark');
out.push(
  `date ${m.date} · ${m.cpu} · ${m.cores} cores · ${m.memoryGB} GB · ${m.platform} · Node ${m.node} · load average at start ${m.loadAverage.join(' ')}, at end ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
out.push(`commit ${m.commit ?? 'unknown'} · command: ${m.command}${opts.quick ? ' (quick)' : ''} · seed ${opts.seed}`);
out.push(
  `peers: harper.js ${m.versions['harper.js'] ?? '–'} (LocalLinter, plaintext; setup ${formatMs(harperSetupMs)} ms, not counted) · unified ${m.versions.unified ?? '–'} + retext-english ${m.versions['retext-english'] ?? '–'} + retext-repeated-words ${m.versions['retext-repeated-words'] ?? '–'}`,
);
out.push(`corpus: ${report.corpus ? `${report.corpus.dir} (${report.corpus.articles} articles, ${report.corpus.pages} pages)` : 'not present'}`);
out.push(
  'Times are milliseconds, warm: median (p10–p90) over repeated runs, one block of runs per tool and draft. "÷ Copydesk" is the peer\'s time over Copydesk\'s; "÷ floor" is Copydesk\'s over the /\\w+/g split.',
);

if (rows.length) {
  const header = ['draft', 'words', 'Copydesk ms', 'ms/1k w', 'found', 'harper.js ms', '÷ Copydesk', 'retext ms', '÷ Copydesk', 'floor ms', '÷ floor'];
  const line = (r) => [
    r.name,
    r.words,
    formatSpread(r.copydesk),
    formatMs(r.copydesk?.msPer1kWords),
    r.copydesk ? String(r.copydesk.findings) + (r.copydesk.errors.length ? ` (!${r.copydesk.errors.join(',')})` : '') : '–',
    r.harper ? formatSpread(r.harper) + (r.harper.runs === 1 ? ' 1 run' : '') : '–',
    formatRatio(r.harperRatio),
    formatSpread(r.retext),
    formatRatio(r.retextRatio),
    formatSpread(r.floor),
    formatRatio(r.floorRatio),
  ];
  const body = [];
  for (const g of groups) {
    for (const r of rows.filter((x) => x.group === g.group)) body.push(line(r));
    if (g.drafts > 1) {
      body.push([
        `= ${g.group} (${g.drafts} drafts): median of medians`,
        formatMs(g.medianWords).replace(/\.0+$/, ''),
        formatMs(g.copydeskMedianOfMedians),
        formatMs(g.copydeskMsPer1kWords),
        '',
        formatMs(g.harperMedianOfMedians),
        formatRatio(g.harperRatioMedian),
        formatMs(g.retextMedianOfMedians),
        formatRatio(g.retextRatioMedian),
        formatMs(g.floorMedianOfMedians),
        formatRatio(g.floorRatioMedian),
      ]);
    }
  }
  out.push('', table(header, body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  for (const g of groups.filter((x) => x.drafts > 1 && Number.isFinite(x.harperRatioMin))) {
    out.push(
      `${g.group}: harper.js ÷ Copydesk min ${formatRatio(g.harperRatioMin)}, geometric mean ${formatRatio(g.harperRatioGeomean)}; slowest Copydesk median ${formatMs(g.copydeskWorstMedian)} ms`,
    );
  }
  for (const r of rows) for (const [t, message] of Object.entries(r.failures)) out.push(`! ${t} threw on ${r.name}: ${message}`);
  const withErrors = rows.filter((r) => r.copydesk?.errors.length);
  if (withErrors.length)
    out.push(`! detectors threw on ${withErrors.length} drafts (found column, "!"): ${[...new Set(withErrors.flatMap((r) => r.copydesk.errors))].join(', ')}`);
}

if (report.detectors?.length) {
  const names = Object.keys(report.detectors[0].detectors);
  out.push(
    '',
    'Where the time goes (ms, medians; readDraft, extractQuotes and the detectors in check() order on a fresh draft; "rest" = check() − the other columns: the pipeline, and noise):',
  );
  out.push(
    table(
      ['draft', 'words', 'check()', 'readDraft', 'extractQuotes', ...names, 'rest'],
      report.detectors.map((d) => [
        d.name,
        d.words,
        formatMs(d.checkMs),
        formatMs(d.readDraftMs),
        formatMs(d.extractQuotesMs),
        ...names.map((n) => formatMs(d.detectors[n])),
        formatMs(d.restMs),
      ]),
      [1, 2, 3, 4, ...names.map((_, i) => i + 5), names.length + 5],
    ),
  );
}

if (report.incremental) {
  const inc = report.incremental;
  out.push(
    '',
    `Re-check after a one-word edit, 100k-word draft (${inc.words} words, ${inc.edits} successive edits after the first ${inc.first.edits}): ${formatSpread(inc)} ms`,
    `  the first ${inc.first.edits} edits after the first check of the draft: ${formatSpread(inc.first)} ms (JIT and garbage collection still warming up)`,
    `  via ${inc.mode}`,
  );
}
/** "median 171.2 MB, highest 190.3 (171.2, 190.3, 160.0)". */
function peaksText(mem) {
  return `median ${mem.medianRssMB.toFixed(1)} MB, highest ${mem.maxRssMB.toFixed(1)} (${mem.peaksMB.map((p) => p.toFixed(1)).join(', ')})`;
}
if (report.memory) {
  const mem = report.memory;
  out.push(
    '',
    mem.error
      ? `Peak memory: failed: ${mem.error}`
      : `Peak memory, 100k-word draft (${mem.words} words, ${mem.runs} checks per fresh process, ${mem.processes} processes): max RSS ${peaksText(mem)} (${mem.maxRssBeforeCheckMB.toFixed(1)} MB before checking: Node + engine + draft); heap used ${mem.heapUsedBeforeCheckMB.toFixed(1)} → ${mem.heapUsedAfterCheckMB.toFixed(1)} MB with the result held (first process)`,
  );
}
if (report.memorySession) {
  const mem = report.memorySession;
  out.push(
    mem.error
      ? `Peak memory, editing session: failed: ${mem.error}`
      : `Peak memory, editing session of the 100k-word draft (worker thread with the extension's heap limits ${JSON.stringify(mem.workerLimits)}; createChecker: first check, then ${mem.edits} one-word edits; ${mem.processes} fresh processes): max RSS ${peaksText(mem)}; heap used at most ${mem.heapUsedAfterCheckMB.toFixed(1)} MB after a check (first process; garbage included: V8 lets the old generation grow to a multiple of what is live before collecting it)`,
  );
}
if (report.activation) {
  const a = report.activation;
  out.push('');
  if (a.succeeded) {
    out.push(
      `Activation to first diagnostics (${a.draft}, ${a.succeeded}/${a.runs} fresh processes): ${formatSpread(a.firstDiagnostics)} ms = load bundle ${formatMs(a.loadMs)} + activate() ${formatMs(a.activateMs)} + until diagnostics set; ${a.diagnostics} diagnostics in the first set${a.lastDiagnostics !== a.diagnostics ? `, ${a.lastDiagnostics} in the last` : ''}`,
    );
  } else out.push(`Activation: no diagnostics (${a.runs} runs)`);
  for (const e of a.errors) out.push(`  ! ${e.split('\n').slice(0, 3).join(' | ')}`);
  out.push(`  ${a.note}`);
}
if (report.bundles?.length) {
  out.push('', 'Bundle sizes: ' + report.bundles.map((b) => `${b.file} ${formatBytes(b.bytes)} (gzip ${formatBytes(b.gzipBytes)})`).join(' · '));
}

out.push('', 'Floors:');
out.push(
  table(
    ['floor', 'limit', 'measured', 'mark', 'basis'],
    report.floors.map((f) => [
      f.label,
      describeLimit(f),
      Number.isFinite(f.value) ? (f.unit === '×' ? formatRatio(f.value) : `${formatMs(f.value)} ${f.unit}`) : '–',
      mark(f.result),
      f.basis,
    ]),
    [2],
  ),
);
for (const note of report.notes) out.push(`note: ${note}`);
out.push(`(${report.elapsedSeconds.toFixed(1)} s)`);
console.log(out.join('\n'));
