/**
 * vfile messages → engine findings. The fix replaces the message's `actual`
 * text (at its place) with each `expected` value, trimmed to the smallest
 * edit that does it (never splitting a surrogate pair). How a rule's findings
 * are reported (safe fixes, inside quotes) is its own `meta`'s policy: this
 * module reads the rule book ./index.ts builds and names no rule.
 */
import type { VFileMessage } from 'vfile-message';
import { flatCopy } from '../../draft';
import type { Finding, Fix, Related, Severity, TextEdit } from '../../types';
import { extraOf, SOURCE, type GrammarRuleMeta, type GrammarRun } from './context';
import { baseOf } from './tree';

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}'\u2019.]/u;

/** Whether index `i` of `s` falls inside a word (or a surrogate pair). */
function midWord(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  if (isHigh(s.charCodeAt(i - 1))) return true;
  return WORD_CHAR.test(s.charAt(i - 1)) && WORD_CHAR.test(s.charAt(i));
}

/**
 * The smallest edit turning `actual` (at `start`) into `expected`, in whole
 * words: "taken lightly to" → "taken kindly to" replaces "lightly".
 */
export function minimalEdit(start: number, actual: string, expected: string): TextEdit {
  let p = 0;
  const max = Math.min(actual.length, expected.length);
  while (p < max && actual.charCodeAt(p) === expected.charCodeAt(p)) p++;
  while (p > 0 && (midWord(actual, p) || midWord(expected, p))) p--;
  let s = 0;
  while (s < max - p && actual.charCodeAt(actual.length - 1 - s) === expected.charCodeAt(expected.length - 1 - s)) s++;
  while (s > 0 && (midWord(actual, actual.length - s) || midWord(expected, expected.length - s))) s--;
  return { start: start + p, end: start + actual.length - s, text: expected.slice(p, expected.length - s) };
}

/** The grammar rules, found by id (our own plugins' messages) and by vfile source (wrapped retext plugins'). */
export interface RuleBook {
  byId: ReadonlyMap<string, GrammarRuleMeta>;
  bySource: ReadonlyMap<string, GrammarRuleMeta>;
}

/** The book of `rules`: every rule by id, and the wrapped ones (a source of their own) by source. */
export function ruleBook(rules: readonly GrammarRuleMeta[]): RuleBook {
  return {
    byId: new Map(rules.map((r) => [r.id, r])),
    bySource: new Map(rules.filter((r) => r.source !== SOURCE).map((r) => [r.source, r])),
  };
}

function ruleOf(message: VFileMessage, book: RuleBook): GrammarRuleMeta | undefined {
  if (message.source === SOURCE) return message.ruleId ? book.byId.get(message.ruleId) : undefined;
  return message.source ? book.bySource.get(message.source) : undefined;
}

function fixTitle(removed: string, inserted: string): string {
  if (removed === '') return 'Insert `' + inserted + '`';
  if (inserted === '') return 'Remove `' + removed + '`';
  return 'Replace `' + removed + '` with `' + inserted + '`';
}

export function toFinding(message: VFileMessage, run: GrammarRun, book: RuleBook): Finding | undefined {
  const meta = ruleOf(message, book);
  if (!meta) return undefined;
  const rule = meta.id;
  // retext's own plugins report positions relative to the paragraph; ours are absolute.
  const base = message.source === SOURCE ? 0 : baseOf(message.ancestors?.[0]);
  const relStart = message.place && 'start' in message.place ? message.place.start.offset : undefined;
  const relEnd = message.place && 'end' in message.place ? message.place.end.offset : undefined;
  const start = relStart === undefined ? undefined : relStart + base;
  const end = relEnd === undefined ? undefined : relEnd + base;
  if (start === undefined || end === undefined || start < 0 || end > run.text.length || end < start) return undefined;
  const actual = run.text.slice(start, end);
  const extra = extraOf(message);
  let severity: Severity = extra.severity ?? meta.defaultSeverity;
  let safe = extra.safe ?? meta.safe;
  let reason = message.reason;
  const inQuote = run.quotes.overlaps(start, end);
  if (inQuote) {
    // Quotes are the speaker's words: a rule may report there only as a
    // possible transcription slip to check against the recording, with no fix.
    if (meta.inQuote === 'drop') return undefined;
    severity = 'information';
    safe = false;
    reason += ' (inside a quote: possibly a transcription slip; check the recording)';
  }
  const fixes: Fix[] = [];
  for (const expected of inQuote ? [] : (message.expected ?? [])) {
    const edit = minimalEdit(start, actual, expected);
    edit.text = flatCopy(edit.text);
    const removed = run.text.slice(edit.start, edit.end);
    fixes.push({
      title: flatCopy(extra.title ?? fixTitle(removed.trim(), edit.text.trim())),
      edits: [edit],
      preferred: fixes.length === 0,
      ...(safe ? { safe: true } : {}),
    });
  }
  return {
    rule,
    category: meta.category,
    severity,
    message: flatCopy(reason),
    start,
    end,
    fixes,
    related: (extra.related ?? []).map(ownRelated),
  };
}

/**
 * Grammar findings are kept between checks and moved with the text
 * (grammar/incremental.ts), so their strings are copies: a message built
 * around a slice of the draft would keep that whole version of the draft
 * alive for as long as the finding lasts.
 */
function ownRelated(r: Related): Related {
  return { start: r.start, end: r.end, message: flatCopy(r.message) };
}
