// Times the duplicate detector on a 100,000-word draft built at run time from
// the development corpus (../shared/corpus/news-dev/*.article.txt, read, never
// copied), or from the two samples when the corpus is absent. Three drafts:
//   unique  - articles joined once each, topped up with the samples' words reversed
//   cycled  - the articles repeated until 100,000 words (every paragraph repeats)
//   edited  - cycled, with one word in seven changed in the repeats (revised copies)
// Bundles src/engine/detectors/duplicate itself with esbuild, so it needs no build.
// Also times samples/us-russia-spat.txt (487 words; the time per check, averaged over 101 runs).
// Usage: node scripts/bench-duplicates.mjs
//        node scripts/bench-duplicates.mjs --corpus   (lists every duplicate finding on the corpus articles)
//        node scripts/bench-duplicates.mjs --corpus --drafts   (the same on the whole pasted pages)
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { NODE_TARGET } from './node-target.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { readDraft } from ${JSON.stringify(join(root, 'src/engine/draft'))};\nexport { findDuplicates } from ${JSON.stringify(join(root, 'src/engine/detectors/duplicate'))};\n`,
);
await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: NODE_TARGET, outfile: join(dir, 'dup.cjs'), logLevel: 'warning' });
const { readDraft, findDuplicates } = createRequire(import.meta.url)(join(dir, 'dup.cjs'));
rmSync(dir, { recursive: true, force: true });

const corpus = join(root, '../shared/corpus/news-dev');
const sources = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.article.txt'))
      .sort()
      .map((f) => readFileSync(join(corpus, f), 'utf8'))
  : ['us-russia-spat.txt', 'tillerson-putin-scraped.txt'].map((f) => readFileSync(join(root, 'samples', f), 'utf8'));

const words = (s) => s.split(/\s+/).filter(Boolean).length;
const TARGET = 100_000;

function cycled(edit) {
  const parts = [];
  let n = 0;
  for (let round = 0; n < TARGET; round++) {
    for (const src of sources) {
      if (n >= TARGET) break;
      let text = src;
      if (edit && round > 0) {
        let k = 0;
        text = src.replace(/[A-Za-z]+/g, (w) => (++k % 7 === round % 7 ? `${w}s` : w));
      }
      parts.push(text);
      n += words(text);
    }
  }
  return parts.join('\n\n');
}

function unique() {
  const parts = [...sources];
  let n = words(parts.join(' '));
  const all = sources.join(' ').split(/\s+/).filter(Boolean);
  // Top up with the corpus words in reverse order, in 20-word sentences (no repeated runs).
  for (let i = all.length - 1; n < TARGET; i -= 20) {
    const chunk = [];
    for (let j = 0; j < 20; j++) chunk.push(all[(i - j + all.length * 4) % all.length]);
    parts.push(`${chunk.join(' ')}.`);
    n += 20;
  }
  return parts.join('\n\n');
}

if (process.argv.includes('--corpus')) {
  const suffix = process.argv.includes('--drafts') ? '.draft.txt' : '.article.txt';
  const files = readdirSync(corpus)
    .filter((f) => f.endsWith(suffix))
    .sort();
  let total = 0;
  for (const f of files) {
    const text = readFileSync(join(corpus, f), 'utf8');
    for (const x of findDuplicates({ draft: readDraft(text), quotes: [], options: {}, enabled: () => true })) {
      total++;
      const show = (r) => JSON.stringify(text.slice(r.start, r.end).replace(/\s+/g, ' ').slice(0, 90));
      console.log(`${f} ${x.rule} ${x.start}-${x.end} ${show(x)} <- ${x.related[0].start}-${x.related[0].end}: ${x.message}`);
    }
  }
  console.log(`${total} duplicate findings on ${files.length} ${suffix === '.draft.txt' ? 'pasted pages' : 'articles'}`);
  process.exit(0);
}

const ctx = (text) => ({ draft: readDraft(text), quotes: [], options: {}, enabled: () => true });
const sample = readFileSync(join(root, 'samples/us-russia-spat.txt'), 'utf8');
const small = sample.split(/\s+/).slice(0, 600).join(' ');
for (const [name, text] of [
  ['sample', small],
  ['unique', unique()],
  ['cycled', cycled(false)],
  ['edited', cycled(true)],
]) {
  const c = ctx(text);
  for (let i = 0; i < (text.length < 10000 ? 200 : 3); i++) findDuplicates(c); // warm up
  const times = [];
  const cpu = [];
  let found = [];
  const per = text.length < 10000 ? 101 : 1;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const u = process.cpuUsage();
    for (let k = 0; k < per; k++) found = findDuplicates(c);
    const used = process.cpuUsage(u);
    times.push((performance.now() - t) / per);
    cpu.push((used.user + used.system) / 1000 / per);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const byRule = {};
  for (const f of found) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  console.log(
    `${name.padEnd(7)} ${words(text)} words: median ${times[3].toFixed(2)} ms wall, ${cpu[3].toFixed(2)} ms CPU (min ${times[0].toFixed(2)} ms wall), findings ${JSON.stringify(byRule)}`,
  );
}
