/**
 * Small word lists the line features use. Lower case, straight apostrophes.
 */

/** Verbs of attribution: a line with one of these is likely reporting ("Tillerson said ..."). */
export const REPORTING_WORDS: readonly string[] = ['said', 'says', 'told', 'according', 'added', 'announced', 'explained', 'noted', 'stated', 'wrote', 'asked', 'argued'];

/** First person singular: outside quotation marks, the voice of readers' comments, not of reporting. */
export const FIRST_PERSON_WORDS: readonly string[] = ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself'];

/** Second person: pages address the reader ("Sign up to get your ..."); news copy rarely does outside quotes. */
export const SECOND_PERSON_WORDS: readonly string[] = ['you', 'your', "you're", "you've", "you'll", 'yours', 'yourself'];
