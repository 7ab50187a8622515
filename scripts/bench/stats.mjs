// Statistics, timing and formatting helpers for scripts/bench.mjs.
// Plain ESM JavaScript (run by Node directly); types in stats.d.mts.

/** Value at quantile q (0..1) of an ascending array, interpolating linearly. NaN when empty. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function ascending(values) {
  return [...values].sort((a, b) => a - b);
}

export function median(values) {
  return quantile(ascending(values), 0.5);
}

/** Median absolute deviation from the median. */
export function mad(values) {
  if (values.length === 0) return NaN;
  const m = median(values);
  return median(values.map((v) => Math.abs(v - m)));
}

/** Median, p10, p90, min, max and MAD of a list of timings. */
export function summarize(values) {
  const sorted = ascending(values);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted.length ? sorted[0] : NaN,
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    mad: mad(sorted),
  };
}

/** Geometric mean of positive numbers (ratios); NaN when empty or any value is not positive. */
export function geomean(values) {
  if (values.length === 0 || values.some((v) => !(v > 0))) return NaN;
  return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
}

/** a / b, or NaN when either is missing or b is 0. */
export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN;
}

const WORD = /\S+/g;
const HAS_ALNUM = /[\p{L}\p{N}]/u;

/**
 * Words as an editor counts them: whitespace-separated tokens that contain a
 * letter or a digit (a lone dash or bullet is not a word).
 */
export function countWords(text) {
  let n = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) if (HAS_ALNUM.test(m[0])) n++;
  return n;
}

/** Most untimed warm-up calls, whatever `warmupMs` asks. */
const MAX_WARMUP = 1000;

/**
 * Time `fn` warm: at least `warmup` untimed calls (and more until `warmupMs`
 * have passed, at most 1,000), then timed calls until `maxRuns`
 * are done or, after at least `minRuns`, the timed calls have used `budgetMs`.
 * `now` is injectable for tests. Returns the summary plus the raw times and the
 * last result.
 */
export function measureSync(fn, { warmup = 2, warmupMs = 0, minRuns = 5, maxRuns = 30, budgetMs = 300, now = () => performance.now() } = {}) {
  let result;
  const warmStart = warmupMs > 0 ? now() : 0;
  for (let i = 0; i < warmup || (warmupMs > 0 && i < MAX_WARMUP && now() - warmStart < warmupMs); i++) result = fn();
  const times = [];
  let spent = 0;
  while (times.length < maxRuns && (times.length < minRuns || spent < budgetMs)) {
    const t0 = now();
    result = fn();
    const dt = now() - t0;
    times.push(dt);
    spent += dt;
  }
  return { ...summarize(times), times, result };
}

/** `measureSync` for a function returning a promise. */
export async function measureAsync(fn, { warmup = 2, warmupMs = 0, minRuns = 5, maxRuns = 30, budgetMs = 300, now = () => performance.now() } = {}) {
  let result;
  const warmStart = warmupMs > 0 ? now() : 0;
  for (let i = 0; i < warmup || (warmupMs > 0 && i < MAX_WARMUP && now() - warmStart < warmupMs); i++) result = await fn();
  const times = [];
  let spent = 0;
  while (times.length < maxRuns && (times.length < minRuns || spent < budgetMs)) {
    const t0 = now();
    result = await fn();
    const dt = now() - t0;
    times.push(dt);
    spent += dt;
  }
  return { ...summarize(times), times, result };
}

/** Milliseconds with precision suited to their size: 0.042, 3.14, 27.5, 1234. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  const abs = Math.abs(ms);
  if (abs < 0.1) return ms.toFixed(3);
  if (abs < 10) return ms.toFixed(2);
  if (abs < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

/** A ratio as "12.3×" (or "–" when unknown). */
export function formatRatio(r) {
  if (!Number.isFinite(r)) return '–';
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

/** A summary as "median (p10–p90)". */
export function formatSpread(s) {
  if (!s || !Number.isFinite(s.median)) return '–';
  return `${formatMs(s.median)} (${formatMs(s.p10)}–${formatMs(s.p90)})`;
}

/** Bytes as "1.23 MB" / "456 kB" / "12 B" (decimal units). */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** A plain-text table: columns padded, numbers right-aligned (columns listed in `right`). */
export function table(header, rows, right = []) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c)));
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i] - [...c].length);
        return right.includes(i) ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}
