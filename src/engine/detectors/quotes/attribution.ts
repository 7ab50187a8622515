/**
 * Local attribution: what a quote segment's own sentence says about who
 * said it, read from its paragraph alone (offsets relative to it). In order
 * of preference:
 *
 * 1. Attribution right after the quote: `," Tillerson said`, `," said Rex
 *    Tillerson`, `," he said`, `," according to X`, `," a spokesman said`.
 *    Not used after a quote that ends with a period (that sentence is over).
 * 2. Attribution before it in the same sentence: the speech verb closest to
 *    the quote whose subject is a name or a pronoun ("Tillerson said he'd told
 *    Putin relations "…"": the closest verb is "told", its subject "he" stands
 *    for Tillerson). A colon after a sentence-initial name also attributes.
 *
 * The result is an `Attribution`: a name, a pronoun or a title still to be
 * resolved across the draft (`speakers.ts`), or an unnamed speaker ("a
 * spokesman said", "they said"). Every lookup stays inside one paragraph (a
 * name never runs over a line break, a sentence never over a paragraph's
 * edge, a speech verb's subject is looked for in its own paragraph) and
 * scans a bounded window, so the work is linear in the number of tokens.
 */
import { isParticiple } from './data/speech-verbs';
import { ABBREVIATIONS, OTHER_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, SUBJECT_VERB_FILLERS } from './data/words';
import type { Segment } from './marks';
import { readName, runBackward, runForward } from './names';
import { NOT_NAME, PERSON_TITLE, PREPOSITION, SPEECH_VERB } from './token-lists';
import { tokenAt, type Token } from './tokens';

/** What a segment's own sentence says about its speaker (offsets relative to the paragraph). */
export type Attribution =
  | { kind: 'name'; name: string; start: number; end: number }
  | { kind: 'pronoun'; start: number; end: number }
  /** "the president said": the person introduced with that title, if any. */
  | { kind: 'title'; title: string; start: number; end: number }
  | { kind: 'anonymous' };

/** A quote segment's offsets (absolute or relative to its paragraph). */
export type SegmentSpan = Pick<Segment, 'start' | 'end' | 'innerStart' | 'innerEnd'>;

const MAX_APPOSITIVE = 14;
const MAX_PARTICIPLE_REACH = 6;
const MAX_DESCRIPTOR = 8;

/** A paragraph as the lookups read it: its text and tokens, which tokens are inside quotes, and where sentences start. */
export interface ParagraphText {
  text: string;
  tokens: Token[];
  inQuote: Uint8Array;
  /** Token index where each token's sentence (or paragraph) starts. */
  sentence: Int32Array;
}

const ONLY_SPACE = /^\s*$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other']);
/** Conjunctions and relative words that open a clause ("and", "which", "while"). */
export const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'whose', 'which', 'that', 'when', 'while']);
/** Words a speaker's description ("the 14th-ranked Schwartzman") does not run through. */
const STOP_DESCRIPTOR = new Set([
  ...PREPOSITIONS,
  'the',
  'a',
  'an',
  'as',
  'but',
  'or',
  'so',
  'then',
  'that',
  'which',
  'who',
  'when',
  'while',
  'if',
  'because',
  'is',
  'was',
  'are',
  'were',
  'will',
  'would',
]);

/** The text between token i-1 and token i ('' before the first; the rest of the paragraph after the last). */
export function gapText(c: ParagraphText, i: number): string {
  if (i <= 0) return '';
  const prev = c.tokens[i - 1];
  if (!prev) return '';
  return i < c.tokens.length ? c.text.slice(prev.end, c.tokens[i].start) : c.text.slice(prev.end);
}

/** The gap before token i holds only white space (checked without slicing). */
function spaceGap(c: ParagraphText, i: number): boolean {
  if (i <= 0 || i >= c.tokens.length) return true;
  const { text } = c;
  for (let k = c.tokens[i - 1].end, end = c.tokens[i].start; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9 && ch !== 160 && !(ch > 127 && /\s/.test(text[k]))) return false;
  }
  return true;
}

/** Words that make the next word (or the one after an adjective) a noun: "the order books", "his repeated claims". */
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'each', 'every']);

/** A verb-looking word used as a noun: right after a determiner, or after a determiner and one adjective. */
function usedAsNoun(c: ParagraphText, k: number): boolean {
  const w = c.tokens[k].lower;
  // Past forms are never nouns: "the spokesman said", "the president told".
  if (w.endsWith('ed') || w === 'said' || w === 'told' || w === 'wrote') return false;
  const p1 = c.tokens[k - 1];
  if (!p1 || !spaceGap(c, k)) return false;
  if (NOUN_MARKERS.has(p1.lower)) return true;
  const p2 = c.tokens[k - 2];
  return p2 !== undefined && !p1.cap && !SUBJECT_VERB_FILLERS.has(p1.lower) && !isAdverb(p1) && !isVerb(p1) && spaceGap(c, k - 1) && NOUN_MARKERS.has(p2.lower);
}

/** A speech verb as written in running text (lower case: "State" in "Islamic State" is no verb). */
export function isVerb(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && (t.lists & SPEECH_VERB) !== 0;
}

function isAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly');
}

/** Subject of the speech verb at token k, searching back no further than lo. */
function subjectBefore(c: ParagraphText, k: number, lo: number): Attribution | undefined {
  const { tokens } = c;
  const participle = isParticiple(tokens[k].lower);
  let j = k - 1;
  let reach = 0;
  while (j >= lo) {
    if (!spaceGap(c, j + 1)) break;
    const t = tokens[j];
    if (t.cap) break;
    if (SUBJECT_VERB_FILLERS.has(t.lower) || isAdverb(t)) {
      j--;
      continue;
    }
    if (participle && !PERSON_PRONOUNS.has(t.lower) && !OTHER_PRONOUNS.has(t.lower) && reach < MAX_PARTICIPLE_REACH) {
      reach++;
      j--;
      continue;
    }
    break;
  }
  if (j < lo) return undefined;
  const gap = gapText(c, j + 1);
  if (!ONLY_SPACE.test(gap)) {
    if (gap.trim() !== ',') return undefined;
    // "John Smith, a spokesman for the city, said": skip back over the appositive.
    // "Boudreau gave a pep talk, telling them": a participle's subject opens the sentence.
    return nameBeforeComma(c, j, lo) ?? (participle ? sentenceSubject(c, lo, j) : undefined);
  }
  const t = tokens[j];
  if (PERSON_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
  if (OTHER_PRONOUNS.has(t.lower)) return t.lower === 'who' ? nameBeforeComma(c, j, lo) : { kind: 'anonymous' };
  if (t.cap) {
    const s = runBackward(c.text, tokens, j, lo);
    if (objectOfPreposition(c, s, lo)) return nameBeforeComma(c, s - 1, lo);
    return nameAttribution(c, s, j);
  }
  // A common noun: "the spokesman said", "officials said"; "the president said" names a titled person.
  return titleAttribution(c, j) ?? { kind: 'anonymous' };
}

/** "U.S. military", "Nov. 3": a period after an abbreviation, not a sentence end. */
function isAbbreviationGap(c: ParagraphText, i: number): boolean {
  const prev = c.tokens[i - 1];
  return /^\.\s+$/.test(gapText(c, i)) && (ABBREVIATIONS.has(prev.lower) || prev.lower.includes('.') || (prev.text.length === 1 && prev.cap));
}

/** The name or pronoun opening the sentence at token lo, if it is followed by a lower-case word. */
function sentenceSubject(c: ParagraphText, lo: number, hi: number): Attribution | undefined {
  const t = c.tokens[lo];
  if (!t || lo > hi || c.inQuote[lo]) return undefined;
  if (PERSON_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
  if (!t.cap || (t.lists & NOT_NAME) !== 0) return undefined;
  const e = runForward(c.text, c.tokens, lo, hi + 1);
  const next = c.tokens[e + 1];
  if (!next || next.cap || (next.lists & PREPOSITION) !== 0 || !spaceGap(c, e + 1)) return undefined;
  return nameAttribution(c, lo, e);
}

/** "the president" at token j (the title word). */
function titleAttribution(c: ParagraphText, j: number): Attribution | undefined {
  const t = c.tokens[j];
  const the = c.tokens[j - 1];
  if (!t || t.cap || (t.lists & PERSON_TITLE) === 0 || !the || the.lower !== 'the' || !spaceGap(c, j)) return undefined;
  return { kind: 'title', title: t.lower, start: the.start, end: t.end };
}

/** The run before `s` is "at the", "with": the name is an object, not a subject. */
function objectOfPreposition(c: ParagraphText, s: number, lo: number): boolean {
  let p = s - 1;
  if (p >= lo && c.tokens[p].lower === 'the' && spaceGap(c, p + 1)) p--;
  return p >= lo && (c.tokens[p].lists & PREPOSITION) !== 0 && spaceGap(c, p + 1);
}

/**
 * The subject before a comma-bounded stretch ("Omar Lamrani, a senior analyst
 * at Stratfor, the Texas-based organization, told"; "Tillerson, while speaking
 * at the Forum said"): among the names standing just before a comma that are
 * not objects of a preposition, the leftmost one that opens its clause (at
 * the sentence start or after a comma), else the nearest.
 */
function nameBeforeComma(c: ParagraphText, j: number, lo: number): Attribution | undefined {
  let nearest: Attribution | undefined;
  let opening: Attribution | undefined;
  for (let i = j + 1, n = 0; i > lo && n < MAX_APPOSITIVE * 3; i--, n++) {
    const gap = gapText(c, i);
    if (c.inQuote[i - 1] || /["“”]/.test(gap)) break;
    if (!gap.includes(',')) {
      if (i === j + 1 || /^[\s'’()\-–—]*$/.test(gap) || isAbbreviationGap(c, i)) continue;
      break;
    }
    const e = i - 1;
    const t = c.tokens[e];
    if (!t.cap) {
      if (PERSON_PRONOUNS.has(t.lower) && (e === lo || gapText(c, e).includes(','))) return { kind: 'pronoun', start: t.start, end: t.end };
      continue;
    }
    const s = runBackward(c.text, c.tokens, e, lo);
    if (objectOfPreposition(c, s, lo)) continue;
    const a = nameAttribution(c, s, e);
    if (!a) continue;
    nearest ??= a;
    if (s === lo || gapText(c, s).includes(',')) opening = a;
  }
  return opening ?? nearest;
}

function nameAttribution(c: ParagraphText, s: number, e: number): Attribution | undefined {
  const name = readName(c.text, c.tokens, s, e);
  if (!name) return undefined;
  return { kind: 'name', name: name.display, start: c.tokens[name.s].start, end: c.tokens[name.e].end };
}

/** A speaker named after the verb: "said Tillerson", "said Secretary of State Rex Tillerson", "said he". */
function subjectAfter(c: ParagraphText, k: number, hi: number): Attribution | undefined {
  const j = k + 1;
  if (j >= hi || !spaceGap(c, j)) return undefined;
  const t = c.tokens[j];
  if (PERSON_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
  if (t.cap && (t.lists & NOT_NAME) === 0) return nameAttribution(c, j, runForward(c.text, c.tokens, j, hi));
  // "said planetary geologist Rosaly Lopes", "said study co-author X", "said a spokesman".
  const article = DETERMINERS.has(t.lower);
  for (let i = j + 1, n = 0; i < hi && n < 4 && spaceGap(c, i); i++, n++) {
    const w = c.tokens[i];
    if (w.cap) return isArticleDescriptor(c, i, hi) ? (article ? { kind: 'anonymous' } : undefined) : nameAttribution(c, i, runForward(c.text, c.tokens, i, hi));
    if ((w.lists & PREPOSITION) !== 0 || isVerb(w)) break;
  }
  return article ? (titleAttribution(c, j + 1) ?? { kind: 'anonymous' }) : undefined;
}

/** "the White House spokesman": a capitalised run followed by a common noun. */
function isArticleDescriptor(c: ParagraphText, s: number, hi: number): boolean {
  const e = runForward(c.text, c.tokens, s, hi);
  const n = c.tokens[e + 1];
  return e + 1 < hi && n !== undefined && !n.cap && spaceGap(c, e + 1) && !isVerb(n) && (n.lists & PREPOSITION) === 0 && !CLAUSE_WORDS.has(n.lower);
}

/** "According to X". */
function accordingTo(c: ParagraphText, k: number, hi: number): Attribution | undefined {
  if (c.tokens[k].lower !== 'according' || k + 1 >= hi || c.tokens[k + 1].lower !== 'to') return undefined;
  return subjectAfter(c, k + 1, hi);
}

/** The verb at k attributes: "quoted" only as "was quoted (as) saying" or "quoted X as saying". */
export function verbAttribution(c: ParagraphText, k: number, lo: number, hi: number): Attribution | undefined {
  const { tokens } = c;
  const w = tokens[k].lower;
  if (w === 'quoted') {
    const prev = tokens[k - 1];
    if (prev && k - 1 >= lo && /^(was|were|is|are|been|being)$/.test(prev.lower)) return subjectBefore(c, k, lo);
    const as = tokens[k + 2];
    if (k + 2 < hi && as && as.lower === 'as') return subjectAfter(c, k, hi);
    return undefined;
  }
  const before = subjectBefore(c, k, lo);
  if (before) return before;
  // "," said Tillerson": the verb follows a closing quotation mark.
  if (!isParticiple(w) && /[”"—–]/.test(gapText(c, k))) return subjectAfter(c, k, hi);
  return undefined;
}

/** Attribution right after a quote's closing mark. */
export function attributionAfter(c: ParagraphText, seg: SegmentSpan, hi: number): Attribution | undefined {
  const { tokens, text } = c;
  const a = tokenAt(tokens, seg.end);
  if (a >= hi) return undefined;
  if (!/^[\s,\u2014\u2013-]*$/.test(text.slice(seg.end, tokens[a].start))) return undefined;
  const inner = text.slice(seg.innerStart, seg.innerEnd).trimEnd();
  const endsSentence = /[.]['’"”)]*$/.test(inner) && !/\.\.\.$|…$/.test(inner);
  const t = tokens[a];
  if (endsSentence && t.cap) return undefined;
  // A partial quote running on in its sentence ("relations "are at a low point" and there is…") has no attribution after it.
  const between = text.slice(seg.end, tokens[a].start);
  if (!endsSentence && !/[,?!…\u2014\u2013-]['’]?$/.test(inner) && !/[,\u2014\u2013]/.test(between)) {
    // Only the tight form stays: a name or pronoun and its verb right after the mark ("…continue to see" Mayer said).
    if (!t.cap && !PERSON_PRONOUNS.has(t.lower)) return undefined;
    const e = t.cap ? runForward(text, tokens, a, hi) : a;
    if (!(e + 1 < hi && isVerb(tokens[e + 1]) && spaceGap(c, e + 1) && /[.,;!?]|$/.test(gapText(c, e + 2)))) return undefined;
    if (!t.cap) return { kind: 'pronoun', start: t.start, end: t.end };
    return nameAttribution(c, a, e);
  }
  if (isVerb(t)) return subjectAfter(c, a, hi);
  const according = accordingTo(c, a, hi);
  if (according) return according;
  // Subject first: a pronoun, a name, or a short descriptor, then the verb.
  let subject: Attribution | undefined;
  let j: number;
  if (PERSON_PRONOUNS.has(t.lower)) {
    subject = { kind: 'pronoun', start: t.start, end: t.end };
    j = a + 1;
  } else if (OTHER_PRONOUNS.has(t.lower)) {
    subject = { kind: 'anonymous' };
    j = a + 1;
  } else if (t.cap || DETERMINERS.has(t.lower) || (!STOP_DESCRIPTOR.has(t.lower) && !CLAUSE_WORDS.has(t.lower) && !isVerb(t) && !SUBJECT_VERB_FILLERS.has(t.lower))) {
    // A name or a descriptor, then the verb: "Tillerson said", "the 14th-ranked Schwartzman said",
    // "JPL scientist and study co-author Michael Malaska said", "a spokesman said".
    j = a;
    let n = 0;
    while (
      j < hi &&
      n <= MAX_DESCRIPTOR &&
      (j === a || ((spaceGap(c, j) || gapText(c, j).trim() === ',') && !STOP_DESCRIPTOR.has(tokens[j].lower))) &&
      !isVerb(tokens[j])
    ) {
      j++;
      n++;
    }
    let last = j - 1;
    while (last > a && (SUBJECT_VERB_FILLERS.has(tokens[last].lower) || isAdverb(tokens[last]))) last--;
    if (j < hi && isVerb(tokens[j]) && spaceGap(c, j)) {
      if (tokens[last].cap) return nameAttribution(c, runBackward(text, tokens, last, a), last) ?? { kind: 'anonymous' };
      if (tokens[j].lower === 'quoted') return undefined;
      return (last === a + 1 ? titleAttribution(c, last) : undefined) ?? { kind: 'anonymous' };
    }
    // Not a verb within reach: a name followed by an appositive or another verb.
    if (!t.cap) return undefined;
    const e = runForward(text, tokens, a, hi);
    subject = nameAttribution(c, a, e) ?? { kind: 'anonymous' };
    j = e + 1;
  } else if (a + 1 < hi && isVerb(tokens[a + 1]) && spaceGap(c, a + 1) && !isVerb(t)) {
    // "officers announced": a bare common noun and the verb.
    return { kind: 'anonymous' };
  } else return undefined;
  // Optional appositive: ", a spokesman for the city," or ", an analyst at X told".
  if (j < hi && gapText(c, j).trim() === ',') {
    for (let i = j, n = 0; i < hi && n < MAX_APPOSITIVE + 6; i++, n++) {
      if (i > j && /[.;:!?]/.test(gapText(c, i))) return undefined;
      if (isVerb(tokens[i]) && (i === j || !tokens[i - 1].cap || gapText(c, i).includes(','))) return i > j ? subject : undefined;
    }
    return undefined;
  }
  if (j < hi && !spaceGap(c, j)) return undefined;
  while (j < hi && (SUBJECT_VERB_FILLERS.has(tokens[j].lower) || isAdverb(tokens[j])) && spaceGap(c, j + 1)) j++;
  if (j >= hi) return undefined;
  if (isVerb(tokens[j]) && tokens[j].lower !== 'quoted') return subject;
  // "," Benioff weighed in": after a quote ending in a comma, a name and any past-tense verb.
  if (subject.kind !== 'anonymous' && /[,?!]['’]?$/.test(inner) && !tokens[j].cap && tokens[j].lower.endsWith('ed') && spaceGap(c, j)) return subject;
  return undefined;
}

/** Attribution before a quote, in its sentence: the closest speech verb with a named or pronoun subject. */
export function attributionBefore(c: ParagraphText, seg: SegmentSpan, lo: number, paragraphStart: number): Attribution | undefined {
  const { tokens, text } = c;
  const open = tokenAt(tokens, seg.start);
  // The sentence may hold an earlier quote (a title: Buckley, who phoned in from the set of "Fargo," had…): search it whole.
  let from = Math.max(lo, c.sentence[Math.min(open, tokens.length - 1)] ?? lo);
  const sentence = c.sentence[Math.min(open, tokens.length - 1)];
  if (sentence !== undefined && sentence < from && sentence >= paragraphStart) from = sentence;
  let anonymous: Attribution | undefined;
  for (let k = open - 1; k >= from; k--) {
    const w = tokens[k].lower;
    if (c.inQuote[k]) continue;
    let a: Attribution | undefined;
    if (w === 'according') a = accordingTo(c, k, open);
    else if (isVerb(tokens[k]) && !usedAsNoun(c, k)) a = verbAttribution(c, k, from, open);
    if (!a) continue;
    if (a.kind === 'anonymous') anonymous ??= a;
    else return a;
  }
  if (anonymous) return anonymous;
  // "Tillerson put it bluntly: "…"": a colon, and a name opening the sentence.
  const before = text.slice(from < tokens.length ? tokens[Math.max(from, 0)].start : seg.start, seg.start).trimEnd();
  if (before.endsWith(':') && from < open) {
    const t = tokens[from];
    if (PERSON_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
    if (t.cap) return nameAttribution(c, from, runForward(text, tokens, from, open));
  }
  return undefined;
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

/** Token index where each token's sentence starts, in one paragraph (a paragraph always starts a sentence). */
export function sentenceStarts(text: string, tokens: readonly Token[], out: Int32Array): Int32Array {
  out[0] = 0;
  let start = 0;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (endsSentence(text, prev.end, tokens[i].start) && !(text.charCodeAt(prev.end) === 46 && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap))))
      start = i;
    out[i] = start;
  }
  return out;
}
