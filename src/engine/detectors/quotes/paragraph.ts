/**
 * Paragraph analysis: everything speaker attribution needs from one
 * paragraph, read from its text and quote segments alone (offsets relative
 * to the paragraph): the names it registers, its mentions, the words the
 * pronoun pass reads, and each segment's own attribution (attribution.ts).
 * The result (`ParagraphAnalysis`, analysis.ts) is all the per-check passes
 * read, so an edit re-analyses only the paragraphs it touched.
 * `sameAnalysis` tells whether an edited paragraph's analysis says what its
 * old one said, which is what lets the quick path keep every other quote.
 */
import { attributionAfter, attributionBefore, headlineSpeaker, introducedSpeaker, sentenceEndTag, signatureParagraph, verbAttribution } from './attribution';
import { CLAUSE_WORDS, gapText, isFraming, isVerb, sentenceStarts, type ParagraphText } from './clause';
import type { GenderCode, KeyOp, LocalMention, ParagraphAnalysis, SegmentLocal } from './analysis';
import type { Lexicon } from './book';
import { sameAttribution, sameMention, sameMentions, sameNumbers, sameOps } from './equality';
import type { LocalSegment } from './marks';
import { isOrganisation, isSurnameTitle, nameText, nameWords, readName, runBackward, runForward, surnameOps, titleOp } from './names';
import { genderOf } from './pronouns';
import { NOT_NAME, PERSON_TITLE, PREPOSITION, TITLE } from './token-lists';
import { tokenAt, tokenize } from './tokens';

/** The lexicon ids of the mentions' last words, each once, in order. */
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

/** A name's last word as the pronoun pass keys it: lower-cased, straight apostrophes. */
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

/** Analyse one paragraph. `segments` are its quote segments (relative offsets), in order. */
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
  const c: ParagraphText = { text, tokens, inQuote, sentence: sentenceStarts(text, tokens, scratchSentence) };
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
    // A framing verb closing its sentence ("Dianne Bystrom agreed.") is a speech event too.
    if (inQuote[k] || !(isVerb(tokens[k]) || (isFraming(tokens[k]) && /^[.:]/.test(gapText(c, k + 1))))) continue;
    const a = verbAttribution(c, k, c.sentence[k], tokens.length);
    if (a?.kind === 'name') {
      for (const op of surnameOps(a.name)) addSpeech(op);
      mentions.push({ pos: a.start, end: a.end, name: a.name, lastWord: lexicon.id(lastWordOf(a.name)), speech: true });
    }
  }
  // "Cruz called them on it:" introduces the quote of the next paragraph; so does a headline naming its speaker ("Roe Joked About…").
  const intro = introducedSpeaker(c) ?? (tokens.length <= 24 ? headlineSpeaker(c) : undefined);
  if (intro?.kind === 'name') {
    for (const op of surnameOps(intro.name)) addSpeech(op);
    mentions.push({ pos: intro.start, end: intro.end, name: intro.name, lastWord: lexicon.id(lastWordOf(intro.name)), speech: true });
  }
  // "- Bernie Sanders." alone in its paragraph signs the quote before it.
  const signed = segments.length === 0 ? signatureParagraph(c) : undefined;
  const signature: LocalMention | undefined =
    signed?.kind === 'name' ? { pos: signed.start, end: signed.end, name: signed.name, lastWord: lexicon.id(lastWordOf(signed.name)), speech: false } : undefined;
  if (mentions.length > 1) mentions.sort((x, y) => x.pos - y.pos);

  // The pronoun pass's words: capitalised words outside quotes (a person's surname, if the draft names them) and gendered pronouns.
  const evToken: number[] = [];
  const evKey: number[] = [];
  const evText: string[] = [];
  const evGender: GenderCode[] = [];
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
    a ??= attributionBefore(c, seg, lo, 0) ?? sentenceEndTag(c, seg, hi);
    const local: SegmentLocal = {
      seg,
      attribution: a,
      pronounSentence: 0,
      opensParagraph: /^[\s\-\u2014\u2013]*$/.test(text.slice(0, seg.start)),
      closesParagraph: /^[\s.,;!?]*$/.test(text.slice(seg.end)),
    };
    if (a?.kind === 'pronoun') {
      const i = tokenAt(tokens, a.start);
      local.pronounSentence = i < tokens.length ? tokens[c.sentence[i]].start : a.start;
      local.wanted = genderOf(
        text
          .slice(a.start, a.start + 3)
          .toLowerCase()
          .trim(),
      );
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
    events: { token: evToken, key: evKey, text: evText, gender: evGender, subject: evSubject },
    segments: locals,
    signature,
  };
}

/** Register a run of capitalised words that names a person ("President Donald Trump", "Rex Tillerson, the…"). */
function registerRun(c: ParagraphText, s: number, e: number, surname: (op: KeyOp) => void, title: (op: KeyOp) => void, mentions: LocalMention[], lexicon: Lexicon): void {
  const { tokens } = c;
  const name = nameWords(tokens, s, e);
  if (!name || name.descriptor || isOrganisation(tokens, name.s, name.e)) return;
  for (let i = name.s; i <= name.e; i++) if ((tokens[i].lists & (NOT_NAME | TITLE)) !== 0 && !isSurnameTitle(tokens, i, name.s, name.e)) return;
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
    person =
      /^, (the|a|an|who) /.test(after) ||
      (next !== undefined && !next.cap && /^ $/.test(gapText(c, e + 1)) && (next.lists & PREPOSITION) === 0 && !CLAUSE_WORDS.has(next.lower));
  }
  if (!person) return;
  const display = nameText(c.text, tokens, name);
  for (const op of surnameOps(display)) surname(op);
  if (personTitle) title(titleOp(titleWord, display));
  if (words >= 2 || titled)
    mentions.push({ pos: tokens[name.s].start, end: tokens[name.e].end, name: display, lastWord: lexicon.id(lastWordOf(display)), speech: false });
}

/**
 * Whether `b` (a paragraph's analysis after an edit) says exactly what `a`
 * (its analysis before) says to everything `attributeAll` reads, its relative
 * offsets moved by `move` (strictly increasing; -1 for an offset it cannot
 * follow): the same names, registrations, word counts and pronoun-pass words,
 * mentions and segment attributions at the moved places. Then the edit
 * changes no speaker anywhere (see quick.ts).
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
  if (a.signature === undefined || b.signature === undefined ? a.signature !== b.signature : !sameMention(a.signature, b.signature, move)) return false;
  if (a.segments.length !== b.segments.length) return false;
  for (let i = 0; i < a.segments.length; i++) {
    const s = a.segments[i];
    const t = b.segments[i];
    if (s.opensParagraph !== t.opensParagraph || s.closesParagraph !== t.closesParagraph || s.wanted !== t.wanted || move(s.pronounSentence) !== t.pronounSentence)
      return false;
    if (!sameAttribution(s.attribution, t.attribution, move)) return false;
  }
  return true;
}
