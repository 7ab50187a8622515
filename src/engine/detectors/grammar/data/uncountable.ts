/**
 * Mass nouns that take no "a"/"an" when they stand alone as the head of a
 * noun phrase ("signed a legislation"). Left out on purpose: nouns with a
 * common countable sense ("a knowledge of", "a wealth of", "an aid", "a
 * violence that", "a damage" is rare but "damages" is not, "a paper").
 */
export const UNCOUNTABLE_NOUNS: ReadonlySet<string> = new Set([
  'legislation',
  'advice',
  'information',
  'equipment',
  'evidence',
  'furniture',
  'homework',
  'luggage',
  'baggage',
  'machinery',
  'software',
  'feedback',
  'research',
  'progress',
  'clothing',
  'jewelry',
  'jewellery',
  'garbage',
  'rubbish',
  'wildlife',
  'applause',
  'cutlery',
  'electricity',
  'merchandise',
  'permission',
  'pollution',
  'publicity',
  'scenery',
  'sunshine',
  'underwear',
  'weaponry',
  'misinformation',
  'disinformation',
  'livestock',
  'hospitality',
  'paperwork',
  'luck',
  'news',
]);

/**
 * Words that may follow the noun when it is the head of its phrase (so the
 * article is wrong): function words and verbs, never a noun it could modify
 * ("a news conference", "a research team").
 */
export const HEAD_FOLLOWERS: ReadonlySet<string> = new Set([
  'to',
  'that',
  'which',
  'who',
  'whose',
  'of',
  'on',
  'in',
  'for',
  'from',
  'with',
  'by',
  'about',
  'against',
  'and',
  'or',
  'but',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'has',
  'had',
  'have',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'at',
  'as',
  'into',
  'over',
  'under',
  'after',
  'before',
  'since',
  'because',
  'if',
  'when',
  'while',
  'regarding',
  'aimed',
  'designed',
  'intended',
  'passed',
  'signed',
  'approved',
]);

/**
 * Mass nouns with a count use after "a"/"an" that only comes with something
 * after the noun ("a knowledge of", "a wealth of", "a violence that", "a
 * health and safety rule", "a traffic stop", "a fun day"), so they are left
 * out of UNCOUNTABLE_NOUNS. Standing last in the sentence or clause (before
 * ".", "?", "!", ";", ":") or right before a verb, "a"/"an" before them is a
 * slip ("suffered a damage.", "a violence was reported"). A comma is not
 * enough: it often runs a list of modifiers ("a health, safety or
 * environmental issue"). Nouns whose count use stands alone ("an
 * education", "an aid", "a paper", "a work") are not listed.
 */
export const COUNT_USE_NOUNS: ReadonlySet<string> = new Set([
  'knowledge',
  'wealth',
  'violence',
  'damage',
  'health',
  'weather',
  'traffic',
  'music',
  'behavior',
  'behaviour',
  'money',
  'access',
  'accommodation',
  'housing',
  'transportation',
  'infrastructure',
  'safety',
  'employment',
  'unemployment',
  'inflation',
  'poverty',
  'racism',
  'corruption',
  'terrorism',
  'vandalism',
  'homelessness',
  'courage',
  'patience',
  'honesty',
  'chaos',
  'mud',
  'snow',
  'tourism',
  'nutrition',
  'training',
  'heritage',
  'enthusiasm',
]);

/** Verbs that may follow such a noun standing as the head of its phrase ("a violence was reported"). */
export const VERB_FOLLOWERS: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
  'has',
  'had',
  'have',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'remains',
  'remained',
  'seems',
  'seemed',
  'became',
  'caused',
]);

/** Punctuation that ends the noun's clause (never a comma or a dash, see COUNT_USE_NOUNS). */
export const CLAUSE_END: ReadonlySet<string> = new Set(['.', '?', '!', ';', ':']);
