import assert from 'node:assert/strict';
import { readDraft } from '../../../src/engine/draft';
import { scanMarks } from '../../../src/engine/detectors/quotes/marks';
import { quotes, quotesOf } from './helpers';

describe('quote marks', () => {
  it('pairs straight double quotes', () => {
    assert.deepEqual(quotesOf('"We will win," Smith said.'), ['0-14 Smith: We will win,']);
  });

  it('pairs curly double quotes', () => {
    assert.deepEqual(quotesOf('“We will win,” Smith said.'), ['0-14 Smith: We will win,']);
  });

  it('keeps nested single quotes inside the quote', () => {
    assert.deepEqual(quotesOf('“He told me ‘go home’ and I did,” Smith said.'), ['0-33 Smith: He told me ‘go home’ and I did,']);
    assert.deepEqual(quotesOf(`"He told me 'go home' and I did," Smith said.`), [`0-33 Smith: He told me 'go home' and I did,`]);
  });

  it('does not take apostrophes for quotes', () => {
    assert.deepEqual(quotesOf("Tillerson's aide said the talks' outcome was Russia's call."), []);
  });

  it('does not take feet-and-inch marks for quotes', () => {
    assert.deepEqual(quotesOf('The suspect is 5\'10" tall and drove a 65" TV home. "He ran," Smith said.'), ['51-60 Smith: He ran,']);
  });

  it('reads an inch mark inside a quote as a mark, not a close', () => {
    assert.deepEqual(quotesOf('"I am 5\'10" and proud," Smith said.'), ['0-23 Smith: I am 5\'10" and proud,']);
  });

  it('finds partial quotes inside a sentence', () => {
    assert.deepEqual(quotesOf('Smith said relations "are at a low point" and will stay there.'), ['21-41 Smith: are at a low point']);
  });

  it('keeps an opening ellipsis in the quote text', () => {
    assert.deepEqual(quotesOf('Smith acknowledged that he “…told the minister no.”'), ['27-51 Smith: …told the minister no.']);
  });

  it('returns a multi-paragraph quote as one quote per paragraph, with one speaker', () => {
    const text = '“We will rebuild,” Smith said. “It will take years.\n\n“But we will do it.”\n\nThe storm passed.';
    assert.deepEqual(quotesOf(text), ['0-18 Smith: We will rebuild,', '31-51 Smith: It will take years.', '53-73 Smith: But we will do it.']);
  });

  it('reports an unclosed quote and does not return it', () => {
    const draft = readDraft('Smith said "we will win.\n\nThe rally ended.');
    assert.deepEqual(scanMarks(draft).unclosed, [{ start: 11, paragraph: 0, mark: '"' }]);
    assert.deepEqual(quotes(draft.text), []);
  });

  it('reports a multi-paragraph quote that never closes', () => {
    const draft = readDraft('“We will rebuild.\n\n“It will take years.\n\nThe storm passed.');
    assert.deepEqual(scanMarks(draft).segments, []);
    assert.deepEqual(scanMarks(draft).unclosed, [{ start: 19, paragraph: 1, mark: '“' }]);
  });

  it('ignores a stray closing mark and empty quotes', () => {
    assert.deepEqual(quotesOf('It was ” odd. "" Then "Go," Smith said.'), ['22-27 Smith: Go,']);
  });

  it('works with CRLF line breaks', () => {
    const text = 'Intro line.\r\n\r\n"We will win," Smith said.\r\n';
    assert.deepEqual(quotesOf(text), ['15-29 Smith: We will win,']);
  });

  it('works with emoji and combining marks, keeping ranges on whole characters', () => {
    const text = '😀 Café owner José said: “We love 🍕 and crème brûlée.”';
    const [q] = quotes(text);
    assert.equal(text.slice(q.start, q.end), '“We love 🍕 and crème brûlée.”');
    assert.equal(q.speaker, 'José');
  });

  it('flags quoted titles and one-to-three-word scare quotes as short', () => {
    const text = 'The so-called "experts" praised the film “Wild Rose” again.\n\n“Grand Plans for the City”';
    assert.deepEqual(
      quotes(text).map((q) => `${q.kind} ${q.speaker}: ${q.text}`),
      ['short null: experts', 'short null: Wild Rose', 'short null: Grand Plans for the City'],
    );
  });
});
