/**
 * British and American spellings of the same word, for style/inconsistent-form.
 * Only pairs where each form belongs to one variety alone (so "check"/"cheque",
 * "program"/"programme", "story"/"storey", "tire"/"tyre" are left out: the
 * American form is also a common British word). Inflected forms are listed
 * through the small generators below.
 */

/** -our / -or nouns: [British stem, American stem], inflected with "", "s". */
const OUR: readonly [string, string][] = [
  ['colour', 'color'],
  ['honour', 'honor'],
  ['favour', 'favor'],
  ['labour', 'labor'],
  ['harbour', 'harbor'],
  ['neighbour', 'neighbor'],
  ['behaviour', 'behavior'],
  ['demeanour', 'demeanor'],
  ['rumour', 'rumor'],
  ['humour', 'humor'],
  ['vigour', 'vigor'],
  ['endeavour', 'endeavor'],
  ['flavour', 'flavor'],
  ['armour', 'armor'],
  ['odour', 'odor'],
  ['valour', 'valor'],
  ['parlour', 'parlor'],
  ['splendour', 'splendor'],
  ['tumour', 'tumor'],
  ['rancour', 'rancor'],
  ['candour', 'candor'],
  ['clamour', 'clamor'],
  ['fervour', 'fervor'],
  ['ardour', 'ardor'],
];

/** Extra inflections of -our words. */
const OUR_EXTRA: readonly [string, string][] = [
  ['coloured', 'colored'],
  ['colourful', 'colorful'],
  ['honoured', 'honored'],
  ['honourable', 'honorable'],
  ['favourite', 'favorite'],
  ['favourites', 'favorites'],
  ['favourable', 'favorable'],
  ['favoured', 'favored'],
  ['labelled', 'labeled'],
  ['neighbouring', 'neighboring'],
  ['neighbourhood', 'neighborhood'],
  ['neighbourhoods', 'neighborhoods'],
  ['rumoured', 'rumored'],
  ['behavioural', 'behavioral'],
  ['endeavoured', 'endeavored'],
  ['armoured', 'armored'],
  ['humorous', 'humorous'],
];

/** -ise / -ize verbs: stems before "ise"/"ize". */
const ISE: readonly string[] = [
  'real',
  'organ',
  'recogn',
  'apolog',
  'critic',
  'emphas',
  'priorit',
  'legal',
  'author',
  'character',
  'mobil',
  'stabil',
  'minim',
  'maxim',
  'summar',
  'util',
  'privat',
  'modern',
  'final',
  'jeopard',
  'sympath',
  'normal',
  'global',
  'capital',
  'central',
  'decentral',
  'hospital',
  'immun',
  'neutral',
  'penal',
  'polar',
  'radical',
  'revolution',
  'standard',
  'subsid',
  'symbol',
  'visual',
  'categor',
  'harmon',
  'memor',
  'scrutin',
  'special',
  'stigmat',
  'destabil',
  'weapon',
  'monet',
  'optim',
  'patron',
  'terror',
  'trivial',
  'agon',
  'fertil',
  'fantas',
];

/** -re / -er and other pairs, as written. */
const OTHER: readonly [string, string][] = [
  ['centre', 'center'],
  ['centres', 'centers'],
  ['theatre', 'theater'],
  ['theatres', 'theaters'],
  ['fibre', 'fiber'],
  ['litre', 'liter'],
  ['litres', 'liters'],
  ['calibre', 'caliber'],
  ['sombre', 'somber'],
  ['spectre', 'specter'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['pretence', 'pretense'],
  ['catalogue', 'catalog'],
  ['analogue', 'analog'],
  ['grey', 'gray'],
  ['aluminium', 'aluminum'],
  ['jewellery', 'jewelry'],
  ['plough', 'plow'],
  ['sceptical', 'skeptical'],
  ['sceptic', 'skeptic'],
  ['scepticism', 'skepticism'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
  ['aeroplane', 'airplane'],
  ['paediatric', 'pediatric'],
  ['anaemia', 'anemia'],
  ['haemorrhage', 'hemorrhage'],
  ['foetus', 'fetus'],
  ['oestrogen', 'estrogen'],
  ['diarrhoea', 'diarrhea'],
  ['travelled', 'traveled'],
  ['travelling', 'traveling'],
  ['traveller', 'traveler'],
  ['travellers', 'travelers'],
  ['modelling', 'modeling'],
  ['counsellor', 'counselor'],
  ['jewellers', 'jewelers'],
  ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'],
  ['instalment', 'installment'],
  ['skilful', 'skillful'],
  ['wilful', 'willful'],
  ['ageing', 'aging'],
  ['judgement', 'judgment'],
  ['kerb', 'curb'],
  ['pyjamas', 'pajamas'],
  ['moustache', 'mustache'],
];

function buildPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [gb, us] of OUR) {
    pairs.push([gb, us], [gb + 's', us + 's']);
  }
  pairs.push(...OUR_EXTRA.filter(([gb, us]) => gb !== us));
  for (const stem of ISE) {
    for (const [gbEnd, usEnd] of [
      ['ise', 'ize'],
      ['ised', 'ized'],
      ['ises', 'izes'],
      ['ising', 'izing'],
      ['isation', 'ization'],
      ['isations', 'izations'],
    ]) {
      pairs.push([stem + gbEnd, stem + usEnd]);
    }
  }
  pairs.push(...OTHER);
  return pairs;
}

/** [British, American] spelling pairs, lower case. */
export const SPELLING_PAIRS: readonly [string, string][] = buildPairs();

/** British form → American form. */
export const BRITISH_TO_AMERICAN: ReadonlyMap<string, string> = new Map(SPELLING_PAIRS);
/** American form → British form. */
export const AMERICAN_TO_BRITISH: ReadonlyMap<string, string> = new Map(SPELLING_PAIRS.map(([gb, us]) => [us, gb]));
