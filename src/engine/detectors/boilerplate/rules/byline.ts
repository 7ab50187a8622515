/**
 * Byline and date lines, the byline kind's own test beyond its phrase list:
 * a short credit of names after "By", or a line of dates and times only.
 */
import { DATE_WORDS, MONTHS } from '../data/byline';
import { SHORT_LINE_WORDS, type LineFeatures } from '../features';

const MONTH = new Set(MONTHS);
const DATE_WORD = new Set(DATE_WORDS);
const NUMBER = /^\d{1,4}(?:st|nd|rd|th)?$/;

/** "By Peter Weber Published", "By Jane Doe and John Roe": a short credit of names. */
export function isByline(f: LineFeatures): boolean {
  const n = f.wordCount;
  // At most ten words: within SHORT_LINE_WORDS, so the words are kept.
  if (n < 2 || n > 10 || f.shortWords![0] !== 'by') return false;
  if (f.norm.endsWith('.') && n > 4 && !/\b(?:published|updated)\b/.test(f.norm)) return false;
  // "By" plus capitalised names (and, the, staff, published...): nearly every word capitalised.
  return f.capitalized >= n - 1 - countLower(f);
}

function countLower(f: LineFeatures): number {
  let c = 0;
  for (const w of f.shortWords!) if (w === 'and' || w === 'the' || w === 'of' || w === 'in' || w === 'for') c++;
  return c;
}

/** "November 20, 2019 5:04 PM ET", "Updated 2 hours ago", "Published Nov. 20, 2019": dates and times only. */
export function isDateLine(f: LineFeatures): boolean {
  const n = f.wordCount;
  if (n === 0 || n > SHORT_LINE_WORDS) return false;
  let dated = false;
  for (const w of f.shortWords!) {
    if (MONTH.has(w) || w === 'ago' || w === 'today' || w === 'yesterday') dated = true;
    else if (NUMBER.test(w)) continue;
    else if (!DATE_WORD.has(w)) return false;
  }
  // A price ("$139.00") is no time.
  return dated || (f.numbers >= 2 && CLOCK_OR_DATE.test(f.norm) && !PRICE.test(f.norm));
}

/** "5:04", "11/20/2019", "20.11.19": a time or a date in figures. */
const CLOCK_OR_DATE = /\b\d{1,2}:\d{2}\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
const PRICE = /[$€£¥]\s?\d/;

/** The byline kind's own test: a byline or a date line. */
export function isBylineOrDate(f: LineFeatures): boolean {
  return isByline(f) || isDateLine(f);
}
