/**
 * Fix policies: which fixes may be applied, and which a "fix all" applies.
 * Both products use these, so the editor's code actions and the command
 * line's `--fix` keep the same promises: no fix ever changes or inserts words
 * inside a direct quote (the quote guard), an edit must lie in the text and
 * keep surrogate pairs whole, and fixes that conflict are left for later.
 *
 * The policies take the findings and quotes of one check of `text` and return
 * edits (offsets into `text`) to apply as one change; they never edit text
 * themselves except `applyPrimaryFixes`, which the command line writes back.
 */
import { compatibleFixes, fixAll, primaryFix, splitsSurrogatePair } from './edits';
import { removeAllBoilerplateFix } from './fixes';
import { QuoteGuard } from './quote-guard';
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

/**
 * Remove all boilerplate: every run of boilerplate lines deleted in one edit,
 * unless that would change a quote's words. `count` is the number of
 * boilerplate lines removed.
 */
export function removeAllBoilerplate(text: string, findings: readonly Finding[], quotes: readonly Quote[]): { edits: TextEdit[]; count: number } {
  const fix = removeAllBoilerplateFix(findings);
  if (!fix || !usableFix(text, fix, new QuoteGuard(quotes))) return { edits: [], count: 0 };
  return { edits: fix.edits, count: findings.filter((f) => f.category === 'boilerplate').length };
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
 * applied (nor counted). `skipped` counts fixes left out because they
 * conflicted with one already taken.
 */
export function applyPrimaryFixes(text: string, findings: readonly Finding[], quotes: readonly Quote[]): { text: string; applied: number; skipped: number } {
  const guard = new QuoteGuard(quotes);
  return fixAll(text, findings, (_finding, fix) => usableFix(text, fix, guard));
}
