/**
 * Grammar and style slips, built on retext: each paragraph is parsed once
 * into nlcst (./tree.ts) and one unified processor (built once, here) runs
 * every plugin over the tree, a part of the draft at a time. Each plugin
 * reports vfile messages (ruleId, source, actual, expected), turned into
 * findings with fixes by ./convert.ts.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import type { Detector, DetectorContext } from '../detector';
import type { Draft } from '../draft';
import { readDraft } from '../draft';
import type { Finding } from '../types';
import { RangeSet, setRun, type GrammarRun, type Range } from './context';
import { toFinding } from './convert';
import { GRAMMAR_RULES } from './rules';
import { parseDraft } from './tree';
import { repeatedWord } from './plugins/repeated-word';
import { strayDeterminer } from './plugins/stray-determiner';
import { uncountableArticle } from './plugins/uncountable-article';
import { articleSound } from './plugins/article-sound';
import { fixedPhrase } from './plugins/fixed-phrase';
import { inconsistentForm } from './plugins/inconsistent-form';
import { unclosedAppositive } from './plugins/unclosed-appositive';

export { GRAMMAR_RULES } from './rules';

/** Characters of paragraph text run through the processor at a time. */
const CHUNK = 20_000;

/** The processor: parse with retext-english, then one plugin per rule. */
export const processor = unified()
  .use(retextEnglish)
  .use(repeatedWord)
  .use(strayDeterminer)
  .use(uncountableArticle)
  .use(articleSound)
  .use(fixedPhrase)
  .use(inconsistentForm)
  .use(unclosedAppositive)
  .freeze();

export interface GrammarOptions {
  /** Direct-quote ranges (with their quotation marks). */
  quotes?: readonly Range[];
  /** Whether a rule is on (default: all on). */
  enabled?: (rule: string) => boolean;
}

/** Run the grammar rules over a draft and return findings (default severities), sorted by position. */
export function checkGrammar(draft: Draft | string, options: GrammarOptions = {}): Finding[] {
  const d = typeof draft === 'string' ? readDraft(draft) : draft;
  const enabled = options.enabled ?? (() => true);
  if (!GRAMMAR_RULES.some((r) => enabled(r.id))) return [];
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

export const grammarDetector: Detector = {
  name: 'grammar',
  rules: GRAMMAR_RULES,
  run(ctx: DetectorContext): Finding[] {
    return checkGrammar(ctx.draft, { quotes: ctx.quotes, enabled: (rule) => ctx.enabled(rule) });
  },
};
