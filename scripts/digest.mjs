// Digests of what the engine finds, for showing that a change of code is not
// a change of behaviour (a refactor, a speed-up): every sample and every file
// of ../shared/corpus checked with check() (as written, and with CRLF line
// breaks) and through one createChecker() session of five edits, each result
// hashed. Only hashes and counts are written, never the texts.
//
//   node scripts/digest.mjs --out before.json             (uses dist/engine.js)
//   node scripts/digest.mjs --dist OTHER/dist --against before.json
//
// With --against it prints "N same, M differ" and the files that differ, and
// exits 1 when any does.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { dist: { type: 'string' }, out: { type: 'string' }, against: { type: 'string' } } });
const engine = createRequire(import.meta.url)(resolve(values.dist ?? join(root, 'dist'), 'engine.js'));

const folders = [join(root, 'samples'), join(root, '../shared/samples'), join(root, '../shared/corpus')];
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) walk(path);
    else if (/\.(txt|md|html|draft)$/.test(e.name)) files.push(path);
  }
};
for (const folder of folders) if (existsSync(folder)) walk(folder);
files.sort();

const hash = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const digestOf = (r) => hash({ findings: r.findings, quotes: r.quotes, errors: r.errors.length, skipped: r.skipped });

/** Five edits a checker must follow: a repeated word mid-text, a paragraph cut, text added at the end, a quotation mark straightened. */
function session(text) {
  const checker = engine.createChecker();
  const out = [];
  let t = text;
  out.push(digestOf(checker.check(t)));
  const mid = Math.floor(t.length / 2);
  t = `${t.slice(0, mid)} the the ${t.slice(mid)}`;
  out.push(digestOf(checker.check(t)));
  const cut = t.indexOf('\n\n', Math.floor(t.length / 3));
  const next = cut < 0 ? -1 : t.indexOf('\n\n', cut + 2);
  if (next > 0) {
    t = t.slice(0, cut) + t.slice(next);
    out.push(digestOf(checker.check(t)));
  }
  t = `${t}\n\n${text.slice(0, 400)}`;
  out.push(digestOf(checker.check(t)));
  t = t.replace('\u201c', '"');
  out.push(digestOf(checker.check(t)));
  return hash(out);
}

const digests = {};
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const r = engine.check(text);
  digests[relative(root, file)] = {
    lf: digestOf(r),
    crlf: digestOf(engine.check(text.replace(/\r?\n/g, '\r\n'))),
    session: session(text),
    findings: r.findings.length,
    quotes: r.quotes.length,
  };
}
if (values.out) writeFileSync(values.out, `${JSON.stringify(digests, null, 1)}\n`);
console.log(`${files.length} files digested`);

if (values.against) {
  const before = JSON.parse(readFileSync(values.against, 'utf8'));
  const names = new Set([...Object.keys(before), ...Object.keys(digests)]);
  const differ = [...names].filter((name) => JSON.stringify(before[name]) !== JSON.stringify(digests[name]));
  console.log(`${names.size - differ.length} same, ${differ.length} differ`);
  for (const name of differ.slice(0, 20)) console.log(`  ${name}: ${JSON.stringify(before[name])} → ${JSON.stringify(digests[name])}`);
  if (differ.length > 0) process.exitCode = 1;
}
