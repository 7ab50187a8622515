// Deterministic long drafts for the benchmark, made from real article text read
// at run time (never stored in the project): paragraphs are shuffled and some
// words swapped, so repeated rounds are near-copies, not pure copies.
import { countWords } from './stats.mjs';

/** A small, fast, seeded PRNG (mulberry32). Returns floats in [0, 1). */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy. */
export function shuffle(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Paragraphs: runs of non-blank lines, trimmed; CRLF-aware. Linear time. */
export function splitParagraphs(text) {
  const out = [];
  let current = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') {
      if (current.length) out.push(current.join('\n'));
      current = [];
    } else current.push(line.trim());
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

const SWAPPABLE = /\b[a-z]{4,}\b/g;

/** Lower-case words of four or more letters in the paragraphs, unique, sorted. */
export function vocabulary(paragraphs) {
  const words = new Set();
  for (const p of paragraphs) for (const m of p.matchAll(SWAPPABLE)) words.add(m[0]);
  return [...words].sort();
}

/** Swap each lower-case word of 4+ letters for a random vocabulary word with probability `rate`. */
export function varyParagraph(paragraph, random, vocab, rate) {
  if (vocab.length === 0 || rate <= 0) return paragraph;
  return paragraph.replace(SWAPPABLE, (word) => (random() < rate ? vocab[Math.floor(random() * vocab.length)] : word));
}

/**
 * A draft of at least `targetWords` words (cut at the first paragraph end past
 * the target): rounds of every source paragraph, each round shuffled and
 * lightly varied. Same sources and seed → same text.
 */
export function makeLongDraft(sources, targetWords, { seed = 1, rate = 0.08 } = {}) {
  const paragraphs = sources.flatMap(splitParagraphs);
  if (paragraphs.length === 0 || countWords(paragraphs.join('\n')) === 0) throw new Error('makeLongDraft: the sources have no words');
  const random = seededRandom(seed);
  const vocab = vocabulary(paragraphs);
  const out = [];
  let words = 0;
  while (words < targetWords) {
    for (const p of shuffle(paragraphs, random)) {
      const varied = varyParagraph(p, random, vocab, rate);
      out.push(varied);
      words += countWords(varied);
      if (words >= targetWords) break;
    }
  }
  return out.join('\n\n') + '\n';
}

const REPLACEMENTS = ['statement', 'officials', 'meeting', 'reported', 'minister', 'question', 'afternoon', 'agreement'];

/**
 * Change one word (four or more lower-case letters) inside one paragraph,
 * chosen with `random`. Returns the new text and where the edit is. The
 * replacement always differs from the word it replaces.
 */
export function editOneWord(text, random) {
  const re = /\b[a-z]{4,}\b/g;
  if (!re.test(text)) throw new Error('editOneWord: no word to edit');
  re.lastIndex = Math.floor(random() * text.length);
  let m = re.exec(text);
  if (!m) {
    re.lastIndex = 0;
    m = re.exec(text);
  }
  const before = m[0];
  let after = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)];
  if (after === before) after = before + 's';
  const start = m.index;
  return { text: text.slice(0, start) + after + text.slice(start + before.length), start, end: start + after.length, before, after };
}
