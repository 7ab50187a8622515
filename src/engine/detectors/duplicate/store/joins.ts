/**
 * The join pass: links local chains (chains.ts) across paragraph boundaries
 * into joined chains, each of which is then evaluated (match.ts) into at most
 * one passage match. A chain's first seed continues a chain of an earlier
 * paragraph as a seed would inside one. The pass can start at any paragraph
 * into which nothing was carried (`quiet`), which is what lets a kept index
 * redo it only around an edit (kept.ts); an index built for one check runs it
 * once over the whole draft (one-check.ts).
 */
import { DRIFT, evaluateChain, GAP, SHINGLE, type PassageMatch, type TokenSource } from '../match';
import type { Entry, FoundPassage, LocalChain } from './types';

/** Scratch lists of the join pass, kept by its caller so that a pass allocates none. */
export interface JoinScratch {
  /** Joined chains that may continue into the next paragraph (within GAP of its start). */
  readonly carry: LocalChain[];
  /** Joined chains started or continued in the paragraph. */
  readonly touched: LocalChain[];
}

/**
 * The join pass from entry `start` (into which nothing is carried) on, at
 * least up to `past`: appends the joined chains (heads) to `heads` and
 * returns where it stopped (an entry into which nothing is carried now nor
 * was at the last pass, or the end).
 */
export function joinRange(entries: readonly Entry[], start: number, past: number, heads: LocalChain[], scratch: JoinScratch): number {
  /** `carry[0 .. carried)`. */
  const carry = scratch.carry;
  let carried = 0;
  /** `touched[0 .. nt)`. */
  const touched = scratch.touched;
  let k = start;
  for (; k < entries.length; k++) {
    const e = entries[k];
    // Stop where nothing is carried, past the entries to join again, and nothing was carried at the last pass either.
    if (k >= past && carried === 0 && e.quiet) break;
    e.quiet = carried === 0;
    const chains = e.chains;
    const next = e.base + e.n;
    if (chains !== null && chains.length > 0) {
      let nt = 0;
      for (let x = 0; x < chains.length; x++) {
        const d = chains[x];
        const j = e.base + d.fj;
        let best = -1;
        // Only a chain starting within GAP of the paragraph's start can continue a carried one.
        if (carried > 0 && d.fj <= GAP) {
          const i = d.fiE.base + d.fiR;
          let bestDrift = DRIFT + 1;
          for (let q = 0; q < carried; q++) {
            const c = carry[q];
            if (j - c.lastJ > GAP || c.lastI >= i || i - c.lastI > GAP || c.lastJ >= j) continue;
            const drift = Math.abs(j - i - (c.lastJ - c.lastI));
            if (drift < bestDrift) {
              best = q;
              bestDrift = drift;
            }
          }
        }
        if (best >= 0) {
          const c = carry[best];
          c.joinedCovered += Math.min(SHINGLE, j - c.lastJ) + d.covered - SHINGLE;
          c.lastI = d.liE.base + d.liR;
          c.lastJ = e.base + d.lj;
          (c.parts as LocalChain[])[c.nparts++] = d;
          // A chain continues at most once per paragraph (it is carried on below if it ends near the paragraph's end).
          for (let q = best + 1; q < carried; q++) carry[q - 1] = carry[q];
          carried--;
          touched[nt++] = c;
        } else {
          // lastI is set below if the chain is carried on (its earlier copy is read only then).
          d.lastJ = e.base + d.lj;
          d.joinedCovered = d.covered;
          if (d.parts === null) d.parts = [d];
          d.nparts = 1;
          heads.push(d);
          touched[nt++] = d;
        }
      }
      // Carried chains still in reach, then the chains this paragraph started or continued.
      let w = 0;
      for (let q = 0; q < carried; q++) if (next - carry[q].lastJ <= GAP) carry[w++] = carry[q];
      for (let q = 0; q < nt; q++) {
        const c = touched[q];
        if (next - c.lastJ > GAP) continue;
        const tail = (c.parts as LocalChain[])[c.nparts - 1];
        c.lastI = tail.liE.base + tail.liR;
        carry[w++] = c;
      }
      carried = w;
    } else if (carried > 0) {
      let w = 0;
      for (let q = 0; q < carried; q++) if (next - carry[q].lastJ <= GAP) carry[w++] = carry[q];
      carried = w;
    }
  }
  return k;
}

/** The word alignment of joined chain `c` (its head) over whole sentences, when it holds up (match.ts). */
export function evaluateJoined(c: LocalChain, view: TokenSource, threshold: number): PassageMatch | undefined {
  const tail = (c.parts as LocalChain[])[c.nparts - 1];
  const firstI = c.fiE.base + c.fiR;
  const firstJ = c.e.base + c.fj;
  const lastI = tail.liE.base + tail.liR;
  const lastJ = tail.e.base + tail.lj;
  return evaluateChain(view, firstI, lastI, firstJ, lastJ, c.joinedCovered, threshold);
}

/**
 * The matches of the joined chains (in the order of their heads, null: no
 * match), ordered by the later copy and not overlapping on the later side:
 * of two starting at the same word the longer wins, else the first.
 */
export function laterCopies(headMatch: readonly (FoundPassage | null)[]): FoundPassage[] {
  const matches: FoundPassage[] = [];
  let sorted = true;
  for (let k = 0; k < headMatch.length; k++) {
    const m = headMatch[k];
    if (m === null) continue;
    if (sorted && matches.length > 0) sorted = byLaterCopy(matches[matches.length - 1], m) <= 0;
    matches.push(m);
  }
  // The heads come in the later copy's order, so the matches mostly do too: sort only when not.
  if (!sorted) matches.sort(byLaterCopy);
  const out: FoundPassage[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && m.b0 < last.b1) {
      if (m.b1 - m.b0 > last.b1 - last.b0 && m.b0 === last.b0) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

function byLaterCopy(x: FoundPassage, y: FoundPassage): number {
  return x.b0 - y.b0 || y.b1 - x.b1;
}
