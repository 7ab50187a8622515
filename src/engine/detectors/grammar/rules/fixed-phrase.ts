/**
 * grammar/fixed-phrase: the wrong word in a set phrase ("at odds from" → "at
 * odds with", "quoted saying" → "quoted as saying", "peaked their interest"
 * → "piqued their interest", "nip the problem in the butt" → "... bud").
 * The list's phrases are written in a small pattern language (verb forms,
 * choices, slots: ../phrase-pattern.ts), expanded once into word patterns
 * indexed by their first word. Phrases are matched on word tokens
 * (case-insensitive, curly apostrophes as straight ones) within a run of
 * words not broken by punctuation; no phrase is ever compiled into a regular
 * expression. Silent inside quotes.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report, runOf, type GrammarRuleMeta, SOURCE } from '../context';
import { FIXED_PHRASES, type FixedPhrase } from '../data/fixed-phrases';
import { correction, expandPhrase, firstWords, matchParts, normalize, oneWordChange, type Pattern } from '../phrase-pattern';
import { MID_ADVERBS } from '../data/phrase-slots';
import { eachSentence, runEndFrom, sentenceWords } from '../tree';

export const meta: GrammarRuleMeta = {
  id: 'grammar/fixed-phrase',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: 'A wrong word in a set phrase ("at odds from", "quoted saying").',
  safe: false,
  inQuote: 'drop',
  source: SOURCE,
};

interface Entry {
  pattern: Pattern;
  /**
   * A quick test before matching: the words the next literal part (a word or
   * a choice) can be, and whether an optional adverb may stand before it.
   */
  next?: ReadonlySet<string>;
  afterAdverb: boolean;
  phrase: FixedPhrase;
  /** One word replaced, inserted or removed, with one correction. */
  oneWord: boolean;
}

/** The words of a phrase, lower case, curly apostrophes straight (the list's duplicate key). */
export function tokens(phrase: string): string[] {
  return phrase.split(' ').filter(Boolean).map(normalize);
}

/**
 * Entries by every word their first part can be, longest first: each list
 * entry expanded into its patterns (one per verb form), so a check looks up
 * the word it is on, never scans the list.
 */
export function buildIndex(list: readonly FixedPhrase[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const phrase of list) {
    for (const pattern of expandPhrase(phrase.wrong, phrase.right)) {
      if (pattern.wrong.length === 0) continue;
      const afterAdverb = pattern.wrong[1]?.kind === 'slot' && pattern.wrong[1].slot === 'adv';
      const at = afterAdverb ? 2 : 1;
      const part = pattern.wrong[at];
      const last = at === pattern.wrong.length - 1;
      const next = part?.kind === 'word' ? new Set([part.word, ...(last ? [part.word + '.'] : [])]) : part?.kind === 'choice' ? part.words : undefined;
      const entry: Entry = { pattern, phrase, oneWord: oneWordChange(pattern), next, afterAdverb };
      for (const key of firstWords(pattern)) {
        const bucket = index.get(key);
        if (bucket) bucket.push(entry);
        else index.set(key, [entry]);
      }
    }
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.pattern.maxWords - a.pattern.maxWords);
  return index;
}

const INDEX = buildIndex(FIXED_PHRASES);

export function plugin() {
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(meta.id)) return;
    eachSentence(tree, (sentence) => {
      // Words of the sentence; a phrase matches only within a run of them that
      // punctuation does not break (see wordRuns), checked once a first word matches.
      const words = sentenceWords(sentence);
      for (let i = 0; i < words.length; i++) {
        const bucket = INDEX.get(words[i].lower);
        if (!bucket) continue;
        // Entries are longest first: no phrase in the bucket reaches past the first's length.
        const runEnd = runEndFrom(sentence, words, i, bucket[0].pattern.maxWords);
        const after = i + 1 < runEnd ? words[i + 1].lower : '';
        const afterNext = i + 2 < runEnd ? words[i + 2].lower : '';
        for (const entry of bucket) {
          if (entry.next && !entry.next.has(after) && !(entry.afterAdverb && MID_ADVERBS.has(after) && entry.next.has(afterNext))) continue;
          const match = matchParts(words, i, runEnd, entry.pattern.wrong);
          if (!match) continue;
          const last = match.spans[match.spans.length - 1][1] - 1;
          const start = words[i].start;
          const end = words[last].end - (match.trim ? 1 : 0);
          if (run.quotes.overlaps(start, end)) break;
          const actual = run.text.slice(start, end);
          const fixes = entry.pattern.rights.map((right) => correction(run.text, words, i, end, entry.pattern, right, match));
          report(
            file,
            meta.id,
            'Unexpected `' + actual + '`, expected `' + fixes[0].phrase + '`',
            { start, end },
            actual,
            fixes.map((f) => f.text),
            {
              safe: entry.oneWord,
            },
          );
          i = last;
          break;
        }
      }
    });
  };
}
