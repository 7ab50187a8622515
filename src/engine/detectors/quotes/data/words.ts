/**
 * Word lists the speaker finder needs. All comparisons are on lower-cased
 * tokens except where noted; nothing here is used as a regular expression.
 */

/** Titles and role words stripped from a name: "Secretary of State Rex Tillerson" → "Rex Tillerson". */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'cmdr', 'supt', 'insp', 'det', 'cpt', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'secretary', 'minister', 'prime', 'foreign', 'deputy', 'state', 'general',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov',
  'mayor', 'chief', 'executive', 'officer', 'judge', 'justice', 'attorney', 'ambassador', 'speaker',
  'leader', 'majority', 'minority', 'chairman', 'chairwoman', 'chair', 'director', 'commissioner',
  'sheriff', 'detective', 'inspector', 'superintendent', 'coach', 'manager', 'captain', 'capt',
  'lieutenant', 'lt', 'colonel', 'col', 'gen', 'major', 'maj', 'sergeant', 'sgt', 'admiral', 'adm',
  'corporal', 'cpl', 'private', 'pvt', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal',
  'bishop', 'archbishop', 'rev', 'reverend', 'father', 'rabbi', 'imam', 'sister', 'brother',
  'chancellor', 'premier', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman',
  'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'cfo', 'coo', 'founder', 'co-founder',
  'chairperson', 'dean', 'provost', 'principal', 'officer', 'agent', 'trooper', 'constable',
  'democrat', 'democratic', 'republican', 'independent', 'labour', 'conservative', 'sr', 'jr',
  'assistant', 'associate', 'head', 'secretary-general', 'undersecretary', 'envoy', 'emir',
  'sheikh', 'ayatollah', 'mufti', 'minister-president', 'auditor', 'comptroller', 'treasurer',
  'solicitor', 'prosecutor', 'defense', 'defence', 'interior', 'finance', 'health', 'treasury',
  'house', 'senate', 'white', 'u.s', 'us', 'uk', 'u.k', 'eu', 'un', 'u.n', 'national', 'federal',
]);

/** Abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm',
  'maj', 'cpl', 'pvt', 'rev', 'st', 'cmdr', 'supt', 'insp', 'det', 'cpt', 'gov', 'lt', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'u.s',
  'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'd.c',
]);

/** Pronouns that stand for one named person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Pronouns and words that attribute a quote without naming anybody we could list. */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'they', 'you', 'it', 'who', 'which', 'one', 'someone', 'somebody', 'everyone', 'nobody']);

/** Words that may stand between a subject and its speech verb ("Tillerson further emphasized"). */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set([
  'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'be', 'being', 'will', 'would', 'could',
  'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'also', 'then', 'later', 'further',
  'once', 'again', 'still', 'just', 'even', 'too', 'not', 'never', 'always', 'often', 'already',
  'since', 'first', 'now', 'soon', 'both', 'all', 'earlier', 'last', 'previously', 'recently',
  'reportedly', 'publicly', 'privately', 'repeatedly', 'himself', 'herself', 'themselves',
  'afterward', 'afterwards', 'yesterday', 'today', 'tonight', 'simply', 'only', 'instead',
  'however', 'nonetheless', 'therefore', 'thus', 'subsequently', 'eventually', 'ultimately', 'initially',
  'originally', 'separately', 'additionally', 'similarly', 'likewise', 'directly', 'personally', 'once',
]);

/** Prepositions: a name right after one is an object ("at the Forum said"), not a subject. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'at', 'in', 'on', 'of', 'from', 'with', 'to', 'for', 'by', 'about', 'into', 'against', 'alongside',
  'during', 'under', 'over', 'after', 'before', 'between', 'among', 'via', 'near', 'across',
  'toward', 'towards', 'through', 'within', 'without', 'behind', 'beside', 'besides', 'around',
  'outside', 'inside', 'like', 'than', 'per', 'upon', 'onto', 'despite', 'throughout', 'amid',
]);

/** Lower-case words allowed inside a name ("Secretary of State", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'al', 'el', 'y']);

/**
 * Capitalised words that do not name a speaker: sentence-initial function
 * words, plural groups, days and months. Compared lower-cased.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'there', 'here', 'then', 'but',
  'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'after', 'before', 'since', 'because',
  'although', 'though', 'meanwhile', 'however', 'moreover', 'furthermore', 'still', 'also', 'in',
  'on', 'at', 'for', 'from', 'with', 'by', 'of', 'to', 'about', 'following', 'according', 'later',
  'earlier', 'now', 'today', 'yesterday', 'tomorrow', 'some', 'many', 'most', 'several', 'few',
  'both', 'each', 'every', 'all', 'no', 'not', 'one', 'two', 'three', 'other', 'others', 'another',
  'officials', 'police', 'authorities', 'experts', 'critics', 'analysts', 'researchers', 'scientists',
  'residents', 'witnesses', 'sources', 'people', 'supporters', 'opponents', 'protesters', 'students',
  'doctors', 'lawyers', 'prosecutors', 'investigators', 'parents', 'fans', 'users', 'customers',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'what', 'why', 'how', 'who', 'where', 'which', 'whose', 'even', 'just',
  'asked', 'speaking', 'writing', 'instead', 'indeed', 'again', 'yes', 'well', 'oh', 'please',
  'thanks', 'sure', 'okay', 'ok', 'last', 'next', 'first', 'finally', 'overall', 'then',
]);
