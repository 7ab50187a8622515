/**
 * Input generators for the property tests: arbitrary Unicode drafts and
 * mutated real drafts. Real drafts are the two samples in `samples/` and, when
 * the folder exists, the news-dev corpus (read at run time from
 * ../shared/corpus/news-dev beside the checkout, or $COPYDESK_CORPUS; never copied into the
 * project).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { CheckOptions } from '../../../src/engine/types';

/** Pieces that stress the engine: every kind of character an editor can paste. */
export const AWKWARD = [
  '\u0000', // NUL
  '\u0001\u0007\u001b', // control characters
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\udbff\udbff', // two high surrogates
  '\ud83d\ude00', // 😀 (surrogate pair)
  '\ud83d\udc4d\ud83c\udffd', // 👍🏽 with a skin-tone modifier
  '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', // family, joined with ZWJ
  '\ud83c\uddfa\ud83c\uddf8', // flag
  'e\u0301', // e + combining acute
  'a\u0308\u0323\u0301', // stacked combining marks
  '\u0301', // combining mark with nothing to combine with
  '\u05e9\u05dc\u05d5\u05dd', // Hebrew
  '\u0645\u0631\u062d\u0628\u0627', // Arabic
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u2066\u2069', // isolates
  '\u200b', // zero-width space
  '\u200c\u200d', // zero-width non-joiner and joiner
  '\u2060', // word joiner
  '\ufeff', // BOM in mid-text
  '\u00a0', // no-break space
  '\u202f', // narrow no-break space
  '\u2028', // line separator
  '\u2029', // paragraph separator
  '\u000b\u000c', // vertical tab, form feed
  '\t',
  '\ufffd', // replacement character
  '\uffff', // non-character
  '\u0130', // İ (lower-cases to two code units)
  '\u1e9e', // ẞ
  'ﬁ', // ligature
  '你好', // CJK
  '\u0e01\u0e34', // Thai with a combining vowel
];

export const QUOTE_MARKS = ['"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '`', '``', "''"];

const WORDS = [
  'the',
  'the',
  'a',
  'an',
  'and',
  'of',
  'to',
  'in',
  'said',
  'says',
  'told',
  'reporters',
  'Tillerson',
  'Putin',
  'Lavrov',
  'Secretary',
  'President',
  'Mr.',
  'Dr.',
  'U.S.',
  'relations',
  'between',
  'two',
  'countries',
  'trust',
  'low',
  'point',
  'meeting',
  'Wednesday',
  'it',
  'its',
  "it's",
  'their',
  'there',
  'your',
  'an',
  'apple',
  'a',
  'hour',
  'university',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'he',
  'she',
  'they',
  'who',
  'that',
  'which',
  'would',
  'could',
  'of',
  'have',
  '2017',
  '3.5',
  '$1,000',
  '10%',
  'e-mail',
  'co-operate',
  "don't",
  'x',
  'I',
  "O'Brien",
];

const PUNCT = ['.', ',', ';', ':', '!', '?', '...', '\u2026', '-', '\u2013', '\u2014', '(', ')', '[', ']', '/', '&', '*', '#', '@', '|', '\\'];

/** Lines a reporter pastes from a web page with the story. */
export const FURNITURE = [
  'Sign up for our newsletter',
  'Share this article',
  'Advertisement',
  'Read more',
  'Click here to subscribe',
  'Follow us on Twitter',
  'Copyright 2017. All rights reserved.',
  'Related stories',
  'Comments',
  'Privacy Policy | Terms of Use',
  'Thank you for signing up. You will receive a verification email shortly.',
];

/** Phrases that look like regular expressions; user phrase options must treat them as plain text. */
export const REGEX_LIKE = ['(a+)+$', '.*', '.+?', '[', ']', '(', '\\', '^', '$', '|', '(?=x)', '\\b\\w+\\b', 'a{1,99999}', '[^]*', '(.*)*', '*', '+', '?', '{'];

const lineBreak = fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ' \n', '\n\t\n');

const token = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '  ', '\u00a0', '\t', '\u200b');

/** A line: tokens joined by spaces and other separators. */
const lineArb = fc.array(fc.tuple(token, separator), { maxLength: 24 }).map((parts) => parts.map(([t, s]) => t + s).join(''));

/**
 * An arbitrary draft: lines of awkward tokens, with some lines and paragraphs
 * repeated (so duplicate detection has something to find) and mixed line breaks.
 */
export const unicodeDraft: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(lineArb, lineBreak), { maxLength: 16 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }), fc.boolean())
  .map(([lines, repeats, trailingBreak]) => {
    const parts = lines.map(([l, b]) => l + b);
    for (const [from, to] of repeats) {
      if (parts.length === 0) break;
      parts.splice(to % (parts.length + 1), 0, parts[from % parts.length]);
    }
    const text = parts.join('');
    return trailingBreak ? text : text.replace(/[\r\n]+$/, '');
  });

/** Check options a user might set, including phrases full of regex metacharacters. */
export const checkOptions: fc.Arbitrary<CheckOptions> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<CheckOptions>({}) },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        ignore: fc.array(fc.oneof(fc.constantFrom(...REGEX_LIKE, ...WORDS, ...FURNITURE), fc.string({ maxLength: 6 })), { maxLength: 4 }),
        boilerplate: fc.record(
          {
            extraPhrases: fc.array(fc.oneof(fc.constantFrom(...REGEX_LIKE, 'said', 'the'), fc.string({ maxLength: 6 })), { maxLength: 3 }),
            exemptPhrases: fc.array(fc.oneof(fc.constantFrom(...REGEX_LIKE, 'Advertisement', 'Read more'), fc.string({ maxLength: 6 })), { maxLength: 3 }),
          },
          { requiredKeys: [] },
        ),
        duplicate: fc.record({ threshold: fc.constantFrom(0.5, 0.8, 0.9, 1) }),
        categories: fc.record(
          { grammar: fc.boolean(), boilerplate: fc.boolean(), duplicate: fc.boolean(), quote: fc.boolean(), style: fc.boolean() },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
);

export interface RealDraft {
  name: string;
  text: string;
}

/** The folder of news-dev pages, when present. */
export function corpusDir(): string | undefined {
  const dir = process.env.COPYDESK_CORPUS ?? path.resolve('..', 'shared', 'corpus', 'news-dev');
  return fs.existsSync(dir) ? dir : undefined;
}

/** The real drafts to mutate: the samples, and the corpus pages when the folder exists (read, never copied). */
export function realDrafts(includeCorpus = true): RealDraft[] {
  const drafts: RealDraft[] = [];
  const samples = path.resolve('samples');
  for (const name of fs.readdirSync(samples).sort()) {
    if (name.endsWith('.txt')) drafts.push({ name: `samples/${name}`, text: fs.readFileSync(path.join(samples, name), 'utf8') });
  }
  const dir = includeCorpus ? corpusDir() : undefined;
  if (dir) {
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) drafts.push({ name: `corpus/${name}`, text: fs.readFileSync(path.join(dir, name), 'utf8') });
    }
  }
  return drafts;
}

type Mutation =
  | { op: 'insert-line'; at: number; text: string }
  | { op: 'copy-line'; from: number; to: number }
  | { op: 'delete-lines'; at: number; count: number }
  | { op: 'copy-paragraph'; from: number; to: number }
  | { op: 'delete-chars'; at: number; count: number }
  | { op: 'insert-chars'; at: number; text: string }
  | { op: 'crlf' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert-line' as const), at: fc.nat(), text: fc.oneof(lineArb, fc.constantFrom(...FURNITURE)) }),
  fc.record({ op: fc.constant('copy-line' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('delete-lines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('copy-paragraph' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('delete-chars' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    op: fc.constant('insert-chars' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...AWKWARD, ...QUOTE_MARKS), fc.string({ unit: 'binary', maxLength: 3 })),
  }),
  fc.constant({ op: 'crlf' as const }),
);

/** Apply random insertions, deletions and duplications of lines, paragraphs and characters. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const n = lines.length;
    switch (m.op) {
      case 'insert-line':
        lines.splice(m.at % (n + 1), 0, m.text);
        break;
      case 'copy-line':
        lines.splice(m.to % (n + 1), 0, lines[m.from % n]);
        break;
      case 'delete-lines':
        lines.splice(m.at % n, m.count);
        if (lines.length === 0) lines = [''];
        break;
      case 'copy-paragraph': {
        const starts = lines.flatMap((l, i) => (l.trim() !== '' && (i === 0 || lines[i - 1].trim() === '') ? [i] : []));
        if (starts.length === 0) break;
        const first = starts[m.from % starts.length];
        let last = first;
        while (last + 1 < n && lines[last + 1].trim() !== '') last++;
        const to = starts[m.to % starts.length];
        lines.splice(to, 0, ...lines.slice(first, last + 1), '');
        break;
      }
      case 'delete-chars': {
        const joined = lines.join('\n');
        const at = m.at % (joined.length + 1);
        lines = (joined.slice(0, at) + joined.slice(at + m.count)).split('\n');
        break;
      }
      case 'insert-chars': {
        const joined = lines.join('\n');
        const at = m.at % (joined.length + 1);
        lines = (joined.slice(0, at) + m.text + joined.slice(at)).split('\n');
        break;
      }
      case 'crlf':
        lines = lines.map((l) => (l.endsWith('\r') ? l : `${l}\r`));
        break;
    }
  }
  return lines.join('\n');
}

/** A real draft with a few random mutations applied. */
export function mutatedDraft(drafts: readonly RealDraft[]): fc.Arbitrary<{ name: string; text: string }> {
  return fc
    .tuple(fc.nat({ max: drafts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([i, ms]) => ({ name: drafts[i].name, text: mutate(drafts[i].text, ms) }));
}
