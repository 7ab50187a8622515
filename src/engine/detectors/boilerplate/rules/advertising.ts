import { ADVERTISING } from '../data/advertising';
import type { Kind } from './kind';

export const ADVERTISING_KIND: Kind = { rule: 'boilerplate/advertising', label: 'advertising', data: ADVERTISING };
