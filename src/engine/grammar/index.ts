/**
 * Grammar and style slips, built on retext: each paragraph is parsed once
 * into nlcst (./tree.ts) and one unified processor (built once, here) runs
 * every plugin over the tree, a part of the draft at a time. Each plugin
 * reports vfile messages (ruleId, source, actual, expected), turned into
 * findings with fixes by ./convert.ts.
 *
 * With a memo (incremental checking, ../incremental.ts) each paragraph is
 * checked on its own instead, and its findings (offsets relative to it) and
 * its sightings for style/inconsistent-form are kept, keyed by its text, the
 * quote ranges inside it and whether a line break follows it (the repeated-word
 * rule looks at the end of the line). Only the document-wide inconsistent-form
 * pass then runs over the whole draft, on the kept sightings.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import { NO_MEMO, type Detector, type DetectorContext, type Memo } from '../detector';
import type { Draft } from '../draft';
import { readDraft } from '../draft';
import type { Finding, Related } from '../types';
import { RangeSet, setRun, type GrammarRun, type Range } from './context';
import { toFinding } from './convert';
import { GRAMMAR_RULES } from './rules';
import { parseDraft } from './tree';
import { repeatedWord } from './plugins/repeated-word';
import { strayDeterminer } from './plugins/stray-determiner';
import { uncountableArticle } from './plugins/uncountable-article';
import { articleSound } from './plugins/article-sound';
import { fixedPhrase } from './plugins/fixed-phrase';
import { emitForms, gatherForms, inconsistentForm, mergeForms, newCounts, INCONSISTENT_FORM, type FormCounts } from './plugins/inconsistent-form';
import { unclosedAppositive } from './plugins/unclosed-appositive';

export { GRAMMAR_RULES } from './rules';

/** Characters of paragraph text run through the processor at a time. */
const CHUNK = 20_000;

/** The rules one paragraph alone can show, in the order they run. */
const LOCAL_PLUGINS = [repeatedWord, strayDeterminer, uncountableArticle, articleSound, fixedPhrase, unclosedAppositive];

function processorWith(plugins: readonly (typeof LOCAL_PLUGINS)[number][]) {
  let p = unified().use(retextEnglish);
  for (const plugin of plugins) p = p.use(plugin);
  return p.freeze();
}

/** The processor: parse with retext-english, then one plugin per rule (inconsistent-form, document-wide, last). */
export const processor = processorWith([...LOCAL_PLUGINS, inconsistentForm]);

/** The same plugins without the document-wide one: what one paragraph alone can show. */
const localProcessor = processorWith(LOCAL_PLUGINS);

export interface GrammarOptions {
  /** Direct-quote ranges (with their quotation marks). */
  quotes?: readonly Range[];
  /** Whether a rule is on (default: all on). */
  enabled?: (rule: string) => boolean;
  /** Per-paragraph results kept between checks (see ../incremental.ts). */
  memo?: Memo;
}

/** Run the grammar rules over a draft and return findings (default severities), sorted by position. */
export function checkGrammar(draft: Draft | string, options: GrammarOptions = {}): Finding[] {
  const d = typeof draft === 'string' ? readDraft(draft) : draft;
  const enabled = options.enabled ?? (() => true);
  if (!GRAMMAR_RULES.some((r) => enabled(r.id))) return [];
  if (options.memo && options.memo !== NO_MEMO) return checkByParagraph(d, options.quotes ?? [], enabled, options.memo);
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
        const finding = toFinding(message, run);
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

/** What one paragraph shows: findings and inconsistent-form sightings, offsets relative to it. */
interface ParagraphResult {
  findings: Finding[];
  forms: FormCounts;
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
    const finding = toFinding(message, run);
    if (finding && enabled(finding.rule)) findings.push(finding);
  }
  const forms = newCounts();
  if (enabled(INCONSISTENT_FORM)) gatherForms(tree, runText, forms);
  return { findings, forms };
}

function shiftRelated(related: Related[], by: number): Related[] {
  return related.map((r) => ({ ...r, start: r.start + by, end: r.end + by }));
}

/** A copy of a kept finding, moved to where its paragraph now starts. */
function shifted(f: Finding, by: number): Finding {
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
    related: shiftRelated(f.related, by),
  };
}

/** What follows a paragraph on its line, as far as the rules can tell: a line break, or nothing. */
function tailOf(text: string, end: number): string {
  let k = end;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  return k < text.length && (text[k] === '\n' || text[k] === '\r') ? '\n' : '';
}

function checkByParagraph(d: Draft, quoteRanges: readonly Range[], enabled: (rule: string) => boolean, memo: Memo): Finding[] {
  const quotes = [...quoteRanges].filter((q) => q.end > q.start).sort((x, y) => x.start - y.start || x.end - y.end);
  const findings: Finding[] = [];
  const forms = newCounts();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    let q = 0;
    for (const p of d.paragraphs) {
      // Quote ranges reaching into the paragraph, cut to it (plus one: a query may end at its end).
      while (q < quotes.length && quotes[q].end <= p.start && quotes[q].start < p.start) q++;
      const ranges: Range[] = [];
      let names = '';
      for (let k = q; k < quotes.length && quotes[k].start <= p.end; k++) {
        const start = Math.max(quotes[k].start, p.start) - p.start;
        const end = Math.min(quotes[k].end, p.end + 1) - p.start;
        if (end > start) {
          ranges.push({ start, end });
          names += `,${start}-${end}`;
        }
      }
      const tail = tailOf(d.text, p.end);
      // Kept by text, in a table per quote ranges and tail (most paragraphs share the first table).
      const table = `grammar/paragraph\u0001${tail}${names}`;
      const result = memo.get(table, p.text, (text) => checkParagraph(text, ranges, tail, enabled));
      for (const f of result.findings) findings.push(shifted(f, p.start));
      mergeForms(forms, result.forms, p.start);
    }
    if (enabled(INCONSISTENT_FORM)) {
      const run: GrammarRun = { text: d.text, quotes: new RangeSet(quoteRanges), enabled, last: true };
      const file = new VFile({ value: d.text });
      setRun(file, run);
      emitForms(file, run, forms);
      for (const message of file.messages) {
        const finding = toFinding(message, run);
        if (finding && enabled(finding.rule)) findings.push(finding);
      }
    }
  } finally {
    Error.stackTraceLimit = limit;
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return findings;
}

export const grammarDetector: Detector = {
  name: 'grammar',
  rules: GRAMMAR_RULES,
  run(ctx: DetectorContext): Finding[] {
    return checkGrammar(ctx.draft, { quotes: ctx.quotes, enabled: (rule) => ctx.enabled(rule), memo: ctx.memo });
  },
};
