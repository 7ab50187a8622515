/**
 * grammar/article-sound: "a apple", "an union", "a hour", "an one-time".
 * retext-indefinite-article does the work (it knows "an hour", "a unique",
 * "an FBI agent", "a U.S. official"); this wrapper skips it when the rule is off.
 */
import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import retextIndefiniteArticle from 'retext-indefinite-article';
import type { Paragraph, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { runOf } from '../context';
import { eachSentence, sentenceWords } from '../tree';

export const ARTICLE_SOUND = 'grammar/article-sound';
export const ARTICLE_SOUND_SOURCE = 'retext-indefinite-article';

export function articleSound() {
  const inner = retextIndefiniteArticle() as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile): void => {
    if (!runOf(file).enabled(ARTICLE_SOUND)) return;
    // retext-indefinite-article tests every article against its word lists;
    // give it only the sentences where an article might be wrong.
    const candidates: Sentence[] = [];
    eachSentence(tree, (sentence) => {
      if (mayBeWrong(sentence)) candidates.push(sentence);
    });
    if (candidates.length === 0) return;
    const paragraph: Paragraph = { type: 'ParagraphNode', children: candidates };
    const before = file.messages.length;
    inner({ type: 'RootNode', children: [paragraph] }, file);
    // "a a", "an a": a repeated article is the repeated-word rule's finding; fixing
    // the sound of the first would leave "an a".
    const kept = file.messages.slice(before).filter((m) => !beforeArticle(m.ancestors));
    file.messages.length = before;
    file.messages.push(...kept);
  };
}

const ARTICLES = new Set(['a', 'an']);

/** Whether the article a message reports on is followed (after white space) by another article. */
function beforeArticle(ancestors: readonly unknown[] | undefined): boolean {
  const [parent, node] = (ancestors ?? []) as [Sentence | undefined, Sentence['children'][number] | undefined];
  if (!parent || !node || !Array.isArray(parent.children)) return false;
  for (let i = parent.children.indexOf(node) + 1; i > 0 && i < parent.children.length; i++) {
    const next = parent.children[i];
    if (next.type === 'WhiteSpaceNode') continue;
    return next.type === 'WordNode' && ARTICLES.has(toString(next).toLowerCase());
  }
  return false;
}

/**
 * Whether a sentence has "an", or "a" before a word that could start with a
 * vowel sound (a vowel letter, a digit, a capital as in "a FBI agent", or
 * "h" as in "a hour"). "a" before any other lower-case consonant is right.
 */
export function mayBeWrong(sentence: Sentence): boolean {
  const words = sentenceWords(sentence);
  for (let i = 0; i + 1 < words.length; i++) {
    const lower = words[i].lower;
    if (lower === 'an') return true;
    if (lower === 'a' && /^[aeiouhAEIOUH0-9]|^[A-Z]/.test(words[i + 1].text)) return true;
  }
  return false;
}
