import { FOOTER } from '../data/footer';
import type { Kind } from './kind';

export const FOOTER_KIND: Kind = { rule: 'boilerplate/footer', label: 'copyright or footer', data: FOOTER };
