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
import {
  CLAUSE_WORDS,
  DETERMINERS,
  gapText,
  isAdverb,
  isFraming,
  isVerb,
  nameAttribution,
  NOUN_MARKERS,
  spaceGap,
  titleAttribution,
  usedAsNoun,
  type Attribution,
  type ParagraphText,
  type SegmentSpan,
} from './clause';
import { SUBORDINATORS } from './data/clause-words';
import { OTHER_PRONOUNS, PERSON_PRONOUNS, PREPOSITIONS, SUBJECT_VERB_FILLERS } from './data/words';
import { isParticiple } from './data/speech-verbs';
import { runBackward, runForward } from './names';
import { accordingTo, afterParenthesis, clauseSubject, subjectAfter, subjectBefore } from './subjects';
import { tokenAt } from './tokens';
import { FRAMING_VERB, SPEECH_VERB } from './token-lists';

const MAX_DESCRIPTOR = 8;
const MAX_TAG = 16;
const MAX_TAG_VERB = 10;
const MAX_TAG_TAIL = 6;
const MAX_HEADLINE = 24;
const MAX_TAG_REACH = 40;
const MAX_APPOSITIVE = 14;
const MAX_SIGNATURE = 16;

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
/** The verb at k attributes: "quoted" only as "was quoted (as) saying" or "quoted X as saying". */
export function verbAttribution(c: ParagraphText, k: number, lo: number, hi: number): Attribution | undefined {
  const { tokens } = c;
  const w = tokens[k].lower;
  if (w === 'quoted') {
    const prev = tokens[k - 1];
    if (prev && k - 1 >= lo && /^(was|were|is|are|been|being)$/.test(prev.lower)) return subjectBefore(c, k, lo);
    // "The Times quoted Jane Doe as saying": the person quoted, not the outlet.
    const next = tokens[k + 1];
    const e = next && next.cap ? runForward(c.text, tokens, k + 1, hi) : k + 1;
    const as = tokens[e + 1];
    if (e + 1 < hi && as && as.lower === 'as') return subjectAfter(c, k, hi);
    return undefined;
  }
  // "Sanders was asked by host Bill Maher": a passive speech verb's speaker is its agent.
  if (tokens[k + 1]?.lower === 'by' && w.endsWith('ed') && /^(was|were|is|are|been|being)$/.test(tokens[k - 1]?.lower ?? '')) return subjectAfter(c, k + 1, hi);
  const before = subjectBefore(c, k, lo);
  if (before) return before;
  // "," said Tillerson": the verb follows a closing quotation mark.
  if (!isParticiple(w) && /[”"—–]/.test(gapText(c, k))) return subjectAfter(c, k, hi);
  return undefined;
}

/** A name standing alone after a dash (up to the line's end, a comma, a parenthesis or a quotation mark): the quote's signature. */
function signature(c: ParagraphText, a: number, hi: number): Attribution | undefined {
  const t = c.tokens[a];
  if (PERSON_PRONOUNS.has(t.lower) || !t.cap) return undefined;
  const e = runForward(c.text, c.tokens, a, hi);
  const after = e + 1 < c.tokens.length ? gapText(c, e + 1) : c.text.slice(c.tokens[e].end);
  if (!/^\s*$|^\s*[,(“"\n.]/.test(after) || (e + 1 < hi && /^ $/.test(after))) return undefined;
  return nameAttribution(c, a, e);
}

/** Attribution right after a quote's closing mark. */
export function attributionAfter(c: ParagraphText, seg: SegmentSpan, hi: number): Attribution | undefined {
  const { tokens, text } = c;
  let a = tokenAt(tokens, seg.end);
  if (a >= hi) return undefined;
  const lead = text.slice(seg.end, tokens[a].start);
  // "“…” ―Donald Trump", "“…” — David Martosko (@dmartosko)": a name after a dash signs the quote.
  if (/^\s*[\u2015\u2014\u2013-]\s*$/.test(lead)) return signature(c, a, hi);
  if (!/^[\s,\u2014\u2013-]*$/.test(lead)) return undefined;
  const inner = text.slice(seg.innerStart, seg.innerEnd).trimEnd();
  const endsSentence = /[.]['’"”)]*$/.test(inner) && !/\.\.\.$|…$/.test(inner);
  // "“…,” as Cruz said on the radio": the attribution after "as".
  if (tokens[a].lower === 'as' && a + 1 < hi && (tokens[a + 1].cap || PERSON_PRONOUNS.has(tokens[a + 1].lower)) && spaceGap(c, a + 1)) a++;
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
  if (isVerb(t) || (isFraming(t) && tokens[a + 1]?.cap && spaceGap(c, a + 1))) {
    // "“…,” saying the city…": a participle after the quote hangs on the subject of the clause before it.
    if (isParticiple(t.lower)) return clauseSubject(c, c.sentence[Math.min(tokenAt(tokens, seg.start), tokens.length - 1)], tokenAt(tokens, seg.start));
    // "“This is fantastic!” beamed Donald Hartley".
    return subjectAfter(c, a, hi);
  }
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
  } else if (
    t.cap ||
    DETERMINERS.has(t.lower) ||
    (!STOP_DESCRIPTOR.has(t.lower) && !CLAUSE_WORDS.has(t.lower) && !isVerb(t) && !SUBJECT_VERB_FILLERS.has(t.lower) && !isParticiple(t.lower))
  ) {
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
    // "“…,” Rep. Jim McDermott (D-Wash.) said": past a parenthesis after the name.
    const after = afterParenthesis(c, e, hi);
    if (after >= 0) {
      j = after;
      if (/^[.]?\)\s+$/.test(gapText(c, j)) && isVerb(tokens[j])) return subject;
    }
  } else if (
    a + 1 < hi &&
    isVerb(tokens[a + 1]) &&
    spaceGap(c, a + 1) &&
    !isVerb(t) &&
    !SUBORDINATORS.has(t.lower) &&
    !CLAUSE_WORDS.has(t.lower) &&
    !isParticiple(t.lower)
  ) {
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

/**
 * "Rubio will continue to be", "Putin agreed to establish": a verb governing
 * an infinitive reports no speech ("continued:" does, "continued to" does not).
 * Speech verbs are read so only for "continue" ("urged to", "told to" stay
 * speech); framing verbs always, save before an object ("referred to her as").
 */
function infinitiveAfter(c: ParagraphText, k: number): boolean {
  const t = c.tokens[k];
  const to = c.tokens[k + 1];
  if (!to || to.lower !== 'to' || !spaceGap(c, k + 1)) return false;
  if (isVerb(t)) return t.lower.startsWith('continu');
  const next = c.tokens[k + 2];
  return next !== undefined && !next.cap && !DETERMINERS.has(next.lower) && !NOUN_MARKERS.has(next.lower) && !OBJECT_PRONOUNS.has(next.lower);
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you', 'himself', 'herself', 'themselves', 'itself']);

/** Attribution before a quote, in its sentence: the closest speech verb with a named or pronoun subject. */
export function attributionBefore(c: ParagraphText, seg: SegmentSpan, lo: number, paragraphStart: number): Attribution | undefined {
  const { tokens, text } = c;
  const open = tokenAt(tokens, seg.start);
  // The sentence may hold an earlier quote (a title: Buckley, who phoned in from the set of "Fargo," had…): search it whole.
  let from = Math.max(lo, c.sentence[Math.min(open, tokens.length - 1)] ?? lo);
  const sentence = c.sentence[Math.min(open, tokens.length - 1)];
  if (sentence !== undefined && sentence < from && sentence >= paragraphStart) from = sentence;
  // "Pollsters agree - Carl Bialik: “…”": a name right before the colon (after a dash or a colon) signs the quote.
  if (open > 0 && from < open - 1 && /:\s*$/.test(text.slice(tokens[open - 1].end, seg.start))) {
    const last = open - 1;
    const s = tokens[last].cap ? runBackward(text, tokens, last, from) : last + 1;
    if (s > from && last > s && /[-–—:]\s*$/.test(gapText(c, s))) {
      const named = nameAttribution(c, s, last);
      if (named) return named;
    }
  }
  let anonymous: Attribution | undefined;
  let framed: Attribution | undefined;
  for (let k = open - 1; k >= from; k--) {
    const w = tokens[k].lower;
    if (c.inQuote[k]) continue;
    let a: Attribution | undefined;
    if (w === 'according') a = accordingTo(c, k, open);
    // "Said Dorothy Poynter, who grew up with Ali, “…”": the verb opening its sentence, the speaker after it.
    else if (k === c.sentence[k] && tokens[k].cap && (tokens[k].lists & SPEECH_VERB) !== 0 && !isParticiple(w)) a = subjectAfter(c, k, open);
    else if (isVerb(tokens[k]) && !usedAsNoun(c, k) && !infinitiveAfter(c, k)) a = verbAttribution(c, k, from, open);
    else if (!framed && (isFraming(tokens[k]) || ((w === 'put' || w === 'puts') && tokens[k + 1]?.lower === 'it')) && !usedAsNoun(c, k) && !infinitiveAfter(c, k)) {
      // "Bush called Trump “unhinged”", "as Cruz put it, “…”": a framing verb gives a quote after it to a named subject,
      // unless a speech verb of the sentence does ("Tillerson said he and Putin agreed on a “working group”").
      const f = subjectBefore(c, k, from);
      if (f && f.kind !== 'anonymous') framed = f;
    }
    if (!a) continue;
    if (a.kind === 'anonymous') anonymous ??= a;
    else return a;
  }
  if (framed) return framed;
  if (anonymous) return anonymous;
  // "Tillerson put it bluntly: "…"": a colon, and a name opening the sentence.
  const before = text.slice(from < tokens.length ? tokens[Math.max(from, 0)].start : seg.start, seg.start).trimEnd();
  if (before.endsWith(':') && from < open) {
    // "When Trump suggested…, Rubio fired back: “…”": the main clause's subject, past a subordinate clause.
    const main = clauseSubject(c, from, open);
    if (main && main.kind !== 'anonymous') return main;
    const t = tokens[from];
    if (PERSON_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
    if (t.cap && !SUBORDINATORS.has(t.lower)) return nameAttribution(c, from, runForward(text, tokens, from, open));
  }
  return headlineSpeaker(c);
}

/**
 * A reporting tag closing the quote's sentence after more words: '“We’re
 * extremely happy” about the decision, said RoseAnn DeMoro.', 'So are a “small
 * handful” of companies, Gilbert said.' The tag follows a comma, holds a
 * speech verb, and is short; nothing else stands between it and the
 * sentence end.
 */
export function sentenceEndTag(c: ParagraphText, seg: SegmentSpan, hi: number): Attribution | undefined {
  const { tokens } = c;
  const a = tokenAt(tokens, seg.end);
  const open = tokenAt(tokens, seg.start);
  if (a >= hi || open >= tokens.length) return undefined;
  const s0 = c.sentence[open];
  if (c.sentence[a] !== s0) return undefined;
  // The sentence's end, past any later quote in it ("… “a great deal of weight” and the “firepower” they need, X said.").
  let end = a;
  while (end < tokens.length && end - a < MAX_TAG_REACH && c.sentence[end] === s0) end++;
  if (end - a >= MAX_TAG_REACH) return undefined;
  let last = end - 1;
  while (last >= a && !c.inQuote[last]) last--;
  for (let p = Math.max(a, last) + 1; p < end; p++) {
    if (!gapText(c, p).includes(',')) continue;
    if (tokens[p].lower === 'according') return accordingTo(c, p, end);
    // "…, said Steve Elmendorf, deputy campaign manager for…": the verb first, then the name and its description.
    if (isVerb(tokens[p]) && !isParticiple(tokens[p].lower)) {
      const who = subjectAfter(c, p, end);
      if (who) return who;
    }
    if (end - p > MAX_TAG) continue;
    // "…, Justice Department counsel Jane Roe wrote in a court filing.": a named subject, its verb near the sentence's end.
    for (let k = p; k < end && k - p < MAX_TAG_VERB; k++) {
      if (!isVerb(tokens[k]) || usedAsNoun(c, k)) continue;
      // The verb ends the sentence or a clause of it ("…, Hollande said Tuesday in Paris, noting…").
      let tail = k + 1;
      while (tail < end && tail - k <= MAX_TAG_TAIL && !gapText(c, tail).includes(',')) tail++;
      if (tail - k > MAX_TAG_TAIL) continue;
      const who = k === p ? subjectAfter(c, k, end) : subjectBefore(c, k, p);
      if (who && who.kind !== 'anonymous') return who;
    }
  }
  return undefined;
}

/**
 * A paragraph that ends with a colon ("Cruz called them on it:", "Donald
 * Trump issued the following statement:") introduces the quote that opens
 * the next one: the named speaker of its last sentence, by a speech or
 * framing verb or as the subject of its main clause.
 */
export function introducedSpeaker(c: ParagraphText): Attribution | undefined {
  const { text, tokens } = c;
  const n = tokens.length;
  if (n === 0 || !/:\s*$/.test(text) || c.inQuote[n - 1]) return undefined;
  const at = text.length;
  const a = attributionBefore(c, { start: at, end: at, innerStart: at, innerEnd: at }, 0, 0) ?? clauseSubject(c, c.sentence[n - 1], n);
  return a?.kind === 'name' ? a : undefined;
}

/**
 * A paragraph that is only a signature ("- Bernie Sanders.", "—President
 * Obama, tweeting after the speech.") signs the quote that closes the
 * paragraph before it: a dash, then a name up to the end, a comma or a
 * parenthesis. It holds no quote and is short; a one-word name counts only
 * if the draft names that person elsewhere (speakers.ts checks), so a bullet
 * list ("- Education.") signs nothing.
 */
export function signatureParagraph(c: ParagraphText): Attribution | undefined {
  const { text, tokens } = c;
  const n = tokens.length;
  if (n === 0 || n > MAX_SIGNATURE || !/^\s*[\u2015\u2014\u2013-]\s*$/.test(text.slice(0, tokens[0].start))) return undefined;
  for (let i = 0; i < n; i++) if (c.inQuote[i]) return undefined;
  const a = signature(c, 0, n);
  return a?.kind === 'name' ? a : undefined;
}

/**
 * A title-case headline names its speaker first: "Maria Hinojosa Explained
 * Why She Felt “Invisible”", "Trump Says “…”". The paragraph is short, most
 * of its words outside quotes are capitalised, and it opens with a name of
 * two or three words followed by a capitalised verb (a speech or framing
 * verb, a past tense) or "On".
 */
export function headlineSpeaker(c: ParagraphText): Attribution | undefined {
  const { tokens } = c;
  const n = tokens.length;
  if (n < 3 || n > MAX_HEADLINE || /[.!?]["”’]?\s*\S/.test(c.text.trim().slice(0, -1))) return undefined;
  let words = 0;
  let caps = 0;
  for (let i = 0; i < n; i++) {
    if (c.inQuote[i] || !/^\p{L}/u.test(tokens[i].text)) continue;
    words++;
    if (tokens[i].cap) caps++;
  }
  if (words < 3 || caps / words < 0.7) return undefined;
  for (let v = 2; v <= 3 && v < n; v++) {
    const t = tokens[v];
    if (!t.cap || c.inQuote[v] || !spaceGap(c, v)) return undefined;
    if ((t.lists & (SPEECH_VERB | FRAMING_VERB)) !== 0 || (t.lower.endsWith('ed') && t.lower.length > 4) || t.lower === 'on') {
      for (let i = 1; i < v; i++) if (!spaceGap(c, i)) return undefined;
      return nameAttribution(c, 0, v - 1);
    }
  }
  return undefined;
}
