/**
 * Pronouns: who is "he" and who is "she", and whom a pronoun stands for.
 *
 * The pronoun pass runs over the draft left to right: a person takes the
 * first gendered pronoun within `GENDER_WINDOW` words after a mention of
 * them, the window running across paragraphs by word counts. Each
 * paragraph's part in it is summarised once per state of the known words
 * (`GenderSummary`, cached on its analysis), so the per-check pass reads no
 * token. A pronoun then stands for the latest person who spoke or opened a
 * sentence before it, else the latest person mentioned, skipping people of
 * the other gender (`pronounResolver`).
 */
import type { GenderCode, GenderSummary, LocalMention, ParagraphAnalysis } from './analysis';
import type { NameRegistry } from './names';
import { firstIndex } from '../../search';

const MAX_PRONOUN_LOOKBACK = 12;
/** How many words after a mention a pronoun may stand and still tell us that person's pronoun. */
const GENDER_WINDOW = 25;

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/** The pronoun's person: a lower-cased word ("he", "her"), or the start of a pronoun in the text ("he'd"). */
export function genderOf(word: string): 'm' | 'f' | undefined {
  if (MALE.has(word)) return 'm';
  if (FEMALE.has(word)) return 'f';
  const cut = word.indexOf("'");
  return cut > 0 ? genderOf(word.slice(0, cut)) : undefined;
}

/** A paragraph's `GenderSummary` for the known words `known` (counts by lexicon id; a word is known if its count is not 0). */
function summarise(analysis: ParagraphAnalysis, known: ArrayLike<number>, version: number): GenderSummary {
  const ev = analysis.events;
  let headAt = -1;
  let headGender: GenderCode = 0;
  let hasKnown = false;
  const assigns: { text: string; gender: GenderCode }[] = [];
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

/** Index of the last entry of a position-sorted list before `pos`, or -1. */
export function latestIndex(list: readonly { pos: number }[], pos: number): number {
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
 * step with the paragraphs (spliced with them by the quote state): each
 * one's word count, and whether its summary (for the book's current version)
 * does anything (`SUMMARY_IDLE`, `SUMMARY_ACTIVE`, `SUMMARY_UNKNOWN`). The
 * pass then reads the analyses of only the paragraphs that matter.
 */
export interface PronounColumns {
  /** Each paragraph's word count (`ParagraphAnalysis.tokenCount`). */
  tokens: Int32Array;
  /** Each paragraph's summary flag. */
  flags: Uint8Array;
  /** The book version the flags were worked out for. */
  version: number;
}

/** `PronounColumns.flags`: the summary does nothing (the pass only counts the paragraph's words). */
export const SUMMARY_IDLE = 0;
/** `PronounColumns.flags`: the summary does something (the pass reads it). */
export const SUMMARY_ACTIVE = 1;
/** `PronounColumns.flags`: not known yet (a paragraph analysed anew, or the known words changed). */
export const SUMMARY_UNKNOWN = 2;

function doesSomething(sum: GenderSummary): boolean {
  return sum.headAt >= 0 || sum.hasKnown || sum.assigns.length > 0 || sum.candidates.length > 0;
}

/** A person a pronoun stands for, and where they are named (absolute offsets). */
export interface Resolved {
  name: string;
  start: number;
  end: number;
}

/** Resolves the pronoun at relative offset `rel` of paragraph `p`, wanting a person of gender `wanted` when known. */
export type PronounResolver = (p: number, rel: number, wanted: 'm' | 'f' | undefined) => Resolved | undefined;

/**
 * The pronoun pass over the whole draft, then a resolver for its pronouns.
 * `known` counts by lexicon id the paragraphs that mention each word as a
 * name's last word; `version` names that state of the known words (-1: no
 * state, nothing is cached on the analyses). With `columns`, paragraphs
 * whose summary does nothing are passed over by their word counts alone.
 */
export function pronounResolver(
  starts: readonly { start: number }[],
  analyses: readonly ParagraphAnalysis[],
  known: ArrayLike<number>,
  version: number,
  registry: NameRegistry,
  columns: PronounColumns | undefined,
): PronounResolver {
  // Which pronoun each person takes: the first he/she within a few words after a mention of them.
  const gender = new Map<string, 'm' | 'f'>();
  const assign = (text: string, g: GenderCode) => {
    const name = registry.canonical(text);
    if (!gender.has(name)) gender.set(name, g === 1 ? 'm' : 'f');
  };
  const candidateLists: (LocalMention[] | undefined)[] = new Array(analyses.length);
  const previous = new Int32Array(analyses.length);
  let lastWithCandidates = -1;
  if (columns && columns.version !== version) {
    columns.flags.fill(SUMMARY_UNKNOWN);
    columns.version = version;
  }
  let last: string | undefined;
  let lastAt = 0;
  let base = 0;
  for (let pi = 0; pi < analyses.length; pi++) {
    previous[pi] = lastWithCandidates;
    if (columns && columns.flags[pi] === SUMMARY_IDLE) {
      base += columns.tokens[pi];
      continue;
    }
    const analysis = analyses[pi];
    let sum = analysis.gender;
    if (!sum || sum.version !== version || version < 0) {
      sum = summarise(analysis, known, version);
      if (version >= 0) analysis.gender = sum;
    }
    if (columns) columns.flags[pi] = doesSomething(sum) ? SUMMARY_ACTIVE : SUMMARY_IDLE;
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
  return (p, rel, wanted) => {
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
}
