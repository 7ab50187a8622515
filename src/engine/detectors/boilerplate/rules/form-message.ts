import { FORM_MESSAGE } from '../data/form-message';
import type { Kind } from './kind';

export const FORM_MESSAGE_KIND: Kind = { rule: 'boilerplate/form-message', label: 'form message', data: FORM_MESSAGE };
