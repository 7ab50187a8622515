/**
 * Local chains: the runs of seeds inside one paragraph (the later copy) that
 * follow each other on both sides (steps of at most GAP, shift at most DRIFT;
 * see match.ts). They are per paragraph so that a kept index recomputes only
 * the paragraphs whose seeds, or the distances between their seeds' earlier
 * copies (`lo .. hi`), an edit changed; the join pass (joins.ts) then links
 * them across paragraph ends. Both layouts of the index run this same code on
 * their own encoding of the seeds.
 */
import { DRIFT, GAP, SHINGLE } from '../match';
import { entryNear } from './entries';
import type { DraftSeeds } from './shingles';
import type { Entry, LocalChain } from './types';

const MAX_OPEN = 16;

/**
 * The chains of seeds inside entry `e`, in order of their first seed: a seed
 * continues the open chain it follows on both sides (the closest shift wins)
 * or starts a chain. Seeds are read from `seeds` when given (an index built
 * for one check), else from the entry's own (`EntrySeeds`). Chains that come
 * out as they were before the entry's chains were dropped (`e.stale`) stay the
 * same objects, so their evaluations are kept. Sets `e.lo`/`e.hi` and clears
 * `e.stale`; the chains are the caller's to store. `open` is scratch space.
 */
export function localChains(e: Entry, entries: readonly Entry[], seeds: DraftSeeds | null, open: LocalChain[]): LocalChain[] {
  const out: LocalChain[] = [];
  /** The open chains, least recently continued first: `open[0 .. nopen)` (a scratch list, so no list per seed). */
  let nopen = 0;
  let lo: Entry | null = null;
  let hi: Entry | null = null;
  const { predE, predR } = e;
  /** The seed's entry and token in it. */
  let qe: Entry | null = null;
  let qr: number;
  for (let j = 0; j < e.n; j++) {
    if (seeds !== null) {
      const g = seeds[e.base + j];
      if (g === 0) continue;
      qe = entryNear(entries, g - 1, qe);
      qr = g - 1 - qe.base;
    } else {
      if (predE.length === 0) break;
      qe = predE[j];
      if (qe === null) continue;
      qr = predR[j];
    }
    const i = qe.base + qr;
    if (nopen > 0 && j - open[0].lj > GAP) {
      let w = 0;
      for (let q = 0; q < nopen; q++) if (j - open[q].lj <= GAP) open[w++] = open[q];
      nopen = w;
    }
    let best = -1;
    let bestDrift = DRIFT + 1;
    for (let q = 0; q < nopen; q++) {
      const c = open[q];
      const x = c.liE;
      // Two earlier copies in different paragraphs, close enough for what lies between them to matter.
      if (x !== qe && x.index < qe.index && x.n - c.liR + qr <= GAP) {
        if (lo === null || x.index < lo.index) lo = x;
        if (hi === null || qe.index > hi.index) hi = qe;
      }
      const lastI = x.base + c.liR;
      if (c.lj >= j || lastI >= i || i - lastI > GAP) continue;
      const drift = Math.abs(j - i - (c.lj - lastI));
      if (drift < bestDrift) {
        best = q;
        bestDrift = drift;
      }
    }
    if (best >= 0) {
      const c = open[best];
      c.covered += Math.min(SHINGLE, j - c.lj);
      c.liE = qe;
      c.liR = qr;
      c.lj = j;
      // It is now the most recently continued.
      for (let q = best + 1; q < nopen; q++) open[q - 1] = open[q];
      open[nopen - 1] = c;
    } else {
      if (nopen >= MAX_OPEN) {
        for (let q = 1; q < nopen; q++) open[q - 1] = open[q];
        nopen--;
      }
      const c: LocalChain = {
        e,
        fiE: qe,
        fiR: qr,
        liE: qe,
        liR: qr,
        fj: j,
        lj: j,
        covered: SHINGLE,
        kept: undefined,
        lastI: 0,
        lastJ: 0,
        joinedCovered: 0,
        parts: null,
        nparts: 0,
      };
      open[nopen++] = c;
      out.push(c);
    }
  }
  open.fill(undefined as unknown as LocalChain, 0, nopen);
  const stale = e.stale;
  if (stale !== null && stale.length > 0) {
    let q = 0;
    for (let k = 0; k < out.length; k++) {
      const c = out[k];
      while (q < stale.length && stale[q].fj < c.fj) q++;
      if (q >= stale.length) break;
      const d = stale[q];
      if (d.fj === c.fj && d.lj === c.lj && d.fiE === c.fiE && d.fiR === c.fiR && d.liE === c.liE && d.liR === c.liR && d.covered === c.covered) out[k] = d;
    }
  }
  e.stale = null;
  e.lo = lo;
  e.hi = hi;
  return out;
}
