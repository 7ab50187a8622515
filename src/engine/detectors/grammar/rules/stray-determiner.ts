/**
 * grammar/stray-determiner: "the" left before a verb that has its own object,
 * as in "responded with the expulsion of 755 staff members ... and the seized
 * two American compounds" (fix: delete "the").
 *
 * A candidate is lower-case "the" + a past form (-ed, -en or an irregular
 * past) + the start of an object noun phrase ("the", "his", "them", ...), or,
 * right after "and"/"but"/"or", + a number. Participles used as nouns or
 * adjectives ("the injured were taken", "the seized compounds", "the accused",
 * "the elected officials", "the estimated 5,000 people") never qualify. Only
 * the word must be one the part-of-speech tagger (retext-pos's) reads as a past
 * tense or participle (VBD/VBN) after "the" (see taggedPastAfterThe).
 */
import type { Root, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import { report, runOf, type GrammarRuleMeta, SOURCE } from '../context';
import { ED_NOT_PAST_AFTER_THE, OTHER_PAST_AFTER_THE } from '../data/past-tags.generated';
import { CONJUNCTIONS, IRREGULAR_PAST, NEVER_FLAGGED, NUMBER_WORDS, OBJECT_STARTERS } from '../data/participles';
import { adjacent, eachSentence, sentenceWords, type Token } from '../tree';

export const meta: GrammarRuleMeta = {
  id: 'grammar/stray-determiner',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: '"the" left before a verb that has its own object ("and the seized two compounds").',
  safe: false,
  inQuote: 'drop',
  source: SOURCE,
};

/**
 * Whether the part-of-speech tagger behind retext-pos (the \`pos\` package's
 * Brill tagger) reads this lower-case word, standing after "the", as a past
 * tense or participle (VBD/VBN). Its tag there depends on the word alone, so a
 * table generated from the tagger (scripts/gen-past-tags.mjs, checked against
 * the tagger by a test) answers exactly as the tagger would, without loading
 * its 4 MB lexicon.
 */
export function taggedPastAfterThe(word: string): boolean {
  return word.endsWith('ed') ? !ED_NOT_PAST_AFTER_THE.has(word) : OTHER_PAST_AFTER_THE.has(word);
}

function isPastForm(word: string): boolean {
  if (NEVER_FLAGGED.has(word)) return false;
  if (IRREGULAR_PAST.has(word)) return true;
  if (word.length < 4) return false;
  return /^[a-z]+(?:ed|en)$/.test(word);
}

function isNumber(token: Token): boolean {
  return /^\d/.test(token.text) || NUMBER_WORDS.has(token.lower);
}

interface Candidate {
  sentence: Sentence;
  det: Token;
  verb: Token;
}

export function plugin() {
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(meta.id)) return;
    const candidates: Candidate[] = [];
    eachSentence(tree, (sentence) => {
      const words = sentenceWords(sentence);
      for (let i = 0; i + 2 < words.length; i++) {
        const det = words[i];
        if (det.text !== 'the') continue;
        const verb = words[i + 1];
        const next = words[i + 2];
        if (verb.text !== verb.lower || !isPastForm(verb.lower)) continue;
        if (!adjacent(sentence, det.index, verb.index) || !adjacent(sentence, verb.index, next.index)) continue;
        const prev = i > 0 && adjacent(sentence, words[i - 1].index, det.index) ? words[i - 1] : undefined;
        const afterConjunction = prev !== undefined && CONJUNCTIONS.has(prev.lower);
        const objectNext = OBJECT_STARTERS.has(next.lower) || (afterConjunction && isNumber(next));
        if (!objectNext) continue;
        if (run.quotes.overlaps(det.start, verb.end)) continue;
        candidates.push({ sentence, det, verb });
      }
    });
    for (const { det, verb } of candidates) {
      if (!taggedPastAfterThe(verb.lower)) continue;
      report(
        file,
        meta.id,
        'Unexpected `the` before the verb `' + verb.text + '`, which has its own object: remove `the`',
        { start: det.start, end: verb.end },
        run.text.slice(det.start, verb.end),
        [verb.text],
        { title: 'Remove `the`' },
      );
    }
  };
}
