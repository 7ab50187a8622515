// What the evaluation scripts share: the article-extraction benchmark's
// scoring (4-word shingles of `\w+` tokens, per-page true/false positives and
// false negatives normalised to sum to 1, then precision and recall over the
// pages) and the corpus split (which pages are held out from tuning).
import { createHash } from 'node:crypto';

/** Python's re `\w` with re.UNICODE: the benchmark's word tokens. */
export const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Counts of each run of `n` tokens in `text`. */
export function shingles(text, n = 4) {
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
export function shingleMatch(truth, pred) {
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

/** Precision, recall and F1 over pages' [tp, fp, fn] rows. */
export function scores(rows) {
  const [tp, fp, fn] = rows.reduce((a, r) => [a[0] + r[0], a[1] + r[1], a[2] + r[2]], [0, 0, 0]);
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * Whether a corpus page is held out from tuning: the SHA-1 of its base name
 * (UTF-8) starts with c, d, e or f (news-dev: 12 of 55; web-dev: 23 of 72).
 */
export function heldOut(name) {
  return /^[c-f]/.test(createHash('sha1').update(name, 'utf8').digest('hex'));
}
