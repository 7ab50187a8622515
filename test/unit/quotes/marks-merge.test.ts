import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readDraft, type Draft } from '../../../src/engine/draft';
import { scanMarks, type MarkScan, type Segment, type Unclosed } from '../../../src/engine/detectors/quotes/marks';

/*
 * The reference: the whole-draft mark scan as it was before the marks were
 * read paragraph by paragraph, kept here verbatim so that the
 * per-paragraph scan and its merge are checked against it on random drafts.
 * (Chain numbers are compared as a grouping, not as values.)
 */
const OPEN_ONLY = new Set(['“', '„']);
const CLOSE_ONLY = '”';
const STRAIGHT = '"';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013-]/.test(c);
}

/** 5'10" or 5’10": digits, a single mark, digits, then this mark. */
function isFeetInches(text: string, i: number, floor: number): boolean {
  let j = i - 1;
  while (j >= floor && isDigit(text[j])) j--;
  if (j === i - 1 || j < floor) return false;
  if (text[j] !== "'" && text[j] !== '’') return false;
  return isDigit(text[j - 1]);
}

function hasWords(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Any letter or digit (ASCII fast path, then anything outside ASCII that is not a space or mark).
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127 && /[\p{L}\p{N}]/u.test(text[i])) return true;
  }
  return false;
}

/** Offset of the first character of the paragraph that is not a space. */
function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

const MARK = /["”“„]/g;

function referenceScan(draft: Draft): MarkScan {
  const { text, paragraphs } = draft;
  const segments: Segment[] = [];
  const unclosed: Unclosed[] = [];
  let chain = 0;
  // A quote left open by the previous paragraph: its opening mark and segment index.
  let pending: { start: number; mark: string; paragraph: number; chain: number } | undefined;
  // Every double quotation mark, found once (most characters are not marks).
  const marks: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) marks.push(m.index);
  let next = 0;

  for (const p of paragraphs) {
    let open = -1;
    let openMark = '';
    let openChain = -1;
    const first = firstNonSpace(text, p.start, p.end);
    if (pending) {
      const c = text[first];
      if (c === STRAIGHT || OPEN_ONLY.has(c)) {
        // Multi-paragraph quote: the previous paragraph's segment stands; this one opens the next.
        open = first;
        openMark = c;
        openChain = pending.chain;
      } else {
        dropChain(segments, pending.chain);
        unclosed.push({ start: pending.start, paragraph: pending.paragraph, mark: pending.mark });
      }
      pending = undefined;
    }
    const from = open >= 0 ? open + 1 : p.start;
    while (next < marks.length && marks[next] < from) next++;
    for (; next < marks.length && marks[next] < p.end; next++) {
      const i = marks[next];
      const c = text[i];
      if (c === STRAIGHT && isDigit(text[i - 1])) {
        if (isFeetInches(text, i, p.start)) continue;
        if (open < 0) continue;
      }
      let opens: boolean;
      if (OPEN_ONLY.has(c)) opens = true;
      else if (c === CLOSE_ONLY) {
        // A right mark used as an opener by mistake: nothing open, space before, a word after.
        opens = open < 0 && isSpaceOrStart(text[i - 1]) && i + 1 < p.end && !/\s/.test(text[i + 1]);
        if (open < 0 && !opens) continue; // a stray closing mark
      } else opens = open < 0;

      if (opens) {
        if (open >= 0) {
          // A second opening mark while one is open: the first was never closed.
          unclosed.push({ start: open, paragraph: p.index, mark: openMark });
          if (openChain >= 0) dropChain(segments, openChain);
        }
        open = i;
        openMark = c;
        openChain = -1;
      } else {
        if (hasWords(text, open + 1, i)) {
          segments.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, paragraph: p.index, chain: openChain, continued: false });
        }
        open = -1;
        openChain = -1;
      }
    }
    if (open >= 0) {
      const c = openChain >= 0 ? openChain : chain++;
      if (hasWords(text, open + 1, p.end)) {
        segments.push({ start: open, end: p.end, innerStart: open + 1, innerEnd: p.end, paragraph: p.index, chain: c, continued: true });
        pending = { start: open, mark: openMark, paragraph: p.index, chain: c };
      } else {
        unclosed.push({ start: open, paragraph: p.index, mark: openMark });
      }
    }
  }
  if (pending) {
    dropChain(segments, pending.chain);
    unclosed.push({ start: pending.start, paragraph: pending.paragraph, mark: pending.mark });
  }
  return { segments, unclosed };
}

/** A chain whose last opening mark is never closed is not a quote: drop its segments. */
function dropChain(segments: Segment[], chain: number): void {
  while (segments.length > 0 && segments[segments.length - 1].chain === chain && segments[segments.length - 1].continued) segments.pop();
}

const MARKS = [
  '"',
  '“',
  '”',
  '„',
  "'",
  '’',
  '5\'10"',
  '12"',
  'word',
  'Smith said',
  ' ',
  ', ',
  '.',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '  ',
  '\t',
  '—',
  'e\u0301',
  '😀',
  'x',
];

/** Segments with their chains renumbered in order of first appearance (the numbers themselves mean nothing). */
function normalised(scan: MarkScan): { segments: Segment[]; unclosed: MarkScan['unclosed'] } {
  const ids = new Map<number, number>();
  const segments = scan.segments.map((s) => {
    if (s.chain < 0) return { ...s };
    if (!ids.has(s.chain)) ids.set(s.chain, ids.size);
    return { ...s, chain: ids.get(s.chain)! };
  });
  return { segments, unclosed: scan.unclosed.map((u) => ({ ...u })) };
}

describe('quote marks read paragraph by paragraph', () => {
  it('pair, chain and leave unclosed exactly as the whole-draft scan did, on random drafts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MARKS), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const draft = readDraft(text);
        const { segments, unclosed } = scanMarks(draft);
        assert.deepStrictEqual(normalised({ segments, unclosed }), normalised(referenceScan(readDraft(text))));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on multi-paragraph quotes: continued, broken, reopened, and without words', () => {
    const texts = [
      '"One,\n\n"two,\n\n"three," he said.',
      '"One,\n\ntwo," he said.',
      '"One,\n\n"two "three," he said.',
      '"One,\n\n"\n\n"three."',
      '“One,\n\n„two,\n\n“three”',
      '"One,\n\n"two,',
      '  "One,\n\n  "two."  ',
    ];
    for (const text of texts) assert.deepStrictEqual(normalised(scanMarks(readDraft(text))), normalised(referenceScan(readDraft(text))), JSON.stringify(text));
  });
});
