/**
 * Names: reading a run of capitalised words as a person's name, stripping
 * titles, and remembering each person's name as first introduced so that a
 * later "Tillerson" or "Mr. Tillerson" is reported as "Rex Tillerson".
 */
import { NAME_CONNECTOR, NOT_NAME, ORG_WORD, PERSON_TITLE, SPEECH_VERB, TITLE } from './token-lists';
import { SURNAME_TITLES } from './data/words';
import type { Token } from './tokens';

/** Initials joined by periods ("J.J", before the period that ends them). */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Only spaces between two tokens of a name: a name never runs across a line break. */
function nameGap(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ') return true;
  if (gap.length > 3) return false;
  // "Mr. Smith", "John F. Kennedy", "J.J. MacNab": a period after an abbreviation, an initial or initials.
  if (gap === '. ' && (a.text.length === 1 || (a.lists & (TITLE | PERSON_TITLE)) !== 0 || INITIALS.test(a.text))) return true;
  return /^[ \t]+$/.test(gap);
}

/** "of" joins a title to its office ("Secretary of State"), not a name to a place ("Lopes of NASA"). */
function connects(word: Token, before: Token | undefined): boolean {
  if ((word.lists & NAME_CONNECTOR) === 0) return false;
  if (word.lower !== 'of') return true;
  return before !== undefined && (before.lists & (TITLE | PERSON_TITLE)) !== 0;
}

function isNameWord(t: Token): boolean {
  return t.cap && t.lower !== 'i';
}

/** The run of name words ending at token `e` (inclusive), not reaching before `lo`. Returns its first index. */
export function runBackward(text: string, tokens: readonly Token[], e: number, lo: number): number {
  let s = e;
  while (s - 1 >= lo) {
    const prev = tokens[s - 1];
    if (!nameGap(text, prev, tokens[s])) break;
    if (isNameWord(prev)) s--;
    else if (connects(prev, tokens[s - 2]) && s - 2 >= lo && isNameWord(tokens[s - 2]) && nameGap(text, tokens[s - 2], prev)) s -= 2;
    else break;
  }
  return s;
}

/** The run of name words starting at token `s`, not reaching `hi`. Returns its last index. */
export function runForward(text: string, tokens: readonly Token[], s: number, hi: number): number {
  let e = s;
  while (e + 1 < hi) {
    const next = tokens[e + 1];
    if (!nameGap(text, tokens[e], next)) break;
    if (isNameWord(next)) e++;
    else if (connects(next, tokens[e]) && e + 2 < hi && isNameWord(tokens[e + 2]) && nameGap(text, next, tokens[e + 2])) e += 2;
    else break;
  }
  return e;
}

/** The words of a name: what `nameWords` finds in a run, before its text is copied. */
export interface NameWords {
  /** Token range of the words that name the speaker. */
  s: number;
  e: number;
  /** True when the run is a title with no name ("Russia’s Foreign Secretary"). */
  descriptor: boolean;
}

export interface NameSpan extends NameWords {
  /** The words as written (line breaks made spaces). */
  display: string;
}

/** "DL", "JPL", "NASA": all capitals, two letters or more (not "U.S.", a title word). */
function isAcronym(t: Token): boolean {
  const w = t.text;
  if (w.length < 2) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Whether `text[from, to)` has no white space but single spaces (so /\s+/g → ' ' would change nothing). */
function singleSpaced(text: string, from: number, to: number): boolean {
  let space = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if ((c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[i]))) return false;
    else space = false;
  }
  return true;
}

/**
 * Read tokens s..e as a speaker: drop leading words that are not names
 * ("Meanwhile", "The"), then strip titles ("Secretary of State Rex Tillerson"
 * → "Rex Tillerson"). A run that is all title ("Russia’s Foreign Secretary")
 * is kept whole, as written. Returns undefined for runs that name nobody.
 */
export function readName(text: string, tokens: readonly Token[], s: number, e: number): NameSpan | undefined {
  const words = nameWords(tokens, s, e);
  return words && { s: words.s, e: words.e, display: nameText(text, tokens, words), descriptor: words.descriptor };
}

/** `readName` without the name's text (most capitalised runs turn out to name no person: their text is never needed). */
export function nameWords(tokens: readonly Token[], s: number, e: number): NameWords | undefined {
  // Leading function words ("Meanwhile", "The") and acronyms ("Browns DL Sheldon Richardson": "DL").
  while (s <= e && ((tokens[s].lists & (NOT_NAME | NAME_CONNECTOR)) !== 0 || (s < e && isAcronym(tokens[s])) || (s < e && isLeadingVerb(tokens[s])))) s++;
  // A team or company word before an acronym: "Browns DL Sheldon Richardson".
  for (let i = s + 1; i < e; i++) if (isAcronym(tokens[i]) && (tokens[i].lists & TITLE) === 0) s = i + 1;
  if (s > e) return undefined;
  let lastTitle = -1;
  for (let i = s; i <= e; i++) if ((tokens[i].lists & (TITLE | PERSON_TITLE)) !== 0 && !isSurnameTitle(tokens, i, s, e)) lastTitle = i;
  let ns = s;
  let descriptor = false;
  if (lastTitle >= s) {
    if (lastTitle < e) {
      ns = lastTitle + 1;
      while (ns < e && (tokens[ns].lists & NAME_CONNECTOR) !== 0) ns++;
    } else if (e > s) descriptor = true;
    // A lone title ("CEO", "Secretary") names nobody.
    else return undefined;
  }
  return { s: ns, e, descriptor };
}

/** "Said John Doe, who…": a speech verb in the past tense opening a capitalised run is no part of a name. */
function isLeadingVerb(t: Token): boolean {
  return (t.lists & SPEECH_VERB) !== 0 && (t.lower.endsWith('ed') || t.lower === 'said' || t.lower === 'told' || t.lower === 'wrote' || t.lower === 'says');
}

/** Token i, a title word, is a surname here: it ends the run [s, e], alone or after a given name ("Karen White", "White said"). */
export function isSurnameTitle(tokens: readonly Token[], i: number, s: number, e: number): boolean {
  return i === e && SURNAME_TITLES.has(tokens[i].lower) && (i === s || (tokens[i - 1].lists & (TITLE | PERSON_TITLE | NOT_NAME | NAME_CONNECTOR)) === 0);
}

/** A name's words as written, runs of white space (line breaks) made single spaces. */
export function nameText(text: string, tokens: readonly Token[], name: NameWords): string {
  const from = tokens[name.s].start;
  const to = tokens[name.e].end;
  return singleSpaced(text, from, to) ? text.slice(from, to) : text.slice(from, to).replace(/\s+/g, ' ');
}

/** Whether a name looks like an organisation rather than a person ("State Department"). */
export function isOrganisation(tokens: readonly Token[], s: number, e: number): boolean {
  return (tokens[e].lists & ORG_WORD) !== 0 || (s === e && (tokens[s].lists & ORG_WORD) !== 0);
}

function possessiveStripped(display: string): string {
  return display.replace(/['’]s$/, '');
}

/** `surnameOps` results by name (names repeat through a draft; a pure function, so a bounded cache). */
const opsCache = new Map<string, readonly { key: string; name: string }[]>();

/**
 * The surname keys `NameRegistry.add(display)` would set, each with the name
 * it maps to (none for a one-word name). The result is shared: never change it.
 */
export function surnameOps(display: string): readonly { key: string; name: string }[] {
  let ops = opsCache.get(display);
  if (ops === undefined) {
    if (opsCache.size >= 10_000) opsCache.clear();
    ops = computeSurnameOps(display);
    opsCache.set(display, ops);
  }
  return ops;
}

function computeSurnameOps(display: string): { key: string; name: string }[] {
  const name = possessiveStripped(display);
  const words = name.split(' ');
  if (words.length < 2) return [];
  const key = words[words.length - 1].toLowerCase().replace(/’/g, "'");
  const out = [{ key, name }];
  // "Bashar al-Assad" is also "Assad".
  const dash = key.indexOf('-');
  if (dash > 0 && dash <= 3) out.push({ key: key.slice(dash + 1), name });
  return out;
}

/** The key and name `NameRegistry.addTitle(title, display)` sets. */
export function titleOp(title: string, display: string): { key: string; name: string } {
  return { key: title.replace(/\.$/, ''), name: possessiveStripped(display) };
}

/**
 * People as first introduced. `add` keeps the first full form of each
 * surname; `canonical` maps a later short form to it.
 */
export class NameRegistry {
  private readonly bySurname = new Map<string, string>();
  /** `canonical` results since the registry last changed. */
  private readonly canon = new Map<string, string>();

  add(display: string): void {
    for (const op of surnameOps(display)) this.setSurname(op.key, op.name);
  }

  /** Map a surname key to a name unless it maps to one already (what `add` does per key). */
  setSurname(key: string, name: string): void {
    if (this.bySurname.has(key)) return;
    this.bySurname.set(key, name);
    if (this.canon.size > 0) this.canon.clear();
  }

  private readonly titles = new Map<string, string>();

  /** "President Donald Trump": "the president" may later stand for him (the first one so introduced). */
  addTitle(title: string, display: string): void {
    const op = titleOp(title, display);
    this.setTitle(op.key, op.name);
  }

  setTitle(key: string, name: string): void {
    if (!this.titles.has(key)) this.titles.set(key, name);
  }

  byTitle(title: string): string | undefined {
    const name = this.titles.get(title);
    return name === undefined ? undefined : this.canonical(name);
  }

  canonical(display: string): string {
    let c = this.canon.get(display);
    if (c === undefined) {
      c = this.canonicalOf(display);
      this.canon.set(display, c);
    }
    return c;
  }

  private canonicalOf(display: string): string {
    const name = possessiveStripped(display);
    const words = name.split(' ');
    const key = words[words.length - 1].toLowerCase().replace(/’/g, "'");
    const full = this.bySurname.get(key);
    if (!full) return name;
    if (words.length === 1) return full;
    // "Rex Tillerson" stays; "Rex W. Tillerson" registered first wins only when it ends the same way.
    const fullWords = full.split(' ');
    if (fullWords.length >= words.length && fullWords.slice(fullWords.length - words.length).join(' ') === name) return full;
    return name;
  }
}
