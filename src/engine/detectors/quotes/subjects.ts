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
import { OTHER_PRONOUNS, PERSON_PRONOUNS, SUBJECT_VERB_FILLERS } from './data/words';
import { runBackward, runForward } from './names';
import { NOT_NAME, PREPOSITION } from './token-lists';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  gapText,
  isAbbreviationGap,
  isAdverb,
  isVerb,
  nameAttribution,
  objectOfPreposition,
  ONLY_SPACE,
  spaceGap,
  titleAttribution,
  type Attribution,
  type ParagraphText,
} from './clause';

const MAX_APPOSITIVE = 14;
const MAX_PARTICIPLE_REACH = 6;

/** Subject of the speech verb at token k, searching back no further than lo. */
export function subjectBefore(c: ParagraphText, k: number, lo: number): Attribution | undefined {
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

/** The name or pronoun opening the sentence at token lo, if it is followed by a lower-case word. */
export function sentenceSubject(c: ParagraphText, lo: number, hi: number): Attribution | undefined {
  const t = c.tokens[lo];
  if (!t || lo > hi || c.inQuote[lo]) return undefined;
  if (PERSON_PRONOUNS.has(t.lower)) return { kind: 'pronoun', start: t.start, end: t.end };
  if (!t.cap || (t.lists & NOT_NAME) !== 0) return undefined;
  const e = runForward(c.text, c.tokens, lo, hi + 1);
  const next = c.tokens[e + 1];
  if (!next || next.cap || (next.lists & PREPOSITION) !== 0 || !spaceGap(c, e + 1)) return undefined;
  return nameAttribution(c, lo, e);
}

/**
 * The subject before a comma-bounded stretch ("Omar Lamrani, a senior analyst
 * at Stratfor, the Texas-based organization, told"; "Tillerson, while speaking
 * at the Forum said"): among the names standing just before a comma that are
 * not objects of a preposition, the leftmost one that opens its clause (at
 * the sentence start or after a comma), else the nearest.
 */
export function nameBeforeComma(c: ParagraphText, j: number, lo: number): Attribution | undefined {
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

/** A speaker named after the verb: "said Tillerson", "said Secretary of State Rex Tillerson", "said he". */
export function subjectAfter(c: ParagraphText, k: number, hi: number): Attribution | undefined {
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
