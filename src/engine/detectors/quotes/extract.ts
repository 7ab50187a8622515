/**
 * extractQuotes: marks → segments → speakers → Quote objects.
 *
 * Multi-paragraph quotes are returned as one quote per paragraph, all with the
 * same speaker: each paragraph's quote runs from its opening mark to the end
 * of the paragraph, the last one to its closing mark. That keeps every quote
 * inside one paragraph (the quote sheet gives each its own line number) and
 * keeps the words between paragraphs out of the quote ranges.
 *
 * Incremental design (issue 9). The work is "per paragraph local + small
 * global merge":
 * - per paragraph, from its text alone (offsets relative to its start): its
 *   quotation marks (`scanParagraph`), and, given which of its segments stand,
 *   its speaker analysis (`analyseParagraph`: tokens, sentences, the names it
 *   registers, its mentions, the words the pronoun pass reads, each segment's
 *   own attribution) and each quote's text, kind inputs and words;
 * - per check, passes over these compact summaries only: `mergeMarks` (chains
 *   across paragraphs), then `attributeAll` (registry, pronoun pass, pronoun
 *   resolution, continuations), then the Quote objects.
 * `check()` runs exactly this, building every paragraph's summary afresh.
 * `createChecker()` keeps the summaries in a `QuoteState` (one per document and
 * options), spliced by `draft.change.paragraphs`: a one-word edit analyses
 * one paragraph again. The checker keeps the state per document;
 * `check()` passes none and keeps nothing.
 *
 * Quick path (round 2). What crosses paragraphs depends on a paragraph only
 * through its summaries, but not only on the paragraphs before it: the
 * registry takes names from the whole draft (a later "John Smith" makes an
 * earlier "Smith" his), a word is "known" if any paragraph names someone
 * with it, pronouns are resolved with the genders learnt from the whole
 * draft, and a multi-paragraph quote attributed only in its last paragraph
 * gives its speaker to the earlier ones. So rather than re-running the
 * passes from the changed paragraph on, the usual edit (one paragraph k
 * replaced by one) is checked for whether it changes any summary at all:
 * k's marks and analysis after the edit are compared with those before,
 * offsets inside k moved across the edited stretch (`offsetMover`,
 * `sameMarks`, `sameAnalysis`). If they say the same, every speaker, chain
 * and kind outside k is as at the last check: the last quotes are kept (the
 * same objects before k, moved by the draft's delta after it), and only k's
 * quotes are made again (their words, hence their kind, may differ; their
 * speakers do not). quote/inconsistent then re-pairs only the speakers of k's
 * quotes (`DraftQuotes.quick`). About 19 edits in 20 of the benchmark's
 * one-word edits take this path; the others (a speech verb, a name or a
 * pronoun changed, a paragraph split...) run the full per-check passes.
 */
import { firstIndex } from '../../search';
import type { Draft } from '../../draft';
import type { Finding, Quote } from '../../types';
import { mergeMarks, sameMarks, scanParagraph, type MarkLocal, type Unclosed } from './marks';
import { Lexicon, NameBook, analyseParagraph, attributeAll, sameAnalysis, type ParagraphAnalysis, type PronounColumns, type SegmentLocal, type SegmentSpeaker } from './speakers';

/** A quote's text and what `kindOf` and quote/inconsistent read of it, each worked out once, on first use. */
export interface QuoteInfo {
  /** The quoted words (a slice of the paragraph's text). */
  text: string;
  /** The quote is its whole paragraph. */
  whole: boolean;
  heading?: boolean;
  /** At most three words. */
  few?: boolean;
  /** Ends with . ! or ? */
  endsSentence?: boolean;
  titleLike?: boolean;
  /** quote/inconsistent's words. */
  words?: string[];
}

export interface ExtractedQuote extends Quote {
  /** Internal: the quote has an attribution, even if it names nobody. */
  attributed: boolean;
  chain: number;
  /** Internal: what was read from the quote's paragraph (shared between checks; never mutate). */
  info: QuoteInfo;
  /** Internal: the quote's paragraph (index). */
  paragraph: number;
  /** Internal: what attribution found, before the kind was settled (its offsets are not kept up to date: never read them). */
  who: SegmentSpeaker;
  /** Internal: the plain `Quote` and the quote/unattributed finding made of this quote (read-only data, kept for the next checks). */
  plain?: Quote;
  unattributed?: Finding;
}

/** One paragraph's summaries (offsets relative to the paragraph). */
export interface ParagraphEntry {
  text: string;
  marks: MarkLocal;
  analysis?: ParagraphAnalysis;
  /** Whether the analysis was made with the paragraph's open-ended segment standing. */
  analysedTail: boolean;
  /** `QuoteInfo` per segment of `analysis`. */
  infos?: QuoteInfo[];
  /** quote/unclosed's closing places, by the opening mark's offset (null: none). */
  closePlaces?: Map<number, number | null>;
}

/** What extraction and the quote rules keep for one document between checks. */
export interface QuoteState {
  /** The draft the entries describe (unset while they are being updated). */
  draft?: Draft;
  entries: ParagraphEntry[];
  /** Each entry's analysis, in a list of their own (what `attributeAll` reads); undefined until the draft first has quotes. */
  analyses: (ParagraphAnalysis | undefined)[];
  /** Per entry: whether its analysis was made with its open-ended segment standing (`MergedMarks.tailKept`). */
  tailKept: Uint8Array;
  /** Per entry: it has a double quotation mark (the merge skips the others while no quote is pending). */
  markFlags: Uint8Array;
  /** Word ids of the entries' analyses. */
  lexicon: Lexicon;
  /** Known words and registry, kept in step with `analyses`. */
  book: NameBook;
  /** Per entry: word counts and pronoun-pass flags (set when an analysis is made; see `PronounColumns`). */
  columns: PronounColumns;
  /** quote/inconsistent's result per speaker, with the quotes' words it was computed from. */
  inconsistent: Map<string, { words: readonly (readonly string[])[]; pairs: number[] }>;
  /** The extraction of `draft` (what the quick path starts from). */
  last?: DraftQuotes;
  /** quote/inconsistent's last result: the quotes it read, the quote indices per speaker, and the pairs found [later, earlier] with their findings, by later quote. */
  inconsistentLast?: { quotes: readonly ExtractedQuote[]; groups: Map<string, number[]>; found: { i: number; j: number; speaker: string; finding: Finding }[] };
}

/** What a draft's extraction leaves for the rules (the detectors' `ctx.quoteReading`). */
export type QuoteReading = DraftQuotes;

/** What a draft's extraction leaves for the rules. */
export interface DraftQuotes {
  quotes: ExtractedQuote[];
  /** The marks left open (absolute offsets). */
  unclosed: readonly Unclosed[];
  entries: readonly ParagraphEntry[];
  state?: QuoteState;
  /**
   * Made by the quick path: the last check's quotes, and the range [lo, hi)
   * of the quotes made again (one paragraph's); the others have the same
   * speakers, kinds and words as before, those from `hi` on moved.
   */
  quick?: { before: readonly ExtractedQuote[]; lo: number; hi: number };
}

/** A fresh per-document state for `readQuotes`. */
export function newQuoteState(): QuoteState {
  return {
    entries: [],
    analyses: [],
    tailKept: new Uint8Array(0),
    markFlags: new Uint8Array(0),
    lexicon: new Lexicon(),
    book: new NameBook(),
    columns: { tokens: new Int32Array(0), flags: new Uint8Array(0), version: -1 },
    inconsistent: new Map(),
  };
}

function newEntry(text: string): ParagraphEntry {
  return { text, marks: scanParagraph(text), analysedTail: false };
}

/** `list.splice(from, remove, ...new Array(add))` without spreading a long argument list. */
function spliceHoles<T>(list: (T | undefined)[], from: number, remove: number, add: number): (T | undefined)[] {
  if (remove === add) {
    // As many in as out (the usual one-paragraph edit): in place.
    for (let p = from; p < from + add; p++) list[p] = undefined;
    return list;
  }
  if (add <= 1000) {
    list.splice(from, remove, ...new Array<undefined>(add));
    return list;
  }
  return [...list.slice(0, from), ...new Array<undefined>(add), ...list.slice(from + remove)];
}

/** The same splice on a typed array (zeros in the new places): a copy, or the array itself when its length stays. */
function spliceTyped<T extends Uint8Array | Int32Array>(list: T, from: number, remove: number, add: number, make: (n: number) => T): T {
  if (remove === add) {
    // As many in as out (the usual one-paragraph edit): in place.
    list.fill(0, from, from + add);
    return list;
  }
  const out = make(list.length - remove + add);
  out.set(list.subarray(0, from));
  out.set(list.subarray(from + remove), from + add);
  return out;
}

const bytes = (n: number) => new Uint8Array(n);
const ints = (n: number) => new Int32Array(n);

/** Words the lexicon may hold before the state is built afresh (a bound on memory in a long session). */
const MAX_LEXICON = 500_000;

function hasMark(marks: MarkLocal): number {
  return marks.segments.length > 0 || marks.unclosed.length > 0 || marks.tail !== undefined || marks.opensWithMark ? 1 : 0;
}

/**
 * Bring the state's entries in line with `draft`: splice them by the draft's
 * change, or build them all when the state cannot follow it. Returns the
 * first and last+1 index of the entries made anew.
 */
interface Made {
  /** The entries made anew: [from, to). */
  from: number;
  to: number;
  /** The analyses of the entries they replaced (not yet taken out of the book). */
  removed: (ParagraphAnalysis | undefined)[];
  /** For a one-paragraph change followed from the last check: the entry replaced, and its `tailKept`. */
  replaced?: { entry: ParagraphEntry; tailKept: number };
}

function updateEntries(draft: Draft, st: QuoteState): Made {
  const { paragraphs } = draft;
  const change = draft.change;
  const valid =
    st.draft !== undefined &&
    change !== undefined &&
    change.previous === st.draft &&
    st.entries.length === st.draft.paragraphs.length &&
    // The lexicon only grows (every new word typed); start afresh once in a long while.
    st.lexicon.size < MAX_LEXICON;
  st.draft = undefined;
  if (!valid) {
    const fresh = newQuoteState();
    st.analyses = new Array(paragraphs.length);
    st.lexicon = fresh.lexicon;
    st.book = fresh.book;
    st.tailKept = new Uint8Array(paragraphs.length);
    st.markFlags = new Uint8Array(paragraphs.length);
    st.columns = { tokens: new Int32Array(paragraphs.length), flags: new Uint8Array(paragraphs.length), version: -1 };
    st.entries = new Array(paragraphs.length);
    for (let p = 0; p < paragraphs.length; p++) {
      st.entries[p] = newEntry(paragraphs[p].text);
      st.markFlags[p] = hasMark(st.entries[p].marks);
    }
    return { from: 0, to: paragraphs.length, removed: [] };
  }
  const { from, toOld, toNew } = change.paragraphs;
  const removed = st.analyses.slice(from, toOld);
  const replaced = toOld === from + 1 && toNew === from + 1 ? { entry: st.entries[from], tailKept: st.tailKept[from] } : undefined;
  st.entries = spliceHoles<ParagraphEntry>(st.entries, from, toOld - from, toNew - from) as ParagraphEntry[];
  st.analyses = spliceHoles<ParagraphAnalysis>(st.analyses, from, toOld - from, toNew - from);
  st.tailKept = spliceTyped(st.tailKept, from, toOld - from, toNew - from, bytes);
  st.markFlags = spliceTyped(st.markFlags, from, toOld - from, toNew - from, bytes);
  st.columns.tokens = spliceTyped(st.columns.tokens, from, toOld - from, toNew - from, ints);
  st.columns.flags = spliceTyped(st.columns.flags, from, toOld - from, toNew - from, bytes);
  for (let p = from; p < toNew; p++) {
    st.entries[p] = newEntry(paragraphs[p].text);
    st.markFlags[p] = hasMark(st.entries[p].marks);
  }
  return { from, to: toNew, removed, replaced };
}

function analyse(e: ParagraphEntry, kept: boolean, lexicon: Lexicon): ParagraphAnalysis {
  const tail = e.marks.tail;
  e.analysis = analyseParagraph(e.text, kept && tail ? [...e.marks.segments, tail.segment] : e.marks.segments, lexicon);
  e.analysedTail = kept;
  e.infos = undefined;
  return e.analysis;
}

/**
 * The analyses of every paragraph for this check. Without state, all made
 * now. With state, only those of the paragraphs made anew, of those never
 * analysed, and of those whose open-ended segment now stands or falls (a
 * chain continued or broken); the book is told of each change.
 */
function analysesFor(entries: readonly ParagraphEntry[], tailKept: Uint8Array, lexicon: Lexicon, st: QuoteState | undefined, made: Made | undefined): ParagraphAnalysis[] {
  if (!st || !made) {
    const out = new Array<ParagraphAnalysis>(entries.length);
    for (let p = 0; p < entries.length; p++) out[p] = analyse(entries[p], tailKept[p] === 1, lexicon);
    return out;
  }
  const { analyses, book, columns } = st;
  const install = (p: number): ParagraphAnalysis => {
    const e = entries[p];
    const kept = tailKept[p] === 1;
    // An analysis the entry already has for this mode (the quick path made it, then found it changes something) serves as it is.
    const a = (analyses[p] = e.analysis !== undefined && e.analysedTail === kept ? e.analysis : analyse(e, kept, lexicon));
    columns.tokens[p] = a.tokenCount;
    columns.flags[p] = 2;
    return a;
  };
  // The paragraphs made anew replace the ones removed, at the same place.
  const added: ParagraphAnalysis[] = [];
  for (let p = made.from; p < made.to; p++) added.push(install(p));
  book.replaced(made.removed, added);
  made.removed = [];
  // Paragraphs never analysed, or whose open-ended segment now stands or falls (typed arrays: no entry is read for the others).
  const before = st.tailKept;
  for (let p = 0; p < entries.length; p++) {
    const old = analyses[p];
    if (old !== undefined && before[p] === tailKept[p]) continue;
    if (p >= made.from && p < made.to) continue;
    book.replaced(old ? [old] : [], [install(p)]);
  }
  st.tailKept = tailKept;
  return analyses as ParagraphAnalysis[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordCount(s: string, max: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s) && n <= max) n++;
  return n;
}

/** A headline or title in quotes: most words capitalised, no sentence punctuation. */
function looksLikeTitle(s: string): boolean {
  if (/[.!?,;:]\s*$/.test(s.trim())) return false;
  const words = s.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

function quoteInfo(paragraph: string, local: SegmentLocal): QuoteInfo {
  const seg = local.seg;
  return { text: paragraph.slice(seg.innerStart, seg.innerEnd), whole: seg.start === 0 && seg.end === paragraph.length };
}

function kindOf(info: QuoteInfo, chain: number, who: SegmentSpeaker): 'direct' | 'short' {
  if (chain >= 0) return 'direct';
  if (who.explicit) return 'direct';
  // The quote is its whole paragraph and does not end like a sentence: a quoted heading.
  if ((info.heading ??= info.whole && !/[!?]|\.(\s|$)/.test(info.text.trim()))) return 'short';
  if ((info.few ??= wordCount(info.text, 3) <= 3) && (!who.attributed || !(info.endsSentence ??= /[.!?]\s*$/.test(info.text.trim())))) return 'short';
  if (!who.attributed && (info.titleLike ??= looksLikeTitle(info.text))) return 'short';
  return 'direct';
}

/**
 * The offsets of a paragraph's text `a` moved to where they are in its edited
 * text `b`: those before the change stay, those after it move by the change
 * in length, those inside it give -1. Strictly increasing where it is not -1
 * (the unchanged tail is cut short by one so that the two never meet).
 */
function offsetMover(a: string, b: string): (x: number) => number {
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < n && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const most = Math.max(0, n - prefix - 1);
  while (suffix < most && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  const tail = a.length - suffix;
  const delta = b.length - a.length;
  return (x) => (x <= prefix && x < tail ? x : x >= tail && x > prefix ? x + delta : -1);
}

/**
 * The quick path (state, one paragraph k replaced by one): when k's marks
 * and analysis after the edit say what they said before (at moved offsets),
 * nothing any other paragraph's quotes depend on changed: the merge settles
 * the marks as before, the registry, known words, pronoun pass and
 * continuations are as before. So the last check's quotes stand: those before
 * k as they are (the same objects), those after k moved by the draft's delta,
 * and k's own made again from its new text with the speakers found before
 * (only their words, hence their kind, can differ). Anything else: undefined,
 * and the full per-check passes run.
 */
function quickExtract(draft: Draft, st: QuoteState, last: DraftQuotes, made: Made): DraftQuotes | undefined {
  const change = draft.change;
  const replaced = made.replaced;
  const old = made.removed[0];
  const previous = change?.previous;
  if (!change || !replaced || !old || !previous || last.quotes.length === 0 || replaced.entry.analysedTail !== (replaced.tailKept === 1)) return undefined;
  const k = made.from;
  const entry = st.entries[k];
  const move = offsetMover(replaced.entry.text, entry.text);
  if (!sameMarks(replaced.entry.marks, entry.marks, move)) return undefined;
  const analysis = analyse(entry, replaced.tailKept === 1, st.lexicon);
  if (!sameAnalysis(old, analysis, move)) return undefined;
  const oldBase = previous.paragraphs[k].start;
  const base = draft.paragraphs[k].start;
  const delta = change.delta;
  // The quotes of paragraph k: [lo, hi) in the last list (sorted by paragraph).
  const before = last.quotes;
  const lo = firstIndex(before, (q) => q.paragraph >= k);
  let hi = lo;
  while (hi < before.length && before[hi].paragraph === k) hi++;
  if (hi - lo !== analysis.segments.length) return undefined;
  const quotes: ExtractedQuote[] = before.slice();
  entry.infos = [];
  // The segments k's analysis was given that stand: the closed ones, and the open-ended one if kept (the last).
  for (let i = lo; i < hi; i++) {
    const q = before[i];
    const local = analysis.segments[i - lo];
    const info = (entry.infos[i - lo] = quoteInfo(entry.text, local));
    const who = q.who;
    const kind = kindOf(info, q.chain, who);
    const next: ExtractedQuote = { text: info.text, start: base + local.seg.start, end: base + local.seg.end, speaker: kind === 'short' ? null : who.speaker, kind, attributed: kind === 'short' ? false : who.attributed, chain: q.chain, info, paragraph: k, who };
    if (kind === 'direct' && q.speakerStart !== undefined && q.speakerEnd !== undefined) {
      const start = move(q.speakerStart - oldBase);
      const end = move(q.speakerEnd - oldBase);
      if (start < 0 || end < 0) return undefined;
      next.speakerStart = base + start;
      next.speakerEnd = base + end;
    } else if (kind === 'direct' && who.explicit && who.speakerStart !== undefined) return undefined;
    if (move(q.start - oldBase) !== local.seg.start) return undefined;
    quotes[i] = next;
  }
  for (let i = hi; i < before.length; i++) {
    const q = before[i];
    const next: ExtractedQuote = { text: q.text, start: q.start + delta, end: q.end + delta, speaker: q.speaker, kind: q.kind, attributed: q.attributed, chain: q.chain, info: q.info, paragraph: q.paragraph, who: q.who };
    if (q.speakerStart !== undefined && q.speakerEnd !== undefined) {
      next.speakerStart = q.speakerStart + delta;
      next.speakerEnd = q.speakerEnd + delta;
    }
    quotes[i] = next;
  }
  const unclosed: Unclosed[] = [];
  for (const u of last.unclosed) {
    if (u.paragraph < k) unclosed.push(u);
    else if (u.paragraph > k) unclosed.push({ start: u.start + delta, paragraph: u.paragraph, mark: u.mark });
    else {
      const at = move(u.start - oldBase);
      if (at < 0) return undefined;
      unclosed.push({ start: base + at, paragraph: k, mark: u.mark });
    }
  }
  // Commit: k's analysis replaces the old one (the same names and known words: the book stays as it is).
  st.analyses[k] = analysis;
  st.tailKept[k] = replaced.tailKept;
  st.columns.tokens[k] = analysis.tokenCount;
  st.columns.flags[k] = 2;
  return { quotes, unclosed, entries: st.entries, state: st, quick: { before, lo, hi } };
}

/** Extract a draft's quotes (with what the rules need), from `st`'s kept summaries when given. */
function extractWith(draft: Draft, st: QuoteState | undefined): DraftQuotes {
  const { paragraphs } = draft;
  let entries: ParagraphEntry[];
  let made: Made | undefined;
  if (st) {
    const last = st.last;
    st.last = undefined;
    made = updateEntries(draft, st);
    entries = st.entries;
    const quick = last && made.replaced ? quickExtract(draft, st, last, made) : undefined;
    if (quick) {
      st.draft = draft;
      st.last = quick;
      return quick;
    }
  } else {
    entries = new Array(paragraphs.length);
    for (let p = 0; p < paragraphs.length; p++) entries[p] = newEntry(paragraphs[p].text);
  }
  const lexicon = st ? st.lexicon : new Lexicon();
  const marks = mergeMarks(draft, (p) => entries[p].marks, st?.markFlags);
  const { segments, tailKept } = marks;
  const quotes: ExtractedQuote[] = [];
  if (segments.length === 0) {
    // Nothing to attribute: analyse nothing (the paragraphs made anew are analysed when quotes appear).
    if (st && made) st.book.replaced(made.removed, []);
  } else {
    const analyses = analysesFor(entries, tailKept, lexicon, st, made);
    // The segments of each paragraph are exactly those its analysis was given, in order.
    const locals: SegmentLocal[] = [];
    const infos: QuoteInfo[] = [];
    for (let q = 0, k = 0; q < segments.length; q++) {
      const p = segments[q].paragraph;
      k = q > 0 && segments[q - 1].paragraph === p ? k + 1 : 0;
      const e = entries[p];
      const local = analyses[p].segments[k];
      e.infos ??= [];
      const info = (e.infos[k] ??= quoteInfo(e.text, local));
      locals.push(local);
      infos.push(info);
    }
    const speakers = attributeAll(paragraphs, analyses, segments, locals, lexicon, st?.book, st?.columns);
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      const who = speakers[i];
      const info = infos[i];
      const kind = kindOf(info, seg.chain, who);
      const q: ExtractedQuote = { text: info.text, start: seg.start, end: seg.end, speaker: kind === 'short' ? null : who.speaker, kind, attributed: kind === 'short' ? false : who.attributed, chain: seg.chain, info, paragraph: seg.paragraph, who };
      if (kind === 'direct' && who.speakerStart !== undefined && who.speakerEnd !== undefined) {
        q.speakerStart = who.speakerStart;
        q.speakerEnd = who.speakerEnd;
      }
      quotes.push(q);
    }
  }
  const done: DraftQuotes = { quotes, unclosed: marks.unclosed, entries, state: st };
  if (st) {
    st.draft = draft;
    st.last = done;
  }
  return done;
}

/**
 * Read a draft's quotes: each quote with its speaker and the internals the
 * quote rules need. `state` (createChecker's, per document) is brought up to
 * date from the draft's change (reading the same draft again gives the same
 * reading); without it everything is read afresh.
 */
export function readQuotes(draft: Draft, state?: QuoteState): QuoteReading {
  // The same draft read again with the same state: the reading already made.
  if (state && state.draft === draft && state.last) return state.last;
  return extractWith(draft, state);
}

/** The quotes with the internals the rules need. */
export function extractDetailed(draft: Draft, state?: QuoteState): ExtractedQuote[] {
  return readQuotes(draft, state).quotes;
}

/** The direct quotes of a draft with their speakers (plain `Quote` objects). */
export function extractQuotes(draft: Draft, state?: QuoteState): Quote[] {
  return plainQuotes(readQuotes(draft, state));
}

/** A reading's quotes as plain `Quote` objects (made once per quote and kept on it). */
export function plainQuotes(reading: QuoteReading): Quote[] {
  const detailed = reading.quotes;
  const out: Quote[] = new Array(detailed.length);
  for (let i = 0; i < detailed.length; i++) {
    const d = detailed[i];
    if (d.plain) {
      out[i] = d.plain;
      continue;
    }
    const q: Quote = { text: d.text, start: d.start, end: d.end, speaker: d.speaker, kind: d.kind };
    if (d.speakerStart !== undefined) {
      q.speakerStart = d.speakerStart;
      q.speakerEnd = d.speakerEnd;
    }
    out[i] = d.plain = q;
  }
  return out;
}
