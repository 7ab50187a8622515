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
  'to', 'that', 'which', 'who', 'whose', 'of', 'on', 'in', 'for', 'from', 'with', 'by', 'about', 'against',
  'and', 'or', 'but', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'had', 'have', 'can', 'could',
  'should', 'may', 'might', 'must', 'at', 'as', 'into', 'over', 'under', 'after', 'before', 'since', 'because',
  'if', 'when', 'while', 'regarding', 'aimed', 'designed', 'intended', 'passed', 'signed', 'approved',
]);
