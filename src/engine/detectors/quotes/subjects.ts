/**
 * Finding the subject of a verb: who is said to have said something, read
 * from one sentence of a paragraph. Before the verb ("Tillerson said", "Sen.
 * Jane Roe of Ohio, the committee's top Republican, urged"), after it ("said
 * Virginia delegate Beau Correll"), and the subject of a whole clause when
 * the verb's own subject is left behind by the sentence's structure:
 * coordinated verbs ("Trump returned … and declared"), control verbs ("Cruz
 * tried to argue"), participle clauses ("Trump turned to the economy,
 * saying"). Every lookup scans a bounded window of one sentence.
 */
import { isParticiple } from './data/speech-verbs';
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  CONTROL_WORDS,
  COORDINATORS,
  DAY_PARTS,
  IRREGULAR_PAST,
  PARTICIPLE_OPENERS,
  SUBORDINATORS,
  TIME_LEADS,
  TIME_NAMES,
} from './data/clause-words';
import { OTHER_PRONOUNS, PERSON_PRONOUNS, SUBJECT_VERB_FILLERS } from './data/words';
import { runBackward, runForward } from './names';
import { tokenAt, type Token } from './tokens';
import { NOT_NAME, PERSON_TITLE, PREPOSITION } from './token-lists';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  gapText,
  isAbbreviationGap,
  isAdverb,
  isFraming,
  isVerb,
  nameAttribution,
  NOUN_MARKERS,
  objectOfPreposition,
  ONLY_SPACE,
  spaceGap,
  titleAttribution,
  type Attribution,
  type ParagraphText,
} from './clause';

const MAX_APPOSITIVE = 14;
const MAX_PARTICIPLE_REACH = 6;
const MAX_CLAUSE = 60;
const MAX_PARENTHESIS = 6;
const MAX_DESCRIPTION = 8;
const MAX_DASHED = 16;
const MAX_QUOTED_TITLE = 6;

/** Subject of the speech verb at token k, searching back no further than lo. */
export function subjectBefore(c: ParagraphText, k: number, lo: number): Attribution | undefined {
  const { tokens } = c;
  const participle = isParticiple(tokens[k].lower);
  let j = k - 1;
  let reach = 0;
  let paren = -1;
  while (j >= lo) {
    if (!spaceGap(c, j + 1)) {
      // "Sen. Pat Toomey (R-Pa.) refused": the name before a parenthesis.
      const b = reach === 0 ? beforeParenthesis(c, j, lo) : -1;
      if (b < 0) break;
      // "A former candidate -- John McCain, who lost in 2008 -- said": a name opening the stretch between dashes.
      if (/[—–-]/.test(gapText(c, b + 1)) && tokens[b + 1].cap) {
        const named = nameAttribution(c, b + 1, runForward(c.text, tokens, b + 1, j + 1));
        if (named) return named;
      }
      j = paren = b;
      continue;
    }
    const t = tokens[j];
    // "Beck on Wednesday called", "Reeves late Thursday night issued": a time phrase between subject and verb.
    const time = timePhraseStart(c, j, lo);
    if (time >= 0) {
      j = time - 1;
      continue;
    }
    if (t.cap) break;
    if (SUBJECT_VERB_FILLERS.has(t.lower) || isAdverb(t)) {
      j--;
      continue;
    }
    // "Cruz tried to argue", "McConnell was quick to add": the subject of the word that governs "to".
    if (t.lower === 'to' && j - 1 >= lo && CONTROL_WORDS.has(tokens[j - 1].lower) && spaceGap(c, j)) {
      j -= 2;
      continue;
    }
    // "Tim Grieve interrupted me to announce": an infinitive of purpose has the clause's subject.
    if (t.lower === 'to' && j > lo && !participle && ONLY_SPACE.test(gapText(c, j + 1))) return clauseSubject(c, lo, j) ?? { kind: 'anonymous' };
    // "Trump returned to the stage and declared": the subject of the first verb.
    if (COORDINATORS.has(t.lower) && j > lo && ONLY_SPACE.test(gapText(c, j + 1))) return coordinated(c, j, lo) ?? { kind: 'anonymous' };
    // "Trump spoke for an hour before noting": the subject of the clause the participle hangs on.
    if (participle && PARTICIPLE_OPENERS.has(t.lower) && j > lo) return clauseSubject(c, lo, j);
    if (participle && !PERSON_PRONOUNS.has(t.lower) && !OTHER_PRONOUNS.has(t.lower) && reach < MAX_PARTICIPLE_REACH) {
      reach++;
      j--;
      continue;
    }
    break;
  }
  if (j < lo) return undefined;
  const gap = paren === j ? ' ' : gapText(c, j + 1);
  if (!ONLY_SPACE.test(gap)) {
    // "a defense of “New York values,” saying": past the quote, the clause's subject.
    if (participle && /^[\s,]*["”][\s,]*$/.test(gap) && gap.includes(',')) return clauseSubject(c, lo, j);
    // "Sen. Ron Johnson, R-Wis., said": a period of an abbreviation before the comma.
    if (gap.trim() !== ',' && gap.trim() !== '.,') return undefined;
    // "John Smith, a spokesman for the city, said": skip back over the appositive.
    // "Trump turned to the economy, saying": a participle's subject is the clause's.
    // A participle's subject opens a clause: a name just before the comma that does not is its verb's object
    // ("Beck criticized voters for not supporting Cruz, declaring").
    if (participle) return nameBeforeComma(c, j, lo, true) ?? clauseSubject(c, lo, j) ?? nameBeforeComma(c, j, lo);
    return nameBeforeComma(c, j, lo);
  }
  const t = tokens[j];
  if (PERSON_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
  if (OTHER_PRONOUNS.has(t.lower)) return t.lower === 'who' ? nameBeforeComma(c, j, lo) : { kind: 'anonymous' };
  if (t.cap) {
    const s = runBackward(c.text, tokens, j, lo);
    // "with Sen. John McCain calling it": the object of "with" is the participle's subject.
    if (participle && tokens[s - 1]?.lower === 'with' && s - 1 >= lo) return nameAttribution(c, s, j);
    // "hours after Sanders said": after a word that also opens a clause, a name right before its verb is the subject.
    if (objectOfPreposition(c, s, lo) && !SUBORDINATORS.has(tokens[s - 1].lower)) return nameBeforePlace(c, s, lo) ?? titledRun(c, s, j) ?? nameBeforeComma(c, s - 1, lo);
    return nameAttribution(c, s, j);
  }
  // A common noun: "the spokesman said", "officials said"; "the president said" names a titled person.
  return titleAttribution(c, j) ?? { kind: 'anonymous' };
}

/** The first token of a time phrase ending at token j ("on Wednesday", "late Thursday night"), or -1. */
function timePhraseStart(c: ParagraphText, j: number, lo: number): number {
  let i = j;
  const t = c.tokens[i];
  if (!t.cap && DAY_PARTS.has(t.lower)) i--;
  const d = c.tokens[i];
  if (i < lo || !d || !d.cap || !TIME_NAMES.has(d.lower) || (i < j && !spaceGap(c, j))) return -1;
  while (i - 1 >= lo && !c.tokens[i - 1].cap && TIME_LEADS.has(c.tokens[i - 1].lower) && spaceGap(c, i)) i--;
  return i;
}

/** Token j is followed by ")": the token before the matching "(" (a short parenthesis: "(R-Pa.)", "(D-R.I.)"), or -1. */
export function beforeParenthesis(c: ParagraphText, j: number, lo: number): number {
  // "Gingrich — mentioned by Newsmax as the choice — told": a stretch between dashes.
  if (/^\s*(?:[—–]|--)\s*$/.test(gapText(c, j + 1))) {
    for (let i = j; i > lo && j - i < MAX_DASHED; i--) if (/^\s*(?:[—–]|--)\s*$/.test(gapText(c, i))) return i - 1;
    return -1;
  }
  if (!/^[.]?\),?\s*$/.test(gapText(c, j + 1))) return -1;
  for (let i = j; i > lo && j - i < MAX_PARENTHESIS; i--) {
    const gap = gapText(c, i);
    if (gap.includes(')')) return -1;
    if (gap.includes('(')) return /^\s+\($/.test(gap) ? i - 1 : -1;
  }
  return -1;
}

/** Token e is followed by " (": the token after the matching ")" and the gap after it, or -1. */
export function afterParenthesis(c: ParagraphText, e: number, hi: number): number {
  if (!/^\s+\($/.test(gapText(c, e + 1))) return -1;
  for (let i = e + 2; i < hi && i - e < MAX_PARENTHESIS + 2; i++) {
    const gap = gapText(c, i);
    if (gap.includes('(')) return -1;
    if (gap.includes(')')) return /^[.]?\),?\s+$/.test(gap) ? i : -1;
  }
  return -1;
}

/** "Gov. John Doe of Kansas", "Sen. Jane Roe from Ohio": the name before the place a run at `s` names (s follows "of" or "from"). */
function nameBeforePlace(c: ParagraphText, s: number, lo: number): Attribution | undefined {
  // "Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem": back over each "of (the) X".
  for (let hop = 0; hop < 3; hop++) {
    const p = c.tokens[s - 1];
    if (!p || (p.lower !== 'of' && p.lower !== 'from') || s - 2 < lo || !spaceGap(c, s - 1)) return undefined;
    let e = s - 2;
    if (c.tokens[e].lower === 'the' && e - 1 >= lo && spaceGap(c, e)) e--;
    if (!c.tokens[e].cap || c.tokens[e].lower.endsWith("'s")) return undefined;
    const b = runBackward(c.text, c.tokens, e, lo);
    if (!objectOfPreposition(c, b, lo)) return nameAttribution(c, b, e);
    s = c.tokens[b - 1]?.lower === 'the' ? b - 1 : b;
  }
  return undefined;
}

/** "Speaker of the House Rep. Paul Ryan said": a run holding a person's title before a name is the subject, whatever precedes it. */
function titledRun(c: ParagraphText, s: number, e: number): Attribution | undefined {
  const p = c.tokens[s - 1]?.lower === 'the' ? s - 2 : s - 1;
  if (c.tokens[p]?.lower !== 'of') return undefined;
  for (let i = s; i < e; i++) if ((c.tokens[i].lists & PERSON_TITLE) !== 0) return nameAttribution(c, s, e);
  return undefined;
}

/** The verb after "and" at token j: the subject of the verb before it, if that verb stands in the same clause. */
function coordinated(c: ParagraphText, j: number, lo: number): Attribution | undefined {
  return clauseSubject(c, lo, j);
}

/**
 * The subject of the main clause of the sentence stretch [lo, hi): a name or
 * pronoun that opens the sentence or a comma-bounded part of it (not a
 * subordinate clause: "When Wallace died, …"), possibly after a short
 * lower-case description ("conservative commentator Jonah Goldberg"), with
 * its place ("of Ohio") and appositive (", the committee's top Republican,"),
 * and followed by a finite verb (an auxiliary, a speech or framing verb, a
 * past tense). The leftmost such subject is the main clause's.
 */
export function clauseSubject(c: ParagraphText, lo: number, hi: number): Attribution | undefined {
  for (let p = lo, n = 0; p < hi && n < MAX_CLAUSE; p++, n++) {
    if (c.inQuote[p]) continue;
    if (p !== lo && !gapText(c, p).includes(',')) continue;
    if (SUBORDINATORS.has(c.tokens[p].lower)) continue;
    const a = subjectAt(c, p, hi);
    if (a) return a;
  }
  return undefined;
}

/** The subject opening a clause at token p (see `clauseSubject`). */
function subjectAt(c: ParagraphText, p: number, hi: number): Attribution | undefined {
  const { tokens } = c;
  let s = p;
  while (s < hi && (CLAUSE_OPENERS.has(tokens[s].lower) || tokens[s].lower === 'the') && spaceGap(c, s + 1)) s++;
  for (let n = 0; s < hi && n < 3 && !tokens[s].cap && !PERSON_PRONOUNS.has(tokens[s].lower) && spaceGap(c, s + 1); n++) {
    const w = tokens[s];
    if ((w.lists & PREPOSITION) !== 0 || isVerb(w) || isFraming(w) || DETERMINERS.has(w.lower) || SUBJECT_VERB_FILLERS.has(w.lower)) return undefined;
    s++;
  }
  if (s >= hi || c.inQuote[s]) return undefined;
  const t = tokens[s];
  let a: Attribution | undefined;
  let e = s;
  if (PERSON_PRONOUNS.has(t.lower)) a = { kind: 'pronoun', start: t.start, end: t.end };
  else if (t.cap && (t.lists & NOT_NAME) === 0 && !NOUN_MARKERS.has(t.lower) && !(s > p && !spaceGap(c, s))) {
    e = runForward(c.text, tokens, s, hi);
    // "Republican presidential candidate Donald Trump": a capitalised word describing the name after it.
    for (let n = 0; n < 2 && describes(c, e, hi); n++) {
      let i = e + 1;
      while (i < hi && i - e <= 3 && !tokens[i].cap && descriptionWord(c, i, hi) && spaceGap(c, i)) i++;
      if (i >= hi || !tokens[i].cap || !spaceGap(c, i)) break;
      s = i;
      e = runForward(c.text, tokens, s, hi);
    }
    if (tokens[e].lower.endsWith("'s")) return undefined;
    a = nameAttribution(c, s, e);
    const of = tokens[e + 1];
    if (of && (of.lower === 'of' || of.lower === 'from') && e + 2 < hi && tokens[e + 2].cap && spaceGap(c, e + 1) && spaceGap(c, e + 2))
      e = runForward(c.text, tokens, e + 2, hi);
  }
  if (!a) return undefined;
  let j = e + 1;
  const paren = afterParenthesis(c, e, hi);
  if (paren >= 0) j = paren;
  // "The editor, John Doe, interrupted": a name set off by commas, then its verb.
  if (j < hi && gapText(c, j).trim() === ',' && finiteVerb(tokens[j])) return a;
  if (
    j < hi &&
    gapText(c, j)
      .trim()
      .replace(/^[.]?\)/, '') === ','
  ) {
    // An appositive: ", the committee's top Republican,".
    let i = j + 1;
    while (i < hi && i - j < MAX_APPOSITIVE && !gapText(c, i).includes(',')) {
      if (/[.;:!?]/.test(gapText(c, i))) return undefined;
      i++;
    }
    if (i >= hi || i - j >= MAX_APPOSITIVE) return undefined;
    j = i;
  } else if (j < hi && !spaceGap(c, j) && paren < 0) return undefined;
  let aux = false;
  // "Sanders on Saturday criticized".
  if (j + 1 < hi && TIME_LEADS.has(tokens[j].lower) && tokens[j + 1].cap && TIME_NAMES.has(tokens[j + 1].lower)) j += DAY_PARTS.has(tokens[j + 2]?.lower ?? '') ? 3 : 2;
  while (j < hi && (SUBJECT_VERB_FILLERS.has(tokens[j].lower) || isAdverb(tokens[j])) && !tokens[j].cap) {
    if (AUXILIARIES.has(tokens[j].lower)) aux = true;
    j++;
  }
  if (j >= hi || c.inQuote[j]) return aux ? a : undefined;
  const v = tokens[j];
  if (v.cap) return undefined;
  return aux || finiteVerb(v) ? a : undefined;
}

/** A word that reads as a finite verb after a subject: a speech or framing verb, a past tense. */
function finiteVerb(v: Token): boolean {
  return !v.cap && (isVerb(v) || isFraming(v) || IRREGULAR_PAST.has(v.lower) || (v.lower.endsWith('ed') && v.lower.length > 3));
}

/**
 * The subject before a comma-bounded stretch ("Omar Lamrani, a senior analyst
 * at Stratfor, the Texas-based organization, told"; "Tillerson, while speaking
 * at the Forum said"): among the names standing just before a comma that are
 * not objects of a preposition, the leftmost one that opens its clause (at
 * the sentence start or after a comma), else the nearest.
 */
export function nameBeforeComma(c: ParagraphText, j: number, lo: number, openingOnly = false): Attribution | undefined {
  let nearest: Attribution | undefined;
  let opening: Attribution | undefined;
  let quoted = 0;
  for (let i = j + 1, n = 0; i > lo && n < MAX_APPOSITIVE * 3; i--, n++) {
    const gap = gapText(c, i);
    // A short quoted title in an appositive ("Hemsley, the co-author of “Going Viral,” said") is stepped over.
    if (c.inQuote[i - 1] || /["“”]/.test(gap)) {
      if (++quoted > MAX_QUOTED_TITLE) break;
      continue;
    }
    if (!gap.includes(',')) {
      if (i === j + 1 || /^[\s'’()\-–—]*$/.test(gap) || isAbbreviationGap(c, i)) continue;
      break;
    }
    // "Sen. Ted Cruz (R-Tex.), a candidate": the name before the parenthesis.
    const e = /^[.]?\)/.test(gap) ? beforeParenthesis(c, i - 1, lo) : i - 1;
    if (e < lo) continue;
    const t = c.tokens[e];
    if (!t.cap) {
      if (PERSON_PRONOUNS.has(t.lower) && (e === lo || gapText(c, e).includes(','))) return { kind: 'pronoun', start: t.start, end: t.end };
      continue;
    }
    const s = runBackward(c.text, c.tokens, e, lo);
    // "Like Jane Roe, John Doe said": a capitalised preposition opening the run makes it an object.
    if ((c.tokens[s].lists & PREPOSITION) !== 0 || c.tokens[s].lower === 'like' || c.tokens[s].lower === 'unlike') continue;
    if (objectOfPreposition(c, s, lo)) {
      // "Rep. Tom Cole of Oklahoma, an ally of the leadership, said": the name before the place.
      const named = nameBeforePlace(c, s, lo);
      if (named?.kind !== 'name') continue;
      const b = tokenAt(c.tokens, named.start);
      nearest ??= named;
      if (b === lo || gapText(c, b).includes(',')) opening = named;
      continue;
    }
    const a = nameAttribution(c, s, e);
    if (!a) continue;
    nearest ??= a;
    if (s === lo || gapText(c, s).includes(',')) opening = a;
  }
  return opening ?? (openingOnly ? undefined : nearest);
}

/**
 * A speaker named after the verb: "said Tillerson", "said Secretary of State
 * Rex Tillerson", "said he", and through a description: "said planetary
 * geologist Rosaly Lopes", "said Marquette pollster Charles Franklin", "said
 * former secretary of state Hillary Clinton" (a capitalised run followed by a
 * common noun describes the speaker; the name is the run that ends the
 * description). "said a spokesman" is unnamed.
 */
export function subjectAfter(c: ParagraphText, k: number, hi: number): Attribution | undefined {
  const j = k + 1;
  if (j >= hi || !spaceGap(c, j)) return undefined;
  const { tokens } = c;
  const t = tokens[j];
  if (PERSON_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
  const article = DETERMINERS.has(t.lower);
  let i = article ? j + 1 : j;
  for (; i < hi && i - j < MAX_DESCRIPTION && spaceGap(c, i); i++) {
    const w = tokens[i];
    if (w.cap) {
      if (i === j && (w.lists & NOT_NAME) !== 0) return undefined;
      const e = runForward(c.text, tokens, i, hi);
      if (describes(c, e, hi)) {
        i = e;
        continue;
      }
      return article && i === j + 1 ? { kind: 'anonymous' } : (nameAttribution(c, i, e) ?? (article ? { kind: 'anonymous' } : undefined));
    }
    if (!descriptionWord(c, i, hi)) break;
  }
  // "said the bureau's director, James B. Comey, on Monday", "exhorted Clinton's introducer, actress Jane Roe.": the name in apposition.
  if (i > j && i < hi && i - j < MAX_DESCRIPTION && /^, $/.test(gapText(c, i)) && descriptionWord(c, i - 1, hi)) {
    const named = appositiveName(c, i, hi);
    if (named) return named;
  }
  return article ? (titleAttribution(c, j + 1) ?? { kind: 'anonymous' }) : undefined;
}

/**
 * The name of an appositive opening at token i after a description (", actress
 * Jane Roe."): at most two lower-case words, then a name closed by a comma, a
 * period or the end of the text; a name running on ("Jane Roe and her team")
 * names nobody.
 */
function appositiveName(c: ParagraphText, i: number, hi: number): Attribution | undefined {
  const { tokens } = c;
  let s = i;
  while (s < hi && s - i < 2 && !tokens[s].cap && descriptionWord(c, s, hi) && spaceGap(c, s + 1)) s++;
  if (s >= hi || !tokens[s].cap || (tokens[s].lists & NOT_NAME) !== 0 || (s > i && !spaceGap(c, s))) return undefined;
  const e = runForward(c.text, tokens, s, hi);
  const after = e + 1 < tokens.length ? gapText(c, e + 1) : c.text.slice(tokens[e].end);
  if (!/^[,.;]?\s*$|^[,.;]["”’)]*\s/.test(after) || (e + 1 < tokens.length && /^\s+$/.test(after))) return undefined;
  return nameAttribution(c, s, e);
}

/** A lower-case word of a speaker's description: "planetary geologist", "master of ceremonies". */
function descriptionWord(c: ParagraphText, i: number, hi: number): boolean {
  const w = c.tokens[i];
  // "former secretary of state Hillary Clinton": after "of", a word that is also a verb is a noun.
  if (isVerb(w) && c.tokens[i - 1]?.lower === 'of' && !w.cap) return true;
  if (w.cap || isVerb(w) || CLAUSE_WORDS.has(w.lower) || SUBJECT_VERB_FILLERS.has(w.lower) || OTHER_PRONOUNS.has(w.lower) || DETERMINERS.has(w.lower)) return false;
  if ((w.lists & PREPOSITION) !== 0) return w.lower === 'of' && i + 1 < hi && !c.tokens[i + 1].cap && spaceGap(c, i + 1);
  return /^[\p{Ll}][\p{L}\-’']*$/u.test(w.text);
}

/** The capitalised run ending at e is followed by a common noun: it describes ("Marquette pollster"). */
function describes(c: ParagraphText, e: number, hi: number): boolean {
  const n = c.tokens[e + 1];
  return e + 1 < hi && n !== undefined && spaceGap(c, e + 1) && descriptionWord(c, e + 1, hi) && n.lower !== 'of';
}

/** "the White House spokesman": a capitalised run followed by a common noun. */
export function isArticleDescriptor(c: ParagraphText, s: number, hi: number): boolean {
  const e = runForward(c.text, c.tokens, s, hi);
  const n = c.tokens[e + 1];
  return e + 1 < hi && n !== undefined && !n.cap && spaceGap(c, e + 1) && !isVerb(n) && (n.lists & PREPOSITION) === 0 && !CLAUSE_WORDS.has(n.lower);
}

/** "According to X". */
export function accordingTo(c: ParagraphText, k: number, hi: number): Attribution | undefined {
  if (c.tokens[k].lower !== 'according' || k + 1 >= hi || c.tokens[k + 1].lower !== 'to') return undefined;
  return subjectAfter(c, k + 1, hi);
}
