/**
 * The words a slot of the set-phrase list may take (see ../phrase-pattern.ts):
 * `{obj}` a short object noun phrase or pronoun ("nip {obj} in the bud": "the
 * problem", "it", "such talk"), `{poss}` a possessive, `{det}` a determiner,
 * `{num}` a number, `{adv}` an optional adverb between an auxiliary and its
 * verb ("had {adv} went": "had already went").
 */

export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our']);

export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', ...POSSESSIVES]);

/** Pronouns that make a whole object by themselves. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'them', 'him', 'her', 'us', 'me', 'you', 'this', 'that', 'these', 'those']);

/** Words that begin an object noun phrase. */
export const OBJECT_STARTS: ReadonlySet<string> = new Set([...DETERMINERS, ...OBJECT_PRONOUNS, 'some', 'any', 'such', 'every', 'each', 'all', 'both', 'no']);

/**
 * Words that never continue an object noun phrase after its first word:
 * prepositions, conjunctions, auxiliaries, determiners, pronouns, wh-words.
 * An `{obj}` of more than one word ends before any of them.
 */
export const NOT_IN_OBJECT: ReadonlySet<string> = new Set([
  ...OBJECT_STARTS,
  'in',
  'on',
  'at',
  'to',
  'of',
  'for',
  'from',
  'with',
  'by',
  'about',
  'into',
  'over',
  'under',
  'and',
  'or',
  'but',
  'as',
  'than',
  'if',
  'when',
  'while',
  'because',
  'who',
  'which',
  'what',
  'where',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'not',
  'he',
  'she',
  'they',
  'we',
  'i',
]);

export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'half',
  'double',
  'twice',
]);

/** Adverbs that stand between an auxiliary and its verb. */
export const MID_ADVERBS: ReadonlySet<string> = new Set([
  'already',
  'just',
  'not',
  'never',
  'also',
  'recently',
  'finally',
  'ever',
  'since',
  'now',
  'still',
  'long',
  'previously',
  'reportedly',
  'allegedly',
  'apparently',
  'clearly',
  'actually',
  'really',
  'even',
  'only',
  'always',
  'once',
]);
