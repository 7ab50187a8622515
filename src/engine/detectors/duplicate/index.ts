/**
 * The duplicate detector: repeated paragraphs and lines (exact, hashed) and
 * revised-but-left passages (shingle index, then word alignment; see match.ts).
 * Cost grows close to linearly with the draft's length. Rules that are off
 * cost nothing. Under `createChecker()` the index is kept in the detector's
 * state and updated after each edit, so a re-check costs about what the edit
 * touched (store/).
 *
 * Option `duplicate.threshold` (0..1, default 0.7): the word similarity at or
 * above which two passages count as copies (2·common words / all words, case
 * and quote style folded). 0.7 catches a copy of two sentences or more with
 * about a quarter of its words replaced, and keeps clear of paragraphs that
 * only share phrases. A single sentence needs threshold + 0.2 (0.9), and a run
 * of words that is not whole sentences must repeat verbatim. Passages need 15
 * words, or two sentences and 10 words; repeated paragraphs and lines need six
 * words.
 */
import type { Detector, DetectorContext } from '../../detector';
import type { Draft } from '../../draft';
import type { Finding } from '../../types';
import { QuoteIndex } from './edits';
import { standsAlone, type ExactRepeat } from './exact';
import { lineFinding, meta as lineRule } from './rules/line';
import { DEFAULT_THRESHOLD } from './match';
import { paragraphFinding, meta as paragraphRule } from './rules/paragraph';
import { passageFinding, meta as passageRule } from './rules/passage';
import { EntryView, KeptStore, OneCheckStore, type DuplicateIndex, type StoreWants } from './store';

export { DEFAULT_THRESHOLD } from './match';

function thresholdOf(ctx: DetectorContext): number {
  const t = ctx.options.duplicate?.threshold;
  return typeof t === 'number' && Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : DEFAULT_THRESHOLD;
}

/** What the detector keeps between checks of a document: the index of the last draft. */
export interface DuplicateState {
  store: KeptStore | undefined;
}

/** The kept index of `draft`: updated from the state's when the draft is an edit of it, else built. */
function keptStoreFor(draft: Draft, holder: DuplicateState, wants: StoreWants, threshold: number): KeptStore {
  let store = holder.store;
  if (store && store.threshold === threshold && store.wants.exact === wants.exact && store.wants.passage === wants.passage && store.follows(draft)) {
    // Should the update fail half-way, the next check builds afresh.
    holder.store = undefined;
    store.update(draft);
  } else {
    store = new KeptStore(wants, threshold);
    store.build(draft);
  }
  holder.store = store;
  return store;
}

/** The index of `draft` for one check, in the lighter layout (store/one-check.ts). */
function oneCheckStore(draft: Draft, wants: StoreWants, threshold: number): OneCheckStore {
  const store = new OneCheckStore(wants, threshold);
  store.build(draft);
  return store;
}

export function findDuplicates(ctx: DetectorContext, state?: DuplicateState): Finding[] {
  const wantParagraph = ctx.enabled(paragraphRule.id);
  const wantLine = ctx.enabled(lineRule.id);
  const wantPassage = ctx.enabled(passageRule.id);
  if (!wantParagraph && !wantLine && !wantPassage) return [];
  const { draft } = ctx;
  const wants: StoreWants = { exact: wantParagraph || wantLine, passage: wantPassage };
  const threshold = thresholdOf(ctx);
  /** The kept index (under createChecker), which also keeps findings between checks. */
  const kept = state ? keptStoreFor(draft, state, wants, threshold) : undefined;
  const store: DuplicateIndex = kept ?? oneCheckStore(draft, wants, threshold);
  const quotes = new QuoteIndex(ctx.quotes);
  if (kept) kept.noteQuotes(quotes.list);
  const { paragraphs } = draft;
  const out: Finding[] = [];
  /** Later copies already reported as repeated paragraphs or lines, by paragraph index. */
  const reported = new Uint8Array(paragraphs.length);
  if (wantParagraph || wantLine) {
    // (findExactRepeats, without an object per repeat.)
    const entries = store.entries;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      if (e.earlier === null || !e.long) continue;
      const kind = standsAlone(draft, e.index) ? 'paragraph' : 'line';
      if (kind === 'paragraph' ? !wantParagraph : !wantLine) continue;
      const reused = kept !== undefined && e.out !== undefined && e.out.kind === kind && e.out.earlier === e.earlier ? kept.reuse(e.out.kept) : undefined;
      if (reused) {
        out.push(reused);
      } else {
        const r: ExactRepeat = { kind, paragraph: e.index, earlier: e.earlier.index };
        const p = paragraphs[r.paragraph];
        const finding = r.kind === 'paragraph' ? paragraphFinding(draft, r, quotes.inside(p.start, p.end)) : lineFinding(draft, r);
        out.push(finding);
        if (kept) {
          // Its fix reads the lines around the paragraph; its message, the earlier copy's line number.
          const earlier = paragraphs[r.earlier];
          e.out = {
            kind: r.kind,
            earlier: e.earlier,
            kept: kept.remember(draft, finding, [p.firstLine - 1, p.lastLine + 2, earlier.firstLine, earlier.lastLine], earlier.firstLine),
          };
        }
      }
      reported[e.index] = 1;
    }
  }
  if (wantPassage) {
    const view = new EntryView(store.entries, paragraphs);
    for (const m of store.passages(view)) {
      // Skip a passage whose later copy lies wholly in paragraphs already reported.
      const first = m.pb0;
      const last = m.pb1;
      let covered = true;
      for (let p = first; p <= last && covered; p++) covered = reported[p] === 1;
      if (covered) continue;
      const reused = kept?.reuse(m.kept.out);
      if (reused) {
        out.push(reused);
        continue;
      }
      const finding = passageFinding(draft, view, quotes, m);
      out.push(finding);
      if (kept) {
        // Each copy's deletion reads the lines around the copy's paragraphs.
        const r = m.kept.match as NonNullable<typeof m.kept.match>;
        const lines = [r.a0, r.a1, r.b0, r.b1].map((t) => paragraphs[t.e.index]);
        m.kept.out = kept.remember(draft, finding, [lines[0].firstLine - 1, lines[1].lastLine + 2, lines[2].firstLine - 1, lines[3].lastLine + 2]);
      }
    }
  }
  return out;
}

export const duplicateDetector: Detector<DuplicateState> = {
  name: 'duplicate',
  rules: [paragraphRule, passageRule, lineRule],
  newState: () => ({ store: undefined }),
  run: findDuplicates,
};
