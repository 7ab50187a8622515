// Types of generate.mjs (plain ESM run by Node; imported by the unit tests).
export function seededRandom(seed: number): () => number;
export function shuffle<T>(items: readonly T[], random: () => number): T[];
export function splitParagraphs(text: string): string[];
export function vocabulary(paragraphs: readonly string[]): string[];
export function varyParagraph(paragraph: string, random: () => number, vocab: readonly string[], rate: number): string;
export function makeLongDraft(sources: readonly string[], targetWords: number, options?: { seed?: number; rate?: number }): string;
export interface WordEdit {
  text: string;
  start: number;
  end: number;
  before: string;
  after: string;
}
export function editOneWord(text: string, random: () => number): WordEdit;
