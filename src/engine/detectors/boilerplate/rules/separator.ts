import type { LineFeatures } from '../features';
import type { Kind } from './kind';

/** Quotation marks open or close quotes: a line holding one is not a separator. */
const QUOTATION_MARK = /["“”„]/;

/** A line of punctuation or symbols only ("-", "* * *", "•"), as between list items. */
export function isSeparator(f: LineFeatures): boolean {
  return f.chars > 0 && f.chars <= 80 && f.wordCount === 0 && !QUOTATION_MARK.test(f.norm);
}

export const SEPARATOR_KIND: Kind = { rule: 'boilerplate/separator', label: 'separator line', match: isSeparator };
