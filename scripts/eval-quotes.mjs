// Quote extraction against gold annotations.
//
//   npm run eval:quotes -- DIR        (DIR defaults to eval/quotes)
//
// DIR holds NAME.quotes.json files: {"file": "NAME.article.txt", "quotes":
// [{"start", "end", "speaker", "hash"?}]}. Offsets are UTF-16 indices into the
// text, ranges include the quotation marks; `speaker` is the full name as
// first introduced (null when the text names nobody). `hash` (optional) is the
// first 8 hex digits of the SHA-1 of the quoted range, to notice drift.
// The text is looked up next to the gold file first, then in the corpus
// folder (COPYDESK_CORPUS, default ../shared/corpus/news-dev), so corpus texts
// never need to be copied into the project.
//
// Scored: direct quotes (scare quotes and quoted titles, kind "short", are not
// speech and are not annotated). A span counts when start and end match
// exactly. Speaker accuracy is over correctly found spans.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { check } = require(join(root, 'dist/engine.js'));

const dir = resolve(process.argv[2] ?? join(root, 'eval/quotes'));
const corpus = resolve(process.env.COPYDESK_CORPUS ?? join(root, '../shared/corpus/news-dev'));
const verbose = process.argv.includes('--verbose');

const OFF = { duplicate: false, boilerplate: false, grammar: false, style: false };
export const shortHash = (s) => createHash('sha1').update(s).digest('hex').slice(0, 8);

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.quotes.json'))
  .sort();
if (files.length === 0) {
  console.error(`eval-quotes: no *.quotes.json files in ${dir}`);
  process.exit(1);
}

const total = { tp: 0, fp: 0, fn: 0, speakerOk: 0 };
const rows = [];
let missing = 0;
for (const f of files) {
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const textPath = [resolve(dir, gold.file), join(corpus, gold.file)].find((p) => existsSync(p));
  if (!textPath) {
    missing++;
    continue;
  }
  const text = readFileSync(textPath, 'utf8');
  for (const g of gold.quotes) {
    if (g.hash && shortHash(text.slice(g.start, g.end)) !== g.hash) console.warn(`${f}: gold ${g.start}-${g.end} does not match its hash (text changed?)`);
  }
  const predicted = check(text, { categories: OFF }).quotes.filter((q) => q.kind !== 'short');
  const byRange = new Map(predicted.map((q) => [`${q.start}-${q.end}`, q]));
  const goldRanges = new Set(gold.quotes.map((g) => `${g.start}-${g.end}`));
  let tp = 0;
  let speakerOk = 0;
  for (const g of gold.quotes) {
    const p = byRange.get(`${g.start}-${g.end}`);
    if (!p) {
      if (verbose) console.log(`  ${f} MISSED ${g.start}-${g.end} ${JSON.stringify(text.slice(g.start, g.end).slice(0, 60))}`);
      continue;
    }
    tp++;
    if ((p.speaker ?? null) === (g.speaker ?? null)) speakerOk++;
    else if (verbose) console.log(`  ${f} SPEAKER ${g.start}-${g.end} gold=${g.speaker} got=${p.speaker}`);
  }
  const extra = predicted.filter((q) => !goldRanges.has(`${q.start}-${q.end}`));
  if (verbose) for (const q of extra) console.log(`  ${f} EXTRA ${q.start}-${q.end} ${JSON.stringify(text.slice(q.start, q.end).slice(0, 60))}`);
  const fp = extra.length;
  const fn = gold.quotes.length - tp;
  total.tp += tp;
  total.fp += fp;
  total.fn += fn;
  total.speakerOk += speakerOk;
  rows.push({ file: gold.file, gold: gold.quotes.length, tp, fp, fn, speakerOk });
}

const ratio = (a, b) => (b === 0 ? 1 : a / b);
const fmt = (x) => x.toFixed(3);
console.log(`${'file'.padEnd(34)} gold  P      R      speaker`);
for (const r of rows) {
  console.log(`${r.file.padEnd(34)} ${String(r.gold).padStart(4)}  ${fmt(ratio(r.tp, r.tp + r.fp))}  ${fmt(ratio(r.tp, r.tp + r.fn))}  ${fmt(ratio(r.speakerOk, r.tp))}`);
}
const P = ratio(total.tp, total.tp + total.fp);
const R = ratio(total.tp, total.tp + total.fn);
const S = ratio(total.speakerOk, total.tp);
console.log(`overall (${rows.length} files, ${total.tp + total.fn} gold quotes): span precision ${fmt(P)}  span recall ${fmt(R)}  speaker accuracy ${fmt(S)}`);
if (missing) console.log(`(${missing} gold file(s) skipped: text not found)`);
