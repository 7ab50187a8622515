#!/usr/bin/env node
// The long property run: the same engine properties as `npm test`
// (test/unit/robustness/properties.ts), with many more cases and a fresh seed.
//
//   node scripts/fuzz.mjs --runs 20000            # 20,000 cases, random seed
//   node scripts/fuzz.mjs --runs 5000 --seed 42   # replay a seed
//   node scripts/fuzz.mjs --only unicode          # properties whose name contains "unicode"
//   node scripts/fuzz.mjs --no-corpus             # mutate only the two samples
//   node scripts/fuzz.mjs --disable boilerplate/separator --disable quote
//                                                 # look past a known failure
//
// `--runs` is the total across the properties, shared out by weight as in
// `npm test`. Run it from the repository root. The news-dev corpus is read at
// run time from ../shared/corpus/news-dev beside the checkout (or $COPYDESK_CORPUS) when present.
// On failure it prints fast-check's shrunk counterexample, the seed and the
// path to replay it, and exits 1.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NODE_TARGET } from './node-target.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    'no-corpus': { type: 'boolean', default: false },
    disable: { type: 'string', multiple: true, default: [] },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('Usage: node scripts/fuzz.mjs [--runs N] [--seed S] [--only TEXT] [--no-corpus] [--disable RULE|CATEGORY]...');
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs <= 0) {
  console.error(`fuzz: --runs ${values.runs}: expected a positive whole number`);
  process.exit(2);
}
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(values.seed);

const outdir = resolve('out/fuzz');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'properties.js');
await esbuild.build({
  entryPoints: ['test/unit/robustness/properties.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: NODE_TARGET,
  format: 'cjs',
  sourcemap: 'inline',
  define: { COPYDESK_VERSION: '"fuzz"' },
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const fc = require('fast-check');
const { engineProperties } = require(outfile);

const properties = engineProperties({ corpus: !values['no-corpus'], disable: values.disable }).filter((p) => !values.only || p.name.includes(values.only));
if (properties.length === 0) {
  console.error(`fuzz: no property matches --only ${values.only}`);
  process.exit(2);
}
const weights = properties.reduce((sum, p) => sum + p.weight, 0);
console.log(`fuzz: seed ${seed}, ${runs} cases over ${properties.length} properties`);
let failed = 0;
for (const { name, weight, property } of properties) {
  const numRuns = Math.max(1, Math.round((runs * weight) / weights));
  const t0 = performance.now();
  const details = fc.check(property, { seed, numRuns });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(`FAIL ${name} (${details.numRuns} cases, ${seconds} s)`);
    console.log(fc.defaultReportMessage(details));
    console.log(`Error: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n`);
  } else {
    console.log(`ok   ${name} (${details.numRuns} cases, ${seconds} s)`);
  }
}
process.exit(failed ? 1 : 0);
