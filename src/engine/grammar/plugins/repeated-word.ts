/**
 * grammar/repeated-word: "the the", "to to". retext-repeated-words does the
 * finding (and keeps its allowances: "had had", "that that", "Duran Duran");
 * this wrapper only skips the work when the rule is off. The conversion to a
 * finding (information severity inside a quote) is in ../convert.ts.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import retextRepeatedWords from 'retext-repeated-words';
import { runOf } from '../context';
import { baseOf } from '../tree';

export const REPEATED_WORD = 'grammar/repeated-word';
export const REPEATED_WORD_SOURCE = 'retext-repeated-words';

export function repeatedWord() {
  const inner = retextRepeatedWords() as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(REPEATED_WORD)) return;
    const before = file.messages.length;
    inner(tree, file);
    // A heading followed by a line that starts with the same word ("About
    // Acme" / "Acme makes ...") is not a slip, nor are menu items and labels
    // in capitals ("DIY DIY & Crafts", "live LIVE").
    const kept = file.messages
      .slice(before)
      .filter(
        (m) =>
          !shoutedOrMixed(m.actual ?? '') &&
          !afterHeading(run.text, m.place && 'start' in m.place ? (m.place.start.offset ?? 0) + baseOf(m.ancestors?.[0]) : undefined),
      );
    file.messages.length = before;
    file.messages.push(...kept);
  };
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
