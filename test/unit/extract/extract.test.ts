import assert from 'node:assert/strict';
import { check, primaryFix } from '../../../src/engine/index';
import { extractArticle, extractProblem, MAX_HTML_LENGTH } from '../../../src/engine/extract/index';
import { ARTICLE, FURNISHED, page, PARAGRAPHS } from './fixtures';

const paragraphsOf = (text: string): string[] => text.split('\n\n').map((p) => p.trim());

describe('extractArticle: the article of a page', () => {
  it('gives the article as paragraphs one blank line apart, no markup, ending in one line break', () => {
    const r = extractArticle(page(ARTICLE));
    assert.equal(r.source, 'readability');
    assert.equal(r.problem, undefined);
    assert.equal(r.text, `${PARAGRAPHS.join('\n\n')}\n`);
  });

  it('leaves out the page chrome: menu, footer, scripts and styles', () => {
    const r = extractArticle(page(ARTICLE));
    for (const chrome of ['Home', 'Weather', 'All rights reserved', 'Privacy policy', 'page-view', 'color: black']) assert.ok(!r.text.includes(chrome), chrome);
  });

  it('puts the headline first only when asked', () => {
    const title = 'Harbour council votes to rebuild the old pier';
    assert.equal(extractArticle(page(ARTICLE)).title, title);
    assert.ok(!extractArticle(page(ARTICLE)).text.startsWith(title));
    assert.equal(paragraphsOf(extractArticle(page(ARTICLE), { title: true }).text)[0], title);
    assert.equal(paragraphsOf(extractArticle(page(ARTICLE), { title: true, format: 'markdown' }).text)[0], `# ${title}`);
  });

  it('does not repeat the headline as the first paragraph of the body', () => {
    const body = `<p>Harbour council votes to rebuild the old pier</p>\n${ARTICLE}`;
    const r = extractArticle(page(body));
    assert.equal(paragraphsOf(r.text)[0], PARAGRAPHS[0]);
  });
});

describe('extractArticle: the clean-up of what Readability leaves in', () => {
  const furnished = extractArticle(page(FURNISHED));
  const raw = extractArticle(page(FURNISHED), { clean: false });

  it('keeps every paragraph of the article, in order', () => {
    assert.deepEqual(paragraphsOf(furnished.text), PARAGRAPHS);
  });

  it('drops the "Read more", newsletter and share lines Readability leaves in', () => {
    for (const line of ['Read more: Storm damage closes the old pier', 'Sign up for our newsletter', 'Share this article on Facebook']) {
      assert.ok(raw.text.includes(line), `Readability keeps "${line}"`);
      assert.ok(!furnished.text.includes(line), `the clean-up drops "${line}"`);
    }
  });

  it('drops photo captions and a related-stories list with its heading', () => {
    for (const line of ['The old pier at low tide', 'More from the Gazette', 'Lifeboat crew rescues', 'Ferry timetable']) {
      assert.ok(raw.text.includes(line), `Readability keeps "${line}"`);
      assert.ok(!furnished.text.includes(line), `the clean-up drops "${line}"`);
    }
  });

  it('keeps a list of links shorter than three items, and a list of linked sentences', () => {
    const two = `${ARTICLE}<ul><li><a href="https://example.org/a">The full report</a></li><li><a href="https://example.org/b">The council minutes</a></li></ul>`;
    assert.match(extractArticle(page(two)).text, /The full report\n\nThe council minutes\n$/);
    const sentences = `${ARTICLE}<ul>${['The pier opened in 1903.', 'It was extended in 1930.', 'It closed after the storms.'].map((s) => `<li><a href="https://example.org/h">${s}</a></li>`).join('')}</ul>`;
    assert.match(extractArticle(page(sentences)).text, /The pier opened in 1903\.\n\nIt was extended in 1930\.\n\nIt closed after the storms\.\n$/);
  });

  it('drops only lines the boilerplate detector is sure of', () => {
    // "Advertisement" alone is a sure verdict; a line the detector only suspects stays.
    const body = `${PARAGRAPHS.slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join('\n')}<p>Advertisement</p>${PARAGRAPHS.slice(3)
      .map((p) => `<p>${p}</p>`)
      .join('\n')}`;
    const r = extractArticle(page(body));
    assert.ok(!r.text.includes('Advertisement'));
    assert.deepEqual(paragraphsOf(r.text), PARAGRAPHS);
    // A line the detector only suspects ("Tags: …": "Possible boilerplate", information) stays.
    const withoutList = `${FURNISHED.slice(0, FURNISHED.indexOf('<h3>'))}<p>Tags: pier, harbour</p>`;
    const draft = paragraphsOf(extractArticle(page(withoutList), { clean: false }).text).join('\n\n');
    const review = check(draft, { categories: { duplicate: false, grammar: false, style: false, quote: false } }).findings.filter(
      (f) => f.category === 'boilerplate' && f.severity === 'information',
    );
    assert.ok(review.length > 0, 'the page has a line the detector only suspects');
    const cleaned = extractArticle(page(withoutList)).text;
    for (const f of review) assert.ok(cleaned.includes(draft.slice(f.start, f.end)), `kept for review: ${draft.slice(f.start, f.end)}`);
  });

  it('never drops a long attributed sentence, even one the detector flags', () => {
    const line = 'Sign up for our newsletter to get the latest news, the mayor told residents at the meeting on the harbour front on Tuesday evening.';
    const findings = check(`${PARAGRAPHS[0]}\n\n${line}\n\n${PARAGRAPHS[1]}`, {
      categories: { duplicate: false, grammar: false, style: false, quote: false },
    }).findings.filter((f) => f.category === 'boilerplate' && (f.severity === 'warning' || !primaryFix(f)?.review));
    assert.equal(findings.length, 1, 'the detector flags the line as furniture by its own words');
    const body = `<p>${PARAGRAPHS[0]}</p><p>${line}</p>${PARAGRAPHS.slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('')}`;
    assert.ok(extractArticle(page(body)).text.includes(line));
  });

  it('never drops a line inside a block quote', () => {
    const body = `${ARTICLE}<blockquote><p>Sign up for our newsletter</p><p>— The Riverside Gazette (@gazette) March 3, 2026</p></blockquote>`;
    const r = extractArticle(page(body), { format: 'markdown' });
    assert.match(r.text, /> Sign up for our newsletter\n\n> — The Riverside Gazette \(@gazette\) March 3, 2026\n$/);
  });

  it('drops small boxes whose class or id names them furniture', () => {
    const body = `${ARTICLE}<div class="newsletter-box"><p>The Gazette daily</p><p>Every morning at seven</p></div><div id="promo"><p>Pier history</p><p>Harbour map</p></div>`;
    const r = extractArticle(page(body));
    assert.deepEqual(paragraphsOf(r.text), PARAGRAPHS);
    assert.match(extractArticle(page(body), { clean: false }).text, /The Gazette daily\n\nEvery morning at seven\n/);
  });

  it('keeps a box named like furniture when it holds paragraphs, or as much text as the rest', () => {
    const prose = `${ARTICLE}<div class="promo-feature"><p>${PARAGRAPHS[0].replace('harbour', 'town')}</p></div>`;
    assert.match(extractArticle(page(prose)).text, /The town council voted/);
    const most = `<div class="share-body"><p>The pier reopens in May.</p><p>Fishermen are pleased.</p></div><p>It cost a lot.</p>`;
    assert.equal(extractArticle(`<html><body>${most}</body></html>`).text, 'The pier reopens in May.\n\nFishermen are pleased.\n\nIt cost a lot.\n');
  });

  it('keeps headings and list items the detector reads as menu entries', () => {
    const body = `<h2>Home</h2>${ARTICLE}<ul><li>News</li><li>Sport</li></ul>`;
    const r = extractArticle(page(body), { format: 'markdown' });
    assert.match(r.text, /^## Home\n/);
    assert.match(r.text, /\n- News\n- Sport\n$/);
  });

  it('keeps the text when the rules would take more than half of it', () => {
    // A page that is all short menu-like rows: the rules misread it, so they are not applied.
    const rows = ['Home', 'News', 'Sport', 'Weather', 'Contact', 'About us'].map((w) => `<p>${w}</p>`).join('');
    const r = extractArticle(`<html><body>${rows}</body></html>`);
    assert.equal(r.text, 'Home\n\nNews\n\nSport\n\nWeather\n\nContact\n\nAbout us\n');
  });

  it('can be turned off', () => {
    assert.ok(raw.text.includes('Sign up for our newsletter'));
    assert.equal(raw.source, 'readability');
  });
});

describe('extractArticle: the fallback to the page’s visible text', () => {
  it('reads the visible text when Readability finds too little, without menus, footers, scripts or hidden parts', () => {
    const html = `<html><head><title>Opening times</title><script>var x = 1;</script></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<div>The library opens at nine.</div><div>It closes at five on weekdays and at one on Saturdays.</div>
<div hidden>Secret staff notice</div><div style="display: none">Hidden promo</div><span aria-hidden="true">icon</span>
<footer>© 2026 The Library</footer></body></html>`;
    const r = extractArticle(html);
    assert.equal(r.text, 'The library opens at nine.\n\nIt closes at five on weekdays and at one on Saturdays.\n');
    assert.equal(r.title, 'Opening times');
  });

  it('says so when a page has no readable text', () => {
    const r = extractArticle('<html><body><script>var a = 1;</script><img src="x.png"></body></html>');
    assert.equal(r.text, '');
    assert.equal(r.source, 'none');
    assert.equal(r.problem, 'the page has no readable text');
  });
});

describe('extractArticle: input that is not a page', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /^the input is empty$/],
    ['blank', ' \n\t \r\n', /^the input is empty$/],
    ['binary', `GIF89a\u0000\u0001\u0002<p>x</p>`, /binary/],
    ['control characters', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(50), /binary/],
    ['plain text', 'Just a sentence, no markup at all.\nAnd a second line.', /not HTML/],
  ];
  for (const [what, input, reason] of cases) {
    it(`gives a one-line reason, not a throw: ${what}`, () => {
      const r = extractArticle(input);
      assert.equal(r.text, '');
      assert.equal(r.source, 'none');
      assert.match(r.problem ?? '', reason);
      assert.ok(!r.problem?.includes('\n'));
      assert.equal(extractProblem(input), r.problem);
    });
  }

  it('turns a huge page away at once', () => {
    const huge = `<p>${'word '.repeat(Math.ceil(MAX_HTML_LENGTH / 5) + 10)}</p>`;
    const t0 = performance.now();
    const r = extractArticle(huge);
    assert.ok(performance.now() - t0 < 1000);
    assert.match(r.problem ?? '', /^the page is too large to extract \(\d+\.\d MB; the limit is 5 MB\)$/);
  });

  it('reads broken HTML: unclosed tags, stray closers, an unterminated comment', () => {
    const broken = `<html><body><article><p>${PARAGRAPHS[0]}<p>${PARAGRAPHS[1]}</div></span><p>${PARAGRAPHS[2]}<!-- never closed`;
    const r = extractArticle(broken);
    assert.equal(r.problem, undefined);
    assert.deepEqual(paragraphsOf(r.text), PARAGRAPHS.slice(0, 3));
  });

  it('reads a fragment without <html> or <body>, as a clipboard often holds', () => {
    const r = extractArticle('<p>The pier reopens in May.</p><p>Fishermen are pleased.</p>');
    assert.equal(r.text, 'The pier reopens in May.\n\nFishermen are pleased.\n');
    assert.equal(r.problem, undefined);
  });

  it('turns a page nested thousands of levels deep away with a reason, in bounded time', () => {
    const t0 = performance.now();
    const r = extractArticle(`${'<div>'.repeat(5000)}<p>Deep words.</p>${'</div>'.repeat(5000)}`);
    assert.ok(performance.now() - t0 < 5000);
    assert.equal(r.problem, 'the page is nested too deeply to read (over 1000 levels)');
    assert.equal(extractArticle(`${'<div>'.repeat(300)}<p>Deep words, but not too deep.</p>${'</div>'.repeat(300)}`).text, 'Deep words, but not too deep.\n');
  });

  it('reads a page of very many elements as its visible text, without Readability', () => {
    const r = extractArticle(`<html><body><p>${'<b>pier</b> '.repeat(70_000)}</p></body></html>`);
    assert.equal(r.source, 'page');
    assert.equal(r.text.length, 'pier '.length * 70_000);
  });

  it('never throws on arbitrary markup', () => {
    const pieces = [
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<ul><li>',
      '</li>',
      '<table><tr><td>',
      '<a href="x">',
      '</a>',
      '<pre>',
      '<!--',
      '-->',
      '<br>',
      'word ',
      '“',
      '&amp;',
      '&#0;',
      '\u0301',
      '👍🏽',
      '\r\n',
      '<script>',
      '</script>',
    ];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 150; n++) {
      let html = '';
      const length = next() % 60;
      for (let i = 0; i < length; i++) html += pieces[next() % pieces.length];
      const r = extractArticle(html, { format: next() % 2 ? 'markdown' : 'text' });
      assert.equal(typeof r.text, 'string');
      assert.ok(r.text === '' || r.text.endsWith('\n'));
      assert.ok(!r.text.includes('\r'));
    }
  });
});

describe('extractArticle: clean Unicode', () => {
  it('turns no-break and odd spaces into spaces, drops invisible characters, keeps emoji and combining marks', () => {
    const r = extractArticle(page(`${ARTICLE}<p>The\u00a0mayor\u2009said\u200b the pier\u00ad’s cafe\u0301 will reopen 👍🏽  soon.\u00a0</p>`));
    assert.ok(r.text.endsWith('The mayor said the pier’s café will reopen 👍🏽 soon.\n'));
  });

  it('has no CR, no trailing spaces and no runs of blank lines', () => {
    const crlf = page(`${ARTICLE.replace(/\n/g, '\r\n')}<p>Line one<br>\r\n  line two  </p>`).replace(/\n/g, '\r\n');
    for (const format of ['text', 'markdown'] as const) {
      const { text } = extractArticle(crlf, { format });
      assert.ok(!text.includes('\r'));
      assert.ok(!/[ \t]$/m.test(text));
      assert.ok(!text.includes('\n\n\n'));
    }
  });
});
