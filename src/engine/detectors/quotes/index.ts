/**
 * Direct quotes and who said them.
 *
 * `extractQuotes(draft)` returns every double-quoted passage (straight or
 * curly marks; single marks are only ever nested quotes or apostrophes) with
 * its speaker. Choices worth knowing:
 *
 * - Multi-paragraph quotes (each paragraph opens a mark, only the last closes)
 *   come back as one quote per paragraph, all with the same speaker; a
 *   paragraph's quote then ends at the paragraph's end (see `marks.ts`).
 * - `speaker` is the name as first introduced with titles stripped
 *   ("Secretary of State Rex Tillerson", later "Tillerson" → "Rex Tillerson").
 *   A speaker the draft never names but describes with a capitalised title is
 *   given as written, apostrophe included: `Russia’s Foreign Secretary` keeps
 *   the draft's curly apostrophe, so the name can be found in the text again.
 *   Unnamed speakers ("a spokesman said") and quotes with no attribution get
 *   null; the two differ only in the `quote/unattributed` finding.
 * - `kind: 'short'` marks scare quotes and quoted titles: one to three words
 *   with no attribution of their own, and quoted headings (a whole paragraph
 *   in quotes with no sentence punctuation). They carry no speaker and are
 *   left out of the quote sheet, but their ranges are still returned so that
 *   grammar rules stay out of them. `kind: 'partial'` marks a fragment inside
 *   a sentence that attributes it ("the mayor said the plan was “dead on
 *   arrival”"): it has that sentence's speaker, like a direct quote.
 *
 * Findings: `quote/unclosed`, `quote/unattributed`, `quote/inconsistent`
 * (one module each under `rules/`). No finding ever offers to change the
 * words inside a quote; the only edit is inserting a missing closing mark.
 */
import type { Detector } from '../../detector';
import type { Finding } from '../../types';
import { findInconsistent, meta as inconsistentRule } from './rules/inconsistent';
import { findUnattributed, meta as unattributedRule } from './rules/unattributed';
import { findUnclosed, meta as unclosedRule } from './rules/unclosed';

import { readQuotes } from './extract';

export { extractQuotes, newQuoteState, plainQuotes, readQuotes } from './extract';
export type { QuoteReading, QuoteState } from './reading';

/** The quote rules read the shared quote reading (`ctx.quoteReading`); what they keep between checks lives in its state. */
export const quoteDetector: Detector = {
  name: 'quote',
  rules: [unclosedRule, unattributedRule, inconsistentRule],
  run(ctx) {
    const reading = ctx.quoteReading ?? readQuotes(ctx.draft);
    const out: Finding[] = [];
    if (ctx.enabled(unclosedRule.id)) out.push(...findUnclosed(ctx.draft, reading));
    if (ctx.enabled(unattributedRule.id)) out.push(...findUnattributed(reading));
    if (ctx.enabled(inconsistentRule.id)) out.push(...findInconsistent(reading));
    return out;
  },
};
