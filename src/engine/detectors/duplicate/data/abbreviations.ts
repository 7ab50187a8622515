/**
 * Words that end with a full stop without ending a sentence ("Mr. Putin",
 * "the U.S. embassy"). Lower case, without the final full stop. Single letters
 * (initials such as "John F. Kennedy") are handled separately.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'rev', 'st', 'jr', 'sr', 'hon', 'pres', 'supt', 'insp', 'det',
  'inc', 'co', 'corp', 'ltd', 'bros', 'dept', 'univ', 'assn',
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'fig', 'vol', 'ed',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m', 'e.g', 'i.e', 'ph.d',
]);
