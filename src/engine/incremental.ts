/**
 * Incremental checking: `createChecker()` returns a checker for one document
 * that is called again after every edit and gives exactly what `check(text,
 * options)` gives, doing again only the work the edit touched.
 *
 * Design
 * - The draft is read as an edit of the last one (`readDraftAfter`, draft.ts):
 *   the common prefix and suffix of the two texts are found with string
 *   compares, only the lines and paragraphs around the changed stretch are
 *   read again, the others keep their text strings, and the draft's `change`
 *   says which paragraphs and lines were replaced and by how much the rest
 *   moved.
 * - Each detector keeps what it learnt about the document in its own typed
 *   state (`Detector.newState`, detector.ts), and the quote reading in the
 *   session's `QuoteState`. Results that depend on one line's or paragraph's
 *   content alone are kept by that content (`ContentCache`, cache.ts: nothing
 *   to splice, and a paragraph that moves keeps its result); what feeds a
 *   document-wide index is brought up to date from `change`:
 *   - quotes (detectors/quotes/extract.ts): each paragraph's quotation marks and speaker
 *     analysis (names it registers, mentions, pronouns, each quote's own
 *     attribution), spliced by paragraph; the per-check passes (chains across
 *     paragraphs, the name registry, pronoun resolution, continuations) run
 *     over those small summaries, not over the words;
 *   - duplicates (detectors/duplicate/store/): each paragraph's tokens with word
 *     ids from a dictionary that only grows, the 4-word shingle index updated
 *     in place (the edited paragraphs' postings out, the new ones in), chains
 *     and their comparisons re-evaluated only where a seed changed, exact
 *     repeats in a map from folded text to paragraphs, findings the edit did
 *     not reach reused with their offsets moved;
 *   - boilerplate: each line's own reading, kept by the line's text; the
 *     context passes then run over the readings;
 *   - grammar (detectors/grammar/incremental.ts): each paragraph's findings and
 *     inconsistent-form sightings, kept by its text, quote ranges and tail
 *     (retext runs on changed paragraphs only); the document-wide form index
 *     spliced by paragraph, and the inconsistent-form findings reused while no
 *     paragraph bearing on them changed.
 * - A detector with state must give what it gives without (`check()` passes
 *   none), and rebuilds from scratch when the draft has no `change` or the
 *   change does not follow the draft it last saw. Property tests check
 *   createChecker == check after every edit of random edit sequences
 *   (test/unit/incremental, test/unit/robustness), and each detector's kept
 *   state against a fresh build (test/unit/{quotes,duplicate}/incremental).
 * - When a detector throws, the checker drops every state and the last draft:
 *   the next check starts afresh rather than from a half-updated state.
 * - Memory follows the document: states hold one entry per paragraph or line
 *   of the current draft (content caches at most about two drafts' worth); only the current draft is kept (its link to the one
 *   before is dropped after each check), and text read again after an edit is
 *   copied flat (so are the strings of findings kept between checks), so no
 *   kept string holds on to a later version of the draft than the first: the
 *   lines never read again still slice the first text, which stays alive as
 *   one copy (copying every line at the first reading cost more, measured).
 * - States are kept per options (a JSON key of the options; the last
 *   MAX_OPTION_SETS sets), since detectors read options while computing.
 * - No result is kept: a long draft's findings are megabytes, and a worker
 *   posts them and lets them go. The same text checked again is read as an
 *   edit that changed nothing (~3–5 ms for a 100,000-word draft); callers that
 *   check one version often keep its result themselves (the extension keys
 *   results by document version).
 */
import { DETECTORS, runDetectors, type DisableCommentState, type FullCheckResult, type Session } from './check';
import type { Detector } from './detector';
import { newQuoteState, type QuoteState } from './detectors/quotes';
import { readDraft, readDraftAfter, type Draft } from './draft';
import type { CheckOptions } from './types';

/** Option sets whose states are kept at once (settings rarely change). */
const MAX_OPTION_SETS = 4;

/** The last draft and the detectors' state for one document and one set of options. */
class DocumentSession implements Session {
  private last: Draft | undefined;
  /** Each detector's state, keyed by the detector: `stateOf` is the one place that reads it back as the detector's type. */
  private readonly states = new Map<Detector<unknown>, unknown>();
  quotes: QuoteState = newQuoteState();
  disable: DisableCommentState = { none: false, draft: undefined };

  constructor(private readonly options: CheckOptions) {}

  stateOf<S>(detector: Detector<S>): S | undefined {
    if (!detector.newState) return undefined;
    if (!this.states.has(detector)) this.states.set(detector, detector.newState(this.options));
    return this.states.get(detector) as S;
  }

  read(text: string): Draft {
    this.last = this.last ? readDraftAfter(this.last, text) : readDraft(text);
    return this.last;
  }

  /** Forget the draft and the state: the next check starts afresh (after a detector failed mid-update, or a skipped text). */
  reset(): void {
    this.last = undefined;
    this.states.clear();
    this.quotes = newQuoteState();
    this.disable = { none: false, draft: undefined };
  }

  /** Drop the link from the last draft to the one before it, so only one draft is kept alive. */
  settle(): void {
    if (this.last) this.last.change = undefined;
  }

  /** Number of detector states kept (for tests). */
  get size(): number {
    return this.states.size;
  }
}

export interface Checker {
  /** The same result as `check(text, options)`, reusing work from earlier calls. */
  check(text: string, options?: CheckOptions): FullCheckResult;
  /** Forget everything kept between calls. */
  clear(): void;
}

function optionsKey(options: CheckOptions): string {
  try {
    return JSON.stringify(options) ?? '';
  } catch {
    // Options that cannot be serialised (a cycle) are never shared between calls.
    return '';
  }
}

/**
 * A checker for one document (the extension keeps one per open document; the
 * benchmark uses one per draft). `detectors` is for tests.
 */
export function createChecker(detectors: readonly Detector[] = DETECTORS): Checker {
  const sessions = new Map<string, DocumentSession>();
  return {
    check(text: string, options: CheckOptions = {}): FullCheckResult {
      const key = optionsKey(options);
      if (key === '') return runDetectors(detectors, text, options);
      let session = sessions.get(key);
      if (session) {
        sessions.delete(key);
      } else {
        session = new DocumentSession(options);
        if (sessions.size >= MAX_OPTION_SETS) sessions.delete(sessions.keys().next().value as string);
      }
      sessions.set(key, session);
      let result: FullCheckResult | undefined;
      try {
        result = runDetectors(detectors, text, options, session);
      } finally {
        if (!result || result.errors.length > 0 || result.skipped) session.reset();
        else session.settle();
      }
      return result;
    },
    clear(): void {
      sessions.clear();
    },
  };
}
