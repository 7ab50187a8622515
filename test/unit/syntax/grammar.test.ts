import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasScope, NEWSDRAFT, projectRoot, scopesOf, tokenize } from '../../grammar/tokenize';

const ROOT = NEWSDRAFT;

describe('newsdraft grammar', () => {
  it('marks the first line as the headline, and only the first line', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'Tillerson confronts Putin\nTillerson confronts Putin');
    assert.deepEqual(
      tokens.map((t) => [t.line, t.text, t.scopes]),
      [
        [0, 'Tillerson confronts Putin', [ROOT, 'markup.heading.headline.newsdraft']],
        [1, 'Tillerson confronts Putin', [ROOT]],
      ],
    );
  });

  it('keeps quotes and numbers inside the headline', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'Putin: 3 “low points”');
    assert.deepEqual(scopesOf(tokens, '3'), [ROOT, 'markup.heading.headline.newsdraft', 'constant.numeric.newsdraft']);
    assert.deepEqual(scopesOf(tokens, 'low points'), [ROOT, 'markup.heading.headline.newsdraft', 'string.quoted.double.direct.newsdraft']);
  });

  it('reads a dateline with its place and dash', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'Headline\nMOSCOW — Rex Tillerson arrived.');
    assert.deepEqual(scopesOf(tokens, 'MOSCOW'), [ROOT, 'meta.dateline.newsdraft', 'entity.name.location.dateline.newsdraft']);
    assert.deepEqual(scopesOf(tokens, '—'), [ROOT, 'meta.dateline.newsdraft', 'punctuation.separator.dateline.newsdraft']);
    assert.deepEqual(scopesOf(tokens, ' Rex Tillerson arrived.'), [ROOT]);
  });

  it('reads datelines with a state and a news agency', async () => {
    const a = await tokenize(NEWSDRAFT, 'H\nST. PETERSBURG, Russia — Text');
    assert.deepEqual(scopesOf(a, 'ST. PETERSBURG, Russia'), [ROOT, 'meta.dateline.newsdraft', 'entity.name.location.dateline.newsdraft']);
    const b = await tokenize(NEWSDRAFT, 'H\nWASHINGTON (Reuters) - Text');
    assert.deepEqual(scopesOf(b, 'WASHINGTON'), [ROOT, 'meta.dateline.newsdraft', 'entity.name.location.dateline.newsdraft']);
    assert.deepEqual(scopesOf(b, 'Reuters'), [ROOT, 'meta.dateline.newsdraft', 'entity.name.organization.agency.newsdraft']);
    assert.deepEqual(scopesOf(b, '-'), [ROOT, 'meta.dateline.newsdraft', 'punctuation.separator.dateline.newsdraft']);
  });

  it('does not take a capitalised sentence with a dash for a dateline', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nThe talks — which ended — went well.\nA - b');
    assert.equal(hasScope(tokens, '', 'meta.dateline'), false);
  });

  it('reads a byline with the author and the organisation', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nBy Jane Doe and John Roe, Reuters');
    assert.deepEqual(scopesOf(tokens, 'By'), [ROOT, 'meta.byline.newsdraft', 'keyword.other.byline.newsdraft']);
    assert.deepEqual(scopesOf(tokens, 'Jane Doe and John Roe'), [ROOT, 'meta.byline.newsdraft', 'entity.name.author.newsdraft']);
    assert.deepEqual(scopesOf(tokens, 'Reuters'), [ROOT, 'meta.byline.newsdraft', 'entity.name.organization.newsdraft']);
  });

  it('does not take a sentence starting with "By" for a byline', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nBy the end of the day, talks had stalled.');
    assert.equal(hasScope(tokens, 'By', 'meta.byline'), false);
  });

  it('scopes a direct quote and its quotation marks', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nHe said, “We talked about it.”');
    assert.deepEqual(scopesOf(tokens, '“'), [ROOT, 'string.quoted.double.direct.newsdraft', 'punctuation.definition.string.begin.newsdraft']);
    assert.deepEqual(scopesOf(tokens, 'We talked about it.'), [ROOT, 'string.quoted.double.direct.newsdraft']);
    assert.deepEqual(scopesOf(tokens, '”'), [ROOT, 'string.quoted.double.direct.newsdraft', 'punctuation.definition.string.end.newsdraft']);
  });

  it('scopes straight-quoted quotes, but not inch marks after numbers', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nrelations "are at a low point" and a 12" screen');
    assert.deepEqual(scopesOf(tokens, 'are at a low point'), [ROOT, 'string.quoted.double.direct.newsdraft']);
    assert.equal(hasScope(tokens, 'screen', 'string.quoted'), false);
  });

  it('ends an unclosed quote at the end of its line', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\n“The world’s two foremost powers\nare not quoted here.');
    assert.deepEqual(scopesOf(tokens, 'are not quoted here.'), [ROOT]);
  });

  it('marks attribution verbs after a closing quote, with the speaker', async () => {
    const a = await tokenize(NEWSDRAFT, 'H\n“It is serious,” Tillerson said.');
    assert.deepEqual(scopesOf(a, 'Tillerson'), [ROOT, 'variable.other.speaker.newsdraft']);
    assert.deepEqual(scopesOf(a, 'said'), [ROOT, 'keyword.other.attribution.newsdraft']);
    const b = await tokenize(NEWSDRAFT, 'H\n“It is serious,” said Rex Tillerson.');
    assert.deepEqual(scopesOf(b, 'said'), [ROOT, 'keyword.other.attribution.newsdraft']);
    const c = await tokenize(NEWSDRAFT, 'H\n“Fine,” she told reporters.');
    assert.deepEqual(scopesOf(c, 'told'), [ROOT, 'keyword.other.attribution.newsdraft']);
  });

  it('marks attribution verbs before an opening quote on the same line', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nTillerson told reporters: “We talked.”');
    assert.deepEqual(scopesOf(tokens, 'told'), [ROOT, 'keyword.other.attribution.newsdraft']);
  });

  it('leaves speech verbs alone away from quotes', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nThe ministry said it would respond next week.');
    assert.equal(hasScope(tokens, 'said', 'keyword.other.attribution'), false);
  });

  it('scopes numbers, with thousands separators, decimals, percentages and ordinals', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nOn the 3rd day, 1,200 troops, 4.5% more, left in 2017.');
    for (const n of ['3rd', '1,200', '4.5%', '2017']) {
      assert.deepEqual(scopesOf(tokens, n), [ROOT, 'constant.numeric.newsdraft'], n);
    }
  });

  it('does not scope digits inside words', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\nThe F35 and G20 met.');
    assert.equal(hasScope(tokens, '', 'constant.numeric'), false);
  });

  it('scopes the Copydesk suppression comment as a comment', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\n<!-- copydesk-disable-next-line grammar/x -->');
    assert.deepEqual(scopesOf(tokens, ' copydesk-disable-next-line grammar/x '), [ROOT, 'comment.block.newsdraft']);
  });

  it('tokenises long and hostile lines quickly', async () => {
    const lines = ['H', '“'.repeat(20000), '"'.repeat(20000), 'By ' + 'A '.repeat(20000), 'A'.repeat(10000) + ' — x', '1,'.repeat(20000), `${'said '.repeat(5000)}x`];
    const started = Date.now();
    await tokenize(NEWSDRAFT, lines.join('\n'));
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });
});

describe('newsdraft grammar on the sample drafts', () => {
  it('reads the headline and the quotes of us-russia-spat.txt', async () => {
    const tokens = await tokenize(NEWSDRAFT, readFileSync(join(projectRoot(), 'samples/us-russia-spat.txt'), 'utf8'));
    assert.deepEqual(scopesOf(tokens, 'U.S. And Russia’s Escalating Spat'), [ROOT, 'markup.heading.headline.newsdraft']);
    assert.deepEqual(scopesOf(tokens, 'this (the interference) had created serious mistrust between our two countries.'), [
      ROOT,
      'string.quoted.double.direct.newsdraft',
    ]);
    assert.equal(
      tokens.filter((t) => t.line === 0).every((t) => t.scopes.includes('markup.heading.headline.newsdraft')),
      true,
    );
    assert.equal(
      tokens.some((t) => t.line > 0 && t.scopes.includes('markup.heading.headline.newsdraft')),
      false,
    );
  });

  it('reads the straight-quoted quotes of tillerson-putin-scraped.txt', async () => {
    const tokens = await tokenize(NEWSDRAFT, readFileSync(join(projectRoot(), 'samples/tillerson-putin-scraped.txt'), 'utf8'));
    assert.deepEqual(scopesOf(tokens, 'are at a low point'), [ROOT, 'string.quoted.double.direct.newsdraft']);
  });
});

describe('quote injection grammar', () => {
  it('highlights curly-quoted quotes in plain text', async () => {
    const tokens = await tokenize('text.plain', 'He said, “We talked about it.”');
    assert.deepEqual(scopesOf(tokens, '“'), ['text.plain', 'string.quoted.double.direct.copydesk', 'punctuation.definition.string.begin.copydesk']);
    assert.deepEqual(scopesOf(tokens, 'We talked about it.'), ['text.plain', 'string.quoted.double.direct.copydesk']);
    assert.deepEqual(scopesOf(tokens, '”'), ['text.plain', 'string.quoted.double.direct.copydesk', 'punctuation.definition.string.end.copydesk']);
  });

  it('highlights straight-quoted quotes in Markdown', async () => {
    const tokens = await tokenize('text.html.markdown', 'Relations "are at a low point" now.');
    assert.deepEqual(scopesOf(tokens, 'are at a low point'), ['text.html.markdown', 'meta.paragraph.markdown', 'string.quoted.double.direct.copydesk']);
    assert.deepEqual(scopesOf(tokens, ' now.'), ['text.html.markdown', 'meta.paragraph.markdown']);
  });

  it('leaves quotation marks inside Markdown code spans and comments alone', async () => {
    const tokens = await tokenize('text.html.markdown', 'Use `x = "a"` here.\n<!-- “not a quote” -->');
    assert.deepEqual(scopesOf(tokens, '`x = "a"`'), ['text.html.markdown', 'meta.paragraph.markdown', 'markup.inline.raw.string.markdown']);
    assert.equal(
      tokens.some((t) => t.scopes.some((s) => s.endsWith('.copydesk'))),
      false,
    );
  });

  it('does not highlight an unclosed quote', async () => {
    const tokens = await tokenize('text.plain', '“We talked\nabout it.”');
    assert.equal(hasScope(tokens, 'We talked', 'string.quoted'), false);
  });

  it('is not injected into the newsdraft grammar, which has its own quotes', async () => {
    const tokens = await tokenize(NEWSDRAFT, 'H\n“We talked.”');
    assert.equal(
      tokens.some((t) => t.scopes.some((s) => s.endsWith('.copydesk'))),
      false,
    );
  });
});
