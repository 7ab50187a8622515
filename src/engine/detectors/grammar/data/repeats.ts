/**
 * Word lists for grammar/repeated-word's context rules.
 *
 * FUNCTION_WORDS: words that a heading or a label never ends with, and that
 * are never written twice on purpose (unlike "so-so", "no-no", "bye-bye",
 * "yo-yo", which are left out): "the-the" and "the" at the end of one line
 * with "the" starting the next are the same slip as "the the".
 *
 * AFTER_DOUBLE_THAT: words that cannot follow "that that" in good English.
 * The second "that" of a sound "that that" is a pronoun ("he said that that
 * was wrong") or a determiner ("that that plan"), followed by a verb, an
 * adverb or a noun. Before an article, a possessive or a subject pronoun it
 * can be neither, so one "that" is a slip ("said that that the plan failed").
 * Left out on purpose: "were" (subjunctive: "wished that that were true"),
 * "is"/"was" and modals (pronoun subject), "much"/"many"/"far" (degree:
 * "not that that much changed"), "one"/"same"/"very" (determiner use),
 * "her" (it can be an object after a verb that follows: kept out for safety).
 *
 * BEFORE_DEMONSTRATIVE: words after which the first "that" is a pronoun and
 * the second a relative ("it is that that the voters want", "all that that
 * the job needs"): "that that" is sound there whatever follows.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'into',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'that',
  'this',
  'it',
  'its',
  'as',
  'but',
  'not',
  'will',
  'would',
  'their',
  'his',
  'he',
  'she',
  'they',
  'we',
  'which',
  'who',
  'than',
]);

export const AFTER_DOUBLE_THAT: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'their',
  'its',
  'our',
  'my',
  'your',
  'these',
  'those',
  'this',
  'some',
  'every',
  'each',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'it',
  'there',
  'are',
]);

export const BEFORE_DEMONSTRATIVE: ReadonlySet<string> = new Set([
  'is',
  'was',
  'be',
  'been',
  'being',
  "it's",
  "that's",
  'all',
  'of',
  'about',
  'precisely',
  'exactly',
  'just',
  'only',
  'like',
  'than',
  'do',
  'does',
  'did',
  'done',
  'for',
  'with',
  'to',
  'on',
  'in',
  'at',
  'by',
  'from',
  'after',
  'before',
  'beyond',
  'despite',
]);
