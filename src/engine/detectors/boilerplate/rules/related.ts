import { RELATED } from '../data/related';
import type { Kind } from './kind';

export const RELATED_KIND: Kind = { rule: 'boilerplate/related', label: 'related-stories list', data: RELATED };
