/**
 * Fix policies: which fixes may be applied, and which a "fix all" applies.
 * Both products use these, so the editor's code actions and the command
 * line's `--fix` keep the same promises: no fix ever changes or inserts words
 * inside a direct quote (the quote guard), an edit must lie in the text and
 * keep surrogate pairs whole, and fixes that conflict are left for later.
 *
 * No bulk policy applies a deletion the checker is not sure of (a fix marked
 * `review`): "Remove all boilerplate" returns those apart, for a person to
 * see first, and the command line's `--fix` leaves them.
 *
 * The policies take the findings and quotes of one check of `text` and return
 * edits (offsets into `text`) to apply as one change; they never edit text
 * themselves except `applyPrimaryFixes`, which the command line writes back.
 */
import { KINDS } from './detectors/boilerplate/rules';
import { readDraft } from './draft';
import { applyEdits, compatibleFixes, fixAll, mergeSpans, primaryFix, rebaseEdits, type Span, splitsSurrogatePair, subtractSpans } from './edits';
import { deleteLinesEdit } from './fixes';
import { QuoteGuard } from './quote-guard';
import { firstIndex } from './search';
import type { Finding, Fix, Quote, TextEdit } from './types';

function validEdit(text: string, e: TextEdit): boolean {
  return (
    Number.isInteger(e.start) &&
    Number.isInteger(e.end) &&
    e.start >= 0 &&
    e.start <= e.end &&
    e.end <= text.length &&
    typeof e.text === 'string' &&
    !splitsSurrogatePair(text, e.start) &&
    !splitsSurrogatePair(text, e.end)
  );
}

/** Whether a fix may be offered or applied: its edits lie in the text and keep out of quotes. */
export function usableFix(text: string, fix: Fix, guard: QuoteGuard): boolean {
  return fix.edits.length > 0 && fix.edits.every((e) => validEdit(text, e) && !guard.touchesQuote(e));
}

/** Deletions of boilerplate lines and duplicate passages: an editor reviews them, no fix-all applies them. */
function deletesForReview(f: Finding): boolean {
  return f.category === 'boilerplate' || f.category === 'duplicate';
}

/** Edits of the given fixes that can be applied together (first come, first taken). */
function combine(fixes: Fix[]): TextEdit[] {
  return compatibleFixes(fixes).taken.flatMap((f) => f.edits);
}

/** All findings of one rule fixed at once (their primary fixes, quote-guarded, conflicts skipped). */
export function fixAllOfRule(text: string, findings: readonly Finding[], rule: string, quotes: readonly Quote[]): { edits: TextEdit[]; findings: Finding[] } {
  const guard = new QuoteGuard(quotes);
  const chosen: Finding[] = [];
  const fixes: Fix[] = [];
  for (const f of findings) {
    if (f.rule !== rule) continue;
    const fix = primaryFix(f);
    if (fix && usableFix(text, fix, guard)) {
      chosen.push(f);
      fixes.push(fix);
    }
  }
  return { edits: combine(fixes), findings: chosen };
}

/**
 * The safe fix-all (the editor's fix-all on save): only primary fixes marked
 * `safe`, quote-guarded, never deletions of boilerplate lines or duplicate
 * passages, whatever the fix says. Undefined when there is nothing to apply.
 */
export function safeFixes(text: string, findings: readonly Finding[], quotes: readonly Quote[]): { edits: TextEdit[]; findings: Finding[] } | undefined {
  const guard = new QuoteGuard(quotes);
  const chosen: Finding[] = [];
  const fixes: Fix[] = [];
  for (const f of findings) {
    if (deletesForReview(f)) continue;
    const fix = primaryFix(f);
    if (fix?.safe === true && usableFix(text, fix, guard)) {
      chosen.push(f);
      fixes.push(fix);
    }
  }
  const edits = combine(fixes);
  return edits.length === 0 ? undefined : { edits, findings: chosen };
}

/** A boilerplate line the checker is not sure of, offered to a person before it is deleted. */
export interface ReviewDeletion {
  /** Its finding's rule id, e.g. `boilerplate/newsletter`. */
  rule: string;
  /** Its kind as messages name it, e.g. "newsletter sign-up": the editor groups the review by it. */
  label: string;
  /** The findings on the line (one, unless two rules flag the same line). */
  findings: Finding[];
  /**
   * The deletion, as offsets into the text the sure deletions leave
   * (`applyEdits(text, edits)`): the line with its line break, less what an
   * earlier review deletion takes, so any choice of them applies together.
   */
  edits: TextEdit[];
}

/** What "Remove all boilerplate" does: the sure deletions to apply, and the rest to show for review. */
export interface BoilerplateRemoval {
  /** The sure deletions, applied as one change without asking. */
  edits: TextEdit[];
  /** Boilerplate lines those edits remove. */
  count: number;
  /** One entry per line the checker is not sure of (a fix marked `review`), in text order. */
  review: ReviewDeletion[];
}

/** A fix that only deletes text. */
function isDeletion(fix: Fix): boolean {
  return fix.edits.every((e) => e.text === '');
}

function deletedLength(fix: Fix): number {
  return fix.edits.reduce((n, e) => n + e.end - e.start, 0);
}

/** Whether `[start, end)` lies inside one of the merged spans. */
function covered(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstIndex(spans, (s) => s.end >= end);
  return i < spans.length && spans[i].start <= start;
}

/** Whether no span of `taken` (merged) overlaps `span`. */
function untouched(span: Span, taken: readonly Span[]): boolean {
  const i = firstIndex(taken, (t) => t.end > span.start);
  return i >= taken.length || taken[i].start >= span.end;
}

const LABELS = new Map(KINDS.map((k) => [k.rule, k.label]));

/** The name of a boilerplate rule's kind ("newsletter sign-up"), or the rule's own name for a rule outside the table. */
export function boilerplateLabel(rule: string): string {
  return LABELS.get(rule) ?? rule.slice(rule.indexOf('/') + 1);
}

/**
 * Remove all boilerplate, without ever deleting a line the checker is not
 * sure of unseen. A finding whose own (primary) deletion is marked `review`
 * is unsure; for every other finding, its widest deletion that is not marked
 * `review` and takes no unsure line (its run, when the whole run is sure,
 * else its line) is sure. The sure deletions are merged into `edits`, so
 * overlapping and repeated deletions delete their text once. Each unsure
 * line is offered in `review`, one entry per line, as a deletion of the text
 * the sure deletions leave. A deletion that would change a quote's words is
 * neither applied nor offered (the quote guard).
 */
export function removeAllBoilerplate(text: string, findings: readonly Finding[], quotes: readonly Quote[]): BoilerplateRemoval {
  const guard = new QuoteGuard(quotes);
  const deletions = (f: Finding) => f.fixes.filter((x) => isDeletion(x) && usableFix(text, x, guard));
  const boilerplate = findings.filter((f) => f.category === 'boilerplate').sort((a, b) => a.start - b.start || a.end - b.end);
  // A line whose own deletion is marked `review`: no sure deletion may take it, whatever that deletion says.
  const isUnsure = (f: Finding) => primaryFix(f)?.review === true;
  const unsureLines = mergeSpans(boilerplate.filter(isUnsure));
  const sure: Span[] = [];
  for (const f of boilerplate) {
    if (isUnsure(f)) continue;
    const widest = deletions(f)
      .filter((x) => x.review !== true && x.edits.every((e) => untouched(e, unsureLines)))
      .reduce<Fix | undefined>((a, b) => (a && deletedLength(a) >= deletedLength(b) ? a : b), undefined);
    if (widest) sure.push(...widest.edits);
  }
  const taken = mergeSpans(sure);
  const edits = taken.map((s) => ({ start: s.start, end: s.end, text: '' }));
  const removedLines = new Set<string>();
  const unsure: Finding[] = [];
  for (const f of boilerplate) {
    if (isUnsure(f)) {
      if (deletions(f).length > 0) unsure.push(f);
    } else if (covered(taken, f.start, f.end)) removedLines.add(`${f.start}:${f.end}`);
  }
  return { edits, count: removedLines.size, review: unsure.length > 0 ? reviewDeletions(text, edits, unsure, quotes) : [] };
}

/**
 * The review deletions, made on the text the sure deletions leave, as every
 * rule that deletes lines makes them (`deleteLinesEdit`): a line now standing
 * alone between two blank lines takes one of them with it, so accepting it
 * leaves no stray blank line. Each is its line less what an earlier one takes,
 * so any choice of them applies together.
 */
function reviewDeletions(text: string, sure: readonly TextEdit[], unsure: readonly Finding[], quotes: readonly Quote[]): ReviewDeletion[] {
  const draft = readDraft(applyEdits(text, sure));
  const taken = mergeSpans(sure);
  const moved = (spans: readonly Span[]) =>
    rebaseEdits(
      spans.map((s) => ({ start: s.start, end: s.end, text: '' })),
      sure,
    );
  // Quotes the sure deletions took whole are gone; the others are moved with the text.
  const guard = new QuoteGuard(moved(quotes.filter((q) => untouched(q, taken))));
  const places = moved(unsure);
  const review: ReviewDeletion[] = [];
  // What is offered so far: sorted spans of the text after the sure deletions, not overlapping.
  const offered: Span[] = [];
  for (const [k, f] of unsure.entries()) {
    const at = places[k];
    const previous = review[review.length - 1];
    if (previous?.edits.some((e) => e.start <= at.start && at.end <= e.end)) {
      previous.findings.push(f);
      continue;
    }
    const line = draft.lines[firstIndex(draft.lines, (l) => l.end >= at.start)];
    if (!line || at.end > line.end) continue;
    const pieces = subtractSpans(deleteLinesEdit(draft, line.index, line.index), offered).map((p) => ({ start: p.start, end: p.end, text: '' }));
    if (pieces.length === 0 || pieces.some((e) => guard.touchesQuote(e) || splitsSurrogatePair(draft.text, e.start) || splitsSurrogatePair(draft.text, e.end))) continue;
    for (const p of pieces)
      offered.splice(
        firstIndex(offered, (o) => o.start >= p.start),
        0,
        p,
      );
    review.push({ rule: f.rule, label: boilerplateLabel(f.rule), findings: [f], edits: pieces });
  }
  return review;
}

/**
 * Fix everything an editor need not review: every finding's primary fix,
 * quote-guarded, except deletions of boilerplate lines and duplicate passages
 * (reviewed one by one, or removed with `removeAllBoilerplate`). `left` counts
 * those left for review.
 */
export function fixEverything(text: string, findings: readonly Finding[], quotes: readonly Quote[]): { edits: TextEdit[]; count: number; left: number } {
  const guard = new QuoteGuard(quotes);
  const fixes: Fix[] = [];
  let left = 0;
  for (const f of findings) {
    const fix = primaryFix(f);
    if (!fix || !usableFix(text, fix, guard)) continue;
    if (deletesForReview(f)) left++;
    else fixes.push(fix);
  }
  const { taken } = compatibleFixes(fixes);
  return { edits: taken.flatMap((f) => f.edits), count: taken.length, left };
}

/**
 * Every finding's primary fix applied to the text (the command line's
 * `--fix`), quote-guarded: a fix that would change a quote's words is not
 * applied (nor counted), and a deletion the checker is not sure of (`review`)
 * is never applied unseen: `review` lists the findings left for a person.
 * `skipped` counts fixes left out because they conflicted with one already
 * taken.
 */
export function applyPrimaryFixes(
  text: string,
  findings: readonly Finding[],
  quotes: readonly Quote[],
): { text: string; applied: number; skipped: number; review: Finding[] } {
  const guard = new QuoteGuard(quotes);
  const review: Finding[] = [];
  const fixed = fixAll(text, findings, (finding, fix) => {
    if (!usableFix(text, fix, guard)) return false;
    if (fix.review === true) review.push(finding);
    return fix.review !== true;
  });
  return { ...fixed, review };
}
