import { SOCIAL } from '../data/social';
import type { Kind } from './kind';

export const SOCIAL_KIND: Kind = { rule: 'boilerplate/social', label: 'social or sharing link', data: SOCIAL };
