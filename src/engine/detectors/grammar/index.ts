/**
 * Grammar and style slips, built on retext: each paragraph is parsed once
 * into nlcst (./tree.ts) and one unified processor (built once, here) runs
 * every plugin over the tree, a part of the draft at a time. Each rule is one
 * module in ./rules/ exporting its retext `plugin` and its `meta` (the public
 * metadata plus its policy: safe fixes, what it does inside a quote, the vfile
 * source it reports under); the list below is the only place the rules are
 * named together, and the rule catalogue and the rule book (by id and by
 * source) are built from it. Each plugin reports vfile messages (ruleId,
 * source, actual, expected), turned into findings with fixes by ./convert.ts
 * following the rule's policy.
 *
 * Checking a document again and again (`createChecker`, ../incremental.ts),
 * each paragraph is checked on its own instead, and its findings (offsets
 * relative to it) and its sightings for style/inconsistent-form are kept
 * between checks in a GrammarState (./incremental.ts), by the paragraph's
 * content, with the document-wide inconsistent-form counts kept up to date as
 * paragraphs change.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import type { Root } from 'nlcst';
import type { Detector, DetectorContext } from '../../detector';
import type { Draft } from '../../draft';
import { readDraft } from '../../draft';
import type { Finding, RuleMeta } from '../../types';
import { RangeSet, publicMeta, setRun, type GrammarRuleMeta, type GrammarRun, type Range } from './context';
import { ruleBook, toFinding } from './convert';
import { parseDraft } from './tree';
import * as repeatedWord from './rules/repeated-word';
import * as strayDeterminer from './rules/stray-determiner';
import * as uncountableArticle from './rules/uncountable-article';
import * as articleSound from './rules/article-sound';
import * as fixedPhrase from './rules/fixed-phrase';
import * as inconsistentForm from './rules/inconsistent-form';
import * as unclosedAppositive from './rules/unclosed-appositive';
import { GrammarState, type ParagraphResult } from './incremental';

/** A rule module: a retext plugin and what the rule declares about itself. */
interface GrammarRule {
  meta: GrammarRuleMeta;
  plugin: () => (tree: Root, file: VFile) => void;
}

/** The rules, in catalogue order. */
const RULES: readonly GrammarRule[] = [repeatedWord, strayDeterminer, uncountableArticle, articleSound, fixedPhrase, inconsistentForm, unclosedAppositive];

/** The one rule that reads the whole draft (the others see one paragraph at a time). */
const DOCUMENT_WIDE: GrammarRule = inconsistentForm;

/** Each rule's metadata, as the rule catalogue shows it. */
export const GRAMMAR_RULES: readonly RuleMeta[] = RULES.map((r) => publicMeta(r.meta));

/** The rules found by id and by vfile source, for ./convert.ts. */
export const RULE_BOOK = ruleBook(RULES.map((r) => r.meta));

/** Characters of paragraph text run through the processor at a time. */
const CHUNK = 20_000;

/** The rules one paragraph alone can show, in the order they run. */
const LOCAL_RULES = RULES.filter((r) => r !== DOCUMENT_WIDE);

function processorWith(rules: readonly GrammarRule[]) {
  let p = unified().use(retextEnglish);
  for (const rule of rules) p = p.use(rule.plugin);
  return p.freeze();
}

/** The processor: parse with retext-english, then one plugin per rule (inconsistent-form, document-wide, last). */
export const processor = processorWith([...LOCAL_RULES, DOCUMENT_WIDE]);

/** The same plugins without the document-wide one: what one paragraph alone can show. */
const localProcessor = processorWith(LOCAL_RULES);

export interface GrammarOptions {
  /** Direct-quote ranges (with their quotation marks). */
  quotes?: readonly Range[];
  /** Whether a rule is on (default: all on). */
  enabled?: (rule: string) => boolean;
  /** Paragraph results kept between checks of one document (see ./incremental.ts). */
  state?: GrammarState;
}

/** Run the grammar rules over a draft and return findings (default severities), sorted by position. */
export function checkGrammar(draft: Draft | string, options: GrammarOptions = {}): Finding[] {
  const d = typeof draft === 'string' ? readDraft(draft) : draft;
  const enabled = options.enabled ?? (() => true);
  if (!GRAMMAR_RULES.some((r) => enabled(r.id))) return [];
  if (options.state) return checkByParagraph(d, options.quotes ?? [], enabled, options.state);
  const run: GrammarRun = { text: d.text, quotes: new RangeSet(options.quotes ?? []), enabled, last: false };
  const file = new VFile({ value: d.text });
  setRun(file, run);
  const findings: Finding[] = [];
  // The draft goes through the processor in parts of about CHUNK characters:
  // a whole long draft's tree held at once makes garbage collection, and so
  // checking, slower than linear. Findings are taken after each part so no
  // tree outlives its part.
  const paragraphs = d.paragraphs;
  // vfile messages are Errors: capturing a stack trace for each (with source
  // maps on, as in the extension host) costs more than finding the slip.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    let from = 0;
    while (from < paragraphs.length || from === 0) {
      let to = from;
      let size = 0;
      while (to < paragraphs.length && (to === from || size + paragraphs[to].text.length <= CHUNK)) {
        size += paragraphs[to].text.length;
        to++;
      }
      run.last = to >= paragraphs.length;
      processor.runSync(parseDraft(d, from, to), file);
      for (const message of file.messages) {
        const finding = toFinding(message, run, RULE_BOOK);
        if (finding && enabled(finding.rule)) findings.push(finding);
      }
      file.messages.length = 0;
      from = to;
      if (run.last) break;
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return findings;
}

/**
 * Check one paragraph alone: its `text`, the quote ranges inside it (relative
 * to it) and what follows it on its line (`tail`: a line break or nothing; the
 * repeated-word rule reads to the end of the line).
 */
function checkParagraph(text: string, quotes: readonly Range[], tail: string, enabled: (rule: string) => boolean): ParagraphResult {
  const runText = text + tail;
  const draft: Draft = {
    text: runText,
    lines: [],
    paragraphs: [{ index: 0, start: 0, end: text.length, firstLine: 0, lastLine: 0, text }],
  };
  const run: GrammarRun = { text: runText, quotes: new RangeSet(quotes), enabled, last: true };
  const file = new VFile({ value: runText });
  setRun(file, run);
  const tree = parseDraft(draft, 0, 1);
  localProcessor.runSync(tree, file);
  const findings: Finding[] = [];
  for (const message of file.messages) {
    const finding = toFinding(message, run, RULE_BOOK);
    if (finding && enabled(finding.rule)) findings.push(finding);
  }
  const forms = inconsistentForm.newCounts();
  if (enabled(inconsistentForm.meta.id)) inconsistentForm.gatherForms(tree, runText, forms);
  return { findings, forms: inconsistentForm.compactCounts(forms) };
}

function checkByParagraph(d: Draft, quoteRanges: readonly Range[], enabled: (rule: string) => boolean, state: GrammarState): Finding[] {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const findings = state.check(d, quoteRanges, enabled, (text, ranges, tail) => checkParagraph(text, ranges, tail, enabled));
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    return findings;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export const grammarDetector: Detector<GrammarState> = {
  name: 'grammar',
  rules: GRAMMAR_RULES,
  newState: () => new GrammarState(RULE_BOOK),
  run(ctx: DetectorContext, state: GrammarState | undefined): Finding[] {
    return checkGrammar(ctx.draft, { quotes: ctx.quotes, enabled: (rule) => ctx.enabled(rule), state });
  },
};
