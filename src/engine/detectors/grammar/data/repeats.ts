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
 * "not that that much changed"), "one"/"same"/"very" (determiner use).
 *
 * BEFORE_DEMONSTRATIVE: words after which the first "that" is a pronoun and
 * the second a relative ("all that that the job needs", "of that that the
 * report says"): "that that" is sound there whatever follows. A form of "be"
 * makes a cleft only after "it", "this", "that" or "what" ("it is that that
 * the voters want", not "the fear is that that the vote fails"), and an
 * intensifier in between ("it is only that that") is looked past.
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
  'her',
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
  'all',
  'of',
  'about',
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

/** Forms of "be" that make a cleft after CLEFT_SUBJECTS ("it is that that ..."). */
export const CLEFT_BE: ReadonlySet<string> = new Set(['is', 'was', 'be', 'been', 'being', "it's", "that's", "'s"]);

export const CLEFT_SUBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'what', 'which']);

/** Intensifiers looked past before "that that" ("it is only that that ..."). */
export const INTENSIFIERS: ReadonlySet<string> = new Set(['only', 'just', 'precisely', 'exactly', 'simply', 'even', 'also', 'really']);
