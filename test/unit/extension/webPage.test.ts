import assert from 'node:assert/strict';
import {
  CLEAN_ARTICLE_KIND,
  decodePage,
  formatForLanguage,
  hasVisibleText,
  htmlUrisInList,
  isHtmlName,
  isPreformattedHtml,
  joinArticles,
  messages,
  newDraftLanguage,
  PLAIN_TEXT_KIND,
  pasteInsertText,
  pastePlan,
} from '../../../src/extension/webPage';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('web page into a draft: the decisions', () => {
  describe('format per draft language', () => {
    it('gives Markdown drafts Markdown, every other draft plain paragraphs', () => {
      assert.equal(formatForLanguage('markdown'), 'markdown');
      assert.equal(formatForLanguage('plaintext'), 'text');
      assert.equal(formatForLanguage('newsdraft'), 'text');
      assert.equal(formatForLanguage('restructuredtext'), 'text');
    });
  });

  describe('where the paste edit goes, per copydesk.paste.cleanArticle', () => {
    it('offered: yields to VS Code plain-text paste, so Ctrl+V stays plain and the article is one choice away', () => {
      assert.deepEqual(pastePlan('offered'), { yieldTo: [PLAIN_TEXT_KIND] });
      assert.equal(PLAIN_TEXT_KIND, 'text.plain');
    });
    it('default: yields to nothing, so it is the first edit and Ctrl+V applies it', () => {
      assert.deepEqual(pastePlan('default'), { yieldTo: [] });
    });
    it('off: no edit at all', () => {
      assert.equal(pastePlan('off'), undefined);
    });
    it("names its own kind under VS Code's text kinds", () => {
      assert.equal(CLEAN_ARTICLE_KIND, 'text.copydesk.cleanArticle');
    });
  });

  describe('when the paste is left to the plain paste', () => {
    it('offers nothing for an empty extraction', () => {
      assert.equal(pasteInsertText('', 'Some text'), undefined);
      assert.equal(pasteInsertText(' \n\n', 'Some text'), undefined);
    });
    it('offers nothing when the article is word for word the plain text', () => {
      assert.equal(pasteInsertText('The mayor spoke.\n\nThe council voted.\n', 'The mayor spoke.\n The council voted.'), undefined);
    });
    it('offers the article without its closing line break when it differs from the plain text', () => {
      assert.equal(
        pasteInsertText('The mayor spoke.\n\nThe council voted.\n', 'Home | News\nThe mayor spoke.\nThe council voted.\nShare'),
        'The mayor spoke.\n\nThe council voted.',
      );
      assert.equal(pasteInsertText('# Budget\n\nThe council voted.\n', undefined), '# Budget\n\nThe council voted.');
    });
    it('sees whether HTML shows any text before reading it as an article', () => {
      assert.equal(hasVisibleText('<html><body><img src="x.png"><script>var a = "text";</script><style>p{}</style><!-- note --></body></html>'), false);
      assert.equal(hasVisibleText('<p>&nbsp;</p><br>'), false);
      assert.equal(hasVisibleText('<p>Ville de Québec</p>'), true);
      assert.equal(hasVisibleText('<td>42</td>'), true);
      assert.equal(hasVisibleText('<script>unclosed "text"'), false);
    });
    it("reads VS Code's own copies and <pre> blocks as preformatted (their plain text is exact)", () => {
      const vscodeCopy =
        '<meta charset=\'utf-8\'><div style="color: #d4d4d4;background-color: #1e1e1e;font-family: Menlo, monospace;font-weight: normal;font-size: 12px;line-height: 18px;white-space: pre;"><div><span style="color: #d4d4d4;">The mayor spoke.</span></div></div>';
      assert.equal(isPreformattedHtml(vscodeCopy), true);
      assert.equal(isPreformattedHtml('<html><body><!--StartFragment--><pre>line one\nline two</pre><!--EndFragment--></body></html>'), true);
    });
    it('reads a browser selection of a page as a page', () => {
      assert.equal(isPreformattedHtml('<html><body><!--StartFragment--><h1>Budget</h1><p>The council voted.</p><!--EndFragment--></body></html>'), false);
      assert.equal(isPreformattedHtml('<div style="white-space: pre-wrap"><p>The council voted.</p></div>'), false);
      assert.equal(isPreformattedHtml('<p>The council voted.</p><pre>code</pre>'), false);
    });
  });

  describe('dropped items and saved pages', () => {
    it('knows a web page by its name', () => {
      for (const name of ['page.html', 'PAGE.HTM', 'a/b/story.xhtml', 'file:///tmp/x.html?x=1']) assert.equal(isHtmlName(name), true, name);
      for (const name of ['notes.txt', 'page.html.txt', 'html', 'draft.md']) assert.equal(isHtmlName(name), false, name);
    });
    it('picks the pages out of a uri-list, skipping comments and other files', () => {
      const list = '# dropped from the explorer\r\nfile:///work/a.html\r\nfile:///work/b.txt\r\n\r\nfile:///work/C.HTM\r\n';
      assert.deepEqual(htmlUrisInList(list), ['file:///work/a.html', 'file:///work/C.HTM']);
      assert.deepEqual(htmlUrisInList(''), []);
    });
    it('joins several articles with a blank line and leaves out empty ones', () => {
      assert.equal(joinArticles(['One.\n', '', 'Two.\n']), 'One.\n\nTwo.');
      assert.equal(joinArticles(['\n']), undefined);
    });
    it('opens a new draft in the News draft language when it is a draft language', () => {
      assert.equal(newDraftLanguage(['plaintext', 'markdown', 'newsdraft']), 'newsdraft');
      assert.equal(newDraftLanguage(['markdown']), 'markdown');
      assert.equal(newDraftLanguage([]), 'plaintext');
    });
  });

  describe('decoding a saved page', () => {
    it('reads UTF-8, with or without a byte-order mark', () => {
      assert.deepEqual(decodePage(utf8('<p>Café ✓ 👍🏽</p>')), { ok: true, html: '<p>Café ✓ 👍🏽</p>' });
      assert.deepEqual(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>é</p>')])), { ok: true, html: '<p>é</p>' });
    });
    it('reads UTF-16 by its byte-order mark', () => {
      const le = [0xff, 0xfe, ...[...'<p>é</p>'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
      assert.deepEqual(decodePage(new Uint8Array(le)), { ok: true, html: '<p>é</p>' });
    });
    it("honours the page's <meta charset>, and falls back to Windows-1252 for bytes that are not UTF-8", () => {
      const declared = new Uint8Array([...utf8('<meta charset="iso-8859-1"><p>caf'), 0xe9, ...utf8('</p>')]);
      assert.equal((decodePage(declared) as { html: string }).html, '<meta charset="iso-8859-1"><p>café</p>');
      const undeclared = new Uint8Array([...utf8('<p>'), 0x93, ...utf8('Hi'), 0x94, ...utf8('</p>')]);
      assert.equal((decodePage(undeclared) as { html: string }).html, '<p>\u201cHi\u201d</p>');
      const ends = new Uint8Array([...utf8('<meta charset=windows-1252>'), 0x80, 0x96, 0x9f, 0xe9]);
      assert.equal((decodePage(ends) as { html: string }).html, '<meta charset=windows-1252>\u20ac\u2013\u0178\u00e9');
    });
    it('says an empty or blank file is empty', () => {
      assert.deepEqual(decodePage(new Uint8Array()), { ok: false, problem: 'empty' });
      assert.deepEqual(decodePage(utf8(' \r\n\t')), { ok: false, problem: 'empty' });
    });
    it('says a file with NUL bytes (an image, a zip) is binary', () => {
      assert.deepEqual(decodePage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), { ok: false, problem: 'binary' });
    });
    it('names the file in every message', () => {
      for (const m of [
        messages.empty('x.html'),
        messages.binary('x.html'),
        messages.tooLarge('x.html'),
        messages.noArticle('x.html'),
        messages.unreadable('x.html', 'gone'),
        messages.failed('x.html', 'boom'),
      ]) {
        assert.match(m, /^Copydesk: .*x\.html/);
      }
    });
  });
});
