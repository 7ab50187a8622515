/**
 * Words that tell the shape of a clause, which the subject finders
 * (subjects.ts) read to get from a verb to its real subject.
 *
 * Source: the closed classes of English grammar (subordinating conjunctions,
 * auxiliaries), the common control verbs and adjectives that take a "to"
 * infinitive ("tried to argue", "was quick to add"), and the irregular past
 * tense forms of the commonest English verbs, all listed by hand.
 */

import { MONTHS, WEEKDAYS } from '../../../data/calendar';

/** Words opening a subordinate clause: a subject after one is not the sentence's ("When Wallace died, Clinton said"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'whenever',
  'while',
  'whilst',
  'after',
  'before',
  'since',
  'until',
  'as',
  'if',
  'unless',
  'because',
  'although',
  'though',
  'whereas',
  'once',
  'where',
  'whether',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'during',
  'despite',
  'like',
  'unlike',
  'speaking',
  'asked',
  'according',
]);

/** Words that only join or open a clause, skipped before its subject ("But Trump said"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but',
  'and',
  'so',
  'yet',
  'still',
  'meanwhile',
  'instead',
  'then',
  'now',
  'also',
  'later',
  'separately',
  'similarly',
  'indeed',
  'however',
  'moreover',
  'nonetheless',
]);

/** Words joining two verbs of one subject ("Trump returned … and declared"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'then']);

/** Prepositions and conjunctions that open a participle clause ("before noting", "while adding", "by calling"). */
export const PARTICIPLE_OPENERS: ReadonlySet<string> = new Set(['before', 'after', 'while', 'by', 'when', 'without', 'since', 'upon', 'in', 'besides', 'despite']);

/** Verbs and adjectives that hand their subject to a "to" infinitive ("Cruz tried to argue", "McConnell was quick to add"). */
export const CONTROL_WORDS: ReadonlySet<string> = new Set(
  [
    ['try', 'tries', 'tried', 'trying'],
    ['manage', 'manages', 'managed'],
    ['want', 'wants', 'wanted'],
    ['seek', 'seeks', 'sought'],
    ['begin', 'begins', 'began', 'begun'],
    ['start', 'starts', 'started'],
    ['continue', 'continues', 'continued'],
    ['appear', 'appears', 'appeared'],
    ['seem', 'seems', 'seemed'],
    ['decide', 'decides', 'decided'],
    ['choose', 'chooses', 'chose', 'chosen'],
    ['refuse', 'refuses', 'refused'],
    ['hope', 'hopes', 'hoped'],
    ['plan', 'plans', 'planned'],
    ['need', 'needs', 'needed'],
    ['go', 'goes', 'went', 'gone', 'going'],
    ['move', 'moves', 'moved'],
    ['rush', 'rushes', 'rushed'],
    ['hasten', 'hastens', 'hastened'],
    ['decline', 'declines', 'declined'],
    ['proceed', 'proceeds', 'proceeded'],
    ['attempt', 'attempts', 'attempted'],
    ['fail', 'fails', 'failed'],
    ['intend', 'intends', 'intended'],
    ['prepare', 'prepares', 'prepared'],
    ['promise', 'promises', 'promised'],
    ['vow', 'vows', 'vowed'],
    ['pledge', 'pledges', 'pledged'],
    ['threaten', 'threatens', 'threatened'],
    ['dare', 'dares', 'dared'],
    ['used'],
    [
      'quick',
      'eager',
      'keen',
      'happy',
      'ready',
      'able',
      'unable',
      'willing',
      'careful',
      'sure',
      'certain',
      'likely',
      'set',
      'about',
      'expected',
      'scheduled',
      'slated',
      'poised',
    ],
  ].flat(),
);

/** Auxiliaries: after a subject, they make it the subject of a finite clause ("Huckabee is labeling"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'did',
  'does',
  'do',
]);

/** Irregular past tenses: a finite verb right after a name makes the name a subject ("Trump went after Bush"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'went',
  'made',
  'took',
  'gave',
  'got',
  'came',
  'put',
  'ran',
  'spoke',
  'wrote',
  'told',
  'said',
  'thought',
  'felt',
  'knew',
  'saw',
  'found',
  'held',
  'kept',
  'left',
  'brought',
  'began',
  'chose',
  'drew',
  'fought',
  'hit',
  'led',
  'lost',
  'met',
  'paid',
  'read',
  'rose',
  'sang',
  'sat',
  'set',
  'shot',
  'stood',
  'struck',
  'swore',
  'taught',
  'threw',
  'took',
  'won',
  'became',
  'sent',
  'spent',
  'meant',
  'heard',
  'laid',
  'sought',
  'stuck',
  'broke',
  'bit',
  'blew',
]);

/** Days and months, which open a time phrase between a subject and its verb ("Beck on Wednesday called"). */
export const TIME_NAMES: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

/** Words before a day in a time phrase ("late Thursday", "on Sunday", "during a Sunday"). */
export const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'late', 'early', 'last', 'this', 'next', 'during', 'a', 'since', 'by', 'in']);

/** Parts of a day after its name ("Thursday night"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['night', 'morning', 'afternoon', 'evening']);
