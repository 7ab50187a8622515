/**
 * The line classifier, after jusText (Pomikálek 2011), adapted to plain text:
 * each line gets a first class from its own features (bad / short / near-good /
 * good, or bad with a kind when the phrase lists or a kind's own test say so),
 * then short and near-good lines take their class from their neighbours, and
 * the article's span (found block by block, see article.ts) decides how the
 * rest is read: inside it only lines named by a list, plainly furniture by
 * their features, or in a river of teaser headlines are flagged; outside it
 * every line is furniture except the headline, sentences of reported speech
 * close to the story, and lines the user exempts. Each verdict also says
 * whether deleting the line is sure (sure.ts: its own short text names it
 * as furniture) or wants a person's look. Linear in the length of the draft.
 */
import type { Line } from '../../draft';
import { lineFeatures, lineKey, normalize, stopwordDensity, type LineFeatures } from './features';
import { BYLINE_KIND, CUSTOM_KIND, KINDS, NAVIGATION_KIND, PAGE_TITLE_KIND, RELATED_KIND, SEPARATOR_KIND, type Kind } from './rules';
import { isByline } from './rules/byline';
import { pageTitle } from './rules/page-title';

export { pageTitle } from './rules/page-title';
import { containsAny, PhraseIndex } from './phrases';
import { findArticle, sameForArticle } from './article';
import { CODE_MARKS, isSure, OWN_BYLINE_REACH } from './sure';

export type LineClass = 'good' | 'neargood' | 'short' | 'bad';

export interface LineVerdict {
  index: number;
  kind: Kind;
  /** `true`: a list or a kind's test matched, or every signal agrees; `false`: context alone. */
  confident: boolean;
  /**
   * The line can go without a person's look: its own text names it as
   * furniture (see `isSure`), whatever the article finder made of the page.
   * Every other deletion is offered for review.
   */
  sure: boolean;
}

export interface ClassifyOptions {
  extraPhrases?: readonly string[];
  exemptPhrases?: readonly string[];
}

// jusText's defaults, in characters and stopword shares.
const LENGTH_LOW = 70;
const LENGTH_HIGH = 200;
// Drafts hold one paragraph a line, often one sentence: a finished sentence this long counts as good.
const LENGTH_MID = 100;
const STOPWORDS_LOW = 0.3;
const STOPWORDS_HIGH = 0.32;

const INDEX = new PhraseIndex(KINDS);

interface Item {
  f: LineFeatures;
  cls: LineClass;
  /** Kind named by the lists or a kind's test. */
  hit?: Kind;
  whole: boolean;
  exempt: boolean;
  /** Article sentence: kept whatever its neighbours. */
  prose: boolean;
  /** A short finished sentence ("Webb emerged, naked."): neither content nor furniture by itself. */
  sentence: boolean;
  /** Ends unfinished at a hard-wrap width: the next line may carry on its sentence (see `unwrap`). */
  open: boolean;
  /** Starts with a lower-case letter: it carries on the sentence of the line above, when that one is open. */
  carries: boolean;
}

const SENTENCE_START = /^["'“‘(]?[\p{Lu}\d]/u;

function isSentence(f: LineFeatures, text: string): boolean {
  return f.terminal && f.wordCount >= 3 && !f.link && f.separators === 0 && SENTENCE_START.test(text.trimStart());
}

function firstClass(f: LineFeatures): LineClass {
  const density = stopwordDensity(f);
  if (f.link && f.wordCount < 30) return 'bad';
  if (f.separators >= 2) return 'bad';
  if (f.chars < LENGTH_LOW) return 'short';
  // A finished sentence full of names and figures (sports results, appointments) is still prose.
  if (density < STOPWORDS_LOW && f.terminal && f.wordCount >= 12 && density >= 0.2 && f.secondPerson === 0) return 'neargood';
  if (density >= STOPWORDS_HIGH && (f.chars >= LENGTH_HIGH || (f.chars >= LENGTH_MID && f.terminal && f.secondPerson === 0))) return 'good';
  if (density >= STOPWORDS_LOW) return 'neargood';
  return 'bad';
}

/** A sentence of reported speech or narrative that furniture rarely is. */
function isProse(f: LineFeatures): boolean {
  return f.wordCount >= 10 && f.terminal && f.secondPerson === 0 && stopwordDensity(f) >= STOPWORDS_LOW && f.reporting;
}

/** Long prose: a phrase inside it is read as part of the sentence, not as furniture. */
function isLongProse(f: LineFeatures): boolean {
  return f.wordCount >= 30 && f.terminal && f.secondPerson === 0 && stopwordDensity(f) >= STOPWORDS_LOW;
}

/**
 * A long finished sentence of plain prose, addressed to the reader or not
 * ("If you want more from the trip, ..."): a phrase inside it is part of it.
 */
function isLongSentence(f: LineFeatures): boolean {
  return f.wordCount >= LONG_SENTENCE_WORDS && f.terminal && !f.link && stopwordDensity(f) >= STOPWORDS_LOW;
}

/** How many words make a line a long sentence (see isLongSentence) or a long attributed one (see `classifyLines`). */
const LONG_SENTENCE_WORDS = 40;
const ATTRIBUTED_WORDS = 20;

/** Reported speech with its quotation: a long finished sentence that quotes someone and says who (readers write "I" and "you"). */
function isAttributedSpeech(item: Item): boolean {
  return item.prose && item.f.wordCount >= ATTRIBUTED_WORDS && item.f.norm.includes('"') && item.f.firstPerson === 0;
}

/** How far from the story (in non-blank lines) attributed speech is still read as its own: a gallery or a widget's length. */
const SPEECH_REACH = 40;

export interface LineExplanation {
  index: number;
  first: LineClass;
  revised: LineClass;
  inMainBody: boolean;
}

/** The classifier's working for each non-blank line (for the evaluation and for tests). */
export function explainLines(lines: readonly Line[], options: ClassifyOptions = {}): LineExplanation[] {
  const out: LineExplanation[] = [];
  classifyLines(lines, options, (lineOf, first, final, from, to) => {
    lineOf.forEach((line, i) => out.push({ index: line, first: first[i], revised: final[i], inMainBody: i >= from && i <= to }));
  });
  return out;
}

/** Sees, for each non-blank line in order: its line index, its first class and its class after context; and the main body. */
type Observer = (lineOf: readonly number[], first: readonly LineClass[], final: readonly LineClass[], from: number, to: number) => void;

/** What a line's own text says about it: a pure function of the text and the phrase options. */
export type LineReading = Item;

function readLine(text: string, extra: readonly string[], exempt: readonly string[]): LineReading {
  const f = lineFeatures(text);
  const item: LineReading = { f, cls: firstClass(f), whole: false, exempt: false, prose: false, sentence: false, open: isOpen(f), carries: LOWER_START.test(text) };
  if (exempt.length > 0 && containsAny(f.norm, exempt)) {
    item.exempt = true;
    item.cls = 'good';
  } else if (extra.length > 0 && containsAny(f.norm, extra)) {
    item.hit = CUSTOM_KIND;
    item.whole = true;
    item.cls = 'bad';
  } else {
    // In long prose a phrase is part of the sentence: only whole-line entries count, so skip the search.
    const hit = INDEX.match(f, isLongProse(f) || isLongSentence(f));
    if (hit && (hit.whole || f.wordCount <= (hit.kind.maxWords ?? Infinity))) {
      item.hit = hit.kind;
      item.whole = hit.whole;
      item.cls = 'bad';
    } else if (SEPARATOR_KIND.match?.(f)) {
      item.hit = SEPARATOR_KIND;
      item.cls = 'short';
    } else if (BYLINE_KIND.match?.(f)) {
      item.hit = BYLINE_KIND;
      item.cls = 'bad';
    } else {
      item.prose = isProse(f);
      item.sentence = isSentence(f, text);
    }
  }
  return item;
}

/** How the lines of a draft are read, for one set of phrase options: blank lines are not read. */
export function lineReader(options: ClassifyOptions = {}): (line: Line) => LineReading | undefined {
  const read = textReader(options);
  return (line) => (line.blank ? undefined : read(line.text));
}

/** A non-blank line's own reading from its text alone (what a line's reading depends on, with the options). */
export function textReader(options: ClassifyOptions = {}): (text: string) => LineReading {
  const extra = (options.extraPhrases ?? []).map(normalize).filter(Boolean);
  const exempt = (options.exemptPhrases ?? []).map(normalize).filter(Boolean);
  return (text) => readLine(text, extra, exempt);
}

/**
 * Verdicts for the lines of a draft. `readings` are the lines' own readings
 * (`lineReader`), when kept between checks (see ../../cache.ts); the context
 * passes then run over them.
 */
export function classifyLines(lines: readonly Line[], options: ClassifyOptions = {}, observe?: Observer, readings?: readonly (LineReading | undefined)[]): LineVerdict[] {
  const read = readings ? undefined : lineReader(options);
  // The non-blank lines' readings (shared between checks: never changed here), their line indices, and their first classes.
  const items: Item[] = [];
  const lineOf: number[] = [];
  const first: LineClass[] = [];
  const seen = new Map<string, number>();
  for (const line of lines) {
    const r = readings ? readings[line.index] : read!(line);
    if (!r) continue;
    const f = r.f;
    if (f.chars < 200) seen.set(f.key, (seen.get(f.key) ?? 0) + 1);
    items.push(r);
    lineOf.push(line.index);
    first.push(r.cls);
  }
  // Short lines repeated in the draft are menus and list furniture; where each copy stands (for table headers, below).
  const span = new Map<string, [number, number]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (first[i] === 'short' && !item.exempt && item.f.key && (seen.get(item.f.key) ?? 0) > 1 && !item.f.terminal) {
      first[i] = 'bad';
      const at = span.get(item.f.key);
      if (at) at[1] = i;
      else span.set(item.f.key, [i, i]);
    }
  }
  // A line of a hard-wrapped paragraph is a piece of a sentence: its own text cannot say it is furniture.
  const wrapped = unwrap(items, lineOf, first);
  const final = reviseByContext(first);
  let [from, to] = mainBody(items, first, final, seen);
  if (to < from) {
    // No line is good after context (a short draft of one-sentence paragraphs among furniture):
    // the article is then the block of near-good lines, rather than nothing.
    [from, to] = mainBody(
      items,
      first,
      items.map((item, i) => (first[i] === 'neargood' && !item.hit ? 'good' : final[i])),
      seen,
    );
  }
  observe?.(lineOf, first, final, from, to);
  const river = teaserRivers(items, from, to);
  const n = items.length;
  const verdicts: LineVerdict[] = [];
  const title = n > 0 && !items[0].hit && !items[0].exempt ? pageTitle(lines[lineOf[0]].text) : undefined;
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (item.exempt) continue;
    if (i === 0 && title) {
      verdicts.push({ index: lineOf[i], kind: PAGE_TITLE_KIND, confident: false, sure: false });
      continue;
    }
    const inside = i >= from && i <= to;
    // A separator between paragraphs of the article ("* * *") is the article's own.
    if (item.hit === SEPARATOR_KIND && inside && final[i] !== 'bad') continue;
    const distance = i < from ? from - i : i > to ? i - to : 0;
    // The story's own byline and dateline, just above its first paragraph, stay; bylines of other stories go.
    if (item.hit === BYLINE_KIND && i < from && distance <= OWN_BYLINE_REACH && isByline(item.f)) continue;
    if (item.hit) {
      const confident = item.hit !== BYLINE_KIND || !inside || item.whole;
      verdicts.push({ index: lineOf[i], kind: item.hit, confident, sure: confident && !wrapped[i] && isSure(item, inside, distance, isLongProse(item.f)) });
      continue;
    }
    if (river[i] && i > 0) {
      verdicts.push({ index: lineOf[i], kind: RELATED_KIND, confident: false, sure: false });
      continue;
    }
    // The headline stays; so do finished sentences close to the article (reported speech a little further).
    if (i === 0 || (item.prose && distance <= PROSE_REACH) || (item.sentence && distance <= SENTENCE_REACH)) continue;
    // A long, finished sentence of attributed speech near the story is never flagged on its place alone.
    if (isAttributedSpeech(item) && distance <= SPEECH_REACH) continue;
    if (inside) {
      if (final[i] !== 'bad' || first[i] === 'good' || first[i] === 'neargood' || item.sentence) continue;
      // A short line repeated only inside the article is its own: a table's headers, a list's labels, not a menu.
      const copies = item.cls === 'short' ? span.get(item.f.key) : undefined;
      if (copies && copies[0] >= from && copies[1] <= to) continue;
      const confident = first[i] === 'bad' && item.f.chars < LENGTH_LOW;
      verdicts.push({ index: lineOf[i], kind: NAVIGATION_KIND, confident, sure: confident && !wrapped[i] && isSure(item, inside, distance, isLongProse(item.f)) });
    } else {
      const kind = i > to ? RELATED_KIND : NAVIGATION_KIND;
      const confident = first[i] === 'bad';
      verdicts.push({ index: lineOf[i], kind, confident, sure: confident && !wrapped[i] && isSure(item, inside, distance, isLongProse(item.f)) });
    }
  }
  return verdicts;
}

/** How far (in non-blank lines) from the main body a sentence of reported speech is still kept. */
const PROSE_REACH = 8;
/** How far from the main body a short finished sentence ("Nobody was hurt.") is still kept. */
const SENTENCE_REACH = 1;
function isContent(item: Item, first: LineClass, revised: LineClass): boolean {
  return revised === 'good' && !item.hit && (first === 'good' || first === 'neargood' || item.prose);
}

/** Furniture that closes a story: other stories, the author's box, the page's footer. */
const STOP_KINDS: ReadonlySet<Kind> = new Set(
  KINDS.filter((k) => k.rule === 'boilerplate/related' || k.rule === 'boilerplate/author' || k.rule === 'boilerplate/footer'),
);

/** How many headlines, or teasers (headline, date, summary), in a row make a river of teasers. */
const RIVER_RUN = 4;
const TEASER_RUN = 3;
/** The longest line read as a teaser's headline. */
const TEASER_HEADLINE_CHARS = 120;

/** A headline by its own text: four words or more, unfinished or a question, in title case or short, named by no list. */
function isHeadlineText(item: Item, titleCase: boolean): boolean {
  const f = item.f;
  if (item.hit || item.exempt || f.link || f.wordCount < 4 || (f.terminal && !f.norm.endsWith('?'))) return false;
  return titleCase ? f.capitalized * 2 >= f.wordCount && f.chars < TEASER_HEADLINE_CHARS : item.cls === 'short';
}

/** A teaser's summary: one finished sentence or two, short, not reported speech. */
function isSummary(item: Item): boolean {
  return !item.hit && !item.prose && item.f.terminal && item.f.wordCount >= 8 && item.f.wordCount <= 45 && item.f.firstPerson === 0;
}

/**
 * Rivers of teasers inside the article's span, as "More stories" boxes are:
 * RIVER_RUN or more headlines in a row, or TEASER_RUN or more teasers in a
 * row (a headline in title case, perhaps its date, a summary, perhaps a "Read
 * more"). A list of the story's own is shorter, finished, or worded as labels.
 */
function teaserRivers(items: readonly Item[], from: number, to: number): boolean[] {
  const out = new Array<boolean>(items.length).fill(false);
  // Headlines in a row; a run of questions is the story's own list ("Where will I put it?").
  let start = from;
  let questions = 0;
  for (let i = from; i <= to + 1; i++) {
    if (i <= to && isHeadlineText(items[i], false)) {
      if (items[i].f.terminal) questions++;
      continue;
    }
    if (i - start >= RIVER_RUN && questions * 2 < i - start) out.fill(true, start, i);
    start = i + 1;
    questions = 0;
  }
  // Teasers: each one's end, run after run.
  const teaserEnd = (i: number): number => {
    if (i > to || !isHeadlineText(items[i], true)) return -1;
    let j = i + 1;
    if (j <= to && items[j].hit === BYLINE_KIND) j++;
    if (j > to || !isSummary(items[j])) return -1;
    j++;
    if (j <= to && items[j].hit && items[j].f.wordCount <= 3) j++;
    return j;
  };
  for (let i = from; i <= to;) {
    let j = i;
    let n = 0;
    for (let end = teaserEnd(j); end > 0; end = teaserEnd(j)) {
      j = end;
      n++;
    }
    if (n >= TEASER_RUN) out.fill(true, i, j);
    i = n > 0 ? j : i + 1;
  }
  return out;
}

/** The article's span of non-blank lines (see article.ts), from the lines' readings and classes. */
function mainBody(items: readonly Item[], first: readonly LineClass[], final: readonly LineClass[], seen: ReadonlyMap<string, number>): [number, number] {
  const lines = items.map((item, i) => ({
    f: item.f,
    content: isContent(item, first[i], final[i]),
    sentence: item.sentence,
    stop: item.hit !== undefined && STOP_KINDS.has(item.hit),
    dated: item.hit === BYLINE_KIND,
    listed: item.hit !== undefined && item.hit !== SEPARATOR_KIND,
    repeated: item.f.chars < 200 && (seen.get(item.f.key) ?? 0) > 1,
  }));
  return findArticle(lines, headlineKey(items));
}

/**
 * The key of the page title's longest part: a pasted page starts with its
 * title ("Headline - Site Name"), and the headline stands again right above
 * the article.
 */
function headlineKey(items: readonly Item[]): string {
  return items.length === 0 ? '' : headlineKeyOf(items[0]);
}

function headlineKeyOf(first: Item): string {
  let best = '';
  for (const part of first.f.norm.split(/ [|\-–—•:] /)) {
    const key = lineKey(part);
    if (key.length > best.length) best = key;
  }
  return best.split(' ').length >= 4 ? best : '';
}

/**
 * Whether a line read as `a` before an edit and as `b` after it gives every
 * line the same verdict, the rest of the draft (and its first line, `first`)
 * unchanged: the same classes, list hits and flags, the same length band, the
 * same words for the repeated-lines count and the main body's weight, and
 * neither is the headline. Then the verdicts of the last check stand.
 */
export function sameForContext(a: LineReading | undefined, b: LineReading | undefined, first: LineReading): boolean {
  if (a === undefined || b === undefined) return a === b;
  const f = a.f;
  const g = b.f;
  if (a.cls !== b.cls || a.hit !== b.hit || a.whole !== b.whole || a.exempt !== b.exempt || a.prose !== b.prose || a.sentence !== b.sentence) return false;
  // A hard-wrapped paragraph is read by its lines' counts of words (see `unwrap`).
  if (a.open !== b.open || a.carries !== b.carries || a.f.stopwords !== b.f.stopwords || a.f.numbers !== b.f.numbers) return false;
  if (f.terminal !== g.terminal || f.wordCount !== g.wordCount || f.firstPerson > 0 !== g.firstPerson > 0 || f.secondPerson > 0 !== g.secondPerson > 0) return false;
  if (
    f.chars < LENGTH_LOW !== g.chars < LENGTH_LOW ||
    f.chars < TEASER_HEADLINE_CHARS !== g.chars < TEASER_HEADLINE_CHARS ||
    f.chars < 200 !== g.chars < 200 ||
    (f.chars < 200 && f.key !== g.key)
  )
    return false;
  if (isByline(f) !== isByline(g) || f.link !== g.link || f.separators >= 2 !== g.separators >= 2 || f.norm.includes('"') !== g.norm.includes('"')) return false;
  if (CODE_MARKS.test(f.norm) !== CODE_MARKS.test(g.norm) || f.norm.endsWith('?') !== g.norm.endsWith('?') || !sameForArticle(f, g)) return false;
  const headline = headlineKeyOf(first);
  return headline === '' || (f.key !== headline && g.key !== headline);
}

const LOWER_START = /^\s*\p{Ll}/u;
/** The widths hard-wrapped text is set at: a line this long that ends unfinished may be cut mid-sentence. */
const WRAP_MIN_CHARS = 40;
const WRAP_MAX_CHARS = 100;
/** A finished wrapped paragraph this long (in words: about LENGTH_MID's characters), with a prose share of stopwords, is good text. */
const WRAPPED_GOOD_WORDS = 16;

function isOpen(f: LineFeatures): boolean {
  return !f.terminal && f.chars >= WRAP_MIN_CHARS && f.chars <= WRAP_MAX_CHARS;
}

/**
 * Hard-wrapped text (RFCs, plain-text mail, manuals) cuts each paragraph into
 * lines of a fixed width, each too short and unfinished to read as prose by
 * itself. A run of adjacent lines, each but the last open (unfinished at a
 * wrap width), a third or more of the following ones carrying on in lower
 * case, is read as one paragraph: when the paragraph is long prose, its lines
 * no list names take the class good. Reads the lines' counts of words only
 * (not their lengths), so an edit that keeps a line's reading keeps this.
 * Returns which lines are in such a paragraph.
 */
function unwrap(items: readonly Item[], lineOf: readonly number[], first: LineClass[]): boolean[] {
  const n = items.length;
  const wrapped = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n;) {
    let j = i;
    let carried = 0;
    while (j + 1 < n && items[j].open && lineOf[j + 1] === lineOf[j] + 1) {
      j++;
      if (items[j].carries) carried++;
    }
    const joins = j - i;
    if (joins >= 1 && carried >= Math.max(1, joins / 3)) {
      wrapped.fill(true, i, j + 1);
      let words = 0;
      let stop = 0;
      let numbers = 0;
      let second = 0;
      for (let k = i; k <= j; k++) {
        words += items[k].f.wordCount;
        stop += items[k].f.stopwords;
        numbers += items[k].f.numbers;
        second += items[k].f.secondPerson;
      }
      const counted = words - numbers;
      if (words >= WRAPPED_GOOD_WORDS && counted > 0 && stop / counted >= STOPWORDS_HIGH && second === 0 && items[j].f.terminal) {
        for (let k = i; k <= j; k++) if (!items[k].hit && !items[k].exempt) first[k] = 'good';
      }
    }
    i = j + 1;
  }
  return wrapped;
}

/** jusText's context step: short lines, then near-good lines, take their class from their neighbours. */
function reviseByContext(cls: readonly LineClass[]): LineClass[] {
  const n = cls.length;
  // Nearest neighbour classes, skipping short (and near-good) lines; the draft's edges count as bad.
  const prevStrict: LineClass[] = new Array(n);
  const prevLoose: LineClass[] = new Array(n);
  const nextStrict: LineClass[] = new Array(n);
  const nextLoose: LineClass[] = new Array(n);
  let strict: LineClass = 'bad';
  let loose: LineClass = 'bad';
  for (let i = 0; i < n; i++) {
    prevStrict[i] = strict;
    prevLoose[i] = loose;
    if (cls[i] === 'good' || cls[i] === 'bad') strict = cls[i];
    if (cls[i] !== 'short') loose = cls[i];
  }
  strict = 'bad';
  loose = 'bad';
  for (let i = n - 1; i >= 0; i--) {
    nextStrict[i] = strict;
    nextLoose[i] = loose;
    if (cls[i] === 'good' || cls[i] === 'bad') strict = cls[i];
    if (cls[i] !== 'short') loose = cls[i];
  }
  const out = cls.slice();
  for (let i = 0; i < n; i++) {
    if (cls[i] === 'short') {
      const p = prevStrict[i];
      const q = nextStrict[i];
      if (p === 'good' && q === 'good') out[i] = 'good';
      else if (p === 'bad' && q === 'bad') out[i] = 'bad';
      else if ((p === 'bad' && prevLoose[i] === 'neargood') || (q === 'bad' && nextLoose[i] === 'neargood')) out[i] = 'good';
      else out[i] = 'bad';
    } else if (cls[i] === 'neargood') {
      out[i] = prevStrict[i] === 'bad' && nextStrict[i] === 'bad' ? 'bad' : 'good';
    }
  }
  return out;
}
