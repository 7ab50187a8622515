import type { KindData } from './types';

/** Author notes and wire credits at the foot of a story. */
export const AUTHOR: KindData = {
  lines: ['about the author', 'about the authors', 'more by this author', 'more from this author', 'author bio'],
  phrases: [
    'reporting by',
    'additional reporting by',
    'editing by',
    'writing by',
    'compiled by',
    'can be reached at',
    'may be reached at',
    'follow her on twitter',
    'follow him on twitter',
    'is a staff writer',
    'is a reporter for',
    'is a senior reporter',
    'is a contributor',
    'is a contributing writer',
    'contributor at',
    'is the author of',
    'have a tip?',
  ],
};
