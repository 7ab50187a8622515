import { AUTHOR } from '../data/author';
import type { Kind } from './kind';

/** Author boxes and wire credits ("Reporting by ...; Editing by ..."): not part of the story's text. */
export const AUTHOR_KIND: Kind = { rule: 'boilerplate/author', label: 'author note or credit', data: AUTHOR, maxWords: 60 };
