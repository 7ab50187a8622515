/**
 * Finds every regular expression written in the engine's source (literals and
 * `new RegExp('literal')`), builds the worst inputs for each (long runs of the
 * characters and words it matches, ending in a character that makes the match
 * fail), and times each pattern on them in a child process that is killed if
 * it hangs. Used by regex-safety.test.ts; reads the TypeScript sources at run
 * time, so rules added later are covered without changing the test.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

export interface FoundRegex {
  /** file:line where the pattern is written. */
  where: string;
  source: string;
  flags: string;
}

export interface DynamicRegex {
  where: string;
  code: string;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** All regular expressions in `src/engine` (and the CLI), found with the TypeScript parser. */
export function findRegexes(roots = ['src/engine', 'src/cli']): { literals: FoundRegex[]; dynamic: DynamicRegex[] } {
  // Loaded at run time (not bundled): the TypeScript compiler is a dev dependency.
  const ts = createRequire(path.resolve('package.json'))('typescript') as typeof import('typescript');
  const literals: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const file of roots.flatMap((r) => (fs.existsSync(r) ? tsFiles(r) : []))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (node: import('typescript').Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: import('typescript').Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const slash = text.lastIndexOf('/');
        literals.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          literals.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
        } else {
          dynamic.push({ where: where(node), code: node.getText(source).slice(0, 160) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, dynamic };
}

const ESCAPES: Record<string, string[]> = {
  s: [' ', '\n', '\u00a0'],
  S: ['a'],
  w: ['a', '1', '_'],
  W: [' ', '.'],
  d: ['1'],
  D: ['a'],
  p: ['a', 'A', 'é', '.'],
  P: [' '],
  n: ['\n'],
  r: ['\r'],
  t: ['\t'],
};

/**
 * The characters a pattern can match, read roughly from its source: literal
 * characters, class members and ranges' ends, `\uXXXX` escapes and the
 * usual class escapes. Good enough to build the long runs that make a badly
 * written pattern backtrack.
 */
export function alphabet(source: string): string[] {
  const chars = new Set<string>(['a', ' ', '.', '\n']);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)));
        i += 5;
      } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)));
        i += 3;
      } else {
        for (const x of ESCAPES[next] ?? (/[a-zA-Z0-9]/.test(next) ? [] : [next])) chars.add(x);
        i += 1;
      }
    } else if (!'()[]{}|?*+^$'.includes(c)) {
      chars.add(c);
    }
  }
  return [...chars];
}

/** Words (letter runs) written in a pattern, e.g. `said` in /\b(said|told)\b/. */
export function words(source: string): string[] {
  return [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z\u00c0-\u024f']{2,}/g) ?? [])].slice(0, 12);
}

/** The worst inputs for a pattern: long runs of what it matches, each ending in something it does not. */
export function worstInputs(source: string, n: number): string[] {
  const runs: string[] = [];
  const chars = alphabet(source);
  for (const c of chars) runs.push(c.repeat(n));
  for (const c of chars.slice(0, 16)) runs.push(`${c} `.repeat(n / 2), `a${c}`.repeat(n / 2));
  for (const w of words(source)) runs.push(`${w} `.repeat(Math.ceil(n / (w.length + 1))), w.repeat(Math.ceil(n / w.length)));
  return runs.flatMap((r) => [r, `${r}\u0000`, `${r}!`]);
}

export interface Timing {
  where: string;
  source: string;
  input: string;
  ms: number;
}

const CHILD = `
const { performance } = require('node:perf_hooks');
const jobs = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const out = [];
for (const job of jobs) {
  let re;
  try { re = new RegExp(job.source, job.flags.replace(/[gy]/g, '')); } catch { continue; }
  const global = new RegExp(job.source, job.flags.includes('g') ? job.flags : job.flags + 'g');
  for (const input of job.inputs) {
    process.stdout.write(JSON.stringify({ start: job.where, source: job.source, input: input.slice(0, 40), length: input.length }) + '\\n');
    const t0 = performance.now();
    re.test(input);
    global.lastIndex = 0;
    let count = 0;
    for (let m = global.exec(input); m && count < 1e6; m = global.exec(input), count++) if (m[0] === '') global.lastIndex++;
    const ms = performance.now() - t0;
    process.stdout.write(JSON.stringify({ where: job.where, source: job.source, input: input.slice(0, 40), ms }) + '\\n');
  }
}
`;

/**
 * Time every pattern on its worst inputs (each of length about `n`) in a child
 * process. Returns the timings, or the pattern and input it was stuck on when
 * the child had to be killed after `timeoutMs`.
 */
export function timeRegexes(
  found: readonly FoundRegex[],
  n: number,
  timeoutMs: number,
  inputs: (source: string, n: number) => string[] = worstInputs,
): { timings: Timing[]; hung?: { where: string; source: string; input: string } } {
  const jobs = found.map((r) => ({ ...r, inputs: inputs(r.source, n) }));
  const child = spawnSync(process.execPath, ['-e', CHILD], { input: JSON.stringify(jobs), timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  const lines = (child.stdout ?? '')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const timings = lines.filter((l) => 'ms' in l) as Timing[];
  if (child.error || child.status !== 0) {
    const last = lines[lines.length - 1];
    return {
      timings,
      hung:
        last && 'start' in last ? { where: last.start, source: last.source, input: last.input } : { where: '?', source: '?', input: String(child.error ?? child.stderr) },
    };
  }
  return { timings };
}
