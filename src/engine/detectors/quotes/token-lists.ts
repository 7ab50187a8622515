/**
 * The word lists the speaker analysis asks about nearly every token (is it a
 * speech verb, a title, a preposition...), read once per token when it is
 * made (`Token.lists`) by a walk of one trie (../wordlists.ts) rather than a
 * hashed set lookup per list per question.
 */
import { WordLists } from '../../wordlists';
import { ORG_WORDS, PERSON_TITLES } from './data/names';
import { FRAMING_VERBS } from './data/framing-verbs';
import { SPEECH_VERBS } from './data/speech-verbs';
import { NAME_CONNECTORS, NOT_NAMES, PREPOSITIONS, TITLES } from './data/words';

/** Bits of `Token.lists`, in the order of `LISTS`. */
export const SPEECH_VERB = 1;
export const NOT_NAME = 2;
export const NAME_CONNECTOR = 4;
export const TITLE = 8;
export const PERSON_TITLE = 16;
export const PREPOSITION = 32;
export const ORG_WORD = 64;
export const FRAMING_VERB = 128;

const LISTS = new WordLists([SPEECH_VERBS, NOT_NAMES, NAME_CONNECTORS, TITLES, PERSON_TITLES, PREPOSITIONS, ORG_WORDS, FRAMING_VERBS]);

/** The bits of the lists holding a lower-cased word (straight apostrophes): every list word is ASCII, so a wider word is in none. */
export function listsOf(lower: string): number {
  return LISTS.flagsOf(lower);
}
