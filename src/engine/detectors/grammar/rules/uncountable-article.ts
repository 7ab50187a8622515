/**
 * grammar/uncountable-article: "a" or "an" before a mass noun that heads its
 * phrase ("signed a legislation to impose sanctions" → "signed legislation").
 * The noun must be followed by a function word, a verb from a short list or
 * punctuation, so "a news conference", "a research team" and "an information
 * campaign" (the noun modifies the next one) are left alone. Silent inside quotes.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report, runOf, type GrammarRuleMeta, SOURCE } from '../context';
import { HEAD_FOLLOWERS, UNCOUNTABLE_NOUNS } from '../data/uncountable';
import { adjacent, eachSentence, sentenceWords } from '../tree';

export const meta: GrammarRuleMeta = {
  id: 'grammar/uncountable-article',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: '"a" or "an" before a mass noun ("signed a legislation").',
  safe: false,
  inQuote: 'drop',
  source: SOURCE,
};

export function plugin() {
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(meta.id)) return;
    eachSentence(tree, (sentence) => {
      const words = sentenceWords(sentence);
      for (let i = 0; i + 1 < words.length; i++) {
        const article = words[i];
        if (article.lower !== 'a' && article.lower !== 'an') continue;
        const noun = words[i + 1];
        if (!UNCOUNTABLE_NOUNS.has(noun.lower) || noun.text !== noun.lower) continue;
        if (!adjacent(sentence, article.index, noun.index)) continue;
        // What follows the noun: end of sentence, punctuation, or a head follower.
        const after = words[i + 2];
        const punctuationNext = !after || !adjacent(sentence, noun.index, after.index);
        if (!punctuationNext && !HEAD_FOLLOWERS.has(after.lower)) continue;
        // "a news" is only wrong before a verb or "of"/"that"; punctuation after it
        // is too often a headline or a name ("a News of the World reporter").
        if (punctuationNext && noun.lower === 'news') continue;
        if (run.quotes.overlaps(article.start, noun.end)) continue;
        const actual = run.text.slice(article.start, noun.end);
        report(
          file,
          meta.id,
          'Unexpected article `' + article.text + '` before the uncountable noun `' + noun.text + '`, remove it',
          { start: article.start, end: noun.end },
          actual,
          [article.text === 'A' || article.text === 'An' ? noun.text.charAt(0).toUpperCase() + noun.text.slice(1) : noun.text],
          { title: 'Remove `' + article.text + '`' },
        );
      }
    });
  };
}
