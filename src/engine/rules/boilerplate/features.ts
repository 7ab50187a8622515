import { STOPWORDS } from './data/stopwords';
import { FIRST_PERSON_WORDS, REPORTING_WORDS, SECOND_PERSON_WORDS } from './data/words';

const STOP = new Set(STOPWORDS);

/** What the classifier knows about one line of the draft. */
export interface LineFeatures {
  /** Lower case, straight quotes, single spaces, trimmed. */
  norm: string;
  /** `norm` without leading/trailing punctuation and symbols: the key for whole-line lists. */
  key: string;
  /** Characters of the trimmed line. */
  chars: number;
  /** Lower-cased words (letters, digits, apostrophes inside). */
  words: string[];
  stopwords: number;
  /** Words starting with a capital letter (original case). */
  capitalized: number;
  /** Words made only of digits. */
  numbers: number;
  /** Ends with . ! ? or a closing quote after one of them, or a colon. */
  terminal: boolean;
  /** Contains a URL, a path or an e-mail address. */
  link: boolean;
  /** Menu separators (| • » › ·) in the line. */
  separators: number;
  /** you / your / you're ... */
  secondPerson: number;
  /** said / says / told / according ... */
  reporting: boolean;
  /** I / me / my in a line without quotation marks: readers' comments, not reporting. */
  firstPerson: number;
}

const LINK = /https?:\/\/|www\.|\.(?:com|org|net|co\.uk)\/|@[a-z0-9_]+\.[a-z]|\/[a-z][\w-]*\/[a-z]/;
const TRAILING = /[.!?…]["'”’)\]]*$|[:;]$/;
const UPPER = /^\p{Lu}/u;
const REPORTING = new Set(REPORTING_WORDS);
const FIRST = new Set(FIRST_PERSON_WORDS);
const QUOTE_MARK = /["\u201c\u201d\u00ab\u00bb]/;
const SECOND = new Set(SECOND_PERSON_WORDS);

const NEEDS_CLEANING = /[\u2018\u2019\u201b\u2032\u201c\u201d\u201e\u2033\u2013\u2014]|\s\s|[^\S ]/;
const CLEAN = /[\u2018\u2019\u201b\u2032]|[\u201c\u201d\u201e\u2033]|[\u2013\u2014]|\s+/g;

function cleanChar(m: string): string {
  const c = m.charCodeAt(0);
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return '"';
  if (c === 0x2013 || c === 0x2014) return '-';
  return ' ';
}

/** Straight quotes, hyphens for dashes, single spaces, trimmed; case kept. */
export function clean(text: string): string {
  const t = text.trim();
  return NEEDS_CLEANING.test(t) ? t.replace(CLEAN, cleanChar) : t;
}

/** Lower case, straight quotes, hyphens for dashes, single spaces, trimmed. */
export function normalize(text: string): string {
  return clean(text).toLowerCase();
}

/** Strip leading and trailing characters that are not letters or digits. */
export function lineKey(norm: string): string {
  let a = 0;
  let b = norm.length;
  while (a < b && !isWordChar(norm.charCodeAt(a), norm, a)) a++;
  while (b > a && !isWordChar(norm.charCodeAt(b - 1), norm, b - 1)) b--;
  return norm.slice(a, b);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(code: number, s: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return WORD_CHAR.test(s[i]);
}

function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(text[i]);
}

export function lineFeatures(text: string): LineFeatures {
  const trimmed = text.trim();
  const norm = normalize(trimmed);
  const words: string[] = [];
  let stopwords = 0;
  let capitalized = 0;
  let numbers = 0;
  let secondPerson = 0;
  let reporting = false;
  let firstPerson = 0;
  // Words: runs of letters and digits, with apostrophes inside ("didn't"). One pass, no regular expression per word.
  const n = trimmed.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(trimmed, i)) {
      i++;
      continue;
    }
    const start = i;
    let digitsOnly = true;
    while (i < n) {
      if (isAlnum(trimmed, i)) {
        const c = trimmed.charCodeAt(i);
        if (c < 48 || c > 57) digitsOnly = false;
        i++;
      } else if ((trimmed[i] === "'" || trimmed[i] === '\u2019') && i + 1 < n && isAlnum(trimmed, i + 1)) {
        digitsOnly = false;
        i++;
      } else break;
    }
    const w = trimmed.slice(start, i);
    let lw = w.toLowerCase();
    if (lw.includes('\u2019')) lw = lw.replace(/\u2019/g, "'");
    words.push(lw);
    if (STOP.has(lw)) stopwords++;
    const c = w.charCodeAt(0);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER.test(w)) capitalized++;
    if (digitsOnly) numbers++;
    if (SECOND.has(lw)) secondPerson++;
    if (REPORTING.has(lw)) reporting = true;
    if (FIRST.has(lw)) firstPerson++;
  }
  let separators = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed[i];
    if (c === '|' || c === '•' || c === '»' || c === '›' || c === '·') separators++;
  }
  return {
    norm,
    key: lineKey(norm),
    chars: trimmed.length,
    words,
    stopwords,
    capitalized,
    numbers,
    terminal: TRAILING.test(trimmed),
    link: LINK.test(norm),
    separators,
    secondPerson,
    reporting,
    firstPerson: firstPerson > 0 && QUOTE_MARK.test(trimmed) ? 0 : firstPerson,
  };
}

/** Share of function words among the words of the line (numbers such as scores and prices left out). */
export function stopwordDensity(f: LineFeatures): number {
  const counted = f.words.length - f.numbers;
  return counted <= 0 ? 0 : f.stopwords / counted;
}
