/**
 * Code actions as plain data: quick fixes from the engine's fixes, "fix all of
 * this kind", the safe fix-all for `editor.codeActionsOnSave`, "remove all
 * boilerplate" (it runs the command, which shows the unsure lines for review
 * before deleting them), "Ignore this here" and Markdown's "Disable for this
 * line".
 * Which fixes may be offered is the engine's fix policy (src/engine/policies.ts:
 * the quote guard and the fix-all variants), shared with the command line.
 * No `vscode` import; `vscodeAdapters.ts` turns these into CodeActions.
 */
import { type Finding, fixAllOfRule, type Quote, QuoteGuard, removeAllBoilerplate, safeFixes, type TextEdit, usableFix } from '../engine/index';

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
export const REMOVE_ALL_BOILERPLATE_COMMAND = 'copydesk.removeBoilerplate';

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

/**
 * The fix-all applied on save (`source.fixAll.copydesk`): the engine's safe
 * fix-all policy as a code action.
 */
export function safeFixAll(text: string, findings: readonly Finding[], quotes: readonly Quote[]): ActionSpec | undefined {
  const safe = safeFixes(text, findings, quotes);
  if (!safe) return undefined;
  return { title: 'Fix all safe Copydesk problems', kind: FIX_ALL_KIND, edits: safe.edits, findings: safe.findings };
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
      // A command, not an edit: it applies the sure deletions and shows the rest for review first.
      const all = removeAllBoilerplate(text, findings, quotes);
      if (all.count + all.review.length > 1)
        extras.push({
          title: REMOVE_ALL_BOILERPLATE_TITLE,
          kind: 'quickfix',
          edits: [],
          findings: findings.filter((x) => x.category === 'boilerplate'),
          command: { command: REMOVE_ALL_BOILERPLATE_COMMAND, title: REMOVE_ALL_BOILERPLATE_TITLE, arguments: [] },
        });
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
