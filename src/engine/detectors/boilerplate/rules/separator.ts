/** Separator lines: the separator kind has no phrase list, only this test. */
import type { LineFeatures } from '../features';

/** Quotation marks open or close quotes: a line holding one is not a separator. */
const QUOTATION_MARK = /["“”„]/;

/** A line of punctuation or symbols only ("-", "* * *", "•"), as between list items. */
export function isSeparator(f: LineFeatures): boolean {
  return f.chars > 0 && f.chars <= 80 && f.wordCount === 0 && !QUOTATION_MARK.test(f.norm);
}
