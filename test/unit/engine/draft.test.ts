import assert from 'node:assert/strict';
import { LineIndex, readDraft } from '../../../src/engine/draft';
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
