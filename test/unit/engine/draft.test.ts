import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex, readDraft, readDraftAfter, type Draft } from '../../../src/engine/draft';
import { deleteLinesEdit } from '../../../src/engine/fixes';
import { applyEdits } from '../../../src/engine/edits';

describe('readDraft', () => {
  it('splits lines on LF, CRLF and CR with offsets into the text as given', () => {
    const text = 'one\r\ntwo\nthree\rfour';
    const { lines } = readDraft(text);
    assert.deepEqual(
      lines.map((l) => [l.text, l.start, l.end, l.breakEnd]),
      [
        ['one', 0, 3, 5],
        ['two', 5, 8, 9],
        ['three', 9, 14, 15],
        ['four', 15, 19, 19],
      ],
    );
  });

  it('separates paragraphs at blank lines and at lines that start a new sentence', () => {
    const text = 'Headline\n\nFirst paragraph ends.\nSecond paragraph\ncontinues here.\n\n  \nLast.';
    const { paragraphs } = readDraft(text);
    assert.deepEqual(
      paragraphs.map((p) => p.text),
      ['Headline', 'First paragraph ends.', 'Second paragraph\ncontinues here.', 'Last.'],
    );
    for (const p of paragraphs) assert.equal(text.slice(p.start, p.end), p.text);
  });

  it('reads an empty text as one blank line and no paragraph', () => {
    const draft = readDraft('');
    assert.equal(draft.lines.length, 1);
    assert.equal(draft.lines[0].blank, true);
    assert.deepEqual(draft.paragraphs, []);
  });

  it('treats zero-width and non-breaking spaces alone as a blank line', () => {
    assert.equal(readDraft('\u200b\u00a0').lines[0].blank, true);
  });
});

describe('LineIndex', () => {
  it('gives 1-based lines and UTF-16 columns, counting CRLF as one break', () => {
    const index = new LineIndex('ab\r\n😀x\ny');
    assert.deepEqual(index.position(0), { line: 1, column: 1 });
    assert.deepEqual(index.position(4), { line: 2, column: 1 });
    assert.deepEqual(index.position(6), { line: 2, column: 3 });
    assert.deepEqual(index.position(8), { line: 3, column: 1 });
    assert.deepEqual(index.position(9), { line: 3, column: 2 });
  });
});

describe('deleteLinesEdit', () => {
  const remove = (text: string, first: number, last: number) => applyEdits(text, [deleteLinesEdit(readDraft(text), first, last)]);

  it('deletes a line with its line break', () => {
    assert.equal(remove('a\nb\nc', 1, 1), 'a\nc');
    assert.equal(remove('a\r\nb\r\nc', 1, 1), 'a\r\nc');
  });

  it('deletes the last line with the line break before it', () => {
    assert.equal(remove('a\nb\nc', 2, 2), 'a\nb');
    assert.equal(remove('a\nb\nc', 1, 2), 'a');
  });

  it('leaves no double blank line where a block between blank lines goes', () => {
    assert.equal(remove('a\n\nb\nc\n\nd', 2, 3), 'a\n\nd');
  });

  it('leaves no blank line at the top when the first lines go', () => {
    assert.equal(remove('junk\n\nbody', 0, 0), 'body');
  });

  it('can delete the whole text', () => {
    assert.equal(remove('only', 0, 0), '');
  });
});

describe('readDraftAfter', () => {
  /** Pieces that matter to line and paragraph splitting: every kind of break, blank lines, wrapped lines, sentence ends. */
  const PIECE = fc.constantFrom('\n', '\r', '\r\n', '\n\n', ' ', 'a', 'A', 'word', 'Sentence.', '. ', 'lower', '\u200b', '😀', '"', ')');
  const TEXT = fc.array(PIECE, { maxLength: 40 }).map((p) => p.join(''));
  const EDIT = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.array(PIECE, { maxLength: 4 }).map((p) => p.join('')) });

  function plain(draft: Draft) {
    return { text: draft.text, lines: draft.lines, paragraphs: draft.paragraphs };
  }

  it('reads an edited text exactly as readDraft does, after any sequence of edits', () => {
    fc.assert(
      fc.property(TEXT, fc.array(EDIT, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let draft = readDraft(start);
        for (const e of edits) {
          const at = e.at % (draft.text.length + 1);
          const text = draft.text.slice(0, at) + e.insert + draft.text.slice(at + e.remove);
          const next = readDraftAfter(draft, text);
          assert.deepEqual(plain(next), plain(readDraft(text)));
          draft = next;
        }
      }),
      { seed: 20261122, numRuns: 3000 },
    );
  });

  it('keeps the line and paragraph objects before the change and the text strings after it, and says what changed', () => {
    const text = 'Alpha one.\n\nBeta two.\n\nGamma three.\n\nDelta four.';
    const before = readDraft(text);
    const after = readDraftAfter(before, text.replace('Beta two', 'Beta twenty-two'));
    assert.equal(after.paragraphs[0], before.paragraphs[0]);
    assert.equal(after.paragraphs[2].text, before.paragraphs[2].text);
    assert.equal(after.paragraphs[3].start, before.paragraphs[3].start + 7);
    assert.deepEqual(after.change && { delta: after.change.delta, paragraphs: after.change.paragraphs }, { delta: 7, paragraphs: { from: 1, toOld: 2, toNew: 2 } });
  });
});
