/**
 * grammar/article-sound: "a apple", "an union", "a hour", "an one-time".
 * retext-indefinite-article does the work (it knows "an hour", "a unique",
 * "an FBI agent", "a U.S. official"); this wrapper skips it when the rule is off,
 * and gives it only the sentences with an article it finds fault with.
 */
import type { Paragraph, Root, Sentence, WhiteSpace, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextIndefiniteArticle from 'retext-indefinite-article';
import { VFile } from 'vfile';
import { runOf, type GrammarRuleMeta } from '../context';
import { eachSentence, sentenceWords } from '../tree';

export const meta: GrammarRuleMeta = {
  id: 'grammar/article-sound',
  category: 'grammar',
  defaultSeverity: 'warning',
  description: '"a" before a vowel sound or "an" before a consonant sound ("a hour", "an union").',
  safe: true,
  inQuote: 'drop',
  source: 'retext-indefinite-article',
};

export function plugin() {
  const inner = retextIndefiniteArticle() as (tree: Root, file: VFile) => void;
  return (tree: Root, file: VFile): void => {
    if (!runOf(file).enabled(meta.id)) return;
    // retext-indefinite-article tests every article against its word lists;
    // give it only the sentences where an article might be wrong.
    const candidates: Sentence[] = [];
    eachSentence(tree, (sentence) => {
      if (mayBeWrong(sentence, inner)) candidates.push(sentence);
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

/** A one-sentence tree `[x] article next` for asking retext-indefinite-article about one pair. */
function pairTree(article: string, next: string, first: boolean): Root {
  const word = (value: string): Word => ({ type: 'WordNode', children: [{ type: 'TextNode', value }] });
  const space = (): WhiteSpace => ({ type: 'WhiteSpaceNode', value: ' ' });
  const children: Sentence['children'] = first ? [word(article), space(), word(next)] : [word('x'), space(), word(article), space(), word(next)];
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [{ type: 'SentenceNode', children }] }] };
}

/**
 * Whether retext-indefinite-article finds fault with `article` before the
 * word `next`, the article being the sentence's first word or not (that is
 * all it reads: "A" is only checked as a first word). Asked of the plugin
 * itself, on a tree of just those words, so the answer is the plugin's. The
 * same pairs recur ("an official", "a U.S."): answers are remembered, a
 * bounded number of them.
 */
function faultsPair(inner: (tree: Root, file: VFile) => void, article: string, next: string, first: boolean): boolean {
  const key = (first ? '^' : ' ') + article + ' ' + next;
  let faulted = verdicts.get(key);
  if (faulted === undefined) {
    probe.messages.length = 0;
    inner(pairTree(article, next, first), probe);
    faulted = probe.messages.length > 0;
    probe.messages.length = 0;
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, faulted);
  }
  return faulted;
}

/** The file the probes report to (one for all: its messages are cleared after each). */
const probe = new VFile();
/** The plugin's verdicts on pairs, by pair (see faultsPair). */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 4096;

/** The text of a word node as written (toString, without its cost for a plain word). */
function written(node: Word): string {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only && only.type === 'TextNode' ? only.value : toString(node);
}

/**
 * Whether the plugin would report an article in this sentence: it has "a" or
 * "an" before a word the plugin finds fault with the pair. A sentence with
 * none is not given to the plugin (it reads every word of what it is given).
 * A pair the plugin would not look at (a comma between, say) may pass here;
 * then the plugin, run on the real sentence, reports nothing.
 */
export function mayBeWrong(sentence: Sentence, inner: (tree: Root, file: VFile) => void = defaultInner): boolean {
  const words = sentenceWords(sentence);
  for (let i = 0; i + 1 < words.length; i++) {
    const lower = words[i].lower;
    if (lower !== 'a' && lower !== 'an') continue;
    // "a" is only checked before a vowel, "h", a digit or a capital: the plugin would
    // also fault abbreviations written in lower case ("a fbi agent") and Greek
    // letters ("a α"), too rare to be worth the risk of a false alarm.
    if (lower === 'a' && !/^[aeiouhAEIOUH0-9]|^[A-Z]/.test(words[i + 1].text)) continue;
    if (faultsPair(inner, written(words[i].node), written(words[i + 1].node), i === 0)) return true;
  }
  return false;
}

const defaultInner = retextIndefiniteArticle() as (tree: Root, file: VFile) => void;
