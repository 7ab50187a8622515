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
//
// DIR may instead hold PolNeAR's format (NAME.txt and NAME.quotes.json, a list
// of {start, end, content, source, source_start, source_end, source_person},
// as built by ../shared/tools/polnear-dev.py). It is scored as that tool's
// header says: each quoted segment (the text between a pair of quotation marks
// inside a content span, marks included) counts as found when a returned quote
// covers half of it or more; speaker accuracy is over found segments whose
// source_person is not null, right when the returned speaker contains
// source_person's last word. Misses are broken down by cause (not found,
// unattributed, wrong person) and by construction (where the annotated source
// stands against the quote, and the word after the source).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { check } = require(join(root, 'dist/engine.js'));

const dir = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(root, 'eval/quotes'));
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
if (Array.isArray(JSON.parse(readFileSync(join(dir, files[0]), 'utf8')))) {
  evalPolnear();
  process.exit(0);
}

/** The quoted segments of a content span: [start, end) of each pair of marks, marks included (a mark left open runs to the span's end). */
function segmentsOf(text, start, end) {
  const out = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '\u201c' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if (ch === '\u201d' || ch === '"') {
      out.push([open < 0 ? start : open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, end]);
  return out;
}

/** Where the annotated source stands against the quote, and the word that follows the source. */
function construction(text, q, seg) {
  if (q.source_start == null) return 'no source';
  const where =
    q.source_start >= seg[1]
      ? 'source after quote'
      : q.source_end <= seg[0]
        ? /[.!?]["\u201d\u2019')]*\s/.test(text.slice(q.source_end, seg[0])) || text.slice(q.source_end, seg[0]).includes('\n')
          ? 'source in an earlier sentence'
          : 'source before quote'
        : 'source inside quote';
  const next = /^[\s,]*([\p{L}’']+)/u.exec(text.slice(q.source_end, q.source_end + 40));
  if (next) return `${where}: ${next[1].toLowerCase()}`;
  // No word after the source: name the punctuation that follows it, and the one before it.
  const after = JSON.stringify(
    text
      .slice(q.source_end, q.source_end + 2)
      .trim()
      .slice(0, 1) || 'end',
  );
  const before = JSON.stringify(
    text
      .slice(Math.max(0, q.source_start - 2), q.source_start)
      .trim()
      .slice(-1) || 'space',
  );
  return `${where}: (${before} before, ${after} after)`;
}

function evalPolnear() {
  const t = { segments: 0, found: 0, named: 0, right: 0, notFound: 0, unattributed: 0, wrong: 0, short: 0, partial: 0 };
  const causes = new Map();
  const note = (cause, key) => {
    const m = causes.get(cause) ?? new Map();
    m.set(key, (m.get(key) ?? 0) + 1);
    causes.set(cause, m);
  };
  for (const f of files) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = readFileSync(join(dir, f.replace(/\.quotes\.json$/, '.txt')), 'utf8');
    const predicted = check(text, { categories: OFF }).quotes;
    const seen = new Set();
    for (const q of gold) {
      for (const seg of segmentsOf(text, q.start, q.end)) {
        const key = `${seg[0]}-${seg[1]}-${q.source_person}`;
        if (seen.has(key)) continue;
        seen.add(key);
        t.segments++;
        const half = (seg[1] - seg[0]) / 2;
        const p = predicted.find((x) => Math.min(x.end, seg[1]) - Math.max(x.start, seg[0]) >= half);
        const last = q.source_person ? q.source_person.split(/\s+/).pop() : null;
        if (last) t.named++;
        if (!p) {
          if (last) {
            t.notFound++;
            note('not found', construction(text, q, seg));
          }
          continue;
        }
        t.found++;
        if (!last) continue;
        if (p.speaker && p.speaker.includes(last)) {
          t.right++;
          continue;
        }
        const cause = p.speaker ? 'wrong person' : 'unattributed';
        if (p.speaker) t.wrong++;
        else t.unattributed++;
        if (p.kind === 'short') t.short++;
        if (p.kind === 'partial') t.partial++;
        note(cause, construction(text, q, seg));
        if (verbose) {
          const ctx = text.slice(Math.max(0, Math.min(q.source_start ?? seg[0], seg[0]) - 60), Math.min(text.length, Math.max(q.source_end ?? seg[1], seg[1]) + 20));
          console.log(`  ${f} ${cause.toUpperCase()} ${seg[0]}-${seg[1]} gold=${q.source_person} got=${p.speaker} kind=${p.kind}\n      ${JSON.stringify(ctx)}`);
        }
      }
    }
  }
  const fmt = (x) => x.toFixed(3);
  const named = t.right + t.unattributed + t.wrong;
  console.log(`PolNeAR format: ${files.length} articles, ${t.segments} quoted segments (${t.named} with a named source)`);
  console.log(`span recall ${fmt(t.found / t.segments)}  speaker accuracy on named sources ${fmt(t.right / named)} (${t.right}/${named})`);
  console.log(
    `misses: not found ${t.notFound}  unattributed ${t.unattributed}  wrong person ${t.wrong} (${fmt(t.wrong / named)})  [of the misses found: kind short ${t.short}, partial ${t.partial}]`,
  );
  for (const [cause, m] of causes) {
    console.log(`  ${cause}:`);
    const rows = [...m].sort((a, b) => b[1] - a[1]);
    for (const [k, n] of rows.slice(0, verbose ? 1e9 : 12)) console.log(`    ${String(n).padStart(4)}  ${k}`);
    if (!verbose && rows.length > 12) console.log(`    (${rows.length - 12} more constructions; --verbose lists all)`);
  }
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
