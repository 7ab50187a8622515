/**
 * The line features as first written: a regular expression or a set lookup
 * per feature, the words sliced and lower-cased one by one. Slow but plain;
 * features.test.ts checks the one-pass `lineFeatures` against it.
 */
import { STOPWORDS } from '../../../src/engine/detectors/boilerplate/data/stopwords';
import { FIRST_PERSON_WORDS, REPORTING_WORDS, SECOND_PERSON_WORDS } from '../../../src/engine/detectors/boilerplate/data/words';

const STOP = new Set(STOPWORDS);
const REPORTING = new Set(REPORTING_WORDS);
const FIRST = new Set(FIRST_PERSON_WORDS);
const SECOND = new Set(SECOND_PERSON_WORDS);
const LINK = /https?:\/\/|www\.|\.(?:com|org|net|co\.uk)\/|@[a-z0-9_]+\.[a-z]|(?:^|[\s(])\/[a-z][\w-]*\/[a-z]/;
const TRAILING = /[.!?…]["'”’)\]]*$|[:;]$/;
const UPPER = /^\p{Lu}/u;
const QUOTE_MARK = /["\u201c\u201d\u00ab\u00bb]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
export const NEEDS_CLEANING = /[\u2018\u2019\u201b\u2032\u201c\u201d\u201e\u2033\u2013\u2014]|\s\s|[^\S ]/;
const CLEAN = /[\u2018\u2019\u201b\u2032]|[\u201c\u201d\u201e\u2033]|[\u2013\u2014]|\s+/g;

function cleanChar(m: string): string {
  if (/[\u2018\u2019\u201b\u2032]/.test(m)) return "'";
  if (/[\u201c\u201d\u201e\u2033]/.test(m)) return '"';
  if (/[\u2013\u2014]/.test(m)) return '-';
  return ' ';
}

/** `clean` as first written: one replacement, a callback per match. */
export function referenceClean(text: string): string {
  const t = text.trim();
  return NEEDS_CLEANING.test(t) ? t.replace(CLEAN, cleanChar) : t;
}

const isAlnum = (s: string, i: number) => i < s.length && WORD_CHAR.test(s[i]);

export function referenceFeatures(text: string) {
  const trimmed = text.trim();
  const norm = referenceClean(trimmed).toLowerCase();
  const words: string[] = [];
  let stopwords = 0;
  let capitalized = 0;
  let numbers = 0;
  let secondPerson = 0;
  let reporting = false;
  let firstPerson = 0;
  let i = 0;
  while (i < trimmed.length) {
    if (!isAlnum(trimmed, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < trimmed.length && (isAlnum(trimmed, i) || (/['\u2019]/.test(trimmed[i]) && isAlnum(trimmed, i + 1)))) i++;
    const w = trimmed.slice(start, i);
    const lw = w.toLowerCase().replace(/\u2019/g, "'");
    words.push(lw);
    if (STOP.has(lw)) stopwords++;
    if (UPPER.test(w)) capitalized++;
    if (/^\d+$/.test(w)) numbers++;
    if (SECOND.has(lw)) secondPerson++;
    if (REPORTING.has(lw)) reporting = true;
    if (FIRST.has(lw)) firstPerson++;
  }
  let a = 0;
  let b = norm.length;
  while (a < b && !isAlnum(norm, a)) a++;
  while (b > a && !isAlnum(norm, b - 1)) b--;
  return {
    norm,
    key: norm.slice(a, b),
    chars: trimmed.length,
    words,
    stopwords,
    capitalized,
    numbers,
    terminal: TRAILING.test(trimmed),
    link: LINK.test(norm),
    separators: (trimmed.match(/[|•»›·]/g) ?? []).length,
    secondPerson,
    reporting,
    firstPerson: QUOTE_MARK.test(trimmed) ? 0 : firstPerson,
  };
}
