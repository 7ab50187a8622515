/**
 * Code actions as plain data: quick fixes from the engine's fixes, "fix all of
 * this kind", the safe fix-all for `editor.codeActionsOnSave`, "remove all
 * boilerplate", "Ignore this here" and Markdown's "Disable for this line".
 * No `vscode` import; `vscodeAdapters.ts` turns these into CodeActions.
 */
import { compatibleFixes, primaryFix, splitsSurrogatePair } from '../engine/edits';
import { removeAllBoilerplateFix } from '../engine/fixes';
import { firstIndex } from '../engine/search';
import type { Finding, Fix, Quote, TextEdit } from '../engine/types';

export const FIX_ALL_KIND_TITLE = 'Fix all Copydesk problems of this kind in the file';
export const IGNORE_TITLE = 'Ignore this here';
export const REMOVE_ALL_BOILERPLATE_TITLE = 'Remove all boilerplate in this draft';
/** "Disable RULE for this line" (Markdown drafts). */
export function disableLineTitle(rule: string): string {
  return `Disable ${rule} for this line`;
}
/** Code action kind for the safe fix-all (`source.fixAll.copydesk`). */
export const FIX_ALL_KIND = 'source.fixAll.copydesk';
export const IGNORE_COMMAND = 'copydesk.ignoreHere';

/** Longest phrase "Ignore this here" offers to add to the ignore list. */
export const MAX_IGNORE_PHRASE = 200;

export interface ActionSpec {
  title: string;
  kind: 'quickfix' | typeof FIX_ALL_KIND;
  /** Applied together as one undoable edit. Empty for command-only actions. */
  edits: TextEdit[];
  isPreferred?: boolean;
  /** The findings the action resolves (for the diagnostics it is attached to). */
  findings: Finding[];
  /** A command to run instead of (or after) the edits. */
  command?: { command: string; title: string; arguments: unknown[] };
}

/**
 * Keeps fixes away from the words of direct quotes: an edit may delete a whole
 * quote (with its line or passage) but never change or insert words inside one.
 */
export class QuoteGuard {
  private readonly quotes: { start: number; end: number }[];

  constructor(quotes: readonly Pick<Quote, 'start' | 'end'>[]) {
    this.quotes = quotes.map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** True when the edit changes or inserts text strictly inside a quote without removing all of it. */
  touchesQuote(edit: TextEdit): boolean {
    const qs = this.quotes;
    // First quote whose end lies after the edit's start (quotes do not overlap, so ends ascend).
    const lo = firstIndex(qs, (q) => q.end > edit.start);
    for (let i = Math.max(0, lo - 1); i < qs.length && qs[i].start <= edit.end; i++) {
      const q = qs[i];
      if (edit.start <= q.start && edit.end >= q.end) continue; // the whole quote goes
      if (edit.start === edit.end) {
        if (edit.start > q.start && edit.start < q.end) return true;
      } else if (edit.start < q.end && edit.end > q.start) return true;
    }
    return false;
  }
}

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

/** Whether a fix may be offered: its edits lie in the text and keep out of quotes. */
export function usableFix(text: string, fix: Fix, guard: QuoteGuard): boolean {
  return fix.edits.length > 0 && fix.edits.every((e) => validEdit(text, e) && !guard.touchesQuote(e));
}

function overlapsRange(f: Finding, start: number, end: number): boolean {
  return f.start <= end && f.end >= start;
}

/** The line (start offset, indentation, line break) containing `offset`. */
function lineAt(text: string, offset: number): { start: number; indent: string; eol: string } {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let indentEnd = start;
  while (indentEnd < text.length && (text[indentEnd] === ' ' || text[indentEnd] === '\t')) indentEnd++;
  const firstBreak = text.search(/\r\n|\n|\r/);
  const eol = firstBreak < 0 ? '\n' : text.startsWith('\r\n', firstBreak) ? '\r\n' : text[firstBreak];
  return { start, indent: text.slice(start, indentEnd), eol };
}

/** The suppression comment inserted above a finding's line in Markdown drafts. */
export function disableLineEdit(text: string, finding: Finding): TextEdit {
  const line = lineAt(text, Math.max(0, Math.min(text.length, finding.start)));
  return { start: line.start, end: line.start, text: `${line.indent}<!-- copydesk-disable-next-line ${finding.rule} -->${line.eol}` };
}

/** The phrase "Ignore this here" would add for a finding, or undefined when it is not a sensible phrase. */
export function ignorePhrase(text: string, finding: Finding): string | undefined {
  const phrase = text.slice(finding.start, finding.end).trim();
  if (phrase === '' || phrase.length > MAX_IGNORE_PHRASE || /[\r\n]/.test(phrase)) return undefined;
  return phrase;
}

/** Edits of the given fixes that can be applied together (first come, first taken). */
function combine(fixes: Fix[]): TextEdit[] {
  return compatibleFixes(fixes).taken.flatMap((f) => f.edits);
}

/** All findings of one rule fixed at once (their primary fixes, conflicts skipped). */
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
 * The fix-all applied on save: only fixes marked `safe`, never deletions of
 * boilerplate lines or duplicate passages, whatever the fix says.
 */
export function safeFixAll(text: string, findings: readonly Finding[], quotes: readonly Quote[]): ActionSpec | undefined {
  const guard = new QuoteGuard(quotes);
  const chosen: Finding[] = [];
  const fixes: Fix[] = [];
  for (const f of findings) {
    if (f.category === 'boilerplate' || f.category === 'duplicate') continue;
    const fix = primaryFix(f);
    if (fix?.safe === true && usableFix(text, fix, guard)) {
      chosen.push(f);
      fixes.push(fix);
    }
  }
  const edits = combine(fixes);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all safe Copydesk problems', kind: FIX_ALL_KIND, edits, findings: chosen };
}

/**
 * "Remove all boilerplate in this draft" (the command, and a quick fix beside
 * each boilerplate finding): every run of boilerplate lines deleted in one
 * edit. `count` is the number of boilerplate lines removed.
 */
export function removeAllBoilerplate(text: string, findings: readonly Finding[], quotes: readonly Quote[]): { edits: TextEdit[]; count: number } {
  const fix = removeAllBoilerplateFix(findings);
  if (!fix || !usableFix(text, fix, new QuoteGuard(quotes))) return { edits: [], count: 0 };
  return { edits: fix.edits, count: findings.filter((f) => f.category === 'boilerplate').length };
}

/**
 * The "Copydesk: Fix all in file" command: every finding's primary fix except
 * deletions of boilerplate lines and duplicate passages, which an editor
 * reviews one by one (or removes with "Remove all boilerplate"). `left` counts
 * those left for review.
 */
export function fixEverything(text: string, findings: readonly Finding[], quotes: readonly Quote[]): { edits: TextEdit[]; count: number; left: number } {
  const guard = new QuoteGuard(quotes);
  const fixes: Fix[] = [];
  let left = 0;
  for (const f of findings) {
    const fix = primaryFix(f);
    if (!fix || !usableFix(text, fix, guard)) continue;
    if (f.category === 'boilerplate' || f.category === 'duplicate') left++;
    else fixes.push(fix);
  }
  const { taken } = compatibleFixes(fixes);
  return { edits: taken.flatMap((f) => f.edits), count: taken.length, left };
}

export interface QuickFixInput {
  text: string;
  findings: readonly Finding[];
  quotes: readonly Quote[];
  /** The range the editor asks about (offsets). */
  start: number;
  end: number;
  /** Markdown drafts also get "Disable for this line". */
  markdown: boolean;
}

/** The quick fixes for a range, in menu order. */
export function quickFixes(input: QuickFixInput): ActionSpec[] {
  const { text, findings, quotes, start, end } = input;
  const guard = new QuoteGuard(quotes);
  const here = findings.filter((f) => overlapsRange(f, start, end));
  const actions: ActionSpec[] = [];
  const extras: ActionSpec[] = [];
  const fixAllRules = new Set<string>();
  let removeAllOffered = false;
  const ignored = new Set<string>();
  const disabled = new Set<string>();
  for (const f of here) {
    for (const fix of f.fixes) {
      if (!usableFix(text, fix, guard)) continue;
      actions.push({ title: fix.title, kind: 'quickfix', edits: fix.edits.map((e) => ({ ...e })), isPreferred: fix.preferred === true, findings: [f] });
    }
    if (f.category === 'boilerplate' && !removeAllOffered) {
      removeAllOffered = true;
      const all = removeAllBoilerplate(text, findings, quotes);
      if (all.count > 1) extras.push({ title: REMOVE_ALL_BOILERPLATE_TITLE, kind: 'quickfix', edits: all.edits, findings: findings.filter((x) => x.category === 'boilerplate') });
    }
    if (!fixAllRules.has(f.rule)) {
      fixAllRules.add(f.rule);
      const all = fixAllOfRule(text, findings, f.rule, quotes);
      if (all.findings.length > 1 && all.edits.length > 0) {
        extras.push({ title: FIX_ALL_KIND_TITLE, kind: 'quickfix', edits: all.edits, findings: all.findings });
      }
    }
    const phrase = ignorePhrase(text, f);
    if (phrase !== undefined && !ignored.has(phrase.toLowerCase())) {
      ignored.add(phrase.toLowerCase());
      extras.push({
        title: IGNORE_TITLE,
        kind: 'quickfix',
        edits: [],
        findings: [f],
        command: { command: IGNORE_COMMAND, title: IGNORE_TITLE, arguments: [phrase] },
      });
    }
    if (input.markdown && !disabled.has(f.rule)) {
      disabled.add(f.rule);
      extras.push({ title: disableLineTitle(f.rule), kind: 'quickfix', edits: [disableLineEdit(text, f)], findings: [f] });
    }
  }
  return [...actions, ...extras];
}

/** Adds a phrase to an ignore list (case-insensitively unique). Returns undefined when already there. */
export function addIgnorePhrase(list: readonly string[], phrase: string): string[] | undefined {
  const p = phrase.trim();
  if (p === '' || list.some((x) => x.trim().toLowerCase() === p.toLowerCase())) return undefined;
  return [...list, p];
}
