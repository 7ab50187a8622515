/**
 * The quote state's per-paragraph entries, kept in step with the draft's
 * paragraphs: spliced by `draft.change.paragraphs` (the entries, their
 * analyses and the per-paragraph columns alike), or built afresh when the
 * state cannot follow the change; and each check's analyses, made only for
 * the paragraphs that need one (see extract.ts for the design).
 */
import type { Draft } from '../../draft';
import type { ParagraphAnalysis } from './analysis';
import type { Lexicon } from './book';
import { scanParagraph, type MarkLocal } from './marks';
import { analyseParagraph } from './paragraph';
import { SUMMARY_UNKNOWN } from './pronouns';
import { newQuoteState, type ParagraphEntry, type QuoteState } from './reading';

/** A paragraph's entry: its text and quotation marks (analysed when a check needs it). */
export function newEntry(text: string): ParagraphEntry {
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

/** 1 if the paragraph has a double quotation mark (`QuoteState.markFlags`), else 0. */
function hasMark(marks: MarkLocal): number {
  return marks.segments.length > 0 || marks.unclosed.length > 0 || marks.tail !== undefined || marks.opensWithMark ? 1 : 0;
}

/** What `updateEntries` changed. */
export interface Made {
  /** The entries made anew: [from, to). */
  from: number;
  to: number;
  /** The analyses of the entries they replaced (not yet taken out of the book). */
  removed: (ParagraphAnalysis | undefined)[];
  /** For a one-paragraph change followed from the last check: the entry replaced, and its `tailKept`. */
  replaced?: { entry: ParagraphEntry; tailKept: number };
}

/**
 * Bring the state's entries in line with `draft`: splice them by the draft's
 * change, or build them all when the state cannot follow it.
 */
export function updateEntries(draft: Draft, st: QuoteState): Made {
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

/** Analyse an entry's paragraph, with its open-ended segment if `kept`, and keep the analysis on the entry. */
export function analyse(e: ParagraphEntry, kept: boolean, lexicon: Lexicon): ParagraphAnalysis {
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
export function analysesFor(
  entries: readonly ParagraphEntry[],
  tailKept: Uint8Array,
  lexicon: Lexicon,
  st: QuoteState | undefined,
  made: Made | undefined,
): ParagraphAnalysis[] {
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
    columns.flags[p] = SUMMARY_UNKNOWN;
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
