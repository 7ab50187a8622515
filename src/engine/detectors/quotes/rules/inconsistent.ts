/**
 * quote/inconsistent: the same speaker is quoted twice with nearly, but not
 * exactly, the same words: one of the two is likely a misquote. Words are
 * compared lower-cased without punctuation; the shorter quote is aligned
 * against the best-matching stretch of the longer one, so a partial quote
 * that repeats part of a full one exactly is fine, and one that changes a
 * word of it is reported. Candidates come from shared word pairs, so only
 * quotes that share wording are ever compared.
 */
import type { Finding, RuleMeta } from '../../../types';
import type { ExtractedQuote, QuoteReading } from '../reading';

export const meta: RuleMeta = {
  id: 'quote/inconsistent',
  category: 'quote',
  defaultSeverity: 'warning',
  description: 'The same speaker is quoted twice with nearly the same words: one is likely a misquote.',
};

const MIN_WORDS = 4;
/** Longest quote (in words) aligned; longer quotes are compared on their first words only. */
const MAX_WORDS = 120;
const MAX_CANDIDATES = 8;
/** Quotes remembered per word pair: common pairs ("of the") stop collecting. */
const MAX_LIST = 24;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function quoteWords(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    out.push(w.includes('’') ? w.replace(/’/g, "'") : w);
    if (out.length >= MAX_WORDS) break;
  }
  return out;
}

/** Fewest word edits turning `a` into some stretch of `b` (semi-global alignment). */
export function alignDistance(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = Infinity;
  for (let j = 0; j <= b.length; j++) best = Math.min(best, prev[j]);
  return best;
}

/** Near-copies: at least one word differs, at most one in five. */
export function nearlySame(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_WORDS) return false;
  const d = alignDistance(short, long);
  return d >= 1 && d <= Math.max(1, Math.floor(short.length / 5));
}

/**
 * The findings depend on each speaker's quotes alone (candidates, repeats and
 * word pairs are all per speaker), so the work is done per speaker, in draft
 * order, and with state (createChecker) a speaker whose quotes have the very
 * same words as at the last check (the words are kept per paragraph, so the
 * same arrays) reuses its result: a one-word edit compares again only the
 * quotes of the speakers it touched.
 */
export function findInconsistent(done: QuoteReading): Finding[] {
  const { quotes: all, state } = done;
  const last = state?.inconsistentLast;
  if (state) state.inconsistentLast = undefined;
  const quick = done.quick;
  if (state && last && quick && last.quotes === quick.before) {
    const found = quickFound(all, quick, last, state.inconsistent);
    if (found) {
      state.inconsistentLast = { quotes: all, groups: last.groups, found };
      return found.map((f) => f.finding);
    }
  }
  const groups = new Map<string, number[]>();
  for (let i = 0; i < all.length; i++) {
    const g = groupOf(all[i]);
    if (g === null) continue;
    const members = groups.get(g);
    if (members) members.push(i);
    else groups.set(g, [i]);
  }
  const kept = state?.inconsistent;
  const next = new Map<string, { words: readonly (readonly string[])[]; pairs: number[] }>();
  const found: Found[] = [];
  for (const [speaker, members] of groups) {
    const pairs = pairsOf(all, speaker, members, kept, next);
    for (let k = 0; k < pairs.length; k += 2) found.push(foundOf(all, members[pairs[k]], members[pairs[k + 1]], speaker));
  }
  // Each quote is reported once at most: by it, the later of its pair.
  found.sort((x, y) => x.i - y.i);
  if (state) {
    state.inconsistent = next;
    state.inconsistentLast = { quotes: all, groups, found };
  }
  return found.map((f) => f.finding);
}

interface Found {
  i: number;
  j: number;
  speaker: string;
  finding: Finding;
}

/** The speaker whose quotes a quote is compared with, or null. */
function groupOf(q: ExtractedQuote): string | null {
  return q.speaker === null || q.kind === 'short' ? null : q.speaker;
}

function foundOf(all: readonly ExtractedQuote[], i: number, j: number, speaker: string): Found {
  return { i, j, speaker, finding: finding(all[i], all[j]) };
}

/** One speaker's pairs (indices into `members`), reused from `kept` when the quotes' words are the very same; recorded in `next`. */
function pairsOf(
  all: readonly ExtractedQuote[],
  speaker: string,
  members: readonly number[],
  kept: Map<string, { words: readonly (readonly string[])[]; pairs: number[] }> | undefined,
  next: Map<string, { words: readonly (readonly string[])[]; pairs: number[] }>,
): number[] {
  // A speaker quoted once has no pair: the words need not be read (nor kept, the next check finds none either).
  if (members.length < 2) return [];
  const words = members.map((i) => (all[i].info.words ??= quoteWords(all[i].text)));
  const before = kept?.get(speaker);
  const pairs = before && sameArrays(before.words, words) ? before.pairs : speakerPairs(words);
  next.set(speaker, { words, pairs });
  return pairs;
}

/**
 * After the quick extraction path: the quotes outside [lo, hi) have the same
 * speakers, kinds and words as at the last check (those from hi on moved).
 * If the quotes in [lo, hi) still fall in the same groups, only their
 * speakers' pairs can change; the other pairs stand (their findings made
 * again only where a quote moved). Undefined when a group changed.
 */
function quickFound(
  all: readonly ExtractedQuote[],
  quick: { before: readonly ExtractedQuote[]; lo: number; hi: number },
  last: { groups: Map<string, number[]>; found: Found[] },
  kept: Map<string, { words: readonly (readonly string[])[]; pairs: number[] }>,
): Found[] | undefined {
  const { before, lo, hi } = quick;
  if (before.length !== all.length) return undefined;
  let touched: string[] | undefined;
  for (let i = lo; i < hi; i++) {
    const g = groupOf(all[i]);
    if (g !== groupOf(before[i])) return undefined;
    if (g !== null && !(touched ??= []).includes(g)) touched.push(g);
  }
  const found: Found[] = [];
  for (const f of last.found) {
    if (touched?.includes(f.speaker)) continue;
    // j < i: a pair after the paragraph moved; one before it stands as it was.
    found.push(f.i < lo ? f : foundOf(all, f.i, f.j, f.speaker));
  }
  if (touched) {
    for (const speaker of touched) {
      const members = last.groups.get(speaker);
      if (!members) return undefined;
      const pairs = pairsOf(all, speaker, members, kept, kept);
      for (let k = 0; k < pairs.length; k += 2) found.push(foundOf(all, members[pairs[k]], members[pairs[k + 1]], speaker));
    }
    found.sort((x, y) => x.i - y.i);
  }
  return found;
}

function sameArrays(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One speaker's quotes (their words, in draft order): pairs [i, j] of a quote i that nearly repeats an earlier quote j. */
export function speakerPairs(words: readonly (readonly string[])[]): number[] {
  // A word pair as one number, not a joined string: the words' ids (in order of first use), first × count + second.
  const ids = new Map<string, number>();
  for (const w of words) if (w.length >= MIN_WORDS) for (const x of w) if (!ids.has(x)) ids.set(x, ids.size);
  const count = ids.size;
  const byPair = new Map<number, number[]>();
  const out: number[] = [];
  const reported = new Set<number>();
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length < MIN_WORDS) continue;
    // The very same words again are fine, and a near-copy of them is found through the first copy.
    const same = w.join(' ');
    if (seen.has(same)) continue;
    seen.add(same);
    const keys: number[] = [];
    for (let k = 0; k + 1 < w.length; k++) keys.push(ids.get(w[k])! * count + ids.get(w[k + 1])!);
    const candidates = new Map<number, number>();
    for (const key of keys) {
      const list = byPair.get(key);
      if (list) for (const j of list) candidates.set(j, (candidates.get(j) ?? 0) + 1);
    }
    // A near-copy shares most word pairs with the other quote (at least half of the shorter one's).
    const ranked = [...candidates]
      .filter(([j, n]) => n >= 2 && n * 2 >= Math.min(w.length, words[j].length) - 1)
      .sort((x, y) => y[1] - x[1])
      .slice(0, MAX_CANDIDATES);
    for (const [j] of ranked) {
      if (reported.has(i)) break;
      if (nearlySame(words[j], w)) {
        out.push(i, j);
        reported.add(i);
      }
    }
    for (const key of keys) {
      const list = byPair.get(key);
      if (!list) byPair.set(key, [i]);
      else if (list[list.length - 1] !== i && list.length < MAX_LIST) list.push(i);
    }
  }
  return out;
}

function finding(q: ExtractedQuote, other: ExtractedQuote): Finding {
  return {
    rule: meta.id,
    category: 'quote',
    severity: 'warning',
    message: `${q.speaker} is quoted with nearly the same words earlier, but not the same: check which is right.`,
    start: q.start,
    end: q.end,
    fixes: [],
    related: [{ start: other.start, end: other.end, message: `The earlier quote by ${other.speaker}.` }],
  };
}
