import { MONTHS as CALENDAR_MONTHS, MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../../../data/calendar';
import type { KindData } from './types';

/** Bylines and timestamps of stories (ours or others'). */
export const BYLINE: KindData = {
  lines: ['by', 'published', 'updated', 'posted', 'last updated', 'share this article', 'author', 'authors', 'contributor'],
  phrases: [
    'min read',
    'minute read',
    'minutes read',
    'hours ago',
    'hour ago',
    'minutes ago',
    'days ago',
    'last updated',
    'published on',
    'updated on',
    'posted on',
    'posted in',
  ],
};

/** Month names and abbreviations, for date lines. */
export const MONTHS: readonly string[] = [...CALENDAR_MONTHS, ...MONTH_ABBREVIATIONS];

/** Words that may stand in a date or time line besides numbers and months. */
export const DATE_WORDS: readonly string[] = [
  ...WEEKDAYS,
  ...WEEKDAY_ABBREVIATIONS,
  'am',
  'pm',
  'a',
  'p',
  'm',
  'at',
  'on',
  'est',
  'edt',
  'et',
  'pt',
  'pst',
  'pdt',
  'gmt',
  'utc',
  'bst',
  'ist',
  'cet',
  'ct',
  'cst',
  'published',
  'updated',
  'posted',
  'last',
  'modified',
  'ago',
  'hours',
  'hour',
  'minutes',
  'minute',
  'mins',
  'min',
  'days',
  'day',
  'read',
  'today',
  'yesterday',
  'by',
  'and',
  'of',
  'the',
];
