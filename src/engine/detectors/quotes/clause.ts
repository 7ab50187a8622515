/**
 * The primitives the attribution lookups read a paragraph with: the
 * paragraph as tokens with their in-quote marks and sentence starts
 * (`ParagraphText`), the gaps between tokens, whether a word is a speech or
 * framing verb as used (not a noun: "his remarks", "the senator's
 * comments"), and how a run of tokens becomes an `Attribution`. Kept apart
 * from the lookups (subjects.ts, attribution.ts) so that both read the same
 * small vocabulary without depending on each other.
 */
import { ABBREVIATIONS, SUBJECT_VERB_FILLERS } from './data/words';
import type { Segment } from './marks';
import { readName, runBackward } from './names';
import { FRAMING_VERB, PERSON_TITLE, PREPOSITION, SPEECH_VERB } from './token-lists';
import type { Token } from './tokens';

/** What a segment's own sentence says about its speaker (offsets relative to the paragraph). */
export type Attribution =
  | { kind: 'name'; name: string; start: number; end: number }
  | { kind: 'pronoun'; start: number; end: number }
  /** "the president said": the person introduced with that title, if any. */
  | { kind: 'title'; title: string; start: number; end: number }
  | { kind: 'anonymous' };

/** A quote segment's offsets (absolute or relative to its paragraph). */
export type SegmentSpan = Pick<Segment, 'start' | 'end' | 'innerStart' | 'innerEnd'>;

/** A paragraph as the lookups read it: its text and tokens, which tokens are inside quotes, and where sentences start. */
export interface ParagraphText {
  text: string;
  tokens: Token[];
  inQuote: Uint8Array;
  /** Token index where each token's sentence (or paragraph) starts. */
  sentence: Int32Array;
}

export const ONLY_SPACE = /^\s*$/;
export const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other']);
/** Conjunctions and relative words that open a clause ("and", "which", "while"). */
export const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'whose', 'which', 'that', 'when', 'while']);
/** The text between token i-1 and token i ('' before the first; the rest of the paragraph after the last). */
export function gapText(c: ParagraphText, i: number): string {
  if (i <= 0) return '';
  const prev = c.tokens[i - 1];
  if (!prev) return '';
  return i < c.tokens.length ? c.text.slice(prev.end, c.tokens[i].start) : c.text.slice(prev.end);
}

/** The gap before token i holds only white space (checked without slicing). */
export function spaceGap(c: ParagraphText, i: number): boolean {
  if (i <= 0 || i >= c.tokens.length) return true;
  const { text } = c;
  for (let k = c.tokens[i - 1].end, end = c.tokens[i].start; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9 && ch !== 160 && !(ch > 127 && /\s/.test(text[k]))) return false;
  }
  return true;
}
/** Words that make the next word (or the one after an adjective) a noun: "the order books", "his repeated claims". */
export const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'no',
  'any',
  'each',
  'every',
]);

/** A verb-looking word used as a noun: right after a determiner, or after a determiner and one adjective. */
export function usedAsNoun(c: ParagraphText, k: number): boolean {
  const w = c.tokens[k].lower;
  // Past forms are never nouns: "the spokesman said", "the president told".
  if (w.endsWith('ed') || w === 'said' || w === 'told' || w === 'wrote') return false;
  const p1 = c.tokens[k - 1];
  if (!p1 || !spaceGap(c, k)) return false;
  // "the senator's comments", "a series of tweets".
  if (NOUN_MARKERS.has(p1.lower) || p1.lower.endsWith("'s") || (p1.lower === 'of' && !w.endsWith('ing'))) return true;
  const p2 = c.tokens[k - 2];
  return p2 !== undefined && !p1.cap && !SUBJECT_VERB_FILLERS.has(p1.lower) && !isAdverb(p1) && !isVerb(p1) && spaceGap(c, k - 1) && NOUN_MARKERS.has(p2.lower);
}

/** A speech verb as written in running text (lower case: "State" in "Islamic State" is no verb). */
export function isVerb(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && (t.lists & SPEECH_VERB) !== 0;
}

/** A framing verb as written in running text ("called", "praised", "dismissed"; data/framing-verbs.ts). */
export function isFraming(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && (t.lists & FRAMING_VERB) !== 0;
}

export function isAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly');
}

/** "U.S. military", "Nov. 3": a period after an abbreviation, not a sentence end. */
export function isAbbreviationGap(c: ParagraphText, i: number): boolean {
  const prev = c.tokens[i - 1];
  return /^\.\s+$/.test(gapText(c, i)) && (ABBREVIATIONS.has(prev.lower) || prev.lower.includes('.') || (prev.text.length === 1 && prev.cap));
}

/** "the president" at token j (the title word). */
export function titleAttribution(c: ParagraphText, j: number): Attribution | undefined {
  const t = c.tokens[j];
  const the = c.tokens[j - 1];
  if (!t || t.cap || (t.lists & PERSON_TITLE) === 0 || !the || the.lower !== 'the' || !spaceGap(c, j)) return undefined;
  return { kind: 'title', title: t.lower, start: the.start, end: t.end };
}

/** The run before `s` is "at the", "with": the name is an object, not a subject. */
export function objectOfPreposition(c: ParagraphText, s: number, lo: number): boolean {
  let p = s - 1;
  if (p >= lo && c.tokens[p].lower === 'the' && spaceGap(c, p + 1)) p--;
  return p >= lo && (c.tokens[p].lists & PREPOSITION) !== 0 && spaceGap(c, p + 1);
}

/** A party tag ("R-Wis", "D-Md"): no name. */
const PARTY_TAG = /^[RDI]-\p{Lu}/u;

export function nameAttribution(c: ParagraphText, s: number, e: number): Attribution | undefined {
  const name = readName(c.text, c.tokens, s, e);
  // "His repeated claims": a determiner opening a sentence names nobody.
  if (!name || (name.s === name.e && (NOUN_MARKERS.has(c.tokens[name.s].lower) || PARTY_TAG.test(c.tokens[name.s].text)))) return undefined;
  if (jointSubject(c, s)) return { kind: 'anonymous' };
  return { kind: 'name', name: name.display, start: c.tokens[name.s].start, end: c.tokens[name.e].end };
}

/**
 * "Jane Roe and John Doe said", "His biographers, John and Jane Doe, wrote":
 * the name starting at s is the second of two joined by "and", the first
 * opening its sentence or standing after a comma or colon. Two people speak
 * (or one of them, the text does not say which): no one person is the
 * speaker. A name after "and" that opens a clause of its own ("…in Ohio and
 * Clinton said") is not joined: its partner follows a preposition.
 */
function jointSubject(c: ParagraphText, s: number): boolean {
  const { tokens } = c;
  if (s < 2 || tokens[s - 1].lower !== 'and' || !spaceGap(c, s) || !spaceGap(c, s - 1) || !tokens[s - 2].cap) return false;
  const b = runBackward(c.text, tokens, s - 2, c.sentence[s - 2]);
  return b === c.sentence[s - 2] || /[,:]\s*$/.test(gapText(c, b));
}

/** The gap holds a sentence end: . ! or ? (closing marks may follow) and then white space. */
function endsSentence(text: string, from: number, to: number): boolean {
  let seen = false;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    // . ! ?
    if (ch === 46 || ch === 33 || ch === 63) seen = true;
    // space, line feed, carriage return, tab, no-break space
    else if (seen && (ch === 32 || ch === 10 || ch === 13 || ch === 9 || ch === 0xa0)) return true;
    // ' ’ " ” )
    else if (!(ch === 39 || ch === 0x2019 || ch === 34 || ch === 0x201d || ch === 41)) seen = false;
  }
  return false;
}

/**
 * Token index where each token's sentence starts, in one paragraph (a
 * paragraph always starts a sentence). A period after an abbreviation or an
 * initial, or one followed by a lower-case word ("Sen. Marco Rubio (R-Fla.)
 * said"), ends no sentence.
 */
export function sentenceStarts(text: string, tokens: readonly Token[], out: Int32Array): Int32Array {
  out[0] = 0;
  let start = 0;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (
      endsSentence(text, prev.end, tokens[i].start) &&
      !(text.charCodeAt(prev.end) === 46 && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap))) &&
      !/^\p{Ll}/u.test(tokens[i].text)
    )
      start = i;
    out[i] = start;
  }
  return out;
}
