// Evaluates the web page → article extraction (`dist/extract.js`) on a folder
// of NAME.html / NAME.article.txt pairs, and beside it bare Readability on
// linkedom (the textContent of `parse()`) on the same pages in the same run.
// Scored the way eval:boilerplate scores (scrapinghub's article-extraction
// benchmark, string_shingle_matching): tokens are `\w+` matches (Unicode, case
// kept), shingles are 4-grams, TP/FP/FN counted on shingle multisets and
// normalised per page, precision and recall averaged over pages, F1 from them.
//
//   npm run eval:paste -- [DIR] [--verbose]      (DIR defaults to ../shared/corpus/news-dev)
//
// Figures are printed for the tune part, the held-out part and all pages: a
// page is held out when the SHA-1 of its name (NAME, UTF-8) starts with c–f.
// Also the extraction without its clean-up (`clean: false`), to show what the
// clean-up adds; pages that lose half their article (recall < 0.5); the time
// per page and the slowest page; and the time for 1 MB pages (floor 300 ms).
//
// COPYDESK_EXTRACT=path/to/extract.js overrides the bundle (default ../dist/extract.js).
import { Readability } from '@mozilla/readability';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { heldOut, scores, shingleMatch } from './eval-common.mjs';

const require = createRequire(import.meta.url);
const extractPath = process.env.COPYDESK_EXTRACT ? resolve(process.env.COPYDESK_EXTRACT) : '../dist/extract.js';
const { extractArticle } = require(extractPath);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/corpus/news-dev', import.meta.url).pathname;
if (!existsSync(dir)) {
  console.error(`eval:paste: no folder ${dir}\nusage: npm run eval:paste -- [DIR] [--verbose]`);
  process.exit(2);
}

/** A page's own recall: the share of the article's shingles it kept. */
const pageRecall = ([tp, , fn]) => (tp + fn > 0 ? tp / (tp + fn) : 1);

const fmt = (x) => x.toFixed(3);

function bareReadability(html) {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.article.txt'))))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

const pages = [];
for (const name of names) {
  const html = readFileSync(join(dir, `${name}.html`), 'utf8');
  const article = readFileSync(join(dir, `${name}.article.txt`), 'utf8');
  const t0 = performance.now();
  const result = extractArticle(html, { format: 'text' });
  const ms = performance.now() - t0;
  const ours = shingleMatch(article, result.text);
  const bare = shingleMatch(article, bareReadability(html));
  const raw = shingleMatch(article, extractArticle(html, { format: 'text', clean: false }).text);
  pages.push({ name, held: heldOut(name), ours, bare, raw, ms, source: result.source, problem: result.problem, bytes: html.length });
}

function report(label, subset) {
  if (subset.length === 0) return;
  const ours = scores(subset.map((p) => p.ours));
  const bare = scores(subset.map((p) => p.bare));
  const raw = scores(subset.map((p) => p.raw));
  const lost = subset.filter((p) => pageRecall(p.ours) < 0.5);
  const bareLost = subset.filter((p) => pageRecall(p.bare) < 0.5);
  console.log(`${label} (${subset.length} pages)`);
  console.log(`  copydesk extract:   precision ${fmt(ours.precision)}  recall ${fmt(ours.recall)}  F1 ${fmt(ours.f1)}  pages losing half the article: ${lost.length}`);
  console.log(`  without clean-up:   precision ${fmt(raw.precision)}  recall ${fmt(raw.recall)}  F1 ${fmt(raw.f1)}`);
  console.log(
    `  bare Readability:   precision ${fmt(bare.precision)}  recall ${fmt(bare.recall)}  F1 ${fmt(bare.f1)}  pages losing half the article: ${bareLost.length}`,
  );
  for (const p of lost) console.log(`    loses half: ${p.held ? '(held out)' : p.name} recall ${fmt(pageRecall(p.ours))}${p.problem ? ` (${p.problem})` : ''}`);
}

console.log(`eval:paste on ${dir}`);
report(
  'tune',
  pages.filter((p) => !p.held),
);
report(
  'held out',
  pages.filter((p) => p.held),
);
report('all', pages);

const sources = new Map();
for (const p of pages) sources.set(p.source, (sources.get(p.source) ?? 0) + 1);
console.log(`sources: ${[...sources].map(([s, n]) => `${s} ${n}`).join(', ')}`);
const total = pages.reduce((a, p) => a + p.ms, 0);
const slowest = pages.reduce((a, p) => (p.ms > a.ms ? p : a), pages[0]);
console.log(
  `time: ${fmt(total / pages.length)} ms per page on average; slowest ${slowest.held ? '(held out)' : slowest.name} ${slowest.ms.toFixed(1)} ms (${(slowest.bytes / 1024).toFixed(0)} KB)`,
);

// Speed on 1 MB: the folder's largest page when it is that big (a real page), and a
// stress page of 1 MB of article paragraphs (the largest tune page's, repeated):
// all text, no scripts or markup to skip. Each is timed three times after a warm-up;
// the median counts (the machine may be busy).
function median(html) {
  extractArticle(html, { format: 'markdown' });
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    extractArticle(html, { format: 'markdown' });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1];
}
const MB = 1024 * 1024;
const verdict = (ms) => (ms < 300 ? 'PASS' : 'FAIL');
const largest = pages.reduce((a, p) => (p.bytes > a.bytes ? p : a));
if (largest.bytes >= MB) {
  const ms = median(readFileSync(join(dir, `${largest.name}.html`), 'utf8'));
  console.log(`largest page, ${largest.held ? '(held out)' : largest.name} (${(largest.bytes / MB).toFixed(2)} MB): ${ms.toFixed(0)} ms  ${verdict(ms)} (floor 300 ms)`);
}
const biggest = pages.filter((p) => !p.held).reduce((a, p) => (p.bytes > a.bytes ? p : a));
const paragraphs = readFileSync(join(dir, `${biggest.name}.html`), 'utf8').match(/<p[\s>][\s\S]*?<\/p>/g) ?? [
  '<p>A paragraph of plain words for the size test, long enough to count as the article.</p>',
];
const body = [];
for (let size = 0, i = 0; size < MB; i++) {
  const p = paragraphs[i % paragraphs.length];
  body.push(p);
  size += p.length + 1;
}
const stress = `<!doctype html><html><head><title>Size test</title></head><body><article>${body.join('\n')}</article></body></html>`;
const stressMs = median(stress);
console.log(`1 MB of article paragraphs (${(stress.length / MB).toFixed(2)} MB, stress): ${stressMs.toFixed(0)} ms  ${verdict(stressMs)} (floor 300 ms)`);

if (verbose) {
  console.log('by page: copydesk P R | bare P R | ms | source');
  for (const p of pages) {
    if (p.held) continue;
    const [tp, fp, fn] = p.ours;
    const [btp, bfp, bfn] = p.bare;
    const P = (a, b) => fmt(a + b > 0 ? a / (a + b) : 0);
    console.log(`  ${p.name.padEnd(28)} ${P(tp, fp)} ${P(tp, fn)} | ${P(btp, bfp)} ${P(btp, bfn)} | ${p.ms.toFixed(0).padStart(4)} | ${p.source}`);
  }
}
