/**
 * The duplicate detector's reading of a draft: word tokens (with a folded form
 * for comparison) and sentences, all with UTF-16 offsets into the text. One
 * pass over the text; every regular expression here is linear.
 */
import { flatCopy, type Draft } from '../../draft';
import { ABBREVIATIONS } from './data/abbreviations';

export interface Sentence {
  start: number;
  end: number;
  /** Tokens `firstToken .. lastToken - 1`. */
  firstToken: number;
  lastToken: number;
  paragraph: number;
}

/**
 * Word tokens as parallel arrays (token `t` spans `start[t] .. end[t]`, lies in
 * sentence `sentence[t]`, and has folded form `words[id[t]]`), so a long draft
 * costs a few arrays of numbers rather than an object per word.
 */
export interface Reading {
  start: number[];
  end: number[];
  sentence: number[];
  /** Folded word (lower case, straight apostrophes) as an integer: equal words, equal ids. */
  id: number[];
  /** The folded words, by id. */
  words: string[];
  sentences: Sentence[];
}

/** A word: letters, marks and digits, joined by apostrophes or hyphens ("don't", "tight-lipped"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‘\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /[’‘]/g;

/** Folds quote style in a word: curly apostrophes become straight ones. */
export function foldWord(word: string): string {
  return word.includes('’') || word.includes('‘') ? word.replace(APOSTROPHES, "'") : word;
}

export function tokenize(text: string, start = 0, end = text.length): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const stop = Math.min(end, m.index + m[0].length);
    out.push({ start: m.index, end: stop, text: foldWord(text.slice(m.index, stop)) });
  }
  return out;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›']);
const TERMINATORS = new Set(['.', '!', '?', '…']);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f';
}

const SENTENCE_START = /[\p{Lu}\p{N}"“‘'(\[«‹—–-]/u;
const WORD_OR_DOT = /[\p{L}.]/u;
const UPPER = /\p{Lu}/u;

function startsSentence(ch: string): boolean {
  return SENTENCE_START.test(ch);
}

/** The word just before `dot` (letters and inner full stops), lower case. */
function wordBefore(text: string, from: number, dot: number): string {
  let i = dot;
  const limit = Math.max(from, dot - 12);
  while (i > limit && WORD_OR_DOT.test(text[i - 1])) i--;
  return text.slice(i, dot).toLowerCase();
}

/**
 * Sentence boundaries inside `[from, to)`: after `.`, `!`, `?` or `…` (and any
 * closing quotes or brackets) followed by white space and a capital, digit or
 * opening quote; not after abbreviations or initials.
 */
export function sentenceSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const n = splitSentences(text, from, to);
  const out: { start: number; end: number }[] = new Array(n);
  for (let q = 0; q < n; q++) out[q] = { start: spans[2 * q], end: spans[2 * q + 1] };
  return out;
}

/** Sentence spans found by `splitSentences`: start and end of each (reused by every call). */
let spans: Int32Array = new Int32Array(256);

function setSpan(q: number, start: number, end: number): void {
  if (2 * q + 2 > spans.length) spans = grown(spans, 2 * q + 2);
  spans[2 * q] = start;
  spans[2 * q + 1] = end;
}

/** . ! ? … (checked by code: the readers see every character of the draft). */
function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** What `endOfSentence` found: where reading goes on, and the end of the sentence that ends there (-1: none). */
const afterTerminator = { resume: 0, end: -1 };

/**
 * Reads the run of punctuation from the terminator at `i` (in the sentence
 * begun at `start`, inside `[.., to)`) and the white space after it, into
 * `afterTerminator`. Reading goes on after them whatever they are (no
 * rescanning: linear); a sentence ends with them when a capital, digit or
 * opening quote follows the white space, unless the terminator is the full
 * stop of an abbreviation or initial.
 */
function endOfSentence(text: string, i: number, to: number, start: number): void {
  let j = i + 1;
  while (j < to && (TERMINATORS.has(text[j]) || CLOSERS.has(text[j]))) j++;
  let k = j;
  while (k < to && isSpace(text[k])) k++;
  afterTerminator.resume = k;
  afterTerminator.end = -1;
  if (k === j || k >= to || !startsSentence(text[k])) return;
  if (text.charCodeAt(i) === 0x2e) {
    const word = wordBefore(text, start, i);
    if (ABBREVIATIONS.has(word) || (word.length === 1 && UPPER.test(text[i - 1]))) return;
  }
  afterTerminator.end = j;
}

/** The sentence spans of `[from, to)` (see sentenceSpans), into `spans`; returns how many. */
function splitSentences(text: string, from: number, to: number): number {
  let n = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    endOfSentence(text, i, to, start);
    i = afterTerminator.resume - 1;
    if (afterTerminator.end < 0) continue;
    setSpan(n++, start, afterTerminator.end);
    start = afterTerminator.resume;
  }
  if (start < to) setSpan(n++, start, to);
  return n;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Width (0, 1 or 2 code units) of the word character at `i`: letters, marks, digits. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[i]) ? 1 : 0;
}

/** Apostrophes and hyphens that join two parts of one word. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2d || c === 0x2019 || c === 0x2018 || c === 0x2010 || c === 0x2011;
}

/**
 * The end of the word starting at `i` (letters, marks and digits, joined by
 * inner apostrophes and hyphens), not past `stop`; `i` itself when no word
 * starts there.
 */
function wordEnd(text: string, i: number, stop: number): number {
  let w = wordCharAt(text, i);
  if (w === 0) return i;
  for (;;) {
    while (w > 0 && i + w <= stop) {
      i += w;
      w = i < stop ? wordCharAt(text, i) : 0;
    }
    if (i + 1 < stop && isJoiner(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) {
      i++;
      w = wordCharAt(text, i);
    } else return i;
  }
}

/**
 * What folding a word (`foldWord` of its lower case) makes of its character
 * `c`, when that does not depend on its neighbours: ASCII (upper case
 * lowered), curly apostrophes (straightened) and the hyphens ‐ ‑ (kept); -1
 * for any other character.
 */
function plainWordFold(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c === 0x2019 || c === 0x2018) return 0x27;
  return c === 0x2010 || c === 0x2011 ? c : -1;
}

/** FNV-1a step, over folded character codes. */
function mixCode(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

const HASH_SEED = 0x811c9dc5 | 0;

/**
 * Word ids shared by the paragraphs of a draft: equal folded words, equal ids.
 * Plain words (see plainWordFold: nearly all of a news draft's) are looked up
 * by a hash of their folded characters, read in place, and compared with the
 * first occurrence of their id: a plain word costs no string. Other words go
 * by their written form, then their folded form.
 *
 * With `borrow`, an id's first occurrence is kept as a place in the text it
 * was read from (for `check()`, whose texts outlive the ids); without, as a
 * copy of the folded word (a kept index must not hold old texts alive).
 */
export class WordIds {
  /** Per id: a text and the offset and length of a word in it that folds to the id's word. */
  private readonly src: string[] = [];
  private readonly at: number[] = [];
  private readonly len: number[] = [];
  /** Words whose folded form is plain, open addressing on the hash of the folded word: id + 1 (0: empty slot) and hash. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private plain = 0;
  /** Folded word → id, for words whose folded form is not plain. */
  private readonly folded = new Map<string, number>();
  /** Written form → id, for words that are not plain. */
  private readonly written = new Map<string, number>();

  constructor(private readonly borrow = false) {}

  /** The id of the word `text[start..end)`. */
  idAt(text: string, start: number, end: number): number {
    let h = HASH_SEED;
    for (let i = start; i < end; i++) {
      const f = plainWordFold(text.charCodeAt(i));
      if (f < 0) return this.id(text.slice(start, end));
      h = mixCode(h, f);
    }
    return this.plainId(h, text, start, end);
  }

  /** The id of the written word `raw` (any characters). */
  id(raw: string): number {
    let id = this.written.get(raw);
    if (id !== undefined) return id;
    const word = foldWord(raw.toLowerCase());
    // A word may fold to a plain one ("\u212Aelvin", with the Kelvin sign, to "kelvin"): then it takes the plain word's id.
    let h = HASH_SEED;
    let plain = true;
    for (let i = 0; i < word.length && plain; i++) {
      const c = word.charCodeAt(i);
      plain = plainWordFold(c) === c;
      h = mixCode(h, c);
    }
    if (plain) id = this.plainId(h, word, 0, word.length);
    else {
      id = this.folded.get(word);
      if (id === undefined) {
        id = this.add(word, 0, word.length);
        this.folded.set(word, id);
      }
    }
    this.written.set(raw, id);
    return id;
  }

  /** The folded words, by id. */
  words(): string[] {
    return this.src.map((text, id) => foldWord(text.slice(this.at[id], this.at[id] + this.len[id]).toLowerCase()));
  }

  /** The id of the plain word `text[start..end)`, whose folded characters hash to `h`. */
  private plainId(h: number, text: string, start: number, end: number): number {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    let slot = h & mask;
    for (let v = slots[slot]; v !== 0; v = slots[slot]) {
      const id = v - 1;
      if (hashes[slot] === h && samePlainWord(text, start, end, this.src[id], this.at[id], this.len[id])) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.borrow ? this.add(text, start, end - start) : this.add(flatCopy(foldWord(text.slice(start, end).toLowerCase())), 0, end - start);
    slots[slot] = id + 1;
    hashes[slot] = h;
    if (++this.plain * 2 > slots.length) this.growTable();
    return id;
  }

  private add(text: string, at: number, len: number): number {
    this.src.push(text);
    this.at.push(at);
    this.len.push(len);
    return this.src.length - 1;
  }

  private growTable(): void {
    const { slots, hashes } = this;
    const size = slots.length * 2;
    const mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    for (let s = 0; s < slots.length; s++) {
      if (slots[s] === 0) continue;
      let slot = hashes[s] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[s];
      this.hashes[slot] = hashes[s];
    }
  }
}

/** Whether the plain words `a[i..i + n)` and `b[j..j + m)` fold to the same word. */
function samePlainWord(a: string, i: number, end: number, b: string, j: number, m: number): boolean {
  if (end - i !== m) return false;
  for (; i < end; i++, j++) if (plainWordFold(a.charCodeAt(i)) !== plainWordFold(b.charCodeAt(j))) return false;
  return true;
}

/**
 * Tokens with their word ids, and sentences, of one paragraph or of several
 * in turn (each paragraph's rows after the previous one's). Offsets are
 * relative to the token's or sentence's paragraph, and sentences and tokens
 * are counted from their paragraph's first.
 */
export interface ParagraphTokens {
  start: Int32Array;
  end: Int32Array;
  ids: Int32Array;
  /** Each token's sentence. */
  sent: Int32Array;
  /** Per sentence with words: start, end, first token, end token. */
  sentences: Int32Array;
}

/**
 * Rows being read: per token its start, end, id and sentence (`n` of them),
 * per sentence its start, end, first token and end token (`ns`). A paragraph
 * read on its own is copied out and the arrays reused; a draft's rows are
 * handed over as they are (no copy), and fresh arrays made for the next.
 */
const rows = freshRows(1024);

/** Rows with room for `tokens` tokens (and a quarter as many sentences), in one buffer: one allocation, not five. */
function freshRows(tokens: number): { start: Int32Array; end: Int32Array; ids: Int32Array; sent: Int32Array; n: number; sentences: Int32Array; ns: number } {
  const cells = new Int32Array(4 * tokens + (tokens >> 2));
  const column = (k: number) => cells.subarray(k * tokens, (k + 1) * tokens);
  return { start: column(0), end: column(1), ids: column(2), sent: column(3), n: 0, sentences: cells.subarray(4 * tokens), ns: 0 };
}

/** Makes room in the token rows for one more token. */
function roomForToken(): void {
  if (rows.n < rows.start.length) return;
  const size = Math.max(256, 2 * rows.start.length);
  rows.start = grown(rows.start, size);
  rows.end = grown(rows.end, size);
  rows.ids = grown(rows.ids, size);
  rows.sent = grown(rows.sent, size);
}

function grown(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  let size = Math.max(256, a.length);
  while (size < need) size *= 2;
  const next = new Int32Array(size);
  next.set(a);
  return next;
}

/**
 * Appends the tokens and sentences of the paragraph `text[from..to)` to
 * `rows` (offsets relative to `from`), with ids from `words`: its words and
 * the ends of its sentences (as splitSentences finds them) in one pass. No
 * word runs over the end of a sentence (white space follows it), so the
 * words are those read sentence by sentence.
 */
function readRows(text: string, from: number, to: number, words: WordIds): void {
  const firstToken = rows.n;
  const firstSentence = rows.ns;
  /** The sentence being read: its start and first token. */
  let start = from;
  let first = rows.n;
  let i = from;
  while (i < to) {
    if (isTerminator(text.charCodeAt(i))) {
      endOfSentence(text, i, to, start);
      i = afterTerminator.resume;
      if (afterTerminator.end >= 0) {
        addSentence(start - from, afterTerminator.end - from, first - firstToken, rows.n - firstToken);
        start = i;
        first = rows.n;
      }
      continue;
    }
    const wordStart = i;
    i = wordEnd(text, i, to);
    if (i === wordStart) {
      i++;
      continue;
    }
    roomForToken();
    const t = rows.n++;
    rows.start[t] = wordStart - from;
    rows.end[t] = i - from;
    rows.ids[t] = words.idAt(text, wordStart, i);
    rows.sent[t] = rows.ns - firstSentence;
  }
  if (start < to) addSentence(start - from, to - from, first - firstToken, rows.n - firstToken);
}

/** Appends a sentence row (offsets, first and end token relative to its paragraph), unless it has no token. */
function addSentence(start: number, end: number, first: number, last: number): void {
  if (last === first) return;
  const at = 4 * rows.ns++;
  const sentences = (rows.sentences = grown(rows.sentences, at + 4));
  sentences[at] = start;
  sentences[at + 1] = end;
  sentences[at + 2] = first;
  sentences[at + 3] = last;
}

/**
 * The rows read since they were last taken: copies (the arrays are kept for
 * the next reading), or the arrays themselves. Copies are views of one buffer:
 * a kept store holds a set per paragraph, and each buffer costs far more than
 * the words of a short paragraph.
 */
function takeRows(handOver: boolean): ParagraphTokens {
  const { n, ns } = rows;
  const out = handOver ? viewRows(n, ns) : copyRows(n, ns);
  // Rows handed over, or grown for a long paragraph, are not kept (the next reading makes its own).
  if (handOver || rows.start.length > 1 << 14) Object.assign(rows, freshRows(0));
  rows.n = 0;
  rows.ns = 0;
  return out;
}

/** The rows read, in place. */
function viewRows(n: number, ns: number): ParagraphTokens {
  return { start: rows.start.subarray(0, n), end: rows.end.subarray(0, n), ids: rows.ids.subarray(0, n), sent: rows.sent.subarray(0, n), sentences: rows.sentences.subarray(0, 4 * ns) };
}

/** A copy of the rows read, in one buffer. */
function copyRows(n: number, ns: number): ParagraphTokens {
  const cells = new Int32Array(4 * n + 4 * ns);
  const parts = [rows.start.subarray(0, n), rows.end.subarray(0, n), rows.ids.subarray(0, n), rows.sent.subarray(0, n), rows.sentences.subarray(0, 4 * ns)];
  const views: Int32Array[] = [];
  let at = 0;
  for (const part of parts) {
    cells.set(part, at);
    views.push(cells.subarray(at, at + part.length));
    at += part.length;
  }
  return { start: views[0], end: views[1], ids: views[2], sent: views[3], sentences: views[4] };
}

/** One paragraph's tokens and sentences, with ids from `words`, in one pass and few allocations. */
export function readParagraphIds(text: string, words: WordIds): ParagraphTokens {
  readRows(text, 0, text.length, words);
  return takeRows(false);
}

/**
 * The tokens and sentences of all the paragraphs of `draft` in one set of
 * arrays, each paragraph read as `readParagraphIds` reads it (in place in the
 * draft's text, which is quicker to read than the paragraphs' own); `counts`
 * receives each paragraph's number of tokens and of sentences (`2k`, `2k + 1`).
 * The arrays are views of the rows as read, with room made for a word every
 * five characters (about what English takes, so they seldom grow).
 */
export function readParagraphsIds(draft: Draft, words: WordIds, counts: Int32Array): ParagraphTokens {
  const { text, paragraphs } = draft;
  Object.assign(rows, freshRows(16 + Math.ceil(text.length / 5)));
  for (let k = 0; k < paragraphs.length; k++) {
    const n = rows.n;
    const ns = rows.ns;
    readRows(text, paragraphs[k].start, paragraphs[k].end, words);
    counts[2 * k] = rows.n - n;
    counts[2 * k + 1] = rows.ns - ns;
  }
  return takeRows(true);
}

/**
 * Tokens and sentences of a whole draft, offsets into it: each paragraph read
 * as the detector reads it (`readParagraphIds`, ids shared), joined.
 */
export function readTokens(draft: Draft): Reading {
  const r: Reading = { start: [], end: [], sentence: [], id: [], words: [], sentences: [] };
  const words = new WordIds(true);
  for (const paragraph of draft.paragraphs) {
    const tok = readParagraphIds(paragraph.text, words);
    const base = paragraph.start;
    const firstToken = r.start.length;
    const firstSentence = r.sentences.length;
    for (let t = 0; t < tok.start.length; t++) {
      r.start.push(base + tok.start[t]);
      r.end.push(base + tok.end[t]);
      r.sentence.push(firstSentence + tok.sent[t]);
      r.id.push(tok.ids[t]);
    }
    const s = tok.sentences;
    for (let q = 0; q < s.length; q += 4) {
      r.sentences.push({ start: base + s[q], end: base + s[q + 1], firstToken: firstToken + s[q + 2], lastToken: firstToken + s[q + 3], paragraph: paragraph.index });
    }
  }
  r.words = words.words();
  return r;
}

/** Number of words in `[start, end)` (stops counting at `atLeast`). */
export function countWords(text: string, start: number, end: number, atLeast: number): number {
  let n = 0;
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end && n < atLeast; m = WORD.exec(text)) n++;
  return n;
}
