/**
 * The duplicate detector: repeated paragraphs and lines (exact, hashed) and
 * revised-but-left passages (shingle index, then word alignment; see match.ts).
 * Cost grows close to linearly with the draft's length. Rules that are off
 * cost nothing.
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
import type { Finding } from '../../types';
import { QuoteIndex } from './edits';
import { findExactRepeats } from './exact';
import { lineFinding, lineRule } from './line';
import { DEFAULT_THRESHOLD, findPassageMatches } from './match';
import { paragraphFinding, paragraphRule } from './paragraph';
import { passageFinding, passageRule } from './passage';
import { readTokens } from './tokens';

export { DEFAULT_THRESHOLD } from './match';

function thresholdOf(ctx: DetectorContext): number {
  const t = ctx.options.duplicate?.threshold;
  return typeof t === 'number' && Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : DEFAULT_THRESHOLD;
}

export function findDuplicates(ctx: DetectorContext): Finding[] {
  const wantParagraph = ctx.enabled(paragraphRule.id);
  const wantLine = ctx.enabled(lineRule.id);
  const wantPassage = ctx.enabled(passageRule.id);
  if (!wantParagraph && !wantLine && !wantPassage) return [];
  const { draft } = ctx;
  const quotes = new QuoteIndex(ctx.quotes);
  const out: Finding[] = [];
  /** Later copies already reported as repeated paragraphs or lines, by paragraph index. */
  const reported = new Uint8Array(draft.paragraphs.length);
  if (wantParagraph || wantLine) {
    for (const r of findExactRepeats(draft, { paragraph: wantParagraph, line: wantLine }, ctx.memo)) {
      const p = draft.paragraphs[r.paragraph];
      out.push(r.kind === 'paragraph' ? paragraphFinding(draft, r, quotes.inside(p.start, p.end)) : lineFinding(draft, r));
      reported[r.paragraph] = 1;
    }
  }
  if (wantPassage) {
    const reading = readTokens(draft, ctx.memo);
    for (const m of findPassageMatches(reading, thresholdOf(ctx), ctx.memo, draft.text)) {
      // Skip a passage whose later copy lies wholly in paragraphs already reported.
      const first = reading.sentences[reading.sentence[m.b0]].paragraph;
      const last = reading.sentences[reading.sentence[m.b1 - 1]].paragraph;
      let covered = true;
      for (let p = first; p <= last && covered; p++) covered = reported[p] === 1;
      if (covered) continue;
      out.push(passageFinding(draft, reading, quotes, m, ctx.memo));
    }
  }
  return out;
}

export const duplicateDetector: Detector = {
  name: 'duplicate',
  rules: [paragraphRule, passageRule, lineRule],
  run: findDuplicates,
};
