/**
 * Evaluations kept on joined chains (kept index only). Evaluating a joined
 * chain (word alignment over whole sentences, match.ts) is the costly step of
 * a check, so a kept index keeps each evaluation on the chain's head and
 * reuses it at the next check when the chain is made of the same local chains
 * and no edit touched a paragraph either copy spans. To know that, each
 * evaluation is registered with the paragraphs it spans (`Entry.deps`), and
 * an edit of one of them invalidates it and marks its chain to be joined
 * again.
 */
import { SHINGLE, type PassageMatch } from '../match';
import { evaluateJoined } from './joins';
import type { Entry, Evaluation, FoundPassage, LocalChain, RelativeMatch } from './types';
import type { EntryView } from './view';

/**
 * The match of joined chain `c` at check `epoch`: the kept evaluation's when
 * still valid for the same parts (moved by the edit already), else evaluated,
 * kept on `c` and registered with the paragraphs of `entries` it spans.
 */
export function evaluateKept(c: LocalChain, view: EntryView, epoch: number, entries: readonly Entry[], threshold: number): FoundPassage | null {
  const parts = c.parts as LocalChain[];
  let kept = c.kept;
  if (kept && kept.valid && kept.epoch === epoch - 1 && kept.covered === c.joinedCovered && sameParts(kept.parts, parts, c.nparts)) {
    kept.epoch = epoch;
    return kept.found === undefined ? null : kept.found;
  }
  const tail = parts[c.nparts - 1];
  const m = evaluateJoined(c, view, threshold);
  kept = {
    valid: true,
    epoch,
    parts: parts.slice(0, c.nparts),
    covered: c.joinedCovered,
    match: m ? relative(view, m) : null,
    described: false,
    changes: undefined,
    out: undefined,
    found: undefined,
  };
  c.kept = kept;
  // The copies run from the first seed to the end of the last seed's shingle, which may lie in a following paragraph.
  depend(entries, kept, c.fiE.index, view.entryOf(tail.liE.base + tail.liR + SHINGLE - 1).index);
  depend(entries, kept, c.e.index, view.entryOf(tail.e.base + tail.lj + SHINGLE - 1).index);
  const r = kept.match;
  if (!r) return null;
  const found: FoundPassage = {
    a0: r.a0.e.base + r.a0.r,
    a1: r.a1.e.base + r.a1.r + 1,
    b0: r.b0.e.base + r.b0.r,
    b1: r.b1.e.base + r.b1.r + 1,
    similarity: r.similarity,
    kept,
    pb0: r.b0.e.index,
    pb1: r.b1.e.index,
  };
  kept.found = found;
  return found;
}

/** Invalidates the evaluations registered with `e` (an edited paragraph); their chains' heads go to `rejoin`. */
export function invalidate(e: Entry | undefined, rejoin: Entry[]): void {
  if (e === undefined || e.deps === null) return;
  for (const d of e.deps) {
    d.valid = false;
    // Its chain is to be joined and evaluated again.
    const head = d.parts[0].e;
    if (head.index >= 0) rejoin.push(head);
  }
  e.deps = null;
}

/** Registers `kept` with the paragraphs `first..last`, so that an edit of one of them invalidates it. */
function depend(entries: readonly Entry[], kept: Evaluation, first: number, last: number): void {
  for (let k = first; k <= last; k++) {
    const e = entries[k];
    // (A list made with its first element has no room to spare until it grows.)
    if (e.deps === null) e.deps = [kept];
    else {
      if (e.deps.length >= 16) e.deps = e.deps.filter(live);
      e.deps.push(kept);
    }
  }
}

/** Whether `d` is still the evaluation of its chain (evaluations of joins the last pass kept are not visited again). */
function live(d: Evaluation): boolean {
  return d.valid && d.parts[0].kept === d && d.parts[0].e.index >= 0;
}

function sameParts(a: LocalChain[], b: LocalChain[], n: number): boolean {
  if (a.length !== n) return false;
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The match with its ends as `TokenRef`s, which stay right when an edit elsewhere moves the entries. */
function relative(view: EntryView, m: PassageMatch): RelativeMatch {
  return { a0: view.ref(m.a0), a1: view.ref(m.a1 - 1), b0: view.ref(m.b0), b1: view.ref(m.b1 - 1), similarity: m.similarity };
}
