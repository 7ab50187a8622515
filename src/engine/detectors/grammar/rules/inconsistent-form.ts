/**
 * style/inconsistent-form: one word written two ways in the same draft.
 *
 * - open and hyphenated compound adjectives: "tight lipped" where the draft
 *   also has "tight-lipped" (only compounds whose second part ends in -ed,
 *   which are hyphenated in any position; "well known", "long term" and
 *   other forms that change with their position are not compared);
 * - a proper noun in lower case ("congress") where the draft capitalises it
 *   mid-sentence elsewhere ("Congress");
 * - "US" and "U.S." (also UK/U.K., UN/U.N., EU/E.U.);
 * - British spellings in an otherwise American draft, and the reverse.
 *
 * The finding sits on the minority form, names the other, and the fix makes
 * it match. Forms inside quotes count towards the majority but are never
 * flagged; headlines (short paragraphs without end punctuation) and
 * sentence-initial capitals are never taken as evidence.
 */
import type { Paragraph, Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report, runOf, type GrammarRun, type GrammarRuleMeta, SOURCE } from '../context';
import { AMERICAN_TO_BRITISH, BRITISH_TO_AMERICAN } from '../data/spelling';
import { PROPER_NOUNS } from '../data/proper-nouns';
import { OBJECT_STARTERS } from '../data/participles';
import { baseOf, endOf, sentenceWords, startOf, wordRuns, type Token } from '../tree';

export const meta: GrammarRuleMeta = {
  id: 'style/inconsistent-form',
  category: 'style',
  defaultSeverity: 'warning',
  description: 'The same word written two ways in one draft ("tight lipped" and "tight-lipped", "US" and "U.S.").',
  safe: false,
  inQuote: 'drop',
  source: SOURCE,
};

/** First parts of -ed compounds that are open after a verb ("well known"). */
const OPEN_FIRST_PARTS: ReadonlySet<string> = new Set([
  'well',
  'ill',
  'better',
  'best',
  'so',
  'much',
  'little',
  'ever',
  'still',
  'less',
  'least',
  'more',
  'most',
  'un',
  're',
  'co',
  'pre',
  'non',
  'self',
]);

const ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['US', 'U.S.'],
  ['UK', 'U.K.'],
  ['UN', 'U.N.'],
  ['EU', 'E.U.'],
]);
const DOTTED_TO_PLAIN: ReadonlyMap<string, string> = new Map([...ACRONYMS].map(([a, b]) => [b, a]));

const COMPOUND = /^([a-z]+)-([a-z]+ed)$/;

/** What a lower-case word can be a form of, as bits (one lookup per word instead of three). */
const PROPER = 1;
const BRITISH = 2;
const AMERICAN = 4;
const FORM_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) kinds.set(w, (kinds.get(w) ?? 0) | bit);
  };
  mark(PROPER_NOUNS, PROPER);
  mark(BRITISH_TO_AMERICAN.keys(), BRITISH);
  mark(AMERICAN_TO_BRITISH.keys(), AMERICAN);
  return kinds;
})();

/** Whether a word could be "US", "U.S." and the like (short, starting with a capital). */
function mayBeAcronym(t: string): boolean {
  if (t.length !== 2 && t.length !== 4) return false;
  const c = t.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && (ACRONYMS.has(t) || DOTTED_TO_PLAIN.has(t));
}

/** Whether a lower-case word after another ends in -ed: only then can a sentence have an open -ed compound. */
function mayHaveOpenCompound(words: readonly Token[]): boolean {
  for (let i = 1; i < words.length; i++) if (words[i].lower.endsWith('ed') && words[i].text === words[i].lower) return true;
  return false;
}

/** A word (or open compound) seen in the draft: plain offsets, no tree nodes kept. */
interface Seen {
  start: number;
  end: number;
  text: string;
}

export interface Sighting {
  token: Seen;
  /** In a headline or an all-capitals line: never flagged. */
  headline: boolean;
}

/** What the rule gathers over the whole draft (the tree is checked in chunks). */
export interface FormCounts {
  hyphenated: Map<string, Sighting[]>;
  open: Map<string, Sighting[]>;
  lowerProper: Map<string, Sighting[]>;
  upperProper: Map<string, Sighting[]>;
  acronyms: Map<string, Sighting[]>;
  british: Map<string, Sighting[]>;
  american: Map<string, Sighting[]>;
  britishTotal: number;
  americanTotal: number;
}

export function newCounts(): FormCounts {
  return {
    hyphenated: new Map(),
    open: new Map(),
    lowerProper: new Map(),
    upperProper: new Map(),
    acronyms: new Map(),
    british: new Map(),
    american: new Map(),
    britishTotal: 0,
    americanTotal: 0,
  };
}

/** A map that stays empty: adding to it throws. */
class EmptyMap<K, V> extends Map<K, V> {
  override set(): never {
    throw new Error("inconsistent-form: a kept paragraph's forms are read-only");
  }
}

const NO_SIGHTINGS: Map<string, Sighting[]> = new EmptyMap();

/**
 * The same counts, with every empty map replaced by one shared, read-only
 * empty map: a long draft keeps one FormCounts per paragraph between checks,
 * and seven empty maps each cost more than the few sightings most hold.
 */
export function compactCounts(c: FormCounts): FormCounts {
  const keep = (m: Map<string, Sighting[]>) => (m.size === 0 ? NO_SIGHTINGS : m);
  return {
    hyphenated: keep(c.hyphenated),
    open: keep(c.open),
    lowerProper: keep(c.lowerProper),
    upperProper: keep(c.upperProper),
    acronyms: keep(c.acronyms),
    british: keep(c.british),
    american: keep(c.american),
    britishTotal: c.britishTotal,
    americanTotal: c.americanTotal,
  };
}

function seen(token: Token): Seen {
  return { start: token.start, end: token.end, text: token.text };
}

function isHeadline(paragraph: Paragraph, draft: string): boolean {
  const base = baseOf(paragraph);
  const text = draft.slice(base + startOf(paragraph), base + endOf(paragraph)).trim();
  if (/[.!?:;"”’)]$/.test(text)) return false;
  return text.split(/\s+/).length <= 20;
}

function allCaps(words: Token[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (/[a-z]/.test(w.text)) return false;
    if (/[A-Z]/.test(w.text)) letters++;
  }
  return letters >= 3;
}

function add(map: Map<string, Sighting[]>, key: string, s: Sighting): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

function flag(file: VFile, run: GrammarRun, minority: Sighting[], other: string, majority: Sighting[], spelling?: string): void {
  const example = majority[0].token;
  const exampleText = run.text.slice(example.start, example.end);
  for (const s of minority) {
    const t = s.token;
    if (s.headline || run.quotes.overlaps(t.start, t.end)) continue;
    const actual = run.text.slice(t.start, t.end);
    const reason = spelling
      ? '`' +
        actual +
        '` is ' +
        (spelling === 'American' ? 'British' : 'American') +
        ' spelling in a draft otherwise in ' +
        spelling +
        ' spelling (`' +
        exampleText +
        '`), expected `' +
        other +
        '`'
      : '`' + actual + '` is written `' + other + '` elsewhere in this draft, expected `' + other + '`';
    report(file, meta.id, reason, t, actual, [other], {
      title: 'Write `' + other + '`',
      related: [{ start: example.start, end: example.end, message: '`' + exampleText + '` here' }],
    });
  }
}

/** Gather the forms of one part of the draft. */
export function gatherForms(tree: Root, text: string, c: FormCounts): void {
  gather(tree, text, c);
}

function gather(tree: Root, text: string, c: FormCounts): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    const headline = isHeadline(paragraph, text);
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const words = sentenceWords(sentence);
      const caps = headline || allCaps(words);
      for (let i = 0; i < words.length; i++) {
        const token = words[i];
        const t = token.text;
        if (mayBeAcronym(t)) {
          if (!caps) add(c.acronyms, t, { token: seen(token), headline: caps });
          continue;
        }
        if (t.includes('-')) {
          if (COMPOUND.test(t)) add(c.hyphenated, t.replace('-', ' '), { token: seen(token), headline: caps });
          continue;
        }
        const lower = token.lower;
        const kinds = FORM_KINDS.get(lower);
        if (kinds === undefined) continue;
        if (kinds & PROPER) {
          if (t === lower) add(c.lowerProper, lower, { token: seen(token), headline: caps });
          else if (i > 0 && !caps && t.charAt(0) !== lower.charAt(0) && t.slice(1) === lower.slice(1)) {
            add(c.upperProper, lower, { token: seen(token), headline: caps });
          }
        }
        if (t === lower) {
          if (kinds & BRITISH) {
            add(c.british, lower, { token: seen(token), headline: caps });
            c.britishTotal++;
          } else if (kinds & AMERICAN) {
            add(c.american, lower, { token: seen(token), headline: caps });
            c.americanTotal++;
          }
        }
      }
      // Open two-word forms that could be an -ed compound written without its hyphen.
      if (!mayHaveOpenCompound(words)) continue;
      for (const run of wordRuns(sentence)) {
        for (let i = 0; i + 1 < run.length; i++) {
          const a = run[i];
          const b = run[i + 1];
          if (!b.lower.endsWith('ed') || a.text !== a.lower || b.text !== b.lower) continue;
          if (OPEN_FIRST_PARTS.has(a.lower) || a.lower.endsWith('ly') || !/^[a-z]+$/.test(a.lower)) continue;
          // "the state owned the land": a verb with an object, not a compound.
          const after = run[i + 2];
          if (after && OBJECT_STARTERS.has(after.lower)) continue;
          const key = a.lower + ' ' + b.lower;
          add(c.open, key, { token: { start: a.start, end: b.end, text: key }, headline: caps });
        }
      }
    }
  }
}

/**
 * Add the forms gathered from one paragraph checked alone (offsets relative
 * to it) to the draft's, the paragraph starting at `base`. Merged in
 * paragraph order, the counts are those gathering the whole draft gives.
 */
export function mergeForms(into: FormCounts, part: FormCounts, base: number): void {
  const keys = ['hyphenated', 'open', 'lowerProper', 'upperProper', 'acronyms', 'british', 'american'] as const;
  for (const name of keys) {
    for (const [key, sightings] of part[name]) {
      for (const s of sightings) add(into[name], key, { token: { start: s.token.start + base, end: s.token.end + base, text: s.token.text }, headline: s.headline });
    }
  }
  into.britishTotal += part.britishTotal;
  into.americanTotal += part.americanTotal;
}

/** Report the minority forms, once the whole draft has been gathered. */
export function emitForms(file: VFile, run: GrammarRun, c: FormCounts): void {
  emit(file, run, c);
}

function emit(file: VFile, run: GrammarRun, c: FormCounts): void {
  for (const [key, sightings] of c.open) {
    const hyphens = c.hyphenated.get(key);
    if (!hyphens || sightings.length > hyphens.length) continue;
    flag(file, run, sightings, key.replace(' ', '-'), hyphens);
  }
  for (const [lower, sightings] of c.lowerProper) {
    const capitalised = c.upperProper.get(lower);
    if (!capitalised) continue;
    flag(file, run, sightings, capitalised[0].token.text, capitalised);
  }
  for (const [plain, dotted] of ACRONYMS) {
    const a = c.acronyms.get(plain) ?? [];
    const b = c.acronyms.get(dotted) ?? [];
    if (a.length === 0 || b.length === 0 || a.length === b.length) continue;
    if (a.length < b.length) flag(file, run, a, dotted, b);
    else flag(file, run, b, plain, a);
  }
  if (c.britishTotal > 0 && c.americanTotal >= 2 && c.americanTotal > c.britishTotal) {
    const majority = [...c.american.values()][0];
    for (const [word, sightings] of c.british) flag(file, run, sightings, BRITISH_TO_AMERICAN.get(word)!, majority, 'American');
  } else if (c.americanTotal > 0 && c.britishTotal >= 2 && c.britishTotal > c.americanTotal) {
    const majority = [...c.british.values()][0];
    for (const [word, sightings] of c.american) flag(file, run, sightings, AMERICAN_TO_BRITISH.get(word)!, majority, 'British');
  }
}

/**
 * The draft may be run through the processor in parts (see ../index.ts):
 * counts build up in the run state and the findings are reported with the
 * last part (`run.last`).
 */
export function plugin() {
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(meta.id)) return;
    const state = run as GrammarRun & { forms?: FormCounts };
    const counts = (state.forms ??= newCounts());
    gather(tree, run.text, counts);
    if (run.last !== false) {
      emit(file, run, counts);
      state.forms = undefined;
    }
  };
}
