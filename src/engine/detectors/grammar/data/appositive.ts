/** Word lists for grammar/unclosed-appositive. */

/** Capitalised words that begin introductory phrases rather than names. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'from', 'with', 'by', 'after', 'before', 'during', 'last', 'next', 'this', 'that',
  'the', 'a', 'an', 'meanwhile', 'however', 'yesterday', 'today', 'tomorrow', 'earlier', 'later', 'still',
  'also', 'and', 'but', 'yet', 'so', 'then', 'when', 'while', 'if', 'as', 'since', 'although', 'though',
  'under', 'over', 'despite', 'unlike', 'like', 'following', 'besides', 'moreover', 'furthermore', 'instead',
  'here', 'there', 'now', 'of', 'to', 'according', 'until', 'through', 'without', 'within', 'across', 'among',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'dear', 'hi',
  'hello', 'thanks', 'yes', 'no', 'well', 'oh', 'sir', 'madam', 'i', 'we', 'you', 'he', 'she', 'they', 'it',
]);

/** Words that open an appositive noun phrase. */
export const APPOSITIVE_STARTERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** Finite verbs that end an unclosed appositive ("... Secretary of State was found"). */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  'was', 'is', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'said', 'says', 'told', 'did', 'does',
  'can', 'could', 'should', 'may', 'might', 'must', 'added', 'announced', 'insisted', 'warned', 'argued',
]);

/** Words that show the phrase is a clause or a list, not a simple appositive. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'and', 'or', 'but', 'if', 'because', 'while',
]);

/** An appositive must name a role or relation (so "In Moscow, Russia, the protests were" is left alone). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'secretary', 'minister', 'president', 'vice', 'director', 'chief', 'executive', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'head', 'chairman', 'chairwoman', 'chair', 'governor', 'senator', 'ambassador',
  'mayor', 'officer', 'founder', 'ceo', 'official', 'adviser', 'advisor', 'lawyer', 'attorney', 'coach',
  'manager', 'author', 'professor', 'commander', 'general', 'editor', 'analyst', 'economist', 'owner',
  'candidate', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister', 'widow',
  'representative', 'congressman', 'congresswoman', 'lawmaker', 'judge', 'prosecutor', 'chancellor',
  'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'captain', 'star', 'singer', 'actor',
  'actress', 'player', 'striker', 'founder', 'partner', 'scientist', 'researcher', 'doctor', 'surgeon',
  'teacher', 'principal', 'dean', 'student', 'reporter', 'correspondent', 'columnist', 'envoy', 'diplomat',
  'aide', 'deputy', 'assistant', 'boss', 'owner', 'inventor', 'designer', 'architect', 'producer', 'director',
]);
