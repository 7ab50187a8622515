/**
 * Boilerplate: lines of web-page furniture pasted into a draft with the
 * article (menus, newsletter prompts, paywall offers, related stories, credits,
 * footers). See classify.ts for the classifier, rules/ for the kinds (one
 * table) and data/ for their phrase lists.
 *
 * Every finding covers one line (without its surrounding spaces) and offers:
 * - "Delete this line" (preferred);
 * - "Delete these N boilerplate lines" when the line belongs to a run of
 *   flagged lines (blank lines between them count as part of the run); the
 *   run is the finding's related range, so the fix stays inside what the
 *   editor is shown.
 * "Remove all boilerplate in this draft" is built from the findings by
 * `removeAllBoilerplateFix` (the extension offers it beside each finding, and
 * as a command), not repeated on every finding.
 * None is `safe`: deletions always want a person's eye. All edits come from
 * `deleteLinesEdit`, so a duplicate finding on the same line offers the same
 * edit, and no stray blank line is left: where a run stood between two blank
 * lines one of them goes with it. Blank lines that separated kept lines stay as
 * they were, so after "remove all" on samples/tillerson-putin-scraped.txt the
 * headline is followed by the one blank line it had and the paragraphs keep
 * their single line breaks (test/fixtures/boilerplate/tillerson-putin-clean.txt).
 *
 * Severity: `warning` when a list or a kind's own test names the line, or its
 * own features mark it as furniture; `information` when only its neighbours
 * and its place in the draft do. Apart from severity, a fix carries `review`
 * unless the deletion is sure (see sure.ts): bulk removal
 * applies sure deletions and shows the rest to a person first; a run fix is
 * sure only when every line of the run is.
 */
import type { Detector, DetectorContext } from '../../detector';
import type { Draft, Line } from '../../draft';
import { deleteLinesEdit } from '../../fixes';
import type { CheckOptions, Finding, Fix, Quote, Related, RuleMeta } from '../../types';
import { ContentCache } from '../../cache';
import { movedFinding, sameRangesMoved } from '../../moved';
import { QuoteGuard } from '../../quote-guard';
import { classifyLines, textReader, sameForContext, type LineReading, type LineVerdict } from './classify';
import { KINDS, type Kind } from './rules';
import { readsText } from './article';

export const BOILERPLATE_RULES: readonly RuleMeta[] = KINDS.map((kind) => ({
  id: kind.rule,
  category: 'boilerplate' as const,
  defaultSeverity: 'warning' as const,
  description: `Web-page furniture left in the draft: ${kind.label}.`,
}));

interface Run {
  first: number;
  last: number;
  count: number;
  /** Every line of the run is a sure deletion. */
  sure: boolean;
}

/** Runs of flagged lines; blank lines between two flagged lines belong to the run. */
function runsOf(draft: Draft, verdicts: readonly LineVerdict[]): { runs: Run[]; runOf: Map<number, Run> } {
  const runs: Run[] = [];
  const runOf = new Map<number, Run>();
  let current: Run | undefined;
  for (const v of verdicts) {
    if (current && onlyBlankBetween(draft, current.last, v.index)) {
      current.last = v.index;
      current.count++;
      current.sure &&= v.sure;
    } else {
      current = { first: v.index, last: v.index, count: 1, sure: v.sure };
      runs.push(current);
    }
    runOf.set(v.index, current);
  }
  return { runs, runOf };
}

function onlyBlankBetween(draft: Draft, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (!draft.lines[i].blank) return false;
  return true;
}

/** White space before and after a line's text (as trimStart and trimEnd count it), without copying the text. */
function margins(text: string): { lead: number; trail: number } {
  let lead = 0;
  while (lead < text.length && isSpace(text.charCodeAt(lead))) lead++;
  let trail = 0;
  while (trail < text.length - lead && isSpace(text.charCodeAt(text.length - 1 - trail))) trail++;
  return { lead, trail };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || (code > 127 || code < 32 ? /\s/.test(String.fromCharCode(code)) : false);
}

/** Each kind's two messages (context alone, and confident), made once. */
const MESSAGES = new Map<Kind, [string, string]>();

function messageFor(kind: Kind, confident: boolean): string {
  let pair = MESSAGES.get(kind);
  if (!pair) {
    pair = [
      `Possible boilerplate (${kind.label}): this line may be web-page furniture; check before deleting.`,
      `Boilerplate (${kind.label}): this line looks like web-page furniture, not part of the article.`,
    ];
    MESSAGES.set(kind, pair);
  }
  return pair[confident ? 1 : 0];
}

/** What the detector keeps between checks of a document (see ../../incremental.ts). */
export interface BoilerplateState {
  /** Each non-blank line's own reading, by its text (it depends on nothing else but the options, fixed per state). */
  readings: ContentCache<LineReading>;
  /** The last check: its draft, quote ranges (sorted), verdicts and findings. */
  draft?: Draft;
  quotes: readonly Quote[];
  verdicts: LineVerdict[];
  findings: Finding[];
  /** The last draft read by the classifier holds a line whose text the article finder compares (see article.ts). */
  readsText: boolean;
}

function newBoilerplateState(options: CheckOptions): BoilerplateState {
  return { readings: new ContentCache(textReader(options.boilerplate)), quotes: [], verdicts: [], findings: [], readsText: false };
}

export function findBoilerplate(ctx: DetectorContext, kept?: BoilerplateState): Finding[] {
  const enabledRules = new Set(KINDS.filter((k) => ctx.enabled(k.rule)).map((k) => k.rule));
  if (enabledRules.size === 0) return [];
  const { draft } = ctx;
  const quotes = sortedByStart(ctx.quotes);
  // A line holding part of a quote that runs across lines is never flagged.
  const guard = new QuoteGuard(quotes);
  const change = draft.change;
  let findings: Finding[] | undefined;
  let verdicts: LineVerdict[];
  if (kept && change && kept.draft === change.previous && !kept.readsText && verdictsStand(draft, kept.readings, kept.quotes, quotes)) {
    // Nothing the classifier looks at changed: the verdicts stand, and so do the findings, moved with
    // the text; those the edit touched are made again.
    verdicts = kept.verdicts;
    let make: ((i: number) => Finding) | undefined;
    findings = kept.findings.map((f, i) => movedFinding(f, change) ?? (make ??= findingMaker(draft, verdicts, guard))(i));
  } else {
    // Each line's own reading is kept between checks of a document, by its text.
    const readings = kept && draft.lines.map(readerOf(kept.readings));
    if (kept && readings) kept.readsText = readsText(readings);
    verdicts = classifyLines(draft.lines, ctx.options.boilerplate ?? {}, undefined, readings).filter((v) => {
      const line = draft.lines[v.index];
      return enabledRules.has(v.kind.rule) && !guard.cuts(line.start, line.end);
    });
  }
  if (!findings) {
    const make = findingMaker(draft, verdicts, guard);
    findings = verdicts.map((_, i) => make(i));
  }
  if (kept) {
    Object.assign(kept, { draft, quotes, verdicts, findings });
    kept.readings.trim(draft.lines.length, () => nonBlankTexts(draft.lines));
  }
  return findings;
}

/** A line's reading from the cache (blank lines have none). */
function readerOf(readings: ContentCache<LineReading>): (line: Line) => LineReading | undefined {
  return (line) => (line.blank ? undefined : readings.get(line.text));
}

function* nonBlankTexts(lines: readonly Line[]): Iterable<string> {
  for (const line of lines) if (!line.blank) yield line.text;
}

function sortedByStart(quotes: readonly Quote[]): readonly Quote[] {
  for (let i = 1; i < quotes.length; i++) if (quotes[i].start < quotes[i - 1].start) return [...quotes].sort((a, b) => a.start - b.start);
  return quotes;
}

/**
 * Whether the last check's verdicts stand after the draft's change: the same
 * number of lines, each changed line read the same for the classifier's
 * purposes (`sameForContext`) as the line it replaced, the first line
 * untouched, and the quotes the same ranges moved with the text. Only the
 * changed lines (old and new) and the first are read.
 */
function verdictsStand(draft: Draft, readings: ContentCache<LineReading>, oldQuotes: readonly Quote[], quotes: readonly Quote[]): boolean {
  const change = draft.change!;
  const { from, toOld, toNew } = change.lines;
  if (toOld !== toNew) return false;
  const { lines } = draft;
  let first = 0;
  while (first < lines.length && lines[first].blank) first++;
  if (first >= lines.length || first >= from) return false;
  const firstReading = readings.get(lines[first].text);
  const readingOf = readerOf(readings);
  const old = change.previous.lines;
  for (let i = from; i < toNew; i++) if (!sameForContext(readingOf(old[i]), readingOf(lines[i]), firstReading)) return false;
  return sameRangesMoved(oldQuotes, quotes, change);
}

/** Makes the finding for each verdict (by its place in `verdicts`): the line with its fixes, and the run of flagged lines it belongs to. */
function findingMaker(draft: Draft, verdicts: readonly LineVerdict[], guard: QuoteGuard): (i: number) => Finding {
  const { runs, runOf } = runsOf(draft, verdicts);
  const runFixes = new Map<Run, { fix: Fix; related: Related }>();
  for (const run of runs) {
    if (run.count > 1 && !guard.cuts(draft.lines[run.first].start, draft.lines[run.last].end)) {
      runFixes.set(run, {
        fix: { title: `Delete these ${run.count} boilerplate lines`, edits: [deleteLinesEdit(draft, run.first, run.last)], ...(run.sure ? {} : { review: true }) },
        related: { start: draft.lines[run.first].start, end: draft.lines[run.last].end, message: `${run.count} boilerplate lines in a row` },
      });
    }
  }
  return (i) => {
    const v = verdicts[i];
    const line = draft.lines[v.index];
    const { lead, trail } = margins(line.text);
    const fixes: Fix[] = [{ title: 'Delete this line', edits: [deleteLinesEdit(draft, v.index, v.index)], preferred: true, ...(v.sure ? {} : { review: true }) }];
    const run = runOf.get(v.index);
    const runFix = run ? runFixes.get(run) : undefined;
    if (runFix) fixes.push(runFix.fix);
    return {
      rule: v.kind.rule,
      category: 'boilerplate',
      severity: v.confident ? 'warning' : 'information',
      message: messageFor(v.kind, v.confident),
      start: line.start + lead,
      end: line.end - trail,
      fixes,
      related: runFix ? [runFix.related] : [],
    };
  };
}

export { removeAllBoilerplateFix } from '../../fixes';

export const boilerplateDetector: Detector<BoilerplateState> = {
  name: 'boilerplate',
  rules: BOILERPLATE_RULES,
  newState: newBoilerplateState,
  run: findBoilerplate,
};
