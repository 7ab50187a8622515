import { CAPTION } from '../data/caption';
import type { Kind } from './kind';

export const CAPTION_KIND: Kind = { rule: 'boilerplate/caption', label: 'photo credit or caption furniture', data: CAPTION };
