// Types of grammar-slips.mjs (plain ESM run by Node; imported by the unit tests).
export function seededRandom(seed: number): () => number;
export const CORPUS_KINDS: readonly ['repeated-word', 'that-that', 'stray-determiner', 'mass-noun'];
export type CorpusKind = (typeof CORPUS_KINDS)[number];
export const MASS_NOUNS: ReadonlySet<string>;
export const REPEAT_VARIANTS: readonly (readonly [string, number])[];
export interface Range {
  start: number;
  end: number;
}
export interface SlipToken {
  raw: string;
  word: string | null;
  lower: string | null;
  trail: string;
  start: number;
}
export interface Site {
  at: number;
  insert: string;
  start: number;
  end: number;
  variant: string;
}
export interface Slip {
  text: string;
  start: number;
  end: number;
  kind: CorpusKind | 'confusion';
  variant: string;
  slip: string;
}
export interface InjectedSlip extends Slip {
  at: number;
  inserted: number;
}
export interface Confusion {
  wrong: string;
  right: string;
  sentence: string;
  source: string;
  relation: 'variant' | 'unlisted';
}
export function isPastVerb(word: string): boolean;
export interface Sentence extends Range {
  /** The sentence with its quotes masked. */
  body: string;
}
export const MASK: string;
export function maskQuotes(text: string, quotes?: readonly Range[]): string;
export function eligibleSentences(text: string, quotes?: readonly Range[]): Sentence[];
export function tokensOf(sentence: Sentence): SlipToken[];
export function sitesFor(kind: CorpusKind, sentences: readonly Sentence[], variant?: string): Site[];
export function hash32(text: string): number;
export function injectSlips(text: string, kind: CorpusKind, options: { seed: number; name?: string; copies?: number; quotes?: readonly Range[] }): InjectedSlip[];
export function injectConfusion(entry: Confusion): Slip | null;
