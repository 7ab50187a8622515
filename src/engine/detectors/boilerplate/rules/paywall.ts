import { PAYWALL } from '../data/paywall';
import type { Kind } from './kind';

export const PAYWALL_KIND: Kind = { rule: 'boilerplate/paywall', label: 'subscription prompt', data: PAYWALL };
