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
 */
import { NO_MEMO, type Memo } from '../detector';
import type { Draft } from '../draft';
import { isParticiple, isSpeechVerb } from './data/speech-verbs';
import { ABBREVIATIONS, NOT_NAMES, OTHER_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, SUBJECT_VERB_FILLERS, TITLES } from './data/words';
import { PERSON_TITLES } from './data/names';
import type { Segment } from './marks';
import { NameRegistry, isOrganisation, readName, runBackward, runForward } from './names';
import { tokenAt, tokenize, tokenizeDraft, type Token } from './tokens';

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

function gapText(c: Ctx, i: number): string {
  return i > 0 ? c.text.slice(c.tokens[i - 1].end, c.tokens[i].start) : '';
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
  return t !== undefined && !t.cap && isSpeechVerb(t.lower);
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
  if (!t.cap || NOT_NAMES.has(t.lower)) return undefined;
  const e = runForward(c.text, c.tokens, lo, hi + 1);
  const next = c.tokens[e + 1];
  if (!next || next.cap || PREPOSITIONS.has(next.lower) || !spaceGap(c, e + 1)) return undefined;
  return nameAttribution(c, lo, e);
}

/** "the president" at token j (the title word). */
function titleAttribution(c: Ctx, j: number): Attribution | undefined {
  const t = c.tokens[j];
  const the = c.tokens[j - 1];
  if (!t || t.cap || !PERSON_TITLES.has(t.lower) || !the || the.lower !== 'the' || !spaceGap(c, j)) return undefined;
  return { kind: 'title', title: t.lower, start: the.start, end: t.end };
}

/** The run before `s` is "at the", "with": the name is an object, not a subject. */
function objectOfPreposition(c: Ctx, s: number, lo: number): boolean {
  let p = s - 1;
  if (p >= lo && c.tokens[p].lower === 'the' && spaceGap(c, p + 1)) p--;
  return p >= lo && PREPOSITIONS.has(c.tokens[p].lower) && spaceGap(c, p + 1);
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
  if (t.cap && !NOT_NAMES.has(t.lower)) return nameAttribution(c, j, runForward(c.text, c.tokens, j, hi));
  // "said planetary geologist Rosaly Lopes", "said study co-author X", "said a spokesman".
  const article = DETERMINERS.has(t.lower);
  for (let i = j + 1, n = 0; i < hi && n < 4 && spaceGap(c, i); i++, n++) {
    const w = c.tokens[i];
    if (w.cap) return isArticleDescriptor(c, i, hi) ? (article ? { kind: 'anonymous' } : undefined) : nameAttribution(c, i, runForward(c.text, c.tokens, i, hi));
    if (PREPOSITIONS.has(w.lower) || isVerb(w)) break;
  }
  return article ? (titleAttribution(c, j + 1) ?? { kind: 'anonymous' }) : undefined;
}

/** "the White House spokesman": a capitalised run followed by a common noun. */
function isArticleDescriptor(c: Ctx, s: number, hi: number): boolean {
  const e = runForward(c.text, c.tokens, s, hi);
  const n = c.tokens[e + 1];
  return e + 1 < hi && n !== undefined && !n.cap && spaceGap(c, e + 1) && !isVerb(n) && !PREPOSITIONS.has(n.lower) && !CLAUSE_WORDS.has(n.lower);
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
function attributionAfter(c: Ctx, seg: Segment, hi: number): Attribution | undefined {
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
function attributionBefore(c: Ctx, seg: Segment, lo: number, paragraphStart: number): Attribution | undefined {
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
    const ch = text[k];
    if (ch === '.' || ch === '!' || ch === '?') seen = true;
    else if (seen && (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\u00a0')) return true;
    else if (!(ch === "'" || ch === '’' || ch === '"' || ch === '”' || ch === ')')) seen = false;
  }
  return false;
}

function sentenceStarts(text: string, tokens: readonly Token[], draft: Draft): Int32Array {
  const out = new Int32Array(tokens.length);
  let p = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let newParagraph = false;
    while (p < draft.paragraphs.length && draft.paragraphs[p].end <= t.start) {
      p++;
      newParagraph = true;
    }
    if (i === 0 || newParagraph) start = i;
    else {
      const prev = tokens[i - 1];
      if (endsSentence(text, prev.end, t.start) && !(text[prev.end] === '.' && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap)))) start = i;
    }
    out[i] = start;
  }
  return out;
}

/**
 * `sentenceStarts` for a whole draft, paragraph by paragraph from `memo`: a
 * paragraph always starts a sentence and its sentence ends lie between its
 * own tokens, so each paragraph's starts depend on its text alone. `tokens`
 * are the draft's tokens as `tokenizeDraft` gives them (paragraph after
 * paragraph).
 */
function draftSentenceStarts(draft: Draft, tokens: readonly Token[], memo: Memo): Int32Array {
  if (memo === NO_MEMO) return sentenceStarts(draft.text, tokens, draft);
  const out = new Int32Array(tokens.length);
  const read = (text: string): Int32Array => {
    const own: Draft = { text, lines: [], paragraphs: [{ index: 0, start: 0, end: text.length, firstLine: 0, lastLine: 0, text }] };
    return sentenceStarts(text, memo.get('quote/paragraph-tokens', text, tokenize), own);
  };
  let k = 0;
  for (const p of draft.paragraphs) {
    const local = memo.get('quote/paragraph-sentences', p.text, read);
    for (let i = 0; i < local.length; i++) out[k + i] = k + local[i];
    k += local.length;
  }
  return out;
}

/** Attribute every segment. `segments` must be in document order. */
export function attribute(draft: Draft, segments: readonly Segment[], memo: Memo = NO_MEMO): SegmentSpeaker[] {
  // No quotes, nothing to attribute: skip reading the words at all.
  if (segments.length === 0) return [];
  const { text } = draft;
  const tokens = tokenizeDraft(draft, memo);
  const inQuote = new Uint8Array(tokens.length);
  for (let q = 0, i = 0; q < segments.length; q++) {
    const seg = segments[q];
    i = tokenAt(tokens, seg.innerStart);
    for (; i < tokens.length && tokens[i].start < seg.innerEnd; i++) inQuote[i] = 1;
  }
  const c: Ctx = { text, tokens, inQuote, sentence: draftSentenceStarts(draft, tokens, memo) };
  const paragraphOf = paragraphIndexer(draft);

  // Names as first introduced, and the people a pronoun may stand for.
  const registry = new NameRegistry();
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote[i] || !tokens[i].cap) continue;
    const e = runForward(text, tokens, i, tokens.length);
    registerRun(c, registry, mentions, i, e, paragraphOf);
    i = e;
  }
  // Speech events: every speech verb outside quotes with a named subject.
  for (let k = 0; k < tokens.length; k++) {
    if (inQuote[k] || !isVerb(tokens[k])) continue;
    const lo = c.sentence[k];
    const a = verbAttribution(c, k, lo, tokens.length);
    if (a?.kind === 'name') {
      registry.add(a.name);
      mentions.push({ pos: a.start, end: a.end, name: a.name, paragraph: paragraphOf(a.start), speech: true });
    }
  }
  mentions.sort((x, y) => x.pos - y.pos);
  const speechMentions = mentions.filter((m) => m.speech);

  // Which pronoun each person takes: the first he/she within a few words after a mention of them.
  const subjects: Mention[] = [];
  const gender = learnGenders(c, registry, mentions, subjects);
  // A pronoun stands for the latest person who spoke or opened a sentence.
  const candidates = [...speechMentions, ...subjects].sort((x, y) => x.pos - y.pos);
  const resolvePronoun = (pos: number): Resolved | undefined => {
    const wanted = genderOf(text.slice(pos, pos + 3).toLowerCase().trim());
    const pick = (list: readonly Mention[]): Resolved | undefined => {
      let i = latestIndex(list, pos);
      for (let n = 0; i >= 0 && n < MAX_PRONOUN_LOOKBACK; i--, n++) {
        const name = registry.canonical(list[i].name);
        const g = gender.get(name);
        if (g === undefined || wanted === undefined || g === wanted) return { name, start: list[i].pos, end: list[i].end };
      }
      return undefined;
    };
    return pick(candidates) ?? pick(mentions);
  };

  const out: SegmentSpeaker[] = [];
  for (let q = 0; q < segments.length; q++) {
    const seg = segments[q];
    const prev = q > 0 && segments[q - 1].paragraph === seg.paragraph ? segments[q - 1] : undefined;
    const paraStartTok = tokenAt(tokens, draft.paragraphs[seg.paragraph].start);
    const lo = prev ? tokenAt(tokens, prev.end) : paraStartTok;
    const hi = nextQuoteToken(c, segments, q, draft);
    let a = seg.continued ? undefined : attributionAfter(c, seg, hi);
    a ??= attributionBefore(c, seg, lo, paraStartTok);
    out.push(toSpeaker(c, a, registry, resolvePronoun));
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
    const inherited = (seg.chain >= 0 ? chainSpeaker.get(seg.chain) : undefined) ?? inheritFromContext(c, draft, segments, out, q, speechMentions, registry);
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

function toSpeaker(c: Ctx, a: Attribution | undefined, registry: NameRegistry, resolvePronoun: (pos: number) => Resolved | undefined): SegmentSpeaker {
  if (!a) return { speaker: null, explicit: false, attributed: false };
  if (a.kind === 'anonymous') return { speaker: null, explicit: true, attributed: true };
  if (a.kind === 'title') {
    const name = registry.byTitle(a.title);
    return name ? { speaker: name, speakerStart: a.start, speakerEnd: a.end, explicit: true, attributed: true } : { speaker: null, explicit: true, attributed: true };
  }
  if (a.kind === 'pronoun') {
    const who = resolvePronoun(a.start);
    if (!who) return { speaker: null, speakerStart: a.start, speakerEnd: a.end, explicit: true, attributed: true };
    // "Russia’s Foreign Secretary issued a statement saying that he told…": point at the name when it is in the same sentence.
    const i = tokenAt(c.tokens, a.start);
    const sentenceStart = i < c.tokens.length ? c.tokens[c.sentence[i]].start : a.start;
    const [start, end] = who.start >= sentenceStart ? [who.start, who.end] : [a.start, a.end];
    return { speaker: who.name, speakerStart: start, speakerEnd: end, explicit: true, attributed: true };
  }
  return { speaker: registry.canonical(a.name), speakerStart: a.start, speakerEnd: a.end, explicit: true, attributed: true };
}

/** A quote with no attribution of its own takes the speaker of the quote or speaker just before it. */
function inheritFromContext(
  c: Ctx,
  draft: Draft,
  segments: readonly Segment[],
  out: readonly SegmentSpeaker[],
  q: number,
  speech: readonly { pos: number; name: string; paragraph: number }[],
  registry: NameRegistry,
): SegmentSpeaker | undefined {
  const seg = segments[q];
  const prev = q > 0 ? segments[q - 1] : undefined;
  const para = draft.paragraphs[seg.paragraph];
  const lastSpeech = latestBefore(speech, seg.start);
  // The latest of: the previous quote, the previous named speaker, in this paragraph.
  const prevHere = prev && prev.paragraph === seg.paragraph && out[q - 1].attributed ? prev : undefined;
  const speechHere = lastSpeech && lastSpeech.paragraph === seg.paragraph ? lastSpeech : undefined;
  if (prevHere && (!speechHere || speechHere.pos < prevHere.start)) return out[q - 1];
  if (speechHere) return { speaker: registry.canonical(speechHere.name), explicit: false, attributed: true };
  // A quote opening its paragraph continues the previous paragraph's speaker.
  if (!/^[\s\-\u2014\u2013]*$/.test(c.text.slice(para.start, seg.start))) return undefined;
  const prevPara = seg.paragraph - 1;
  if (prevPara < 0) return undefined;
  const prevQuote = prev && prev.paragraph === prevPara && out[q - 1].attributed ? prev : undefined;
  const speechPrev = lastSpeech && lastSpeech.paragraph === prevPara ? lastSpeech : undefined;
  if (prevQuote && (!speechPrev || speechPrev.pos < prevQuote.start)) return out[q - 1];
  if (speechPrev) return { speaker: registry.canonical(speechPrev.name), explicit: false, attributed: true };
  return undefined;
}

interface Mention {
  pos: number;
  end: number;
  name: string;
  paragraph: number;
  speech: boolean;
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

/** One pass over the words: the first gendered pronoun shortly after a person's mention sets that person's pronoun. */
function learnGenders(c: Ctx, registry: NameRegistry, mentions: readonly Mention[], subjects: Mention[]): Map<string, 'm' | 'f'> {
  const known = new Set<string>();
  for (const m of mentions) {
    const words = m.name.split(' ');
    known.add(words[words.length - 1].toLowerCase().replace(/’/g, "'"));
  }
  const out = new Map<string, 'm' | 'f'>();
  let last: string | undefined;
  let lastAt = -Infinity;
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i];
    if (t.cap && !c.inQuote[i] && known.has(t.lower.replace(/'s$/, ''))) {
      last = registry.canonical(t.text);
      lastAt = i;
      // In subject position: opening its sentence or clause, with a lower-case word (a verb, "who") after it.
      const s = runBackward(c.text, c.tokens, i, c.sentence[i]);
      const next = c.tokens[i + 1];
      const opensClause = s === c.sentence[i] || /,\s*$/.test(gapText(c, s));
      if (opensClause && !t.lower.endsWith("'s") && next && !next.cap && !PREPOSITIONS.has(next.lower) && !CLAUSE_WORDS.has(next.lower) && /^,?\s+$/.test(gapText(c, i + 1))) {
        const name = readName(c.text, c.tokens, s, i);
        if (name) subjects.push({ pos: c.tokens[name.s].start, end: t.end, name: name.display, paragraph: -1, speech: false });
      }
      continue;
    }
    if (last === undefined || i - lastAt > GENDER_WINDOW || c.inQuote[i]) continue;
    const g = genderOf(t.lower);
    if (g && !out.has(last)) out.set(last, g);
    if (g) last = undefined;
  }
  return out;
}

function latestIndex(list: readonly { pos: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function latestBefore<T extends { pos: number }>(list: readonly T[], pos: number): T | undefined {
  const i = latestIndex(list, pos);
  return i >= 0 ? list[i] : undefined;
}

function nextQuoteToken(c: Ctx, segments: readonly Segment[], q: number, draft: Draft): number {
  const seg = segments[q];
  const next = segments[q + 1];
  const paraEnd = draft.paragraphs[seg.paragraph].end;
  const limit = next && next.paragraph === seg.paragraph ? next.start : paraEnd;
  return tokenAt(c.tokens, limit);
}

function paragraphIndexer(draft: Draft): (offset: number) => number {
  const starts = draft.paragraphs.map((p) => p.start);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Register a run of capitalised words that names a person ("President Donald Trump", "Rex Tillerson, the…"). */
function registerRun(
  c: Ctx,
  registry: NameRegistry,
  mentions: Mention[],
  s: number,
  e: number,
  paragraphOf: (offset: number) => number,
): void {
  const { tokens } = c;
  const name = readName(c.text, tokens, s, e);
  if (!name || name.descriptor || isOrganisation(tokens, name.s, name.e)) return;
  for (let i = name.s; i <= name.e; i++) if (NOT_NAMES.has(tokens[i].lower) || TITLES.has(tokens[i].lower)) return;
  const titled = name.s > s;
  const titleWord = titled ? tokens[name.s - 1].lower : '';
  const words = name.e - name.s + 1;
  const sentenceStart = c.sentence[s] === s;
  let person = false;
  if (titled && (PERSON_TITLES.has(titleWord) || words >= 2)) person = true;
  else if (words >= 2 && words <= 3 && !sentenceStart) person = true;
  else if (words >= 2 && words <= 3) {
    // At a sentence start, with an appositive or a verb after it: "Rex Tillerson, the secretary", "Maria Lopez spoke".
    const after = c.text.slice(tokens[e].end, tokens[e].end + 6);
    const next = tokens[e + 1];
    person = /^, (the|a|an|who) /.test(after) || (next !== undefined && !next.cap && /^ $/.test(gapText(c, e + 1)) && !PREPOSITIONS.has(next.lower) && !CLAUSE_WORDS.has(next.lower));
  }
  if (!person) return;
  registry.add(name.display);
  if (titled && PERSON_TITLES.has(titleWord)) registry.addTitle(titleWord, name.display);
  if (words >= 2 || titled) mentions.push({ pos: tokens[name.s].start, end: tokens[name.e].end, name: name.display, paragraph: paragraphOf(tokens[name.s].start), speech: false });
}
