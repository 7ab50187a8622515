/**
 * Who said it. For each quote segment, in order of preference:
 *
 * 1. Attribution right after the quote: `," Tillerson said`, `," said Rex
 *    Tillerson`, `," he said`, `," according to X`, `," a spokesman said`.
 *    Not used after a quote that ends with a period (that sentence is over).
 * 2. Attribution before it in the same sentence: the speech verb closest to
 *    the quote whose subject is a name or a pronoun ("Tillerson said he'd told
 *    Putin relations "…"": the closest verb is "told", its subject "he" stands
 *    for Tillerson). A colon after a sentence-initial name also attributes.
 * 3. Continuation: another segment of the same multi-paragraph quote; an
 *    earlier quote or named speaker in the same paragraph; or, for a quote
 *    that opens its paragraph, the last speaker of the previous paragraph.
 *
 * "he"/"she" stand for the most recent person named as the subject of a
 * speech verb before the pronoun (or, failing that, the most recent person
 * introduced with a title or in full). Unnamed speakers ("a spokesman said",
 * "they said") count as attributed with speaker null. Everything is linear in
 * the number of tokens: each lookup scans a bounded window.
 *
 * Structure (issue 9): "per paragraph local + global merge". Every lookup over
 * words stays inside one paragraph (`analyseParagraph`, offsets relative to
 * the paragraph: a name never runs over a line break, a sentence never over a
 * paragraph's edge, and a speech verb's subject is looked for in its own
 * paragraph only). What crosses paragraphs is done by `attributeAll` over the
 * paragraphs' compact summaries: the registry (names in draft order), the
 * pronoun pass (whose 25-word window does run across paragraphs, by token
 * counts), pronoun resolution, and continuations. So an edit re-analyses only
 * the paragraphs it touched, and the merge reads no token.
 */
import { isParticiple } from './data/speech-verbs';
import { ABBREVIATIONS, OTHER_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, SUBJECT_VERB_FILLERS } from './data/words';
import type { LocalSegment, Segment } from './marks';
import { NameRegistry, isOrganisation, nameText, nameWords, readName, runBackward, runForward, surnameOps, titleOp } from './names';
import { NOT_NAME, PERSON_TITLE, PREPOSITION, SPEECH_VERB, TITLE } from './token-lists';
import { tokenAt, tokenize, type Token } from './tokens';
import { firstIndex } from '../../search';

export type Attribution =
  | { kind: 'name'; name: string; start: number; end: number }
  | { kind: 'pronoun'; start: number; end: number }
  /** "the president said": the person introduced with that title, if any. */
  | { kind: 'title'; title: string; start: number; end: number }
  | { kind: 'anonymous' };

export interface SegmentSpeaker {
  speaker: string | null;
  speakerStart?: number;
  speakerEnd?: number;
  /** The quote's own sentence attributes it (not a continuation). */
  explicit: boolean;
  /** Some attribution was found, even if it names nobody ("a spokesman said"). */
  attributed: boolean;
}

/** A quote segment's offsets (absolute or relative to its paragraph). */
type SegmentSpan = Pick<Segment, 'start' | 'end' | 'innerStart' | 'innerEnd'>;

const MAX_APPOSITIVE = 14;
const MAX_PARTICIPLE_REACH = 6;
const MAX_DESCRIPTOR = 8;

interface Ctx {
  text: string;
  tokens: Token[];
  inQuote: Uint8Array;
  /** Token index where each token's sentence (or paragraph) starts. */
  sentence: Int32Array;
}

const ONLY_SPACE = /^\s*$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'two', 'three', 'several', 'many', 'other']);
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'whose', 'which', 'that', 'when', 'while']);
/** Words a speaker's description ("the 14th-ranked Schwartzman") does not run through. */
const STOP_DESCRIPTOR = new Set([...PREPOSITIONS, 'the', 'a', 'an', 'as', 'but', 'or', 'so', 'then', 'that', 'which', 'who', 'when', 'while', 'if', 'because', 'is', 'was', 'are', 'were', 'will', 'would']);

/** The text between token i-1 and token i ('' before the first; the rest of the paragraph after the last). */
function gapText(c: Ctx, i: number): string {
  if (i <= 0) return '';
  const prev = c.tokens[i - 1];
  if (!prev) return '';
  return i < c.tokens.length ? c.text.slice(prev.end, c.tokens[i].start) : c.text.slice(prev.end);
}

/** The gap before token i holds only white space (checked without slicing). */
function spaceGap(c: Ctx, i: number): boolean {
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
function usedAsNoun(c: Ctx, k: number): boolean {
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
function isVerb(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && (t.lists & SPEECH_VERB) !== 0;
}

function isAdverb(t: Token): boolean {
  return !t.cap && t.lower.length > 4 && t.lower.endsWith('ly');
}

/** Subject of the speech verb at token k, searching back no further than lo. */
function subjectBefore(c: Ctx, k: number, lo: number): Attribution | undefined {
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
function isAbbreviationGap(c: Ctx, i: number): boolean {
  const prev = c.tokens[i - 1];
  return /^\.\s+$/.test(gapText(c, i)) && (ABBREVIATIONS.has(prev.lower) || prev.lower.includes('.') || (prev.text.length === 1 && prev.cap));
}

/** The name or pronoun opening the sentence at token lo, if it is followed by a lower-case word. */
function sentenceSubject(c: Ctx, lo: number, hi: number): Attribution | undefined {
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
function titleAttribution(c: Ctx, j: number): Attribution | undefined {
  const t = c.tokens[j];
  const the = c.tokens[j - 1];
  if (!t || t.cap || (t.lists & PERSON_TITLE) === 0 || !the || the.lower !== 'the' || !spaceGap(c, j)) return undefined;
  return { kind: 'title', title: t.lower, start: the.start, end: t.end };
}

/** The run before `s` is "at the", "with": the name is an object, not a subject. */
function objectOfPreposition(c: Ctx, s: number, lo: number): boolean {
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
function nameBeforeComma(c: Ctx, j: number, lo: number): Attribution | undefined {
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

function nameAttribution(c: Ctx, s: number, e: number): Attribution | undefined {
  const name = readName(c.text, c.tokens, s, e);
  if (!name) return undefined;
  return { kind: 'name', name: name.display, start: c.tokens[name.s].start, end: c.tokens[name.e].end };
}

/** A speaker named after the verb: "said Tillerson", "said Secretary of State Rex Tillerson", "said he". */
function subjectAfter(c: Ctx, k: number, hi: number): Attribution | undefined {
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
function isArticleDescriptor(c: Ctx, s: number, hi: number): boolean {
  const e = runForward(c.text, c.tokens, s, hi);
  const n = c.tokens[e + 1];
  return e + 1 < hi && n !== undefined && !n.cap && spaceGap(c, e + 1) && !isVerb(n) && (n.lists & PREPOSITION) === 0 && !CLAUSE_WORDS.has(n.lower);
}

/** "According to X". */
function accordingTo(c: Ctx, k: number, hi: number): Attribution | undefined {
  if (c.tokens[k].lower !== 'according' || k + 1 >= hi || c.tokens[k + 1].lower !== 'to') return undefined;
  return subjectAfter(c, k + 1, hi);
}

/** The verb at k attributes: "quoted" only as "was quoted (as) saying" or "quoted X as saying". */
function verbAttribution(c: Ctx, k: number, lo: number, hi: number): Attribution | undefined {
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
function attributionAfter(c: Ctx, seg: SegmentSpan, hi: number): Attribution | undefined {
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
    while (j < hi && n <= MAX_DESCRIPTOR && (j === a || ((spaceGap(c, j) || gapText(c, j).trim() === ',') && !STOP_DESCRIPTOR.has(tokens[j].lower))) && !isVerb(tokens[j])) {
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
function attributionBefore(c: Ctx, seg: SegmentSpan, lo: number, paragraphStart: number): Attribution | undefined {
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
function sentenceStarts(text: string, tokens: readonly Token[], out: Int32Array): Int32Array {
  out[0] = 0;
  let start = 0;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (endsSentence(text, prev.end, tokens[i].start) && !(text.charCodeAt(prev.end) === 46 && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap)))) start = i;
    out[i] = start;
  }
  return out;
}

/** A person mentioned in a paragraph (offsets relative to it). */
export interface LocalMention {
  pos: number;
  end: number;
  name: string;
  /** The lexicon id of the name's last word, lower-cased (what the pronoun pass looks for). */
  lastWord: number;
  /** The subject of a speech verb ("Tillerson said"), not just a mention. */
  speech: boolean;
}

interface KeyOp {
  key: string;
  name: string;
}

/** What one segment's own sentence says about its speaker, read from its paragraph alone. */
export interface SegmentLocal {
  seg: LocalSegment;
  attribution?: Attribution;
  /** For a pronoun: where its sentence starts, and the person it wants. */
  pronounSentence: number;
  wanted?: 'm' | 'f';
  /** Only spaces and dashes before the quote in its paragraph. */
  opensParagraph: boolean;
}

/**
 * One paragraph's share of speaker attribution, a function of its text and
 * its quote segments alone (offsets relative to the paragraph): the names it
 * registers, its mentions, the words the pronoun-learning pass looks at, and
 * each segment's own attribution. `attributeAll` merges these over the draft.
 */
export interface ParagraphAnalysis {
  tokenCount: number;
  /** Surname keys set by the paragraph's name runs, the first per key, in order. */
  regs: KeyOp[];
  /** Titles set by its titled names ("President Donald Trump"), the first per title. */
  titles: KeyOp[];
  /** Surname keys set by the named subjects of its speech verbs, the first per key. */
  speechRegs: KeyOp[];
  /** Mentions and speech subjects, by position (ties: mention first). */
  mentions: LocalMention[];
  /** The speech subjects among them. */
  speech: LocalMention[];
  /** Lexicon ids of the mentions' last words, each once. */
  lastWords: number[];
  /** Whether `regs`, `titles`, `speechRegs` or `lastWords` hold anything (so the per-check passes skip the paragraph without reading them). */
  names: boolean;
  /** Words outside quotes for the pronoun pass: capitalised words, and gendered pronouns. */
  events: {
    token: number[];
    /** Lexicon id of the lower-cased capitalised word without 's (-1 for a pronoun in lower case). */
    key: number[];
    text: string[];
    /** 0, or 1 (he) / 2 (she). */
    gender: number[];
    /** The name the word ends, when it stands as a subject ("Tillerson told"). */
    subject: (LocalMention | undefined)[];
  };
  /** With state: this paragraph's part in the pronoun pass for the known words of a version (a cache, see `attributeAll`). */
  gender?: GenderSummary;
  segments: SegmentLocal[];
}

function distinctLastWords(mentions: readonly LocalMention[]): number[] {
  if (mentions.length > 16) return [...new Set(mentions.map((m) => m.lastWord))];
  const ids: number[] = [];
  for (const m of mentions) if (!ids.includes(m.lastWord)) ids.push(m.lastWord);
  return ids;
}

/** The gap is white space, after an optional comma: /^,?\s+$/ without slicing. */
function commaSpaceGap(text: string, from: number, to: number): boolean {
  if (from < to && text.charCodeAt(from) === 44) from++;
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9 && !(ch > 127 || ch === 11 || ch === 12 ? /\s/.test(text[k]) : false)) return false;
  }
  return true;
}

/** A function that adds an op to `list` unless the list has its key already (a set kicks in once the list is long). */
function firstByKey(list: KeyOp[]): (op: KeyOp) => void {
  let seen: Set<string> | undefined;
  return (op) => {
    if (seen) {
      if (seen.has(op.key)) return;
      seen.add(op.key);
    } else {
      for (let i = 0; i < list.length; i++) if (list[i].key === op.key) return;
      if (list.length >= 16) seen = new Set([...list.map((o) => o.key), op.key]);
    }
    list.push(op);
  };
}

/** Analyse one paragraph. `segments` are its quote segments (relative offsets), in order. */
/**
 * Words as small integers, so the per-check pronoun pass compares numbers, not
 * strings. One lexicon per document state (ids are only compared within it).
 */
export class Lexicon {
  private readonly ids = new Map<string, number>();

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

function lastWordOf(name: string): string {
  const cut = name.lastIndexOf(' ');
  return (cut < 0 ? name : name.slice(cut + 1)).toLowerCase().replace(/’/g, "'");
}

/**
 * Scratch buffers for one paragraph's in-quote marks and sentence starts
 * (only read while it is analysed, at token indices below its token count):
 * a typed array per paragraph costs more to make than the work it serves.
 */
let scratchInQuote = new Uint8Array(256);
let scratchSentence = new Int32Array(256);

export function analyseParagraph(text: string, segments: readonly LocalSegment[], lexicon: Lexicon): ParagraphAnalysis {
  const tokens = tokenize(text);
  if (scratchInQuote.length < tokens.length) {
    scratchInQuote = new Uint8Array(tokens.length * 2);
    scratchSentence = new Int32Array(tokens.length * 2);
  }
  const inQuote = scratchInQuote;
  inQuote.fill(0, 0, tokens.length);
  for (const seg of segments) {
    for (let i = tokenAt(tokens, seg.innerStart); i < tokens.length && tokens[i].start < seg.innerEnd; i++) inQuote[i] = 1;
  }
  const c: Ctx = { text, tokens, inQuote, sentence: sentenceStarts(text, tokens, scratchSentence) };
  const regs: KeyOp[] = [];
  const titles: KeyOp[] = [];
  const mentions: LocalMention[] = [];
  const addSurname = firstByKey(regs);
  const addTitle = firstByKey(titles);
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i] || !tokens[i].cap) continue;
    const e = runForward(text, tokens, i, tokens.length);
    registerRun(c, i, e, addSurname, addTitle, mentions, lexicon);
    i = e;
  }
  // Speech events: every speech verb outside quotes with a named subject.
  const speechRegs: KeyOp[] = [];
  const addSpeech = firstByKey(speechRegs);
  for (let k = 0; k < tokens.length; k++) {
    if (inQuote[k] || !isVerb(tokens[k])) continue;
    const a = verbAttribution(c, k, c.sentence[k], tokens.length);
    if (a?.kind === 'name') {
      for (const op of surnameOps(a.name)) addSpeech(op);
      mentions.push({ pos: a.start, end: a.end, name: a.name, lastWord: lexicon.id(lastWordOf(a.name)), speech: true });
    }
  }
  if (mentions.length > 1) mentions.sort((x, y) => x.pos - y.pos);

  // The pronoun pass's words: capitalised words outside quotes (a person's surname, if the draft names them) and gendered pronouns.
  const evToken: number[] = [];
  const evKey: number[] = [];
  const evText: string[] = [];
  const evGender: number[] = [];
  const evSubject: (LocalMention | undefined)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i]) continue;
    const t = tokens[i];
    // Gendered pronouns all start with h or s.
    const c0 = t.lower.charCodeAt(0);
    const g = c0 === 104 || c0 === 115 ? genderOf(t.lower) : undefined;
    if (!t.cap && !g) continue;
    evToken.push(i);
    evGender.push(g === 'm' ? 1 : g === 'f' ? 2 : 0);
    if (!t.cap) {
      evKey.push(-1);
      evText.push('');
      evSubject.push(undefined);
      continue;
    }
    evKey.push(lexicon.id(t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower));
    evText.push(t.text);
    // In subject position: opening its sentence or clause, with a lower-case word (a verb, "who") after it.
    let subject: LocalMention | undefined;
    const next = tokens[i + 1];
    if (!t.lower.endsWith("'s") && next && !next.cap && (next.lists & PREPOSITION) === 0 && !CLAUSE_WORDS.has(next.lower) && commaSpaceGap(text, t.end, next.start)) {
      const s = runBackward(text, tokens, i, c.sentence[i]);
      if (s === c.sentence[i] || /,\s*$/.test(gapText(c, s))) {
        const name = readName(text, tokens, s, i);
        if (name) subject = { pos: tokens[name.s].start, end: t.end, name: name.display, lastWord: -1, speech: false };
      }
    }
    evSubject.push(subject);
  }

  const locals: SegmentLocal[] = [];
  for (let q = 0; q < segments.length; q++) {
    const seg = segments[q];
    const prev = q > 0 ? segments[q - 1] : undefined;
    const lo = prev ? tokenAt(tokens, prev.end) : 0;
    const hi = tokenAt(tokens, q + 1 < segments.length ? segments[q + 1].start : text.length);
    let a = seg.continued ? undefined : attributionAfter(c, seg, hi);
    a ??= attributionBefore(c, seg, lo, 0);
    const local: SegmentLocal = { seg, attribution: a, pronounSentence: 0, opensParagraph: /^[\s\-\u2014\u2013]*$/.test(text.slice(0, seg.start)) };
    if (a?.kind === 'pronoun') {
      const i = tokenAt(tokens, a.start);
      local.pronounSentence = i < tokens.length ? tokens[c.sentence[i]].start : a.start;
      local.wanted = genderOf(text.slice(a.start, a.start + 3).toLowerCase().trim());
    }
    locals.push(local);
  }
  return {
    tokenCount: tokens.length,
    regs,
    titles,
    speechRegs,
    mentions,
    speech: mentions.filter((m) => m.speech),
    lastWords: distinctLastWords(mentions),
    names: regs.length + titles.length + speechRegs.length + mentions.length > 0,
    // Plain arrays: a typed array per paragraph costs more to make than it saves.
    events: { token: evToken, key: evKey, text: evText, gender: evGender, subject: evSubject },
    segments: locals,
  };
}

/**
 * What the document state keeps for `attributeAll` between checks, kept up to
 * date by the caller as paragraphs' analyses come and go (`NameBook`):
 * how many analyses mention each known word, a version that changes when a
 * word becomes known or stops being known, and the registry while no
 * analysis that changed registers a name differently.
 */
export class NameBook {
  /** By lexicon id: the analyses whose mentions end with the word. */
  counts = new Int32Array(1024);
  version = 0;
  registry?: NameRegistry;
  /** Whether the name operations changed since `registry` was built. */
  registryStale = true;
  private bumped = false;

  /** Count an analysis in (+1) or out (-1). */
  count(analysis: ParagraphAnalysis, sign: 1 | -1): void {
    for (const id of analysis.lastWords) {
      if (id >= this.counts.length) {
        const grown = new Int32Array(Math.max(id + 1, this.counts.length * 2));
        grown.set(this.counts);
        this.counts = grown;
      }
      const before = this.counts[id];
      this.counts[id] = before + sign;
      if ((before === 0) !== (this.counts[id] === 0)) this.bumped = true;
    }
  }

  /** The analyses `before` (in draft order) were replaced by `after`, at the same place in the draft. */
  replaced(before: readonly (ParagraphAnalysis | undefined)[], after: readonly (ParagraphAnalysis | undefined)[]): void {
    for (const a of before) if (a) this.count(a, -1);
    for (const a of after) if (a) this.count(a, 1);
    if (!this.registryStale && !sameNameOps(before, after)) this.registryStale = true;
  }

  /** Called once per check before `attributeAll`: a new version if the known words changed. */
  settle(): void {
    if (this.bumped) this.version++;
    this.bumped = false;
  }
}

/** Whether two runs of analyses register the same names in the same order (their regs, titles and speech registrations). */
function sameNameOps(a: readonly (ParagraphAnalysis | undefined)[], b: readonly (ParagraphAnalysis | undefined)[]): boolean {
  const flat = (list: readonly (ParagraphAnalysis | undefined)[], pick: (x: ParagraphAnalysis) => KeyOp[]) => {
    const out: KeyOp[] = [];
    for (const x of list) if (x) for (const op of pick(x)) out.push(op);
    return out;
  };
  for (const pick of [(x: ParagraphAnalysis) => x.regs, (x: ParagraphAnalysis) => x.titles, (x: ParagraphAnalysis) => x.speechRegs]) {
    const x = flat(a, pick);
    const y = flat(b, pick);
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i].key !== y[i].key || x[i].name !== y[i].name) return false;
  }
  return true;
}

/**
 * One paragraph's part in the pronoun pass, for the known words of one
 * check. The pass runs left to right with one piece of state (the latest
 * known name and its word index); a paragraph changes it only through:
 * - its first gendered pronoun before its first known word (`head`), which
 *   gives the incoming name that pronoun if it stands within the window;
 * - what happens from its first known word on, which depends on nothing
 *   before it (`assigns`, and the name left for the next paragraph: `tail`).
 * Its subjects ("Tillerson told"), and its pronoun candidates (speech
 * subjects, then those subjects, by position) depend on the known words too.
 */
interface GenderSummary {
  version: number;
  /** Token index (relative) and gender of the head pronoun; -1 when none. */
  headAt: number;
  headGender: number;
  /** Whether the paragraph has a known word (then the incoming name does not go past it). */
  hasKnown: boolean;
  /** Names (as written) given a gender from the first known word on, in order. */
  assigns: { text: string; gender: number }[];
  /** The name left pending at the end (as written), and its token index (relative). */
  tail?: string;
  tailAt: number;
  /** Pronoun candidates: speech subjects and sentence subjects, by position (relative). */
  candidates: LocalMention[];
  /** `assigns` made canonical by `registry`, the first per person (kept while the registry is). */
  canonical?: { registry: NameRegistry; names: string[]; genders: number[] };
}

function summarise(analysis: ParagraphAnalysis, known: ArrayLike<number>, version: number): GenderSummary {
  const ev = analysis.events;
  let headAt = -1;
  let headGender = 0;
  let hasKnown = false;
  const assigns: { text: string; gender: number }[] = [];
  const subjects: LocalMention[] = [];
  let last: string | undefined;
  let lastAt = 0;
  for (let x = 0; x < ev.key.length; x++) {
    const key = ev.key[x];
    const i = ev.token[x];
    if (key >= 0 && known[key] > 0) {
      hasKnown = true;
      last = ev.text[x];
      lastAt = i;
      const s = ev.subject[x];
      if (s) subjects.push(s);
      continue;
    }
    const g = ev.gender[x];
    if (g === 0) continue;
    if (!hasKnown) {
      if (headAt < 0) {
        headAt = i;
        headGender = g;
      }
      continue;
    }
    if (last === undefined || i - lastAt > GENDER_WINDOW) continue;
    assigns.push({ text: last, gender: g });
    last = undefined;
  }
  let candidates: LocalMention[] = analysis.speech;
  if (subjects.length > 0) {
    // Speech subjects first at the same place (a stable sort of the two lists one after the other).
    candidates = [...analysis.speech, ...subjects];
    if (analysis.speech.length > 0 || !isSorted(subjects)) candidates.sort((x, y) => x.pos - y.pos);
  }
  return { version, headAt, headGender, hasKnown, assigns, tail: last, tailAt: lastAt, candidates };
}

function isSorted(list: readonly LocalMention[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].pos < list[i - 1].pos) return false;
  return true;
}

/** Names as first introduced: every name run in draft order, then every named speech subject. */
function buildRegistry(analyses: readonly ParagraphAnalysis[]): NameRegistry {
  const registry = new NameRegistry();
  for (const analysis of analyses) {
    if (!analysis.names) continue;
    for (const op of analysis.regs) registry.setSurname(op.key, op.name);
    for (const op of analysis.titles) registry.setTitle(op.key, op.name);
  }
  for (const analysis of analyses) if (analysis.names) for (const op of analysis.speechRegs) registry.setSurname(op.key, op.name);
  return registry;
}

/** Index of the last entry of a position-sorted list before `pos`, or -1. */
function latestIndex(list: readonly { pos: number }[], pos: number): number {
  return firstIndex(list, (m) => m.pos >= pos) - 1;
}

/**
 * Per-paragraph position-sorted lists read as one draft-wide list, backwards:
 * `previous[p]` is the nearest paragraph before p whose list is not empty.
 */
class ParagraphLists {
  /**
   * `lists[p]` may be missing (empty); `previous`, when given, must be what
   * the constructor would compute (the caller built it in a pass of its own).
   */
  constructor(
    private readonly lists: readonly (readonly LocalMention[] | undefined)[],
    private readonly previous: Int32Array = ParagraphLists.previousOf(lists),
  ) {}

  static previousOf(lists: readonly (readonly LocalMention[] | undefined)[]): Int32Array {
    const previous = new Int32Array(lists.length);
    let last = -1;
    for (let p = 0; p < lists.length; p++) {
      previous[p] = last;
      if ((lists[p]?.length ?? 0) > 0) last = p;
    }
    return previous;
  }

  /** Up to `max` entries before relative position `rel` of paragraph `p`, latest first, until `visit` returns true. */
  walkBack(p: number, rel: number, max: number, visit: (m: LocalMention, paragraph: number) => boolean): void {
    const first = this.lists[p];
    let i = first ? latestIndex(first, rel) : -1;
    let n = 0;
    while (p >= 0 && n < max) {
      const list = this.lists[p];
      if (list) for (; i >= 0 && n < max; i--, n++) if (visit(list[i], p)) return;
      p = this.previous[p];
      if (p >= 0) i = this.lists[p]!.length - 1;
    }
  }
}

/**
 * Per-paragraph columns the document state keeps for the pronoun pass, in
 * step with the paragraphs: each one's word count, and whether its summary
 * (for the book's current version) does anything: 0 nothing (the pass only
 * counts its words), 1 something, 2 not known yet. The pass then reads the
 * analyses of only the paragraphs that matter.
 */
export interface PronounColumns {
  tokens: Int32Array;
  flags: Uint8Array;
  /** The book version the flags were worked out for. */
  version: number;
}

function doesSomething(sum: GenderSummary): boolean {
  return sum.headAt >= 0 || sum.hasKnown || sum.assigns.length > 0 || sum.candidates.length > 0;
}

/**
 * Attribute every segment of the draft from its paragraphs' analyses: names
 * in draft order make the registry, the pronoun pass learns who is "he" and
 * who "she", then each segment's own attribution is resolved and quotes with
 * none inherit from their chain or context. The per-check work is a pass over
 * the paragraphs' summaries and the segments; no token is read again. With
 * `kept` (state), the registry and each paragraph's pronoun-pass summary are
 * reused while what they depend on is unchanged.
 * `locals[q]` is the analysis of `segments[q]`.
 */
export function attributeAll(
  paragraphs: readonly { start: number }[],
  analyses: readonly ParagraphAnalysis[],
  segments: readonly Segment[],
  locals: readonly SegmentLocal[],
  lexicon: Lexicon,
  book?: NameBook,
  columns?: PronounColumns,
): SegmentSpeaker[] {
  if (segments.length === 0) return [];
  // The known words (the last word of every name mentioned) and the registry: kept up to date by the book, or made here.
  let known: ArrayLike<number>;
  let registry: NameRegistry;
  let version = -1;
  if (book) {
    book.settle();
    known = book.counts;
    version = book.version;
    if (!book.registry || book.registryStale) {
      book.registry = buildRegistry(analyses);
      book.registryStale = false;
    }
    registry = book.registry;
  } else {
    const words = new Uint8Array(lexicon.size);
    for (const analysis of analyses) for (const id of analysis.lastWords) words[id] = 1;
    known = words;
    registry = buildRegistry(analyses);
  }
  const starts = paragraphs;

  // Which pronoun each person takes: the first he/she within a few words after a mention of them.
  const gender = new Map<string, 'm' | 'f'>();
  const assign = (text: string, g: number) => {
    const name = registry.canonical(text);
    if (!gender.has(name)) gender.set(name, g === 1 ? 'm' : 'f');
  };
  const candidateLists: (LocalMention[] | undefined)[] = new Array(analyses.length);
  const previous = new Int32Array(analyses.length);
  let lastWithCandidates = -1;
  if (columns && columns.version !== version) {
    columns.flags.fill(2);
    columns.version = version;
  }
  let last: string | undefined;
  let lastAt = 0;
  let base = 0;
  for (let pi = 0; pi < analyses.length; pi++) {
    previous[pi] = lastWithCandidates;
    if (columns && columns.flags[pi] === 0) {
      base += columns.tokens[pi];
      continue;
    }
    const analysis = analyses[pi];
    let sum = analysis.gender;
    if (!sum || sum.version !== version || version < 0) {
      sum = summarise(analysis, known, version);
      if (version >= 0) analysis.gender = sum;
    }
    if (columns) columns.flags[pi] = doesSomething(sum) ? 1 : 0;
    if (last !== undefined && sum.headAt >= 0 && base + sum.headAt - lastAt <= GENDER_WINDOW) {
      assign(last, sum.headGender);
      last = undefined;
    }
    if (sum.assigns.length > 0) {
      let c = sum.canonical;
      if (!c || c.registry !== registry) {
        c = { registry, names: [], genders: [] };
        const seen = new Set<string>();
        for (const a of sum.assigns) {
          const name = registry.canonical(a.text);
          if (seen.has(name)) continue;
          seen.add(name);
          c.names.push(name);
          c.genders.push(a.gender);
        }
        if (version >= 0) sum.canonical = c;
      }
      for (let k = 0; k < c.names.length; k++) if (!gender.has(c.names[k])) gender.set(c.names[k], c.genders[k] === 1 ? 'm' : 'f');
    }
    if (sum.hasKnown) {
      last = sum.tail;
      lastAt = base + sum.tailAt;
    }
    candidateLists[pi] = sum.candidates;
    if (sum.candidates.length > 0) lastWithCandidates = pi;
    base += analysis.tokenCount;
  }

  // A pronoun stands for the latest person who spoke or opened a sentence, else the latest person mentioned.
  const candidates = new ParagraphLists(candidateLists, previous);
  let mentions: ParagraphLists | undefined;
  const resolve = (p: number, rel: number, wanted: 'm' | 'f' | undefined): Resolved | undefined => {
    let found: Resolved | undefined;
    const visit = (m: LocalMention, paragraph: number): boolean => {
      const name = registry.canonical(m.name);
      const g = gender.get(name);
      if (g !== undefined && wanted !== undefined && g !== wanted) return false;
      found = { name, start: starts[paragraph].start + m.pos, end: starts[paragraph].start + m.end };
      return true;
    };
    candidates.walkBack(p, rel, MAX_PRONOUN_LOOKBACK, visit);
    if (!found) {
      mentions ??= new ParagraphLists(analyses.map((a) => a.mentions));
      mentions.walkBack(p, rel, MAX_PRONOUN_LOOKBACK, visit);
    }
    return found;
  };

  const out: SegmentSpeaker[] = [];
  for (let q = 0; q < segments.length; q++) {
    const p = segments[q].paragraph;
    const base = starts[p].start;
    const local = locals[q];
    const a = local.attribution;
    let speaker: SegmentSpeaker;
    if (!a) speaker = { speaker: null, explicit: false, attributed: false };
    else if (a.kind === 'anonymous') speaker = { speaker: null, explicit: true, attributed: true };
    else if (a.kind === 'title') {
      const name = registry.byTitle(a.title);
      speaker = name ? { speaker: name, speakerStart: base + a.start, speakerEnd: base + a.end, explicit: true, attributed: true } : { speaker: null, explicit: true, attributed: true };
    } else if (a.kind === 'pronoun') {
      const pos = base + a.start;
      const who = resolve(p, a.start, local.wanted);
      if (!who) speaker = { speaker: null, speakerStart: pos, speakerEnd: base + a.end, explicit: true, attributed: true };
      else {
        // "Russia’s Foreign Secretary issued a statement saying that he told…": point at the name when it is in the same sentence.
        const [start, end] = who.start >= base + local.pronounSentence ? [who.start, who.end] : [pos, base + a.end];
        speaker = { speaker: who.name, speakerStart: start, speakerEnd: end, explicit: true, attributed: true };
      }
    } else speaker = { speaker: registry.canonical(a.name), speakerStart: base + a.start, speakerEnd: base + a.end, explicit: true, attributed: true };
    out.push(speaker);
  }

  // Continuations, in document order.
  const chainSpeaker = new Map<number, SegmentSpeaker>();
  for (let q = 0; q < segments.length; q++) {
    const seg = segments[q];
    const s = out[q];
    if (s.attributed) {
      if (seg.chain >= 0 && !chainSpeaker.has(seg.chain)) chainSpeaker.set(seg.chain, s);
      continue;
    }
    const inherited = (seg.chain >= 0 ? chainSpeaker.get(seg.chain) : undefined) ?? inheritFromContext(segments, locals, out, q, starts, analyses, registry);
    if (inherited) out[q] = { speaker: inherited.speaker, explicit: false, attributed: true };
    if (seg.chain >= 0 && out[q].attributed && !chainSpeaker.has(seg.chain)) chainSpeaker.set(seg.chain, out[q]);
  }
  // A chain attributed only in a later paragraph: give the earlier segments the same speaker.
  for (let q = 0; q < segments.length; q++) {
    const seg = segments[q];
    const s = chainSpeaker.get(seg.chain);
    if (seg.chain >= 0 && s && !out[q].attributed) out[q] = { speaker: s.speaker, explicit: false, attributed: true };
  }
  return out;
}

interface Resolved {
  name: string;
  start: number;
  end: number;
}

/** A quote with no attribution of its own takes the speaker of the quote or speaker just before it. */
function inheritFromContext(
  segments: readonly Segment[],
  locals: readonly SegmentLocal[],
  out: readonly SegmentSpeaker[],
  q: number,
  starts: readonly { start: number }[],
  analyses: readonly ParagraphAnalysis[],
  registry: NameRegistry,
): SegmentSpeaker | undefined {
  const seg = segments[q];
  const prev = q > 0 ? segments[q - 1] : undefined;
  const p = seg.paragraph;
  // The latest named speaker before the quote, if it is in this paragraph or the one before.
  let lastSpeech: LocalMention | undefined;
  let lastParagraph = -1;
  const here = analyses[p].speech;
  const i = latestIndex(here, seg.start - starts[p].start);
  if (i >= 0) {
    lastSpeech = here[i];
    lastParagraph = p;
  } else if (p > 0 && analyses[p - 1].speech.length > 0) {
    lastSpeech = analyses[p - 1].speech[analyses[p - 1].speech.length - 1];
    lastParagraph = p - 1;
  }
  const lastPos = lastSpeech ? starts[lastParagraph].start + lastSpeech.pos : -1;
  // The latest of: the previous quote, the previous named speaker, in this paragraph.
  const prevHere = prev && prev.paragraph === p && out[q - 1].attributed ? prev : undefined;
  const speechHere = lastSpeech !== undefined && lastParagraph === p;
  if (prevHere && (!speechHere || lastPos < prevHere.start)) return out[q - 1];
  if (speechHere) return { speaker: registry.canonical(lastSpeech!.name), explicit: false, attributed: true };
  // A quote opening its paragraph continues the previous paragraph's speaker.
  if (!locals[q].opensParagraph) return undefined;
  const prevPara = p - 1;
  if (prevPara < 0) return undefined;
  const prevQuote = prev && prev.paragraph === prevPara && out[q - 1].attributed ? prev : undefined;
  const speechPrev = lastSpeech !== undefined && lastParagraph === prevPara;
  if (prevQuote && (!speechPrev || lastPos < prevQuote.start)) return out[q - 1];
  if (speechPrev) return { speaker: registry.canonical(lastSpeech!.name), explicit: false, attributed: true };
  return undefined;
}

const MAX_PRONOUN_LOOKBACK = 12;
/** How many words after a mention a pronoun may stand and still tell us that person's pronoun. */
const GENDER_WINDOW = 25;

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/** The pronoun's person: a lower-cased word ("he", "her"), or the start of a pronoun in the text ("he'd"). */
function genderOf(word: string): 'm' | 'f' | undefined {
  if (MALE.has(word)) return 'm';
  if (FEMALE.has(word)) return 'f';
  const cut = word.indexOf("'");
  return cut > 0 ? genderOf(word.slice(0, cut)) : undefined;
}

/** Register a run of capitalised words that names a person ("President Donald Trump", "Rex Tillerson, the…"). */
function registerRun(c: Ctx, s: number, e: number, surname: (op: KeyOp) => void, title: (op: KeyOp) => void, mentions: LocalMention[], lexicon: Lexicon): void {
  const { tokens } = c;
  const name = nameWords(tokens, s, e);
  if (!name || name.descriptor || isOrganisation(tokens, name.s, name.e)) return;
  for (let i = name.s; i <= name.e; i++) if ((tokens[i].lists & (NOT_NAME | TITLE)) !== 0) return;
  const titled = name.s > s;
  const titleWord = titled ? tokens[name.s - 1].lower : '';
  const personTitle = titled && (tokens[name.s - 1].lists & PERSON_TITLE) !== 0;
  const words = name.e - name.s + 1;
  const sentenceStart = c.sentence[s] === s;
  let person = false;
  if (titled && (personTitle || words >= 2)) person = true;
  else if (words >= 2 && words <= 3 && !sentenceStart) person = true;
  else if (words >= 2 && words <= 3) {
    // At a sentence start, with an appositive or a verb after it: "Rex Tillerson, the secretary", "Maria Lopez spoke".
    const after = c.text.slice(tokens[e].end, tokens[e].end + 6);
    const next = tokens[e + 1];
    person = /^, (the|a|an|who) /.test(after) || (next !== undefined && !next.cap && /^ $/.test(gapText(c, e + 1)) && (next.lists & PREPOSITION) === 0 && !CLAUSE_WORDS.has(next.lower));
  }
  if (!person) return;
  const display = nameText(c.text, tokens, name);
  for (const op of surnameOps(display)) surname(op);
  if (personTitle) title(titleOp(titleWord, display));
  if (words >= 2 || titled) mentions.push({ pos: tokens[name.s].start, end: tokens[name.e].end, name: display, lastWord: lexicon.id(lastWordOf(display)), speech: false });
}

/**
 * Whether `b` (a paragraph's analysis after an edit) says exactly what `a`
 * (its analysis before) says to everything `attributeAll` reads, its relative
 * offsets moved by `move` (strictly increasing; -1 for an offset it cannot
 * follow): the same names, registrations, word counts and pronoun-pass words,
 * mentions and segment attributions at the moved places. Then the edit
 * changes no speaker anywhere (see `extract.ts`, the quick path).
 */
export function sameAnalysis(a: ParagraphAnalysis, b: ParagraphAnalysis, move: (x: number) => number): boolean {
  if (a.tokenCount !== b.tokenCount || a.names !== b.names) return false;
  if (!sameOps(a.regs, b.regs) || !sameOps(a.titles, b.titles) || !sameOps(a.speechRegs, b.speechRegs)) return false;
  if (!sameMentions(a.mentions, b.mentions, move)) return false;
  if (!sameNumbers(a.lastWords, b.lastWords)) return false;
  const x = a.events;
  const y = b.events;
  if (!sameNumbers(x.token, y.token) || !sameNumbers(x.key, y.key) || !sameNumbers(x.gender, y.gender)) return false;
  for (let i = 0; i < x.text.length; i++) if (x.text[i] !== y.text[i]) return false;
  for (let i = 0; i < x.subject.length; i++) {
    const s = x.subject[i];
    const t = y.subject[i];
    if (s === undefined || t === undefined ? s !== t : !sameMention(s, t, move)) return false;
  }
  if (a.segments.length !== b.segments.length) return false;
  for (let i = 0; i < a.segments.length; i++) {
    const s = a.segments[i];
    const t = b.segments[i];
    if (s.opensParagraph !== t.opensParagraph || s.wanted !== t.wanted || move(s.pronounSentence) !== t.pronounSentence) return false;
    if (!sameAttribution(s.attribution, t.attribution, move)) return false;
  }
  return true;
}

function sameOps(a: readonly KeyOp[], b: readonly KeyOp[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].key !== b[i].key || a[i].name !== b[i].name) return false;
  return true;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameMention(a: LocalMention, b: LocalMention, move: (x: number) => number): boolean {
  return a.name === b.name && a.lastWord === b.lastWord && a.speech === b.speech && move(a.pos) === b.pos && move(a.end) === b.end;
}

function sameMentions(a: readonly LocalMention[], b: readonly LocalMention[], move: (x: number) => number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameMention(a[i], b[i], move)) return false;
  return true;
}

function sameAttribution(a: Attribution | undefined, b: Attribution | undefined, move: (x: number) => number): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'anonymous') return true;
  if (b.kind === 'anonymous') return false;
  if (move(a.start) !== b.start || move(a.end) !== b.end) return false;
  if (a.kind === 'name') return b.kind === 'name' && a.name === b.name;
  if (a.kind === 'title') return b.kind === 'title' && a.title === b.title;
  return true;
}
