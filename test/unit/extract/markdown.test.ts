import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/engine/extract/index';
import { ARTICLE, page } from './fixtures';

/** The part of the Markdown after the fixture's article paragraphs. */
function tail(body: string, format: 'markdown' | 'text' = 'markdown'): string {
  const { text } = extractArticle(page(`${ARTICLE}\n${body}`), { format });
  const last = 'on those grounds.\n\n';
  return text.slice(text.indexOf(last) + last.length);
}

describe('extractArticle: Markdown', () => {
  it('keeps headings as headings and paragraphs as paragraphs', () => {
    assert.equal(tail('<h2>What happens next</h2><p>The plans go to the county.</p>'), '## What happens next\n\nThe plans go to the county.\n');
  });

  it('keeps lists as lists: bullets, numbers, nesting; one list reads as one block', () => {
    const html = '<ul><li>Deck</li><li>Rails<ul><li>Steel</li><li>Wood</li></ul></li></ul><ol><li>Design</li><li>Build</li></ol>';
    assert.equal(tail(html), '- Deck\n- Rails\n  - Steel\n  - Wood\n1. Design\n1. Build\n');
    assert.equal(tail(html, 'text'), 'Deck\n\nRails\n\nSteel\n\nWood\n\nDesign\n\nBuild\n');
  });

  it('keeps block quotes, emphasis and code', () => {
    const html = '<blockquote><p>The pier is <em>ours</em>, and it is <strong>staying</strong>.</p></blockquote><p>Run <code>make pier</code> to start.</p>';
    assert.equal(tail(html), '> The pier is *ours*, and it is **staying**.\n\nRun `make pier` to start.\n');
    assert.equal(tail(html, 'text'), 'The pier is ours, and it is staying.\n\nRun make pier to start.\n');
  });

  it('keeps absolute link addresses as Markdown links, and only the words of relative and script links', () => {
    const html = '<p>See <a href="https://example.org/report.pdf">the report</a>, <a href="/news/pier">our story</a> and <a href="javascript:void(0)">more</a>.</p>';
    assert.equal(tail(html), 'See [the report](https://example.org/report.pdf), our story and more.\n');
    assert.equal(tail(html, 'text'), 'See the report, our story and more.\n');
  });

  it('escapes text that would read as Markdown', () => {
    const html = '<p># 1 on the list</p><p>2. is second</p><p>A *starred* word and a_snake_case name.</p>';
    assert.equal(tail(html), '\\# 1 on the list\n\n\\2. is second\n\nA \\*starred\\* word and a_snake_case name.\n');
  });

  it('fences preformatted text and keeps its indentation', () => {
    assert.equal(tail('<pre>if (tide) {\n    close();\n}</pre>'), '```\nif (tide) {\n    close();\n}\n```\n');
  });

  it('reads a line break inside a paragraph as a line break', () => {
    assert.equal(tail('<p>Harbour Office<br>1 Quay Street</p>'), 'Harbour Office\\\n1 Quay Street\n');
    assert.equal(tail('<p>Harbour Office<br>1 Quay Street</p>', 'text'), 'Harbour Office\n1 Quay Street\n');
  });

  it('reads a table row of plain cells as one line, and text loose beside blocks as a paragraph', () => {
    assert.equal(tail('<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2026</td><td>£4m</td></tr></table>', 'text'), 'Year | Cost\n\n2026 | £4m\n');
    assert.equal(tail('<div>Loose words before.<p>A paragraph.</p>Loose words after.</div>', 'text'), 'Loose words before.\n\nA paragraph.\n\nLoose words after.\n');
  });
});
