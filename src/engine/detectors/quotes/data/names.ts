/**
 * Words for telling people from organisations when registering names.
 * Compared lower-cased, without a final period.
 */

/** Titles that stand right before a person's name ("President Trump", "Mr. Smith"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov',
  'mayor', 'judge', 'justice', 'secretary', 'minister', 'chancellor', 'premier', 'king', 'queen',
  'prince', 'princess', 'pope', 'general', 'gen', 'coach', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'ceo', 'ambassador', 'speaker', 'leader', 'chairman', 'chairwoman', 'sheriff',
  'officer', 'detective', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'colonel', 'col',
  'rev', 'reverend', 'father', 'rabbi', 'imam', 'commissioner', 'chief', 'attorney', 'founder',
  'manager', 'dean', 'bishop', 'archbishop', 'cardinal', 'admiral', 'adm', 'maj', 'major', 'envoy',
]);

/** Last words of organisation and place names: such a run is not a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'house', 'office', 'council', 'committee', 'party', 'university',
  'college', 'school', 'agency', 'service', 'services', 'court', 'commission', 'bank', 'forum',
  'association', 'union', 'company', 'group', 'administration', 'government', 'times', 'news',
  'post', 'journal', 'press', 'network', 'institute', 'foundation', 'center', 'centre', 'corp',
  'corporation', 'inc', 'ltd', 'club', 'team', 'league', 'board', 'authority', 'organization',
  'organisation', 'bureau', 'police', 'army', 'navy', 'force', 'forces', 'guard', 'senate',
  'congress', 'parliament', 'assembly', 'kremlin', 'pentagon', 'states', 'kingdom', 'nations',
  'republic', 'city', 'county', 'state', 'province', 'region', 'street', 'avenue', 'road',
  'hospital', 'church', 'airport', 'station', 'museum', 'magazine', 'tv', 'radio', 'channel',
  'fund', 'trust', 'capital', 'partners', 'holdings', 'systems', 'technologies', 'labs', 'media',
  'studios', 'records', 'airlines', 'motors', 'energy', 'reserve', 'exchange', 'market', 'markets',
]);
