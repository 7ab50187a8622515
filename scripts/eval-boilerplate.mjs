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
// Safety, per page: the share of the article's text (its shingles found in the
// draft) that removing every flagged line loses; pages that lose half or more
// are listed, and pages that lose a whole article paragraph (every shingle of a
// paragraph of four words or more) are counted. "Remove all without asking" is
// the share lost when only the sure deletions (findings whose "Delete this
// line" fix carries no `review`) are applied, counted in words: the words of
// the article lines (as below) they delete against the article's words; printed
// as the worst page and over all pages, with the pages at 1% or more listed.
//
// Every figure is printed for the tune pages, the held-out pages and all: a
// page is held out when the SHA-1 of its name (NAME of NAME.draft.txt) starts
// with a hex digit c-f. Tune on the tune part; read the held-out part only
// through these figures.
//
// COPYDESK_ENGINE=path/to/engine.js overrides the engine bundle (default
// ../dist/engine.js).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { heldOut, scores, shingleMatch, shingles, TOKEN } from './eval-common.mjs';

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

const norm = (s) => s.replace(/\s+/g, ' ').trim();
const fmt = (x) => x.toFixed(3);
const pct = (x) => `${(100 * x).toFixed(2)}%`;

/** Held out: the SHA-1 of the page's name starts with c, d, e or f. */

/** Shingles of `truth` that `text` holds (multiset intersection size). */
function matched(truth, text) {
  let n = 0;
  for (const [k, c] of truth) n += Math.min(c, text.get(k) ?? 0);
  return n;
}

/** Splits a text into lines with their offsets. */
function splitLines(text) {
  const lines = [];
  let pos = 0;
  for (const m of text.matchAll(/\r\n|\n|\r/g)) {
    lines.push({ start: pos, end: m.index, text: text.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  lines.push({ start: pos, end: text.length, text: text.slice(pos) });
  return lines;
}

/** Marks the lines a finding starts on (`key` true for each finding that counts). */
function mark(lines, findings, key) {
  const sorted = findings
    .filter((f) => key(f))
    .map((f) => f.start)
    .sort((a, b) => a - b);
  let fi = 0;
  return lines.map((line) => {
    while (fi < sorted.length && sorted[fi] < line.start) fi++;
    return fi < sorted.length && sorted[fi] <= line.end;
  });
}

const keepUnflagged = (lines, flags) =>
  lines
    .filter((_, i) => !flags[i])
    .map((l) => l.text)
    .join('\n');

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.draft.txt'))
  .map((f) => f.slice(0, -'.draft.txt'.length))
  .sort();

const pages = [];
let checkMs = 0;

for (const name of names) {
  const draft = readFileSync(join(dir, `${name}.draft.txt`), 'utf8');
  const article = readFileSync(join(dir, `${name}.article.txt`), 'utf8');
  const t0 = performance.now();
  const result = check(draft, { categories: { duplicate: false, grammar: false, style: false, quote: false } });
  checkMs += performance.now() - t0;
  const findings = result.findings.filter((f) => f.category === 'boilerplate');
  const page = {
    name,
    held: heldOut(name),
    warnings: 0,
    informations: 0,
    articleLines: 0,
    articleFlagged: 0,
    boilerLines: 0,
    boilerFlagged: 0,
    boilerSure: 0,
    boilerMissed: 0,
    falseAlarms: [],
    missed: [],
  };
  for (const f of findings) {
    if (f.severity === 'warning') page.warnings++;
    else page.informations++;
  }
  const lines = splitLines(draft);
  const flagged = mark(lines, findings, () => true);
  const sure = mark(lines, findings, (f) => !f.fixes[0]?.review);
  const kept = keepUnflagged(lines, flagged);
  page.base = shingleMatch(article, draft);
  page.kept = shingleMatch(article, kept);

  // Safety: the article's shingles the draft holds, and how many of them each removal loses.
  const truth = shingles(article);
  const inDraft = matched(truth, shingles(draft));
  const keptAll = shingles(kept);
  page.lostAll = inDraft > 0 ? Math.max(0, inDraft - matched(truth, keptAll)) / inDraft : 0;
  const draftSh = shingles(draft);
  page.paragraphsLost = 0;
  for (const para of article.split(/\r\n|\n|\r/)) {
    const ps = shingles(para);
    if ((para.match(TOKEN) ?? []).length < 4 || matched(ps, draftSh) < ps.size) continue;
    if (matched(ps, keptAll) === 0) page.paragraphsLost++;
  }

  const articleNorm = norm(article);
  const articleLineSet = new Set(
    article
      .split(/\r\n|\n|\r/)
      .map(norm)
      .filter(Boolean),
  );
  // Words of article lines the sure deletions take, against the article's words.
  const articleWords = (article.match(TOKEN) ?? []).length;
  let sureWords = 0;
  lines.forEach((line, i) => {
    const t = norm(line.text);
    if (!t) return;
    const short = t.length > 110 ? `${t.slice(0, 107)}...` : t;
    const inArticle = articleLineSet.has(t) || (t.length >= 12 && articleNorm.includes(t));
    if (inArticle) {
      page.articleLines++;
      if (sure[i]) sureWords += (t.match(TOKEN) ?? []).length;
      if (flagged[i]) {
        page.articleFlagged++;
        page.falseAlarms.push(`${name}${sure[i] ? ' [sure]' : ''}: ${short}`);
      }
    } else {
      page.boilerLines++;
      if (sure[i]) page.boilerSure++;
      if (flagged[i]) page.boilerFlagged++;
      else {
        page.boilerMissed++;
        page.missed.push(`missed ${name}: ${short}`);
      }
    }
  });
  page.lostSure = articleWords > 0 ? sureWords / articleWords : 0;
  pages.push(page);
}

const sum = (rows, key) => rows.reduce((a, p) => a + p[key], 0);

function report(label, rows) {
  console.log(`\n== ${label}: ${rows.length} pages`);
  if (rows.length === 0) return;
  const base = scores(rows.map((p) => p.base));
  const kept = scores(rows.map((p) => p.kept));
  console.log(`draft as is:            precision ${fmt(base.precision)}  recall ${fmt(base.recall)}  F1 ${fmt(base.f1)}`);
  console.log(`boilerplate removed:    precision ${fmt(kept.precision)}  recall ${fmt(kept.recall)}  F1 ${fmt(kept.f1)}`);
  console.log(`findings: ${sum(rows, 'warnings') + sum(rows, 'informations')} (${sum(rows, 'warnings')} warning, ${sum(rows, 'informations')} information)`);
  console.log(`article lines wrongly flagged: ${sum(rows, 'articleFlagged')} of ${sum(rows, 'articleLines')}`);
  console.log(
    `boilerplate lines missed: ${sum(rows, 'boilerMissed')} of ${sum(rows, 'boilerLines')} (flagged ${sum(rows, 'boilerFlagged')}, sure ${sum(rows, 'boilerSure')})`,
  );
  const half = rows.filter((p) => p.lostAll >= 0.5);
  console.log(`pages losing half the article or more (every flagged line removed): ${half.length}${half.map((p) => `\n  ${p.name}: ${pct(p.lostAll)}`).join('')}`);
  const paras = rows.filter((p) => p.paragraphsLost > 0);
  console.log(`pages losing a whole article paragraph: ${paras.length} (${sum(rows, 'paragraphsLost')} paragraphs)`);
  const lostAll = rows.reduce((a, p) => a + p.lostAll, 0) / rows.length;
  console.log(`remove every flagged line: article text lost ${pct(lostAll)} per page on average`);
  const worst = rows.reduce((a, p) => (p.lostSure > a.lostSure ? p : a), rows[0]);
  const over = rows.filter((p) => p.lostSure >= 0.01);
  const avgSure = rows.reduce((a, p) => a + p.lostSure, 0) / rows.length;
  console.log(
    `remove all without asking (sure deletions only): article text lost ${pct(avgSure)} per page on average, worst page ${pct(worst.lostSure)} (${worst.name}); pages at 1% or more: ${over.length}${over.map((p) => `\n  ${p.name}: ${pct(p.lostSure)}`).join('')}`,
  );
}

report(
  'tune',
  pages.filter((p) => !p.held),
);
report(
  'held out',
  pages.filter((p) => p.held),
);
report('all', pages);
console.log(`\ncheck time for all pages (boilerplate on, quote extraction included): ${checkMs.toFixed(1)} ms`);
const tune = pages.filter((p) => !p.held);
const alarms = tune.flatMap((p) => p.falseAlarms);
if (alarms.length > 0) {
  console.log('article lines wrongly flagged (tune pages only):');
  for (const line of alarms) console.log(`  ${line}`);
}
if (verbose) {
  for (const p of tune) for (const line of p.missed) console.log(line);
  console.log('by page (tune): boilerplate lines missed, then shingle TP / FP / FN shares, lost (all), lost (sure):');
  for (const p of tune) console.log(`  ${p.name}: ${p.boilerMissed}  ${fmt(p.kept[0])} ${fmt(p.kept[1])} ${fmt(p.kept[2])}  ${pct(p.lostAll)} ${pct(p.lostSure)}`);
}
