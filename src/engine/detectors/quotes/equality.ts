/**
 * Equality of the parts of a paragraph analysis, for the quick path's
 * question "does this edited paragraph say what it said before?"
 * (`sameAnalysis` in paragraph.ts) and the name book's "do these paragraphs
 * register the same names?". Offsets are compared after `move`, which maps
 * an offset in the old paragraph text to the new one (-1 where it cannot).
 */
import type { Attribution } from './clause';
import type { KeyOp, LocalMention } from './analysis';

/** The same name registrations in the same order. */
export function sameOps(a: readonly KeyOp[], b: readonly KeyOp[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].key !== b[i].key || a[i].name !== b[i].name) return false;
  return true;
}

export function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The same mention, its offsets moved by `move` (see `offsetMover` in quick.ts). */
export function sameMention(a: LocalMention, b: LocalMention, move: (x: number) => number): boolean {
  return a.name === b.name && a.lastWord === b.lastWord && a.speech === b.speech && move(a.pos) === b.pos && move(a.end) === b.end;
}

export function sameMentions(a: readonly LocalMention[], b: readonly LocalMention[], move: (x: number) => number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameMention(a[i], b[i], move)) return false;
  return true;
}

export function sameAttribution(a: Attribution | undefined, b: Attribution | undefined, move: (x: number) => number): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'anonymous') return true;
  if (b.kind === 'anonymous') return false;
  if (move(a.start) !== b.start || move(a.end) !== b.end) return false;
  if (a.kind === 'name') return b.kind === 'name' && a.name === b.name;
  if (a.kind === 'title') return b.kind === 'title' && a.title === b.title;
  return true;
}
