/**
 * The duplicate detector's reading of a draft: word tokens (with their ids,
 * word-ids.ts) and sentences (sentences.ts), all with UTF-16 offsets into the
 * text, in one pass over the text, stored as rows of a few integer arrays
 * (`ParagraphTokens`) rather than an object per word. Every regular
 * expression here is linear.
 */
import type { Draft } from '../../draft';
import { afterTerminator, endOfSentence, grown, isTerminator } from './sentences';
import { foldWord, WordIds } from './word-ids';

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
export function tokenize(text: string, start = 0, end = text.length): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const stop = Math.min(end, m.index + m[0].length);
    out.push({ start: m.index, end: stop, text: foldWord(text.slice(m.index, stop)) });
  }
  return out;
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
  return {
    start: rows.start.subarray(0, n),
    end: rows.end.subarray(0, n),
    ids: rows.ids.subarray(0, n),
    sent: rows.sent.subarray(0, n),
    sentences: rows.sentences.subarray(0, 4 * ns),
  };
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
