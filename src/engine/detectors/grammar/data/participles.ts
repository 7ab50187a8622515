/**
 * Word lists for grammar/stray-determiner.
 */

/**
 * Irregular past forms that do not end in -ed or -en. Forms that are also
 * common nouns after "the" ("set", "cut", "hit", "left", "won") are left out.
 */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'took', 'made', 'gave', 'sent', 'told', 'sold', 'held', 'kept', 'brought', 'bought', 'caught', 'built',
  'found', 'paid', 'struck', 'sought', 'threw', 'drew', 'wrote', 'chose', 'stole', 'froze', 'fled', 'shot',
  'bore', 'tore', 'swore',
]);

/**
 * Never flagged after "the": participles that often stand before a quantity
 * as adjectives ("the estimated 5,000 people", "the required two-thirds
 * majority"), participles used as nouns ("the accused", "the injured"), and
 * nouns and adjectives that merely end in -ed or -en.
 */
export const NEVER_FLAGGED: ReadonlySet<string> = new Set([
  'estimated', 'reported', 'expected', 'projected', 'alleged', 'required', 'needed', 'promised', 'proposed',
  'planned', 'combined', 'added', 'stated', 'agreed', 'predicted', 'rumored', 'rumoured', 'budgeted', 'allotted',
  'allocated', 'requested', 'claimed', 'announced', 'targeted', 'suggested', 'recommended', 'anticipated',
  'calculated', 'registered', 'recorded', 'documented', 'confirmed', 'identified', 'accepted', 'allowed',
  'designated', 'specified', 'listed', 'advertised', 'quoted', 'guaranteed', 'permitted', 'mandated',
  'authorized', 'authorised', 'approved', 'undisclosed', 'unprecedented', 'remaining', 'unexpected', 'extended',
  'increased', 'reduced', 'revised', 'adjusted', 'average', 'implied', 'assumed', 'given', 'chosen', 'forgotten',
  'hidden', 'broken', 'fallen', 'stolen', 'frozen', 'unnamed', 'unidentified', 'aforementioned', 'so-called',
  'disputed', 'contested', 'occupied', 'united', 'limited', 'accused', 'injured', 'wounded', 'deceased', 'disabled',
  'elected', 'condemned', 'damned', 'departed', 'beloved', 'learned', 'aged', 'married', 'retired', 'named',
  'displaced', 'detained', 'arrested', 'convicted', 'dispossessed', 'oppressed', 'unemployed', 'insured', 'privileged', 'wanted', 'hundred', 'kindred', 'red',
  'bed', 'seed', 'need', 'speed', 'shed', 'creed', 'greed', 'steed', 'deed', 'feed', 'breed', 'weed', 'heed',
  'ten', 'seven', 'eleven', 'men', 'women', 'children', 'oxen', 'den', 'pen', 'hen', 'garden', 'kitchen',
  'citizen', 'linen', 'heaven', 'haven', 'raven', 'oven', 'dozen', 'token', 'omen', 'specimen', 'regimen',
  'screen', 'green', 'queen', 'teen', 'seen', 'kin', 'sudden', 'golden', 'wooden', 'woolen', 'woollen',
  'open', 'even', 'often', 'burden', 'warden', 'maiden', 'siren', 'aspen', 'chicken', 'mitten', 'kitten',
  'button', 'gluten', 'semen', 'abdomen', 'amen', 'yemen', 'sweden', 'aden', 'eden', 'legend',
]);

/** Words that begin a noun phrase used as an object ("... the seized two American compounds"). */
export const OBJECT_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'them', 'him',
]);

export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens',
  'hundreds', 'thousands', 'several', 'more', 'both', 'all',
]);

/** Words before "the" that join verb phrases ("responded ... and the seized ..."). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'then', 'also']);
