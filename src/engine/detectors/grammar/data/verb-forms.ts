/**
 * English verb inflection for the set-phrase list: a phrase whose verb is
 * marked (`peak~ {obj} interest`) is matched in every form of the verb
 * (peaks, peaked, peaking), and its correction takes the same form of the
 * right verb (piques, piqued, piquing).
 *
 * Regular forms follow the spelling rules (final e, consonant + y,
 * sibilants, doubled final consonants); the irregular forms come from the
 * standard tables of English irregular verbs (as ./irregular-verbs.ts),
 * restricted to the verbs the phrase list marks. A verb the list marks that
 * is irregular but missing here would get regular forms: a test checks every
 * marked verb against this table.
 */

/** base → [past tense, past participle] */
export const IRREGULAR_FORMS: Readonly<Record<string, readonly [string, string]>> = {
  bear: ['bore', 'borne'],
  bite: ['bit', 'bitten'],
  break: ['broke', 'broken'],
  catch: ['caught', 'caught'],
  come: ['came', 'come'],
  fall: ['fell', 'fallen'],
  get: ['got', 'got'],
  go: ['went', 'gone'],
  hit: ['hit', 'hit'],
  hold: ['held', 'held'],
  lead: ['led', 'led'],
  lose: ['lost', 'lost'],
  make: ['made', 'made'],
  put: ['put', 'put'],
  sew: ['sewed', 'sewn'],
  sow: ['sowed', 'sown'],
  strike: ['struck', 'struck'],
  take: ['took', 'taken'],
  wet: ['wet', 'wet'],
  bring: ['brought', 'brought'],
  give: ['gave', 'given'],
  keep: ['kept', 'kept'],
  run: ['ran', 'run'],
  throw: ['threw', 'thrown'],
};

/** Verbs that double their final consonant before -ed and -ing (stress on the last syllable). */
export const DOUBLING: ReadonlySet<string> = new Set([
  'nip',
  'wet',
  'whet',
  'plan',
  'stop',
  'step',
  'drop',
  'slam',
  'pin',
  'tap',
  'trap',
  'trim',
  'wrap',
  'grab',
  'rub',
  'ban',
  'bar',
  'plot',
  'pop',
  'tip',
  'flip',
  'grip',
  'hit',
  'put',
  'get',
  'run',
  'admit',
  'commit',
  'permit',
  'control',
  'patrol',
]);

export interface VerbForms {
  base: string;
  /** third person singular present */
  s: string;
  past: string;
  participle: string;
  ing: string;
}

const VOWEL = /[aeiou]/;

function third(base: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(base) || base === 'go') return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (DOUBLING.has(base)) return base + base.charAt(base.length - 1) + 'ed';
  return base + 'ed';
}

function ing(base: string): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (base.endsWith('e') && !/(?:ee|ye|oe)$/.test(base) && base.length > 2) return base.slice(0, -1) + 'ing';
  if (DOUBLING.has(base)) return base + base.charAt(base.length - 1) + 'ing';
  return base + 'ing';
}

/** Every form of a verb (lower case). */
export function verbForms(base: string): VerbForms {
  const irregular = IRREGULAR_FORMS[base];
  const past = irregular ? irregular[0] : regularPast(base);
  const participle = irregular ? irregular[1] : past;
  return { base, s: third(base), past, participle, ing: VOWEL.test(base) ? ing(base) : base + 'ing' };
}
