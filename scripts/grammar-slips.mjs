// Slips injected into good copy, to measure how many the grammar and style
// rules find (scripts/eval-grammar.mjs --slips). Each injection puts exactly
// one slip into the reporter's own words of one sentence (never inside a
// direct quote, never next to a quoted word) and says where it is, so a
// finding that overlaps that span counts as the slip found.
//
// The generator is deliberately independent of the engine: its own word lists,
// its own sentence reading, no rule code. Every context is chosen so that a
// person would call each injected case a slip (precision of the measure
// itself), at the cost of skipping sites where the slip would be debatable:
//   repeated-word     a word doubled with a space, across a hyphen ("the-the",
//                     function words only), across a line break, or across
//                     a hyphen that ends a line ("the-\nthe"); never a
//                     word whose doubling can be good English ("had had",
//                     "that that", "is is", "very very", "bye bye").
//   that-that         a "that" already followed by a determiner or a subject
//                     pronoun doubled ("said that that the plan"): a
//                     demonstrative "that" cannot stand before "the", "he"...
//   stray-determiner  "the" put between "and"/"but"/"or"/"who"/"which"/"that"
//                     and a past-tense verb that has an object right after it
//                     ("and signed the bill" → "and the signed the bill").
//   mass-noun         "a"/"an" put before a mass noun the article uses bare
//                     after a preposition or verb and before punctuation or a
//                     function word ("signed legislation that" → "signed a
//                     legislation that"); never where the noun modifies another.
//   confusion         a set phrase's right form in a sentence written for the
//                     set (eval/grammar/confusions.heldout.json) replaced by
//                     its wrong form. Needs no corpus.
// Randomness comes only from the `random` function passed in (the seeded
// mulberry32 of scripts/bench/generate.mjs), so a seed reproduces every copy.
import { seededRandom } from './bench/generate.mjs';

export { seededRandom };

export const CORPUS_KINDS = ['repeated-word', 'that-that', 'stray-determiner', 'mass-noun'];

/** Words whose doubling can be correct English or deliberate style. */
const NO_DOUBLE = new Set(
  'that had do does did is was very really so no yes bye well now there many much far long too more ha oh go never ever again tut knock chop hush blah yeah night boo bang ho hey round over on by in out up down off'.split(
    ' ',
  ),
);

/** Function words doubled across a hyphen ("the-the"): no hyphenated reduplication uses them. */
const HYPHEN_WORDS = new Set(
  'the a an of to in for with at by from and or but as his her its their this these those will would be has have are were it he she they we'.split(' '),
);

/** What may follow a complementizer "that" but never a demonstrative one. */
const AFTER_THAT = new Set(
  'the a an his her its their our my your he she they we i it you these those this some every each if when while because although though unless whether'.split(' '),
);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const SUBORDINATORS = new Set(['if', 'when', 'while', 'because', 'although', 'though', 'unless', 'whether']);
const thatGroup = (word) => (SUBJECT_PRONOUNS.has(word) ? 'a pronoun' : SUBORDINATORS.has(word) ? 'a conjunction' : 'a determiner');

const STRAY_TRIGGERS = new Set(['and', 'but', 'or', 'who', 'which', 'that']);

const NUMBER_WORDS = new Set('two three four five six seven eight nine ten dozens hundreds thousands millions'.split(' '));

/** Words that start an object noun phrase and cannot follow an adjective. */
const OBJECT_STARTERS = new Set([...'the a an his her its their our my your this these those him them us me it some several'.split(' '), ...NUMBER_WORDS]);

/**
 * Irregular past tenses (and participles) that take an object; not those
 * spelt like their present ("put", "set", "cut", "hit", "beat"), which after
 * "and" are as often an imperative in a recipe or a how-to.
 */
const IRREGULAR_PAST = new Set(
  'took made gave won lost led left sent held kept met brought bought caught taught told sold found paid struck wrote drove broke chose began drew threw shot spent built lent bore bound hid hung laid fed fought ground knew overtook overthrew ran rode sank sought shook slew spread stole stung swore swept swung tore undertook understood upheld wove withdrew withheld wound'.split(
    ' ',
  ),
);

/** Words in -ed that are not past tenses, and -eed words that are. */
const ED_NOT_PAST = new Set('hundred red bed shed sacred naked wicked kindred rugged ragged crooked beloved wed bred fled sled shred embed'.split(' '));
const EED_PAST = new Set(['agreed', 'freed', 'decreed', 'guaranteed', 'disagreed', 'refereed']);

export function isPastVerb(word) {
  if (IRREGULAR_PAST.has(word)) return true;
  if (word.length < 5 || !word.endsWith('ed') || ED_NOT_PAST.has(word)) return false;
  return !word.endsWith('eed') || EED_PAST.has(word);
}

/**
 * Nouns with no count use in news copy, not even a literary one before "of"
 * or "that" (so not "a knowledge of", "a wealth of", "an education", "a
 * courage that", "a gear", "an aid", "an oversight"): "a/an" right before one
 * that heads its phrase is always a slip.
 */
export const MASS_NOUNS = new Set(
  'information misinformation disinformation advice equipment furniture luggage baggage legislation homework news progress machinery clothing jewelry jewellery traffic money applause garbage rubbish trash feedback cash livestock wildlife merchandise scenery software evidence research access mail stuff publicity pollution permission electricity paperwork footage correspondence assistance guidance warfare weaponry ammunition healthcare childcare transportation unemployment damage harm health funding spending housing shopping parking training coverage debris gasoline litigation surveillance enforcement turmoil unrest misconduct corruption bribery'.split(
    ' ',
  ),
);

/**
 * Words after which a mass noun stands bare as the head of its phrase (a
 * comma too). Not "to": "to stuff", "to traffic in" are verbs.
 */
const BEFORE_BARE = new Set(
  'and or of for with without about on in from into under over against by like despite as than through via during after before among toward towards including regarding amid at within beyond upon is was are were be been being provide provides provided providing give gives gave given offer offers offered receive receives received share shares shared seek seeks sought gather gathers gathered collect collects collected pass passes passed sign signs signed introduce introduces introduced need needs needed want wants wanted get gets got have has had find finds found send sends sent buy buys bought sell sells sold bring brings brought lack lacks lacked require requires required include includes included cause causes caused use uses used cut cuts boost boosts boosted increase increases increased reduce reduces reduced seek approve approves approved block blocks blocked allow allows allowed cover covers covered make makes made'.split(
    ' ',
  ),
);

/** Words that may follow a noun heading its phrase (a noun after it would make it a modifier). */
const AFTER_HEAD = new Set(
  'of to for on in at that which and or but from with about is was were are has had have will would could can may might as by than when after before still then under over too because while since until if'.split(
    ' ',
  ),
);

/** What a quoted passage is masked with: not a letter, a space or end punctuation. */
export const MASK = '\u00a7';

/**
 * `text` with every direct quote masked (same length, so offsets hold): the
 * ranges in `quotes` (the engine's reading, given by the caller), and in each
 * paragraph the spans between paired double quotation marks, marks included.
 * A paragraph whose double marks do not pair (a quote running on into the
 * next paragraph) or that opens a single-quoted passage (British style, or
 * nested: apostrophes make those impossible to pair safely) is masked whole.
 */
export function maskQuotes(text, quotes = []) {
  // UTF-16 code units, as the engine's offsets are.
  const chars = text.split('');
  const mask = (from, to) => {
    for (let i = Math.max(0, from); i < Math.min(to, chars.length); i++) if (chars[i] !== '\n') chars[i] = MASK;
  };
  for (const q of quotes) mask(q.start, q.end);
  const paragraph = /[^\n]+/g;
  for (let p; (p = paragraph.exec(text));) {
    const para = p[0];
    const marks = [...para.matchAll(/["\u201c\u201d]/g)];
    let ok = !/(?:^|[\s(\u2014-])['\u2018]/.test(para);
    const spans = [];
    for (let i = 0; ok && i < marks.length; i += 2) {
      const open = marks[i];
      const close = marks[i + 1];
      const pairs = close && (open[0] === '"' ? close[0] === '"' : open[0] === '\u201c' && close[0] === '\u201d');
      if (!pairs) ok = false;
      else spans.push([p.index + open.index, p.index + close.index + 1]);
    }
    if (!ok) mask(p.index, p.index + para.length);
    else for (const [from, to] of spans) mask(from, to);
  }
  return chars.join('');
}

/**
 * Sentences a slip may go into: ending in ".", "!" or "?", with at least
 * eight words outside quotes. Returns {start, end, body}, `body` being the
 * sentence with its quotes masked (see maskQuotes), so a site is never
 * inside a quote nor reads a quoted word as its neighbour.
 */
export function eligibleSentences(text, quotes = []) {
  const masked = maskQuotes(text, quotes);
  const out = [];
  const paragraph = /[^\n]+/g;
  for (let p; (p = paragraph.exec(masked));) {
    const sentence = /[^.!?]+[.!?]+(?=\s|$)/g;
    for (let s; (s = sentence.exec(p[0]));) {
      const lead = s[0].length - s[0].trimStart().length;
      const start = p.index + s.index + lead;
      const end = p.index + s.index + s[0].length;
      const body = masked.slice(start, end);
      if ((body.match(/[^\s\u00a7]*[A-Za-z][^\s\u00a7]*/g) ?? []).length < 8) continue;
      out.push({ start, end, body });
    }
  }
  return out;
}

/**
 * The whitespace-separated tokens of a sentence (its masked body). `word` is
 * the token's leading word (letters, inner apostrophes) when the rest is only
 * closing punctuation, otherwise null ("well-known", "$5", "U.S.", a masked
 * quote); `trail` is that punctuation.
 */
export function tokensOf({ start, body }) {
  const out = [];
  const re = /\S+/g;
  for (let m; (m = re.exec(body));) {
    const raw = m[0];
    const lead = /^[A-Za-z]+(?:['\u2019][A-Za-z]+)*/.exec(raw);
    const rest = lead ? raw.slice(lead[0].length) : raw;
    const clean = lead !== null && /^[,.;:!?)]*$/.test(rest);
    out.push({ raw, word: clean ? lead[0] : null, lower: clean ? lead[0].toLowerCase() : null, trail: clean ? rest : '', start: start + m.index });
  }
  return out;
}

const isLower = (t) => t.word !== null && t.word === t.lower;

/** Every site in the sentences where `kind` can be injected: {at, insert, start, end, variant}. */
export function sitesFor(kind, sentences, variant = 'space') {
  const sites = [];
  for (const s of sentences) {
    const toks = tokensOf(s);
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i];
      const prev = toks[i - 1];
      const next = toks[i + 1];
      if (kind === 'repeated-word') {
        if (!isLower(t) || NO_DOUBLE.has(t.lower) || (isLower(prev) && prev.lower === t.lower && !prev.trail)) continue;
        if (next && next.lower === t.lower) continue;
        const hyphen = variant === 'hyphen' || variant === 'hyphen-line-break';
        if (hyphen && (!HYPHEN_WORDS.has(t.lower) || t.trail)) continue;
        // A line break inside running text: the line before is a long one, as in wrapped copy.
        if (variant.endsWith('line-break') && (i < 7 || toks.length - i < 3)) continue;
        const sep = { hyphen: '-', 'line-break': '\n', 'hyphen-line-break': '-\n' }[variant] ?? ' ';
        const insert = t.word + sep;
        sites.push({ at: t.start, insert, start: t.start, end: t.start + insert.length + t.word.length, variant });
      } else if (kind === 'that-that') {
        if (!isLower(t) || t.lower !== 'that' || t.trail || !next || next.lower === null || !AFTER_THAT.has(next.lower)) continue;
        if (next.word !== next.lower && next.word !== 'I') continue;
        if (isLower(prev) && prev.lower === 'that') continue;
        sites.push({ at: t.start, insert: 'that ', start: t.start, end: t.start + 9, variant: 'before ' + thatGroup(next.lower) });
      } else if (kind === 'stray-determiner') {
        if (!isLower(prev) || prev.trail || !STRAY_TRIGGERS.has(prev.lower)) continue;
        if (!isLower(t) || t.trail || !isPastVerb(t.lower) || !next) continue;
        // A number is an object only right after a conjunction ("and seized two
        // compounds"); after "that"/"who" it is as often a measure ("that
        // happened 1 hour ago").
        const conjunction = prev.lower === 'and' || prev.lower === 'but' || prev.lower === 'or';
        const objectNext =
          (isLower(next) && OBJECT_STARTERS.has(next.lower) && !(NUMBER_WORDS.has(next.lower) && !conjunction)) || (conjunction && /^\$?\d/.test(next.raw));
        if (!objectNext) continue;
        sites.push({ at: t.start, insert: 'the ', start: t.start, end: t.start + 4 + t.word.length, variant: 'after ' + prev.lower });
      } else if (kind === 'mass-noun') {
        if (!isLower(t) || !MASS_NOUNS.has(t.lower) || !isLower(prev)) continue;
        if (prev.trail !== ',' && (prev.trail || !BEFORE_BARE.has(prev.lower))) continue;
        const headEnds = t.trail !== '' || !next || (isLower(next) && AFTER_HEAD.has(next.lower));
        if (!headEnds) continue;
        const article = /^[aeiou]/.test(t.lower) ? 'an' : 'a';
        sites.push({
          at: t.start,
          insert: article + ' ',
          start: t.start,
          end: t.start + article.length + 1 + t.word.length,
          variant: t.trail ? 'before punctuation' : 'before a word',
        });
      }
    }
  }
  return sites;
}

export const REPEAT_VARIANTS = [
  ['space', 0.4],
  ['hyphen', 0.2],
  ['line-break', 0.2],
  ['hyphen-line-break', 0.2],
];

function pickVariant(random) {
  let r = random();
  for (const [name, weight] of REPEAT_VARIANTS) {
    if (r < weight) return name;
    r -= weight;
  }
  return REPEAT_VARIANTS[0][0];
}

/** A 32-bit FNV-1a hash, to give every (seed, article, kind) its own stream. */
export function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Up to `copies` copies of `text`, each with one slip of `kind` at a different
 * site: [{text, start, end, at, inserted, kind, variant, slip}] where
 * text.slice(start, end) is the slip and `inserted` characters were put in at
 * `at` (everything after moved by that much). Deterministic for (seed, name, kind). Fewer copies when the
 * article has fewer sites; none when it has none.
 */
export function injectSlips(text, kind, { seed, name = '', copies = 1, quotes = [] }) {
  const random = seededRandom(hash32(`${seed}:${name}:${kind}`));
  const sentences = eligibleSentences(text, quotes);
  const out = [];
  const used = new Set();
  for (let c = 0; c < copies; c++) {
    const variant = kind === 'repeated-word' ? pickVariant(random) : undefined;
    let sites = sitesFor(kind, sentences, variant).filter((s) => !used.has(s.at));
    // A variant with no site left in this article falls back to any other.
    if (sites.length === 0 && kind === 'repeated-word') {
      for (const [other] of REPEAT_VARIANTS) {
        sites = sitesFor(kind, sentences, other).filter((s) => !used.has(s.at));
        if (sites.length > 0) break;
      }
    }
    if (sites.length === 0) break;
    const site = sites[Math.floor(random() * sites.length)];
    used.add(site.at);
    const slipped = text.slice(0, site.at) + site.insert + text.slice(site.at);
    out.push({
      text: slipped,
      start: site.start,
      end: site.end,
      at: site.at,
      inserted: site.insert.length,
      kind,
      variant: site.variant,
      slip: slipped.slice(site.start, site.end),
    });
  }
  return out;
}

/**
 * A held-aside confusion as a slip: the entry's own sentence with its right
 * phrase (first occurrence, matched case-insensitively) replaced by the wrong
 * one, keeping a capital first letter. Null when the sentence lacks the phrase.
 */
export function injectConfusion(entry) {
  const at = entry.sentence.toLowerCase().indexOf(entry.right.toLowerCase());
  if (at < 0) return null;
  const found = entry.sentence.slice(at, at + entry.right.length);
  let wrong = entry.wrong;
  if (/^[A-Z]/.test(found) && !/^[A-Z]/.test(wrong)) wrong = wrong.charAt(0).toUpperCase() + wrong.slice(1);
  const text = entry.sentence.slice(0, at) + wrong + entry.sentence.slice(at + entry.right.length);
  return { text, start: at, end: at + wrong.length, kind: 'confusion', variant: entry.relation, slip: wrong };
}
