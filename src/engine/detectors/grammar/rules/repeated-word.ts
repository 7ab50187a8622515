/**
 * grammar/repeated-word: "the the", "to to". retext-repeated-words does the
 * finding (and keeps its allowances: "had had", "that that", "Duran Duran");
 * this wrapper skips the work when the rule is off, and gives it only the
 * sentences where two words in a row are the same, and makes the fix keep
 * the first occurrence as written ("The the" → "The"; retext proposes the
 * second). Inside a quote it is the one rule still reported (see `meta`).
 */
import type { Root, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import retextRepeatedWords from 'retext-repeated-words';
import { runOf, type GrammarRuleMeta } from '../context';
import { adjacent, baseOf, eachSentence, sentenceWords } from '../tree';

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
          !shoutedOrMixed(m.actual ?? '') && !afterHeading(run.text, m.place && 'start' in m.place ? (m.place.start.offset ?? 0) + baseOf(m.ancestors?.[0]) : undefined),
      );
    file.messages.length = before;
    for (const m of kept) keepFirst(m, run.text);
    file.messages.push(...kept);
  };
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
