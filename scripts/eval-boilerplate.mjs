// Evaluates the boilerplate detector on a folder of NAME.draft.txt /
// NAME.article.txt pairs: removes the lines Copydesk flags as boilerplate from
// each draft and scores the kept text against the article text the way
// scrapinghub's article-extraction benchmark does (evaluate.py,
// string_shingle_matching): tokens are `\w+` matches (Unicode, case kept),
// shingles are 4-grams of tokens, TP/FP/FN are counted on shingle multisets,
// normalised per page to sum to 1, then summed over pages; precision, recall
// and F1 come from those sums (equivalently, from per-page averages).
//
//   npm run eval:boilerplate -- DIR [--verbose]
//
// Also prints line-level figures: article lines wrongly flagged (with the lines
// themselves, truncated) and boilerplate lines missed. A draft line counts as an
// article line when its text is a line of the article or (12+ characters) lies
// inside the article text.
//
// COPYDESK_ENGINE=path/to/engine.js overrides the engine bundle (default
// ../dist/engine.js).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const enginePath = process.env.COPYDESK_ENGINE ? resolve(process.env.COPYDESK_ENGINE) : '../dist/engine.js';
const { check } = require(enginePath);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:boilerplate -- DIR [--verbose]');
  process.exit(2);
}

const TOKEN = /[\p{L}\p{N}_]+/gu; // Python's re \w with re.UNICODE

function shingles(text, n = 4) {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + n).join(' ');
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** Per-page [tp, fp, fn], normalised to sum to 1 (as the benchmark does). */
function shingleMatch(truth, pred) {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function scores(rows) {
  const [tp, fp, fn] = rows.reduce((a, r) => [a[0] + r[0], a[1] + r[1], a[2] + r[2]], [0, 0, 0]);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const fmt = (x) => x.toFixed(3);

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.draft.txt'))
  .map((f) => f.slice(0, -'.draft.txt'.length))
  .sort();

const baseRows = [];
const keptRows = [];
let articleLines = 0;
let articleFlagged = 0;
let boilerLines = 0;
let boilerMissed = 0;
let boilerFlagged = 0;
let warnings = 0;
let informations = 0;
const falseAlarms = [];
const missedByPage = [];
let checkMs = 0;

for (const name of names) {
  const draft = readFileSync(join(dir, `${name}.draft.txt`), 'utf8');
  const article = readFileSync(join(dir, `${name}.article.txt`), 'utf8');
  const t0 = performance.now();
  const result = check(draft, { categories: { duplicate: false, grammar: false, style: false, quote: false } });
  checkMs += performance.now() - t0;
  const findings = result.findings.filter((f) => f.category === 'boilerplate');
  for (const f of findings) {
    if (f.severity === 'warning') warnings++;
    else informations++;
  }
  // Split the draft into lines with their offsets and mark those a finding starts on.
  const lines = [];
  let pos = 0;
  for (const m of draft.matchAll(/\r\n|\n|\r/g)) {
    lines.push({ start: pos, end: m.index, text: draft.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  lines.push({ start: pos, end: draft.length, text: draft.slice(pos) });
  const starts = new Set(findings.map((f) => f.start));
  let fi = 0;
  const sortedStarts = [...starts].sort((a, b) => a - b);
  for (const line of lines) {
    while (fi < sortedStarts.length && sortedStarts[fi] < line.start) fi++;
    line.flagged = fi < sortedStarts.length && sortedStarts[fi] <= line.end;
  }
  const kept = lines
    .filter((l) => !l.flagged)
    .map((l) => l.text)
    .join('\n');
  baseRows.push(shingleMatch(article, draft));
  keptRows.push(shingleMatch(article, kept));

  const articleNorm = norm(article);
  const articleLineSet = new Set(
    article
      .split(/\r\n|\n|\r/)
      .map(norm)
      .filter(Boolean),
  );
  let missedHere = 0;
  for (const line of lines) {
    const t = norm(line.text);
    if (!t) continue;
    const inArticle = articleLineSet.has(t) || (t.length >= 12 && articleNorm.includes(t));
    if (inArticle) {
      articleLines++;
      if (line.flagged) {
        articleFlagged++;
        falseAlarms.push(`${name}: ${t.length > 110 ? `${t.slice(0, 107)}...` : t}`);
      }
    } else {
      boilerLines++;
      if (line.flagged) boilerFlagged++;
      else {
        boilerMissed++;
        missedHere++;
        if (verbose) console.log(`missed ${name}: ${t.length > 110 ? `${t.slice(0, 107)}...` : t}`);
      }
    }
  }
  const [tp, fp, fn] = keptRows[keptRows.length - 1];
  missedByPage.push([name, missedHere, tp, fp, fn]);
}

const base = scores(baseRows);
const kept = scores(keptRows);
console.log(`pages: ${names.length}`);
console.log(`draft as is:            precision ${fmt(base.precision)}  recall ${fmt(base.recall)}  F1 ${fmt(base.f1)}`);
console.log(`boilerplate removed:    precision ${fmt(kept.precision)}  recall ${fmt(kept.recall)}  F1 ${fmt(kept.f1)}`);
console.log(`findings: ${warnings + informations} (${warnings} warning, ${informations} information)`);
console.log(`article lines wrongly flagged: ${articleFlagged} of ${articleLines}`);
console.log(`boilerplate lines missed: ${boilerMissed} of ${boilerLines} (flagged ${boilerFlagged})`);
console.log(`check time for all pages (boilerplate on, quote extraction included): ${checkMs.toFixed(1)} ms`);
if (falseAlarms.length > 0) {
  console.log('article lines wrongly flagged:');
  for (const line of falseAlarms) console.log(`  ${line}`);
}
if (verbose) {
  console.log('by page: boilerplate lines missed, then shingle TP / FP / FN shares:');
  for (const [name, n, tp, fp, fn] of missedByPage) console.log(`  ${name}: ${n}  ${fmt(tp)} ${fmt(fp)} ${fmt(fn)}`);
}
