import { NAVIGATION } from '../data/navigation';
import type { Kind } from './kind';

export const NAVIGATION_KIND: Kind = { rule: 'boilerplate/navigation', label: 'navigation or menu', data: NAVIGATION };
