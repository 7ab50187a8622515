/**
 * grammar/fixed-phrase: the wrong word in a set phrase ("at odds from" → "at
 * odds with", "quoted saying" → "quoted as saying"). Phrases are matched on
 * word tokens (case-insensitive, curly apostrophes as straight ones) within a
 * run of words not broken by punctuation; no phrase is ever compiled into a
 * regular expression. Silent inside quotes.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { report, runOf, type GrammarRuleMeta, SOURCE } from '../context';
import { FIXED_PHRASES, type FixedPhrase } from '../data/fixed-phrases';
import { eachSentence, matchCase, runEndFrom, sentenceWords, type Token } from '../tree';

export const meta: GrammarRuleMeta = {
  id: 'grammar/fixed-phrase',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: 'A wrong word in a set phrase ("at odds from", "quoted saying").',
  safe: false,
  inQuote: 'drop',
  source: SOURCE,
};

interface Entry {
  wrong: string[];
  right: string[];
  phrase: FixedPhrase;
  /** One word replaced, inserted or removed. */
  oneWord: boolean;
}

export function tokens(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(' ')
    .filter(Boolean);
}

function isOneWordChange(a: string[], b: string[]): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return a.length - p - s <= 1 && b.length - p - s <= 1;
}

/** Entries by their first word, longest first. */
export function buildIndex(list: readonly FixedPhrase[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const phrase of list) {
    const wrong = tokens(phrase.wrong);
    const right = tokens(phrase.right);
    if (wrong.length === 0) continue;
    const entry: Entry = { wrong, right, phrase, oneWord: isOneWordChange(wrong, right) };
    const bucket = index.get(wrong[0]);
    if (bucket) bucket.push(entry);
    else index.set(wrong[0], [entry]);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.wrong.length - a.wrong.length);
  return index;
}

const INDEX = buildIndex(FIXED_PHRASES);

/**
 * The matched text with only the words that differ replaced, so line breaks
 * and spacing between the unchanged words are kept.
 */
function rewrite(text: string, matched: Token[], end: number, entry: Entry, right: string): string {
  const start = matched[0].start;
  const rightWords = right.split(' ');
  const { wrong } = entry;
  let p = 0;
  while (p < wrong.length && p < rightWords.length && wrong[p] === rightWords[p].toLowerCase()) p++;
  let s = 0;
  while (s < wrong.length - p && s < rightWords.length - p && wrong[wrong.length - 1 - s] === rightWords[rightWords.length - 1 - s].toLowerCase()) s++;
  if (p === 0 && s === 0) return right;
  const inserted = rightWords.slice(p, rightWords.length - s).join(' ');
  const from = p < matched.length - s ? matched[p].start : -1;
  if (from < 0) {
    // Pure insertion before the first suffix word (or after the last prefix word).
    const at = s > 0 ? matched[matched.length - s].start : Math.min(matched[p - 1].end, end);
    const piece = s > 0 ? inserted + ' ' : ' ' + inserted;
    return text.slice(start, at) + piece + text.slice(at, end);
  }
  const to = Math.min(matched[matched.length - 1 - s].end, end);
  if (inserted === '') {
    // Pure deletion: take the space before the removed words too.
    const cut = p > 0 ? matched[p - 1].end : from;
    const cutEnd = p > 0 ? to : s > 0 ? matched[matched.length - s].start : to;
    return text.slice(start, cut) + text.slice(cutEnd, end);
  }
  return text.slice(start, from) + inserted + text.slice(to, end);
}

export function plugin() {
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(meta.id)) return;
    eachSentence(tree, (sentence) => {
      // Words of the sentence; a phrase matches only within a run of them that
      // punctuation does not break (see wordRuns), checked once a first word matches.
      const words = sentenceWords(sentence);
      for (let i = 0; i < words.length; i++) {
        const bucket = INDEX.get(words[i].lower);
        if (!bucket) continue;
        // Entries are longest first: no phrase in the bucket reaches past the first's length.
        const runEnd = runEndFrom(sentence, words, i, bucket[0].wrong.length);
        for (const entry of bucket) {
          const n = entry.wrong.length;
          if (i + n > runEnd) continue;
          let ok = true;
          for (let k = 1; k < n && ok; k++) ok = words[i + k].lower === entry.wrong[k];
          // "between you and I." : the parser keeps a final period on a one-letter word.
          let trim = 0;
          if (!ok || n === 1) {
            const last = words[i + n - 1];
            if (last.lower.length > 1 && last.lower.endsWith('.') && last.lower.slice(0, -1) === entry.wrong[n - 1]) {
              ok = true;
              for (let k = 1; k < n - 1 && ok; k++) ok = words[i + k].lower === entry.wrong[k];
              if (n === 1) ok = true;
              trim = 1;
            }
          }
          if (!ok) continue;
          const start = words[i].start;
          const end = words[i + n - 1].end - trim;
          if (run.quotes.overlaps(start, end)) break;
          const actual = run.text.slice(start, end);
          const right = matchCase(entry.phrase.right, words[i].text);
          report(
            file,
            meta.id,
            'Unexpected `' + actual + '`, expected `' + right + '`',
            { start, end },
            actual,
            [rewrite(run.text, words.slice(i, i + n), end, entry, right)],
            { safe: entry.oneWord },
          );
          i += n - 1;
          break;
        }
      }
    });
  };
}
