/**
 * The shape of one paragraph's speaker analysis: what `analyseParagraph`
 * (paragraph.ts) reads from a paragraph's text and quote segments alone, and
 * what the per-check passes (speakers.ts, pronouns.ts) read of it instead of
 * its tokens. An analysis is shared between checks while its paragraph is
 * unchanged, so it is never mutated except for the pronoun pass's cache
 * (`gender`), which is only reused for the same known words. The types live
 * here, apart from the code, so that the modules that make and read an
 * analysis depend on its shape and not on one another.
 */
import type { Attribution } from './clause';
import type { LocalSegment } from './marks';
import type { NameRegistry } from './names';

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

/** A name registration: `key` (a surname key or a title) stands for the person `name`. */
export interface KeyOp {
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
  /** Only spaces and sentence punctuation after the quote in its paragraph (a signature paragraph may sign it). */
  closesParagraph: boolean;
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
  events: PronounEvents;
  /** With state: this paragraph's part in the pronoun pass for the known words of a version (a cache, see `GenderSummary`). */
  gender?: GenderSummary;
  segments: SegmentLocal[];
  /** The paragraph is only a signature ("- Bernie Sanders."): the person it names, signing the quote before it. */
  signature?: LocalMention;
}

/** A word's gender in the pronoun pass: 0 none (a capitalised word), 1 he, 2 she. */
export type GenderCode = 0 | 1 | 2;

/**
 * The words of a paragraph outside quotes that the pronoun pass reads:
 * capitalised words, and gendered pronouns. One entry per word, as parallel
 * plain arrays (a typed array per paragraph costs more to make than it saves).
 */
export interface PronounEvents {
  /** Token index (relative to the paragraph). */
  token: number[];
  /** Lexicon id of the lower-cased capitalised word without 's (-1 for a pronoun in lower case). */
  key: number[];
  /** The capitalised word as written ('' for a pronoun). */
  text: string[];
  gender: GenderCode[];
  /** The name the word ends, when it stands as a subject ("Tillerson told"). */
  subject: (LocalMention | undefined)[];
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
export interface GenderSummary {
  /** The name book's version of the known words it was made for. */
  version: number;
  /** Token index (relative) and gender of the head pronoun; -1 when none. */
  headAt: number;
  headGender: GenderCode;
  /** Whether the paragraph has a known word (then the incoming name does not go past it). */
  hasKnown: boolean;
  /** Names (as written) given a gender from the first known word on, in order. */
  assigns: { text: string; gender: GenderCode }[];
  /** The name left pending at the end (as written), and its token index (relative). */
  tail?: string;
  tailAt: number;
  /** Pronoun candidates: speech subjects and sentence subjects, by position (relative). */
  candidates: LocalMention[];
  /** `assigns` made canonical by `registry`, the first per person (kept while the registry is). */
  canonical?: { registry: NameRegistry; names: string[]; genders: GenderCode[] };
}
