/**
 * grammar/stray-determiner: "the" left before a verb that has its own object,
 * as in "responded with the expulsion of 755 staff members ... and the seized
 * two American compounds" (fix: delete "the").
 *
 * A candidate is lower-case "the" + a past form (-ed, -en or an irregular
 * past) + the start of an object noun phrase ("the", "his", "them", ...), or,
 * right after "and"/"but"/"or", + a number. Participles used as nouns or
 * adjectives ("the injured were taken", "the seized compounds", "the accused",
 * "the elected officials", "the estimated 5,000 people") never qualify. Only
 * candidate sentences are part-of-speech tagged (retext-pos), and the word
 * must be tagged as a past tense or participle (VBD/VBN).
 */
import type { Root, Sentence } from 'nlcst';
import type { VFile } from 'vfile';
import { unified, type Processor } from 'unified';
import { report, runOf } from '../context';
import { CONJUNCTIONS, IRREGULAR_PAST, NEVER_FLAGGED, NUMBER_WORDS, OBJECT_STARTERS } from '../data/participles';
import { adjacent, dataOf, eachSentence, sentenceWords, type Token } from '../tree';

export const STRAY_DETERMINER = 'grammar/stray-determiner';

/**
 * The tagger, built on first use: retext-pos's lexicon (the \`pos\` package) is
 * most of the bundle's size and takes ~100 ms and ~60 MB to load, and only
 * drafts with a candidate sentence ever need it.
 */
let tagger: Processor<Root, Root, Root> | undefined;
function getTagger(): Processor<Root, Root, Root> {
  tagger ??= unified().use((require('retext-pos') as typeof import('retext-pos')).default) as unknown as Processor<Root, Root, Root>;
  return tagger;
}

/** Tag the words of these sentences in place (data.partOfSpeech), in one run, once each. */
export function tagSentences(sentences: Sentence[]): void {
  const todo = sentences.filter((s) => !dataOf(s).tagged);
  if (todo.length === 0) return;
  const root = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: todo }] } as Root;
  getTagger().runSync(root);
  for (const s of todo) dataOf(s).tagged = true;
}

function partOfSpeech(token: Token): string | undefined {
  return (token.node.data as { partOfSpeech?: string } | undefined)?.partOfSpeech;
}

function isPastForm(word: string): boolean {
  if (NEVER_FLAGGED.has(word)) return false;
  if (IRREGULAR_PAST.has(word)) return true;
  if (word.length < 4) return false;
  return /^[a-z]+(?:ed|en)$/.test(word);
}

function isNumber(token: Token): boolean {
  return /^\d/.test(token.text) || NUMBER_WORDS.has(token.lower);
}

interface Candidate {
  sentence: Sentence;
  det: Token;
  verb: Token;
}

export function strayDeterminer() {
  return (tree: Root, file: VFile): void => {
    const run = runOf(file);
    if (!run.enabled(STRAY_DETERMINER)) return;
    const candidates: Candidate[] = [];
    eachSentence(tree, (sentence) => {
      const words = sentenceWords(sentence);
      for (let i = 0; i + 2 < words.length; i++) {
        const det = words[i];
        if (det.text !== 'the') continue;
        const verb = words[i + 1];
        const next = words[i + 2];
        if (verb.text !== verb.lower || !isPastForm(verb.lower)) continue;
        if (!adjacent(sentence, det.index, verb.index) || !adjacent(sentence, verb.index, next.index)) continue;
        const prev = i > 0 && adjacent(sentence, words[i - 1].index, det.index) ? words[i - 1] : undefined;
        const afterConjunction = prev !== undefined && CONJUNCTIONS.has(prev.lower);
        const objectNext = OBJECT_STARTERS.has(next.lower) || (afterConjunction && isNumber(next));
        if (!objectNext) continue;
        if (run.quotes.overlaps(det.start, verb.end)) continue;
        candidates.push({ sentence, det, verb });
      }
    });
    if (candidates.length === 0) return;
    // Part-of-speech tags only for the sentences that need them.
    tagSentences([...new Set(candidates.map((c) => c.sentence))]);
    for (const { det, verb } of candidates) {
      const tag = partOfSpeech(verb);
      if (tag !== 'VBD' && tag !== 'VBN') continue;
      report(
        file,
        STRAY_DETERMINER,
        'Unexpected `the` before the verb `' + verb.text + '`, which has its own object: remove `the`',
        { start: det.start, end: verb.end },
        run.text.slice(det.start, verb.end),
        [verb.text],
        { title: 'Remove `the`' },
      );
    }
  };
}
