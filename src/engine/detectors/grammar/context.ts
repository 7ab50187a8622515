/**
 * What the grammar plugins are told about one run (kept in `file.data`, as the
 * processor is built once), the helper they report through, and the shape of
 * what each rule module declares about itself (GrammarRuleMeta).
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { firstIndex } from '../../search';
import type { Related, RuleMeta, Severity } from '../../types';

export interface Range {
  start: number;
  end: number;
}

/** Sorted, non-overlapping ranges with a binary-search membership test. */
export class RangeSet {
  private readonly starts: number[];
  private readonly ends: number[];

  constructor(ranges: readonly Range[]) {
    const sorted = ranges
      .filter((r) => r.end > r.start)
      .slice()
      .sort((a, b) => a.start - b.start);
    this.starts = [];
    this.ends = [];
    for (const r of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && r.start <= this.ends[last]) {
        this.ends[last] = Math.max(this.ends[last], r.end);
      } else {
        this.starts.push(r.start);
        this.ends.push(r.end);
      }
    }
  }

  /** Whether any part of `start..end` lies inside one of the ranges. */
  overlaps(start: number, end: number): boolean {
    // Last range whose start is before `end`.
    const bound = Math.max(end, start + 1);
    const found = firstIndex(this.starts, (s) => s >= bound) - 1;
    return found >= 0 && this.ends[found] > start;
  }
}

export interface GrammarRun {
  text: string;
  /** Direct quotes (with their quotation marks). */
  quotes: RangeSet;
  enabled(rule: string): boolean;
  /** False while parts of the draft other than the last are being checked. */
  last?: boolean;
}

export const NO_QUOTES = new RangeSet([]);

export function runOf(file: VFile): GrammarRun {
  const run = (file.data as { copydesk?: GrammarRun }).copydesk;
  if (run) return run;
  const text = String(file.value ?? '');
  return { text, quotes: NO_QUOTES, enabled: () => true };
}

export function setRun(file: VFile, run: GrammarRun): void {
  (file.data as { copydesk?: GrammarRun }).copydesk = run;
}

/** Per-message details a vfile message has no field for. */
export interface Extra {
  severity?: Severity;
  safe?: boolean;
  /** A title for the fix; default "Replace with …". */
  title?: string;
  related?: Related[];
}

/** Kept on the message under a symbol (a WeakMap makes garbage collection slow with many messages). */
const EXTRA = Symbol('copydesk-extra');

export function extraOf(message: VFileMessage): Extra {
  return (message as VFileMessage & { [EXTRA]?: Extra })[EXTRA] ?? {};
}

/** The vfile message source our own plugins report under (with the rule id as `ruleId`). */
export const SOURCE = 'copydesk-grammar';

/**
 * What a grammar rule module declares about itself, beside its plugin: its
 * public metadata and the policy ./convert.ts applies to its messages, so no
 * other module names a rule to decide how it is reported.
 */
export interface GrammarRuleMeta extends RuleMeta {
  /** Whether its fixes are safe to apply without review (a message's own `safe` overrides). */
  safe: boolean;
  /**
   * A finding inside a direct quote: dropped, or kept at information severity
   * with no fix (the speaker's words are checked against the recording, not
   * corrected).
   */
  inQuote: 'drop' | 'information';
  /**
   * The vfile `source` its messages carry: SOURCE for our own plugins (the
   * `ruleId` names the rule, offsets are absolute), a retext plugin's own name
   * for a wrapped one (offsets relative to the paragraph).
   */
  source: string;
}

/** The public part of a rule's meta (what the rule catalogue shows), fields in catalogue order. */
export function publicMeta(meta: GrammarRuleMeta): RuleMeta {
  return { id: meta.id, category: meta.category, defaultSeverity: meta.defaultSeverity, description: meta.description };
}

/**
 * Report `actual` (the text from `start` to `end`) and the replacements that
 * would correct it, retext style.
 */
export function report(file: VFile, rule: string, reason: string, range: Range, actual: string, expected: string[], extra: Extra = {}): VFileMessage {
  const message = file.message(reason, {
    place: { start: { line: 1, column: 1, offset: range.start }, end: { line: 1, column: 1, offset: range.end } },
    ruleId: rule,
    source: SOURCE,
  });
  message.actual = actual;
  message.expected = expected;
  (message as VFileMessage & { [EXTRA]?: Extra })[EXTRA] = extra;
  return message;
}
