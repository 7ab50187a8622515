import { STOPWORDS } from './data/stopwords';
import { FIRST_PERSON_WORDS, REPORTING_WORDS, SECOND_PERSON_WORDS } from './data/words';
import { UNREADABLE, WordLists } from '../../wordlists';

/**
 * What the classifier knows about one line of the draft. Read in one pass over
 * the line's characters (`lineFeatures`), since every line of every draft is
 * read: no regular expression runs over a line unless a cheap test says it
 * may match, and the words themselves are kept only for the short lines the
 * byline and date tests read.
 */
export interface LineFeatures {
  /** Lower case, straight quotes, single spaces, trimmed. */
  norm: string;
  /** `norm` without leading/trailing punctuation and symbols: the key for whole-line lists. */
  key: string;
  /** Characters of the trimmed line. */
  chars: number;
  /** Words: runs of letters and digits, with apostrophes inside ("didn't"). */
  wordCount: number;
  /** The words lower-cased (apostrophes straight), in lines of at most SHORT_LINE_WORDS words; undefined in longer lines. */
  shortWords?: readonly string[];
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

/** The most words a line can have for the tests that read its words (`isByline`, `isDateLine`). */
export const SHORT_LINE_WORDS = 12;

// A path starts with its slash ("/news/world"): "A/B/C" and "and/or" are no paths.
const LINK = /https?:\/\/|www\.|\.(?:com|org|net|co\.uk)\/|@[a-z0-9_]+\.[a-z]|(?:^|[\s(])\/[a-z][\w-]*\/[a-z]/;
const UPPER = /^\p{Lu}/u;

const STOP = 1;
const SECOND = 2;
const REPORTING = 4;
const FIRST = 8;
/** Flags in the order of the lists: STOP, SECOND, REPORTING, FIRST. */
const LISTS = new WordLists([STOPWORDS, SECOND_PERSON_WORDS, REPORTING_WORDS, FIRST_PERSON_WORDS]);

/**
 * What `clean` changes in a text, as bits: curly apostrophes and primes,
 * curly double quotes, dashes, and white space other than single spaces. Each
 * is one plain replacement (no callback per match), made only when needed.
 */
const APOSTROPHES = 1;
const QUOTES = 2;
const DASHES = 4;
const SPACES = 8;

const APOSTROPHE_CHARS = /[\u2018\u2019\u201b\u2032]/g;
const QUOTE_CHARS = /[\u201c\u201d\u201e\u2033]/g;
const DASH_CHARS = /[\u2013\u2014]/g;
const SPACE_RUNS = /\s+/g;

/** The `clean` bit of a character beyond ASCII (0: kept as it is). */
function cleaningOf(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return APOSTROPHES;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) return QUOTES;
  if (c === 0x2013 || c === 0x2014) return DASHES;
  return isSpace(c) ? SPACES : 0;
}

/** The `clean` bits of a trimmed text: 0 when `clean` leaves it as it is. */
export function cleaningMarks(t: string): number {
  let marks = 0;
  let space = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      if (space) marks |= SPACES;
      space = true;
      continue;
    }
    space = false;
    if (c >= 9 && c <= 13) marks |= SPACES;
    else if (c > 127) marks |= cleaningOf(c);
  }
  return marks;
}

/** A trimmed text with what `marks` names made plain: straight quotes, hyphens for dashes, runs of white space one space. */
function cleaned(t: string, marks: number): string {
  // The replacements never make white space, so the last sees what a single pass would.
  if (marks & APOSTROPHES) t = t.replace(APOSTROPHE_CHARS, "'");
  if (marks & QUOTES) t = t.replace(QUOTE_CHARS, '"');
  if (marks & DASHES) t = t.replace(DASH_CHARS, '-');
  if (marks & SPACES) t = t.replace(SPACE_RUNS, ' ');
  return t;
}

/** Straight quotes, hyphens for dashes, single spaces, trimmed; case kept. */
export function clean(text: string): string {
  const t = text.trim();
  return cleaned(t, cleaningMarks(t));
}

/** A white space character as `\s` and `trim` read it (character codes above 127 only). */
function isSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Lower case, straight quotes, hyphens for dashes, single spaces, trimmed. */
export function normalize(text: string): string {
  return clean(text).toLowerCase();
}

/** Strip leading and trailing characters that are not letters or digits. */
export function lineKey(norm: string): string {
  let a = 0;
  let b = norm.length;
  while (a < b && !isAlnum(norm, a)) a++;
  while (b > a && !isAlnum(norm, b - 1)) b--;
  return norm.slice(a, b);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(text[i]);
}

/** Ends with . ! ? … and any closing quotes or brackets, or with a colon or semicolon (/[.!?…]["'”’)\]]*$|[:;]$/ read backwards). */
export function endsTerminal(t: string): boolean {
  let i = t.length - 1;
  if (i >= 0 && (t[i] === ':' || t[i] === ';')) return true;
  while (i >= 0 && isCloser(t.charCodeAt(i))) i--;
  const c = i >= 0 ? t.charCodeAt(i) : 0;
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** Where the words of a short line start and end (scratch, read before the next line). */
const wordStarts = new Int32Array(SHORT_LINE_WORDS);
const wordEnds = new Int32Array(SHORT_LINE_WORDS);

/**
 * What the pass over a line reads in the characters between its words
 * (scratch, reset for each line): menu separators, whether it may hold a link
 * (a slash or an at sign; "www." is looked for in `norm`) or quotation marks,
 * what `clean` changes in it (`cleaningMarks` bits), and whether the last
 * character was a space (for two in a row).
 */
const between = { separators: 0, slashOrAt: false, quoted: false, marks: 0, space: false };

function startLine(): void {
  between.separators = 0;
  between.slashOrAt = false;
  between.quoted = false;
  between.marks = 0;
  between.space = false;
}

/** Read a character that is no letter or digit and stands outside a word. */
function readBetween(c: number): void {
  if (c === 32) {
    if (between.space) between.marks |= SPACES;
    between.space = true;
    return;
  }
  between.space = false;
  if (c === 47 || c === 64) between.slashOrAt = true;
  else if (c === 124 || c === 0x2022 || c === 0x203a || c === 0xb7) between.separators++;
  else if (c === 0xbb) {
    between.separators++;
    between.quoted = true;
  } else if (c === 34 || c === 0xab) between.quoted = true;
  else if (c >= 9 && c <= 13) between.marks |= SPACES;
  else if (c > 127) {
    const m = cleaningOf(c);
    between.marks |= m;
    if (c === 0x201c || c === 0x201d) between.quoted = true;
  }
}

export function lineFeatures(text: string): LineFeatures {
  const trimmed = text.trim();
  const n = trimmed.length;
  let wordCount = 0;
  let stopwords = 0;
  let capitalized = 0;
  let numbers = 0;
  let secondPerson = 0;
  let reporting = false;
  let firstPerson = 0;
  startLine();
  // Words: runs of letters and digits, with apostrophes inside ("didn't"); the characters between them are read for the rest.
  let i = 0;
  while (i < n) {
    if (!isAlnum(trimmed, i)) {
      readBetween(trimmed.charCodeAt(i++));
      continue;
    }
    between.space = false;
    const start = i;
    let digitsOnly = true;
    while (i < n) {
      if (isAlnum(trimmed, i)) {
        const c = trimmed.charCodeAt(i);
        if (c < 48 || c > 57) digitsOnly = false;
        i++;
      } else if ((trimmed[i] === "'" || trimmed[i] === '\u2019') && i + 1 < n && isAlnum(trimmed, i + 1)) {
        digitsOnly = false;
        if (trimmed.charCodeAt(i) === 0x2019) between.marks |= APOSTROPHES;
        i++;
      } else break;
    }
    if (wordCount < SHORT_LINE_WORDS) {
      wordStarts[wordCount] = start;
      wordEnds[wordCount] = i;
    }
    wordCount++;
    let flags = LISTS.flagsAt(trimmed, start, i);
    if (flags === UNREADABLE) flags = LISTS.flagsOf(lowerWord(trimmed, start, i));
    if (flags & STOP) stopwords++;
    if (flags & SECOND) secondPerson++;
    if (flags & REPORTING) reporting = true;
    if (flags & FIRST) firstPerson++;
    const c = trimmed.charCodeAt(start);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER.test(trimmed[start])) capitalized++;
    if (digitsOnly) numbers++;
  }
  const norm = cleaned(trimmed, between.marks).toLowerCase();
  let shortWords: string[] | undefined;
  if (wordCount <= SHORT_LINE_WORDS) {
    shortWords = [];
    for (let w = 0; w < wordCount; w++) shortWords.push(lowerWord(trimmed, wordStarts[w], wordEnds[w]));
  }
  return {
    norm,
    key: lineKey(norm),
    chars: n,
    wordCount,
    shortWords,
    stopwords,
    capitalized,
    numbers,
    terminal: endsTerminal(trimmed),
    link: (between.slashOrAt || norm.includes('www.')) && LINK.test(norm),
    separators: between.separators,
    secondPerson,
    reporting,
    firstPerson: between.quoted ? 0 : firstPerson,
  };
}

/** A word of the line lower-cased, curly apostrophes made straight. */
function lowerWord(text: string, start: number, end: number): string {
  const w = text.slice(start, end).toLowerCase();
  return w.includes('\u2019') ? w.replace(/\u2019/g, "'") : w;
}

/** Share of function words among the words of the line (numbers such as scores and prices left out). */
export function stopwordDensity(f: LineFeatures): number {
  const counted = f.wordCount - f.numbers;
  return counted <= 0 ? 0 : f.stopwords / counted;
}
