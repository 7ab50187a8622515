import { NEWSLETTER } from '../data/newsletter';
import type { Kind } from './kind';

export const NEWSLETTER_KIND: Kind = { rule: 'boilerplate/newsletter', label: 'newsletter sign-up', data: NEWSLETTER };
