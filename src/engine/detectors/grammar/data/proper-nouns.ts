/**
 * Proper nouns (and proper adjectives) that are always capitalised in the
 * sense a news draft uses them. style/inconsistent-form flags the lower-case
 * form only when the same draft also capitalises the word mid-sentence.
 * Words that are also ordinary common nouns ("may", "march", "senate" in "a
 * state senate", "internet") are left out.
 */
export const PROPER_NOUNS: ReadonlySet<string> = new Set([
  'congress', 'kremlin', 'pentagon', 'vatican',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'april', 'june', 'july', 'september', 'october', 'november', 'december',
  'american', 'americans', 'russian', 'russians', 'british', 'chinese', 'european', 'europeans',
  'german', 'germans', 'japanese', 'korean', 'koreans', 'iranian', 'iranians', 'israeli', 'israelis',
  'palestinian', 'palestinians', 'ukrainian', 'ukrainians', 'syrian', 'syrians', 'mexican', 'mexicans',
  'canadian', 'canadians', 'african', 'africans', 'asian', 'asians', 'arab', 'arabs', 'english', 'spanish',
  'italian', 'italians', 'indian', 'indians', 'muslim', 'muslims', 'christian', 'christians', 'jewish',
  'islam', 'christmas', 'easter', 'ramadan', 'facebook', 'twitter', 'google', 'youtube', 'instagram',
]);
