/**
 * Reading a draft into one nlcst tree, and small helpers the plugins share.
 *
 * The draft is parsed paragraph by paragraph (parse-english's
 * `tokenizeParagraph`): parsing one long string at once is several times slower on long
 * drafts, and the draft's paragraphs are already known.
 */
import type { Node as UnistNode } from 'unist';
import type { Paragraph, Root, Sentence, Word } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { toString } from 'nlcst-to-string';
import type { Draft } from '../../draft';

const parser = new ParseEnglish();

/** What the grammar code keeps on a sentence or paragraph node's `data`. */
interface NodeData {
  /** Offset of the paragraph in the draft: node positions are relative to it. */
  base?: number;
  words?: Token[];
  runs?: Token[][];
}

export function dataOf(node: Sentence | Paragraph): NodeData {
  return (node.data ?? (node.data = {})) as NodeData;
}

/** Offset to add to a node position inside `node` (a sentence or paragraph) to index the draft. */
export function baseOf(node: UnistNode | undefined): number {
  return (node?.data as NodeData | undefined)?.base ?? 0;
}

/**
 * One nlcst root for paragraphs `from .. to - 1` of the draft. Node positions
 * are relative to their paragraph; each paragraph and sentence records its
 * paragraph's offset in `data.base` (cheaper than rewriting every position).
 * Every paragraph is parsed afresh: nothing is cached by content, so a check
 * always does the work it reports (createChecker keeps per-paragraph results
 * instead, ./incremental.ts), and no tree outlives its part of the draft.
 */
export function parseDraft(draft: Draft, from = 0, to = draft.paragraphs.length): Root {
  const children: Paragraph[] = [];
  for (let i = from; i < to; i++) {
    const p = draft.paragraphs[i];
    const node = parser.tokenizeParagraph(p.text);
    node.data = { base: p.start } as Paragraph['data'];
    for (const sentence of node.children) {
      if (sentence.type === 'SentenceNode') sentence.data = { base: p.start } as Sentence['data'];
    }
    children.push(node);
  }
  return { type: 'RootNode', children };
}

export function startOf(node: UnistNode): number {
  return node.position?.start.offset ?? 0;
}

export function endOf(node: UnistNode): number {
  return node.position?.end.offset ?? 0;
}

/** A word's text with curly apostrophes made straight. */
export function wordText(node: Word): string {
  return toString(node).replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** Position of a word among a sentence's children, with its text. */
export interface Token {
  index: number;
  node: Word;
  text: string;
  lower: string;
  start: number;
  end: number;
}

const CURLY = /[\u2018\u2019\u02bc]/;

function makeToken(index: number, node: Word, base: number): Token {
  let text = node.children.length === 1 && node.children[0].type === 'TextNode' ? node.children[0].value : toString(node);
  if (CURLY.test(text)) text = text.replace(/[\u2018\u2019\u02bc]/g, "'");
  return { index, node, text, lower: text.toLowerCase(), start: base + startOf(node), end: base + endOf(node) };
}

/** All words of a sentence (computed once per sentence and shared by the plugins). */
export function sentenceWords(sentence: Sentence): Token[] {
  const data = dataOf(sentence);
  if (data.words) return data.words;
  const base = data.base ?? 0;
  const out: Token[] = [];
  const children = sentence.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type === 'WordNode') out.push(makeToken(i, child, base));
  }
  data.words = out;
  return out;
}

/**
 * The words of a sentence in runs: a run is broken by any punctuation or
 * symbol, so a phrase never matches across a comma or a dash. Whitespace
 * (including a line break inside a paragraph) joins words.
 */
export function wordRuns(sentence: Sentence): Token[][] {
  const data = dataOf(sentence);
  if (data.runs) return data.runs;
  const words = sentenceWords(sentence);
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (run.length > 0 && !adjacent(sentence, run[run.length - 1].index, w.index)) {
      runs.push(run);
      run = [];
    }
    run.push(w);
  }
  if (run.length) runs.push(run);
  data.runs = runs;
  return runs;
}

/**
 * The end (exclusive) of the run of `words` (a sentence's, see wordRuns) from
 * word `i`, looking at most `max` words ahead: words `i .. end - 1` have only
 * white space between them.
 */
export function runEndFrom(sentence: Sentence, words: readonly Token[], i: number, max: number): number {
  const limit = Math.min(words.length, i + max);
  let end = i + 1;
  while (end < limit && adjacent(sentence, words[end - 1].index, words[end].index)) end++;
  return end;
}

/** Call `fn` on every sentence of the tree, in order. */
export function eachSentence(tree: Root, fn: (sentence: Sentence, paragraph: Paragraph) => void): void {
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type === 'SentenceNode') fn(sentence, paragraph);
    }
  }
}

/** Whether nothing but whitespace separates children `a` and `b` (a < b). */
export function adjacent(sentence: Sentence, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (sentence.children[i].type !== 'WhiteSpaceNode') return false;
  return true;
}

/** Match a word's capitalisation (first letter) to `like`. */
export function matchCase(replacement: string, like: string): string {
  if (!replacement) return replacement;
  const first = like.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
