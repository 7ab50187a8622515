/**
 * grammar/unclosed-appositive: "Rex Tillerson, the U.S. Secretary of State was
 * found ...": a comma opens an appositive after a name and no comma closes it
 * before the verb. Fix: insert the closing comma.
 *
 * The name stands at the start of the sentence or right after a comma (so
 * "In Washington, the president was" is an introductory phrase, not a name);
 * the appositive starts with a determiner, names a role ("secretary",
 * "spokesman", "wife"), holds no other punctuation, clause word or "and", and
 * is at most ten words long. An attribution set off by commas ("Smith, the
 * aide said, was ...") is left alone. Silent inside quotes.
 */
import type { Root, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import { toString } from 'nlcst-to-string';
import { report, runOf, type GrammarRuleMeta, SOURCE } from '../context';
import { APPOSITIVE_STARTERS, CLAUSE_WORDS, FINITE_VERBS, NOT_NAME_WORDS, ROLE_NOUNS } from '../data/appositive';
import { baseOf, eachSentence, endOf, startOf, wordText } from '../tree';

export const meta: GrammarRuleMeta = {
  id: 'grammar/unclosed-appositive',
  category: 'grammar',
  defaultSeverity: 'information',
  description: 'An appositive opened with a comma but not closed before the verb.',
  safe: false,
  inQuote: 'drop',
  source: SOURCE,
};

const MAX_WORDS = 10;

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isComma(sentence: Sentence, i: number): boolean {
  const node = sentence.children[i];
  return node !== undefined && node.type === 'PunctuationNode' && toString(node) === ',';
}

/** Index of the previous non-whitespace child, or -1. */
function previous(sentence: Sentence, i: number): number {
  let j = i - 1;
  while (j >= 0 && sentence.children[j].type === 'WhiteSpaceNode') j--;
  return j;
}

function checkComma(sentence: Sentence, comma: number): { start: number; end: number; verb: string; name: string } | undefined {
  const children = sentence.children;
  // The name: capitalised words right before the comma.
  let j = comma - 1;
  const names: string[] = [];
  let nameStart = comma;
  while (j >= 0 && children[j].type === 'WordNode') {
    const word = wordText(children[j] as never);
    if (!isCapitalised(word) || NOT_NAME_WORDS.has(word.toLowerCase())) return undefined;
    names.unshift(word);
    nameStart = j;
    j--;
    if (j >= 0 && children[j].type === 'WhiteSpaceNode') j--;
    else break;
  }
  if (names.length === 0) return undefined;
  const before = previous(sentence, nameStart);
  if (before >= 0 && children[before].type === 'WordNode') {
    // The walk stopped on a lower-case word: the name is inside a phrase.
    return undefined;
  }
  if (before < 0 && names.length < 2) return undefined;
  if (before >= 0 && !isComma(sentence, before)) return undefined;

  // The appositive.
  let i = comma + 1;
  if (children[i]?.type !== 'WhiteSpaceNode') return undefined;
  i++;
  const first = children[i];
  if (!first || first.type !== 'WordNode' || !APPOSITIVE_STARTERS.has(wordText(first).toLowerCase())) return undefined;
  let words = 0;
  let role = false;
  let lastWord = -1;
  for (; i < children.length; i++) {
    const node = children[i];
    if (node.type === 'WhiteSpaceNode') continue;
    if (node.type !== 'WordNode') return undefined;
    const lower = wordText(node).toLowerCase();
    if (words > 0 && FINITE_VERBS.has(lower)) {
      if (!role) return undefined;
      // "Smith, the aide said, was": an attribution set off by commas.
      const after = i + 1;
      if (isComma(sentence, after)) return undefined;
      const startNode = children[comma + 2];
      const base = baseOf(sentence);
      return { start: base + startOf(startNode), end: base + endOf(children[lastWord]), verb: wordText(node), name: names.join(' ') };
    }
    if (CLAUSE_WORDS.has(lower)) return undefined;
    if (ROLE_NOUNS.has(lower)) role = true;
    words++;
    lastWord = i;
    if (words > MAX_WORDS) return undefined;
  }
  return undefined;
}

export function plugin() {
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(meta.id)) return;
    eachSentence(tree, (sentence) => {
      const children = sentence.children;
      for (let c = 1; c < children.length; c++) {
        if (!isComma(sentence, c)) continue;
        const found = checkComma(sentence, c);
        if (!found) continue;
        if (run.quotes.overlaps(found.start, found.end)) continue;
        const actual = run.text.slice(found.start, found.end);
        report(
          file,
          meta.id,
          'Missing comma after `' + actual + '`: the phrase after `' + found.name + ',` is not closed before `' + found.verb + '`',
          found,
          actual,
          [actual + ','],
          { title: 'Insert a comma after `' + actual + '`' },
        );
      }
    });
  };
}
