/**
 * English day and month names, lower case, as several detectors read them:
 * boilerplate (date and byline lines), grammar (words that end an appositive,
 * proper nouns) and quotes (time phrases between a subject and its verb,
 * capitalised words that are no speaker). One list here, so the detectors
 * cannot drift apart; each spreads what it needs into its own set.
 */

export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const WEEKDAY_ABBREVIATIONS: readonly string[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month abbreviations as news datelines write them ("Sept."); May has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
