/**
 * Framing verbs: verbs with which a reporter hands a quoted phrase to its
 * speaker without a plain "said": "Bush called Trump “unhinged”", "Ramos
 * lamented that the “danger” came from…", "Manafort dismissed the whole
 * kerfuffle as “absurd”", "Clinton accuses Sanders of an “artful smear”",
 * "Bolton thought the buzz “artificially nourished”".
 *
 * They differ from the speech verbs (speech-verbs.ts) in one way that matters:
 * they attribute only a quote that follows them in their own sentence. Many
 * of them ("called", "attacked", "thanked") govern things other than speech
 * just as often, so a quote standing after their sentence ("…," called…) is
 * never given to them, and their subjects are not counted as speakers for the
 * quotes of the next sentences.
 *
 * Source: compiled by hand from the reporting-verb inventories of English
 * usage guides and grammars (verbs of saying, evaluating, judging, naming and
 * thinking: "call", "describe as", "praise", "criticize", "accuse of",
 * "compare to", "dismiss as", "believe", "fear"), the framing verbs listed
 * in the project's quotes issue, and the attribution cues of annotated US
 * political news (the PolNeAR corpus's train split: cues only, no text). A
 * verb is listed by its base; every inflection is made from it below
 * (irregular past forms are listed), so a lookup is a plain Set test.
 */

/** Verbs of naming and describing: "called it “…”", "labeled him “…”". */
const NAMING = [
  'call',
  'label',
  'brand',
  'dub',
  'term',
  'characterize',
  'characterise',
  'portray',
  'depict',
  'paint',
  'cast',
  'frame',
  'refer',
  'nickname',
  'title',
  'style',
];

/** Verbs of praising and criticising: "praised “…”", "slammed the “…”". */
const EVALUATING = [
  'praise',
  'hail',
  'express',
  'herald',
  'trash',
  'laud',
  'applaud',
  'commend',
  'salute',
  'celebrate',
  'thank',
  'criticize',
  'criticise',
  'condemn',
  'denounce',
  'decry',
  'deplore',
  'lament',
  'bemoan',
  'bewail',
  'slam',
  'blast',
  'rip',
  'knock',
  'bash',
  'lambaste',
  'excoriate',
  'berate',
  'chide',
  'scold',
  'rebuke',
  'reprimand',
  'castigate',
  'deride',
  'mock',
  'ridicule',
  'taunt',
  'scorn',
  'attack',
  'assail',
  'blame',
  'fault',
  'accuse',
  'dismiss',
  'reject',
  'deny',
  'dispute',
  'question',
  'challenge',
  'defend',
  'compare',
  'liken',
  'equate',
  'contrast',
  'disavow',
  'renounce',
  'endorse',
  'embrace',
  'champion',
  'trumpet',
  'highlight',
  'underline',
  'underscore',
  'cite',
  'invoke',
  'echo',
  'summarize',
  'summarise',
  'apologize',
  'apologise',
  'regret',
  'mourn',
  'thunder',
  'rail',
  'fume',
  'rant',
  'rave',
  'gush',
  'beam',
  'snap',
  'scoff',
  'sneer',
  'jab',
  'needle',
  'tease',
  'caution',
  'advise',
  'assure',
  'reassure',
  'remind',
  'inform',
  'encourage',
  'implore',
  'beg',
  'exhort',
  'dare',
  'invite',
  'request',
  'wonder',
  'ponder',
  'muse',
  'speculate',
  'proclaim',
  'pronounce',
  'profess',
  'posit',
  'opine',
  'affirm',
  'aver',
  'avow',
  'vouch',
  'swear',
  'brag',
  'crow',
  'gloat',
  'grumble',
  'grouse',
  'gripe',
  'whine',
  'moan',
  'groan',
  'protest',
  'rejoin',
  'rebut',
  'shoot',
  'lash',
  'weigh',
  'chime',
  'pen',
  'email',
  'blog',
  'broadcast',
  'sing',
  'recite',
  'repeat',
  'outline',
  'sketch',
  'envision',
  'envisage',
  'forecast',
  'estimate',
  'calculate',
  'reckon',
  'guess',
  'surmise',
  'infer',
  'deduce',
  'diagnose',
  'assess',
  'judge',
  'deem',
  'consider',
  'regard',
  'view',
  'see',
  'maintain',
  'agree',
  'disagree',
  'concur',
  'confess',
  'disclose',
  'divulge',
  'hint',
  'signal',
  'imply',
  'insinuate',
  'allude',
  'propose',
  'counsel',
  'lobby',
  'petition',
  'appeal',
  'threaten',
  'guarantee',
  'volunteer',
];

/** Verbs of thinking and feeling, which the annotated news attributes like speech: "Bolton thought the buzz “…”". */
const THINKING = [
  'think',
  'believe',
  'feel',
  'fear',
  'hope',
  'worry',
  'doubt',
  'suspect',
  'expect',
  'recognize',
  'recognise',
  'realize',
  'realise',
  'imagine',
  'wish',
  'prefer',
];

/** Irregular forms (past and participle) of the bases above. */
const IRREGULAR: Record<string, readonly string[]> = {
  cast: ['cast'],
  rip: ['ripped'],
  knock: ['knocked'],
  slam: ['slammed'],
  snap: ['snapped'],
  jab: ['jabbed'],
  dub: ['dubbed'],
  swear: ['swore', 'sworn'],
  shoot: ['shot'],
  think: ['thought'],
  feel: ['felt'],
  see: ['saw', 'seen'],
  sing: ['sang', 'sung'],
  broadcast: ['broadcast'],
  forecast: ['forecast'],
  refer: ['referred'],
  regret: ['regretted'],
  rebut: ['rebutted'],
  beg: ['begged'],
  plead: ['pled'],
  prefer: ['preferred'],
  rail: ['railed'],
};

/** Regular inflections of a base: -s, -ed, -ing, with the usual spelling changes. */
function inflections(base: string): string[] {
  const out = [base];
  if (/(s|sh|ch|x|z)$/.test(base)) out.push(base + 'es');
  else if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ies');
  else out.push(base + 's');
  const irregular = IRREGULAR[base];
  if (irregular) out.push(...irregular);
  else if (base.endsWith('e')) out.push(base + 'd');
  else if (/[^aeiou]y$/.test(base)) out.push(base.slice(0, -1) + 'ied');
  else out.push(base + 'ed');
  if (base.endsWith('ie')) out.push(base.slice(0, -2) + 'ying');
  else if (base.endsWith('e') && !base.endsWith('ee')) out.push(base.slice(0, -1) + 'ing');
  else if (irregular?.some((f) => f.endsWith(base.slice(-1) + base.slice(-1) + 'ed'))) out.push(base + base.slice(-1) + 'ing');
  else out.push(base + 'ing');
  return out;
}

/** Every form of every framing verb. */
export const FRAMING_VERBS: ReadonlySet<string> = new Set([...NAMING, ...EVALUATING, ...THINKING].flatMap(inflections));
