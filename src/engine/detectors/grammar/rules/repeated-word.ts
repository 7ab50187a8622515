/**
 * grammar/repeated-word: "the the", "to to". retext-repeated-words does the
 * finding (and keeps its allowances: "had had", "that that", "Duran Duran");
 * this wrapper skips the work when the rule is off, and gives it only the
 * sentences where two words in a row are the same, and makes the fix keep
 * the first occurrence as written ("The the" → "The"; retext proposes the
 * second). Inside a quote it is the one rule still reported (see `meta`).
 *
 * Three repeats retext cannot see are found here, from context:
 * - "that that" where what follows cannot continue it (an article, a
 *   possessive, a subject pronoun: "said that that the plan failed"), unless
 *   the first "that" is a pronoun ("it is that that the voters want"); see
 *   ../data/repeats.ts for the words and why;
 * - a function word repeated across a hyphen ("the-the"), one word to the parser;
 * - a function word ending one line and starting the next, which the
 *   heading guard (a short line then a line starting with its last word)
 *   would otherwise excuse: headings do not end with "the".
 */
import type { Root, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import retextRepeatedWords from 'retext-repeated-words';
import { report, runOf, type GrammarRuleMeta } from '../context';
import { AFTER_DOUBLE_THAT, BEFORE_DEMONSTRATIVE, CLEFT_BE, CLEFT_SUBJECTS, FUNCTION_WORDS, INTENSIFIERS } from '../data/repeats';
import { adjacent, baseOf, eachSentence, sentenceWords, type Token } from '../tree';

export const meta: GrammarRuleMeta = {
  id: 'grammar/repeated-word',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: 'A word written twice in a row ("the the").',
  safe: true,
  inQuote: 'information',
  source: 'retext-repeated-words',
};

export function plugin() {
  const inner = retextRepeatedWords() as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(meta.id)) return;
    // retext-repeated-words reads every word of every sentence; most have no repeat.
    const candidates: Sentence[] = [];
    eachSentence(tree, (sentence) => {
      if (mayRepeat(sentence)) candidates.push(sentence);
      contextRepeats(sentence, file, run.text);
    });
    if (candidates.length === 0) return;
    const before = file.messages.length;
    inner({ type: 'RootNode', children: [{ type: 'ParagraphNode', children: candidates }] }, file);
    // A heading followed by a line that starts with the same word ("About
    // Acme" / "Acme makes ...") is not a slip, nor are menu items and labels
    // in capitals ("DIY DIY & Crafts", "live LIVE").
    const kept = file.messages
      .slice(before)
      .filter(
        (m) =>
          !shoutedOrMixed(m.actual ?? '') &&
          (FUNCTION_WORDS.has(((m.actual ?? '').split(/\s+/)[1] ?? '').toLowerCase()) ||
            !afterHeading(run.text, m.place && 'start' in m.place ? (m.place.start.offset ?? 0) + baseOf(m.ancestors?.[0]) : undefined)),
      );
    file.messages.length = before;
    for (const m of kept) keepFirst(m, run.text);
    file.messages.push(...kept);
  };
}

/** Report "that that" before a word that cannot follow it, and "the-the". */
function contextRepeats(sentence: Sentence, file: VFile, text: string): void {
  const words = sentenceWords(sentence);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const hyphen = hyphenRepeat(word);
    if (hyphen !== undefined) {
      report(file, meta.id, 'Unexpected repeated `' + hyphen + '`, remove one occurrence', word, word.text, [word.text.slice(0, hyphen.length)], {
        safe: true,
        title: 'Remove `' + hyphen + '`',
      });
      continue;
    }
    if (i + 2 < words.length && doubleThat(sentence, words, i)) {
      const second = words[i + 1];
      const actual = text.slice(word.start, second.end);
      report(file, meta.id, 'Unexpected repeated `that`, remove one occurrence', { start: word.start, end: second.end }, actual, [word.text], {
        safe: false,
        title: 'Remove `that`',
      });
      i++;
    }
  }
}

/** The repeated word of "the-the" (a function word twice across a hyphen), or undefined. */
export function hyphenRepeat(word: Token): string | undefined {
  const dash = word.lower.indexOf('-');
  if (dash <= 0 || dash * 2 + 1 !== word.lower.length) return undefined;
  const first = word.lower.slice(0, dash);
  if (!FUNCTION_WORDS.has(first) || word.lower.slice(dash + 1) !== first) return undefined;
  // Capitals are page furniture ("THE-THE"), as for repeats with a space.
  if (word.text.slice(dash + 1) !== first) return undefined;
  return word.text.slice(0, dash);
}

/** Whether words i, i+1 are "that that" followed by a word that cannot continue it. */
export function doubleThat(sentence: Sentence, words: readonly Token[], i: number): boolean {
  const first = words[i];
  const second = words[i + 1];
  const next = words[i + 2];
  if (first.lower !== 'that' || second.text !== 'that') return false;
  if (!adjacent(sentence, first.index, second.index) || !adjacent(sentence, second.index, next.index)) return false;
  if (!AFTER_DOUBLE_THAT.has(next.lower)) return false;
  // The words before, looking past intensifiers ("it is only that that").
  let k = i - 1;
  while (k >= 0 && INTENSIFIERS.has(words[k].lower) && adjacent(sentence, words[k].index, words[k + 1].index)) k--;
  const before = k >= 0 && adjacent(sentence, words[k].index, words[k + 1].index) ? words[k] : undefined;
  if (!before) return true;
  if (BEFORE_DEMONSTRATIVE.has(before.lower)) return false;
  if (before.lower === "it's" || before.lower === "that's") return false;
  if (!CLEFT_BE.has(before.lower)) return true;
  const subject = k > 0 && adjacent(sentence, words[k - 1].index, before.index) ? words[k - 1] : undefined;
  return !(subject && CLEFT_SUBJECTS.has(subject.lower));
}

/** Make the message's one expected value the first word of the repeat, as written in `text`. */
function keepFirst(m: VFileMessage, text: string): void {
  if (!m.place || !('start' in m.place) || m.place.start.offset === undefined || m.place.end.offset === undefined) return;
  const base = baseOf(m.ancestors?.[0]);
  const actual = text.slice(m.place.start.offset + base, m.place.end.offset + base);
  const space = actual.search(/\s/);
  m.expected = [actual.slice(0, space < 0 ? actual.length : space)];
}

/**
 * Whether a sentence has the same word twice in a row (case and apostrophe
 * style aside) with only white space between: every repeat
 * retext-repeated-words reports is one of these.
 */
export function mayRepeat(sentence: Sentence): boolean {
  const words = sentenceWords(sentence);
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i].lower === words[i + 1].lower && adjacent(sentence, words[i].index, words[i + 1].index)) return true;
  }
  return false;
}

/** Whether the word at `offset` ends a short line without end punctuation (a heading). */
export function afterHeading(text: string, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && !/\s/.test(text[end])) end++;
  let k = end;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  if (k >= text.length || (text[k] !== '\n' && text[k] !== '\r')) return false;
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  const line = text.slice(start, end).trim();
  return !/[.!?:;]$/.test(line) && line.split(/\s+/).length <= 6;
}

/**
 * Whether a repeat is in capitals ("DIY DIY") or differs in more than the
 * first letter's case ("live LIVE"): page furniture, not a typing slip.
 */
export function shoutedOrMixed(actual: string): boolean {
  const [first, second] = actual.split(/\s+/);
  if (!first || !second) return false;
  if (/[A-Z]/.test(second) && second === second.toUpperCase() && second.length > 1) return true;
  return first.slice(1) !== second.slice(1);
}
