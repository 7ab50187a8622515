import { COOKIE } from '../data/cookie';
import type { Kind } from './kind';

export const COOKIE_KIND: Kind = { rule: 'boilerplate/cookie', label: 'cookie or consent notice', data: COOKIE };
