/**
 * Where sentences end, as the duplicate detector reads them: after `.`, `!`,
 * `?` or `…` (and any closing quotes or brackets) followed by white space and
 * a capital, digit or opening quote; not after abbreviations or initials. Its
 * own module because the rule (and its abbreviation list, data/) is one thing
 * to read and change, apart from how tokens are stored (tokens.ts), which
 * reads sentences and words in the same pass through `endOfSentence`. Every
 * regular expression here is linear.
 */
import { ABBREVIATIONS } from './data/abbreviations';

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
}

const SENTENCE_START = /[\p{Lu}\p{N}"“‘'([«‹—–-]/u;
const WORD_OR_DOT = /[\p{L}.]/u;
const UPPER = /\p{Lu}/u;

function startsSentence(ch: string): boolean {
  return SENTENCE_START.test(ch);
}

/** The word just before `dot` (letters and inner full stops), lower case. */
function wordBefore(text: string, from: number, dot: number): string {
  let i = dot;
  const limit = Math.max(from, dot - 12);
  while (i > limit && WORD_OR_DOT.test(text[i - 1])) i--;
  return text.slice(i, dot).toLowerCase();
}

/**
 * Sentence boundaries inside `[from, to)`: after `.`, `!`, `?` or `…` (and any
 * closing quotes or brackets) followed by white space and a capital, digit or
 * opening quote; not after abbreviations or initials.
 */
export function sentenceSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const n = splitSentences(text, from, to);
  const out: { start: number; end: number }[] = new Array(n);
  for (let q = 0; q < n; q++) out[q] = { start: spans[2 * q], end: spans[2 * q + 1] };
  return out;
}

/** Sentence spans found by `splitSentences`: start and end of each (reused by every call). */
let spans: Int32Array = new Int32Array(256);

function setSpan(q: number, start: number, end: number): void {
  if (2 * q + 2 > spans.length) spans = grown(spans, 2 * q + 2);
  spans[2 * q] = start;
  spans[2 * q + 1] = end;
}

/** . ! ? … (checked by code: the readers see every character of the draft). */
export function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** What `endOfSentence` found: where reading goes on, and the end of the sentence that ends there (-1: none). */
const found = { resume: 0, end: -1 };
export const afterTerminator: Readonly<typeof found> = found;

/**
 * Reads the run of punctuation from the terminator at `i` (in the sentence
 * begun at `start`, inside `[.., to)`) and the white space after it, into
 * `afterTerminator`. Reading goes on after them whatever they are (no
 * rescanning: linear); a sentence ends with them when a capital, digit or
 * opening quote follows the white space, unless the terminator is the full
 * stop of an abbreviation or initial.
 */
export function endOfSentence(text: string, i: number, to: number, start: number): void {
  let j = i + 1;
  while (j < to && (TERMINATORS.has(text[j]) || CLOSERS.has(text[j]))) j++;
  let k = j;
  while (k < to && isSpace(text[k])) k++;
  found.resume = k;
  found.end = -1;
  if (k === j || k >= to || !startsSentence(text[k])) return;
  if (text.charCodeAt(i) === 0x2e) {
    const word = wordBefore(text, start, i);
    if (ABBREVIATIONS.has(word) || (word.length === 1 && UPPER.test(text[i - 1]))) return;
  }
  found.end = j;
}

/** The sentence spans of `[from, to)` (see sentenceSpans), into `spans`; returns how many. */
function splitSentences(text: string, from: number, to: number): number {
  let n = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    endOfSentence(text, i, to, start);
    i = afterTerminator.resume - 1;
    if (afterTerminator.end < 0) continue;
    setSpan(n++, start, afterTerminator.end);
    start = afterTerminator.resume;
  }
  if (start < to) setSpan(n++, start, to);
  return n;
}

/** `a`, or a copy with room for `need` numbers (at least doubled) when it has less. */
export function grown(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  let size = Math.max(256, a.length);
  while (size < need) size *= 2;
  const next = new Int32Array(size);
  next.set(a);
  return next;
}
