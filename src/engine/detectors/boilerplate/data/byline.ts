import type { KindData } from './types';

/** Bylines and timestamps of stories (ours or others'). */
export const BYLINE: KindData = {
  lines: ['by', 'published', 'updated', 'posted', 'last updated', 'share this article', 'author', 'authors', 'contributor'],
  phrases: ['min read', 'minute read', 'minutes read', 'hours ago', 'hour ago', 'minutes ago', 'days ago', 'last updated', 'published on', 'updated on', 'posted on', 'posted in'],
};

/** Month names and abbreviations, for date lines. */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** Words that may stand in a date or time line besides numbers and months. */
export const DATE_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'am', 'pm', 'a', 'p', 'm', 'at', 'on', 'est', 'edt', 'et', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'ist', 'cet', 'ct', 'cst',
  'published', 'updated', 'posted', 'last', 'modified', 'ago', 'hours', 'hour', 'minutes', 'minute', 'mins', 'min', 'days',
  'day', 'read', 'today', 'yesterday', 'by', 'and', 'of', 'the',
];
