import type { Detector, DetectorContext } from './detector';
import { readDraft, type Draft } from './draft';
import { DETECTORS } from './detectors';
import { plainQuotes, readQuotes, type QuoteReading, type QuoteState } from './detectors/quotes';
import type { CheckOptions, CheckResult, Finding, Quote, RuleMeta, Severity } from './types';
import { SEVERITIES } from './types';

export { DETECTORS };

/** The catalogue of rules, for settings, documentation links and SARIF. */
export const RULES: readonly RuleMeta[] = DETECTORS.flatMap((d) => d.rules);

/** The reading of a draft whose quotes could not be read: no quotes (the quote rules then find nothing). */
const NO_QUOTES: QuoteReading = { quotes: [], unclosed: [], entries: [] };

/** Default size cap: 2 MB of text. Larger texts are skipped with a message. */
export const DEFAULT_MAX_LENGTH = 2 * 1024 * 1024;

export interface CheckError {
  detector: string;
  message: string;
}

export interface FullCheckResult extends CheckResult {
  /** Detectors that threw; the others still reported. */
  errors: CheckError[];
}

function ruleSetting(options: CheckOptions, rule: string): boolean | Severity | undefined {
  return options.rules?.[rule];
}

export function isRuleEnabled(options: CheckOptions, meta: Pick<RuleMeta, 'id' | 'category'>): boolean {
  if (options.categories?.[meta.category] === false) return false;
  return ruleSetting(options, meta.id) !== false;
}

const DISABLE_MARK = 'copydesk-disable';
const DISABLE_NEXT_LINE = /<!--\s*copydesk-disable-next-line((?:\s+[\w/-]+)*)\s*-->/g;

const LINE_BREAK = /[\r\n]/g;

/** Offset of the first line break at or after `from`, or -1. */
function nextLineBreak(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.exec(text)?.index ?? -1;
}

/**
 * Ranges silenced by `<!-- copydesk-disable-next-line [RULE...] -->`: the line
 * after the comment, for the rules named (or all rules when none is named).
 */
function suppressions(text: string): { start: number; end: number; rules: string[] }[] {
  const out: { start: number; end: number; rules: string[] }[] = [];
  if (!text.includes(DISABLE_MARK)) return out;
  DISABLE_NEXT_LINE.lastIndex = 0;
  for (let m = DISABLE_NEXT_LINE.exec(text); m; m = DISABLE_NEXT_LINE.exec(text)) {
    const lineBreak = nextLineBreak(text, m.index + m[0].length);
    if (lineBreak < 0) continue;
    const start = lineBreak + (text.startsWith('\r\n', lineBreak) ? 2 : 1);
    const end = nextLineBreak(text, start);
    out.push({ start, end: end < 0 ? text.length : end, rules: m[1].trim().split(/\s+/).filter(Boolean) });
  }
  return out;
}

/** What a session keeps about disable comments: whether `draft` had none. */
export interface DisableCommentState {
  none: boolean;
  draft: Draft | undefined;
}

/**
 * `suppressions` of the draft. With a document's state, a draft without any
 * disable comment is noted, and an edit that does not write one (the changed
 * stretch, widened by the comment's length, holds none) is not searched again.
 */
function suppressionsOf(draft: Draft, kept: DisableCommentState | undefined): { start: number; end: number; rules: string[] }[] {
  const change = draft.change;
  if (kept && kept.none && change && change.previous === kept.draft) {
    const from = Math.max(0, change.start - DISABLE_MARK.length);
    if (!draft.text.slice(from, change.newEnd + DISABLE_MARK.length).includes(DISABLE_MARK)) {
      kept.draft = draft;
      return [];
    }
  }
  const has = draft.text.includes(DISABLE_MARK);
  if (kept) {
    kept.none = !has;
    kept.draft = draft;
  }
  return has ? suppressions(draft.text) : [];
}

function isIgnored(text: string, finding: Finding, ignore: readonly string[]): boolean {
  if (ignore.length === 0) return false;
  const covered = text.slice(finding.start, finding.end).trim().toLowerCase();
  return ignore.some((phrase) => phrase.trim().toLowerCase() === covered);
}

function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * Check a draft. Returns the findings (sorted by position) and the direct
 * quotes. Pure: the same text and options always give the same result.
 */
export function check(text: string, options: CheckOptions = {}): FullCheckResult {
  return checkWith(DETECTORS, text, options);
}

/** `check` with a given list of detectors (tests run the pipeline with their own). */
export function checkWith(detectors: readonly Detector[], text: string, options: CheckOptions = {}): FullCheckResult {
  return runDetectors(detectors, text, options);
}

/** Rule metadata by id, per list of detectors (built once per list). */
const ruleIndexes = new WeakMap<readonly Detector[], Map<string, RuleMeta>>();

function ruleIndex(detectors: readonly Detector[]): Map<string, RuleMeta> {
  let index = ruleIndexes.get(detectors);
  if (!index) {
    index = new Map();
    for (const d of detectors) for (const r of d.rules) if (!index.has(r.id)) index.set(r.id, r);
    ruleIndexes.set(detectors, index);
  }
  return index;
}

/** What `createChecker` keeps for one document between checks, handed to `runDetectors`. */
export interface Session {
  /** Reads the text, as an edit of the last draft when there is one. */
  read(text: string): Draft;
  /** The quote reading's state. */
  readonly quotes: QuoteState;
  /** The disable comments' state. */
  readonly disable: DisableCommentState;
  /** Each detector's own state (made with its `newState` on first use; undefined for a detector without one). */
  stateOf<S>(detector: Detector<S>): S | undefined;
}

/**
 * The pipeline behind `check` and `createChecker`: `session` (createChecker's)
 * keeps the last draft and the detectors' state between checks of one
 * document. Detectors give the same with or without state, so the result is
 * the same with or without a session.
 */
export function runDetectors(detectors: readonly Detector[], text: string, options: CheckOptions, session?: Session): FullCheckResult {
  if (typeof text !== 'string') throw new TypeError('check(text): text must be a string');
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    return {
      findings: [],
      quotes: [],
      errors: [],
      skipped: `not checked: ${text.length} characters is over the ${maxLength}-character limit`,
    };
  }
  const errors: CheckError[] = [];
  const draft = session ? session.read(text) : readDraft(text);
  let quotes: Quote[] = [];
  let quoteReading: QuoteReading = NO_QUOTES;
  try {
    quoteReading = readQuotes(draft, session?.quotes);
    quotes = plainQuotes(quoteReading);
  } catch (error) {
    errors.push({ detector: 'quote-extraction', message: String((error as Error)?.stack ?? error) });
  }
  const rules = ruleIndex(detectors);
  const enabledCache = new Map<string, boolean>();
  const ctx: DetectorContext = {
    draft,
    quotes,
    quoteReading,
    options,
    enabled: (rule) => {
      let on = enabledCache.get(rule);
      if (on === undefined) {
        const meta = rules.get(rule);
        on = meta ? isRuleEnabled(options, meta) : ruleSetting(options, rule) !== false;
        enabledCache.set(rule, on);
      }
      return on;
    },
  };
  const silenced = suppressionsOf(draft, session?.disable);
  const ignore = options.ignore ?? [];
  const findings: Finding[] = [];
  // Per rule: whether its findings are reported, and at which severity (null: the finding's own).
  const verdicts = new Map<string, Severity | null | false>();
  const verdictFor = (finding: Finding): Severity | null | false => {
    let v = verdicts.get(finding.rule);
    if (v === undefined) {
      const setting = ruleSetting(options, finding.rule);
      v = !isRuleEnabled(options, { id: finding.rule, category: finding.category })
        ? false
        : typeof setting === 'string' && SEVERITIES.includes(setting)
          ? setting
          : null;
      verdicts.set(finding.rule, v);
    }
    return v;
  };
  for (const detector of detectors) {
    let found: Finding[];
    try {
      found = detector.run(ctx, session?.stateOf(detector));
    } catch (error) {
      errors.push({ detector: detector.name, message: String((error as Error)?.stack ?? error) });
      continue;
    }
    for (const finding of found) {
      const severity = verdictFor(finding);
      if (severity === false) continue;
      if (silenced.length > 0 && silenced.some((s) => finding.start >= s.start && finding.start <= s.end && (s.rules.length === 0 || s.rules.includes(finding.rule))))
        continue;
      if (isIgnored(text, finding, ignore)) continue;
      // Findings are read-only data: one whose severity stands is passed on as it is (detectors may keep it for the next check).
      findings.push(severity === null || severity === finding.severity ? finding : { ...finding, severity });
    }
  }
  findings.sort(byPosition);
  return { findings, quotes, errors };
}
