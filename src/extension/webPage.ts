/**
 * The decisions behind pasting, dropping and importing a web page as a clean
 * article, apart from VS Code (no `vscode` import, so plain Node tests cover
 * each): which format a draft language gets, how the paste edit is ordered
 * for each value of `copydesk.paste.cleanArticle`, when a paste is better left
 * to the plain paste, how a saved page's bytes become text, which dropped
 * items are pages, and the messages the user reads.
 *
 * The ordering follows how VS Code (1.97+) picks the paste it applies: every
 * provider's edits are sorted so that an edit comes after the edits it
 * `yieldTo`s; the first edit is applied unless `editor.pasteAs.preferences`
 * names another, and the rest are offered in the paste widget. Providers
 * registered for a language come before VS Code's own (`*`) ones, so the
 * clean article is first by default; yielding to `text.plain` (VS Code's
 * "Insert Plain Text") puts it one choice away instead.
 */

export type ArticleFormat = 'text' | 'markdown';
export type PasteMode = 'offered' | 'default' | 'off';
export const PASTE_MODES: readonly PasteMode[] = ['offered', 'default', 'off'];

/** The kind of the clean-article paste and drop edits (what `editor.pasteAs.preferences` names). */
export const CLEAN_ARTICLE_KIND = 'text.copydesk.cleanArticle';
/** The kind of VS Code's own plain-text paste. */
export const PLAIN_TEXT_KIND = 'text.plain';

export const PASTE_TITLE = 'Paste as clean article';
export const DROP_TITLE = 'Insert clean article';

/**
 * Largest page handled, in UTF-16 units (about 10 MB of Latin text). Pages
 * are rarely over 2 MB; past this the extraction would take seconds.
 */
export const MAX_HTML_CHARS = 10_000_000;

/** Markdown drafts keep headings and lists as Markdown; every other draft gets plain paragraphs. */
export function formatForLanguage(languageId: string): ArticleFormat {
  return languageId === 'markdown' ? 'markdown' : 'text';
}

/**
 * How the clean-article paste edit is offered under a setting: not at all,
 * or with the kinds it yields to (none: it is the paste Ctrl+V applies).
 */
export function pastePlan(mode: PasteMode): { yieldTo: string[] } | undefined {
  if (mode === 'off') return undefined;
  return { yieldTo: mode === 'offered' ? [PLAIN_TEXT_KIND] : [] };
}

/**
 * Whether copied HTML is preformatted text: a copy from a code editor (VS
 * Code's own copy is a `white-space: pre` div of coloured spans) or from a
 * `<pre>` block. Its plain text is already exact, line by line, and reading
 * it as an article would join its lines.
 */
export function isPreformattedHtml(html: string): boolean {
  const head = html.slice(0, 4000);
  return /^\s*(?:<meta[^>]*>\s*|<html[^>]*>\s*|<head[^>]*>[\s\S]*?<\/head>\s*|<body[^>]*>\s*|<!--[\s\S]*?-->\s*)*<(?:pre\b|div\b[^>]*white-space:\s*pre\s*[;"'])/i.test(
    head,
  );
}

/**
 * Whether HTML shows any text at all (outside tags, scripts, styles and
 * comments): a quick test, before any extraction, that a page has something
 * to read. Looks at the first megabyte only.
 */
export function hasVisibleText(html: string): boolean {
  const head = html.slice(0, 1_000_000);
  const text = head
    .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(?:nbsp|#160|#xa0);/gi, ' ');
  return /[\p{L}\p{N}]/u.test(text);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

/**
 * The text a clean-article paste inserts, or undefined when there is nothing
 * to offer: no article found, or the article is word for word the plain text
 * the clipboard already holds (then the plain paste is the same paste).
 * The article's closing line break is left out, as a plain paste has none.
 */
export function pasteInsertText(article: string, plainText: string | undefined): string | undefined {
  if (article.trim() === '') return undefined;
  if (plainText !== undefined && words(article) === words(plainText)) return undefined;
  return article.replace(/\s+$/, '');
}

/** The text inserted for dropped or imported articles: each one, a blank line between them. */
export function joinArticles(articles: readonly string[]): string | undefined {
  const kept = articles.map((a) => a.replace(/\s+$/, '')).filter((a) => a !== '');
  return kept.length > 0 ? kept.join('\n\n') : undefined;
}

/** Whether a file name or path is a saved web page. */
export function isHtmlName(name: string): boolean {
  return /\.(?:html?|xhtml)$/i.test(name.replace(/[?#].*$/, ''));
}

/** The web pages in a `text/uri-list` (RFC 2483: one URI a line, `#` lines are comments). */
export function htmlUrisInList(uriList: string): string[] {
  return uriList
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && isHtmlName(l));
}

export type DecodedPage = { ok: true; html: string } | { ok: false; problem: 'empty' | 'binary' };

function charsetOf(bytes: Uint8Array): string | undefined {
  // The charset must be declared in the first 1024 bytes (HTML's encoding sniffing rule); ASCII suffices to read it.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return /<meta[^>]*charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
}

// Windows-1252's characters for bytes 0x80–0x9F (undefined bytes kept as their C1 controls).
const CP1252_C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/**
 * Windows-1252, which the web reads for the labels latin1, iso-8859-1 and
 * ascii too. Decoded here: Node's TextDecoder (up to Node 22) reads these as
 * ISO-8859-1, so curly quotes and dashes (0x91–0x97) would come out as controls.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80] : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}

const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'l1',
  'us-ascii',
  'ascii',
  'ansi_x3.4-1968',
]);

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string | undefined {
  if (WINDOWS_1252_LABELS.has(label.toLowerCase())) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A saved page's bytes as text: a byte-order mark first, then the page's own
 * `<meta charset>`, then UTF-8 if the bytes are valid UTF-8, else
 * Windows-1252 (what browsers assume for an old Western page). NUL bytes
 * without a UTF-16 mark mean the file is not text.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  let html: string | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) html = decodeWith('utf-8', bytes.subarray(3));
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) html = decodeWith('utf-16le', bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) html = decodeWith('utf-16be', bytes.subarray(2));
  else {
    if (bytes.subarray(0, 8192).includes(0)) return { ok: false, problem: 'binary' };
    const declared = charsetOf(bytes);
    html = (declared && decodeWith(declared, bytes)) || decodeWith('utf-8', bytes, true) || decodeWith('windows-1252', bytes);
  }
  if (html === undefined || html.trim() === '') return { ok: false, problem: 'empty' };
  return { ok: true, html };
}

/** The language of a new draft made by "Import web page…" when no draft is open. */
export function newDraftLanguage(languages: readonly string[]): string {
  if (languages.includes('newsdraft')) return 'newsdraft';
  return languages[0] ?? 'plaintext';
}

/** The user-facing messages (shown with showWarningMessage). */
export const messages = {
  empty: (name: string) => `Copydesk: ${name} is empty; nothing was inserted.`,
  binary: (name: string) => `Copydesk: ${name} is not a web page (it holds binary data); nothing was inserted.`,
  tooLarge: (name: string) => `Copydesk: ${name} is over ${MAX_HTML_CHARS / 1_000_000} MB, more than Copydesk reads as a web page; nothing was inserted.`,
  noArticle: (name: string) => `Copydesk: found no article text in ${name}; nothing was inserted.`,
  unreadable: (name: string, reason: string) => `Copydesk: cannot read ${name}: ${reason}`,
  failed: (name: string, reason: string) => `Copydesk: could not extract the article from ${name}: ${reason}`,
};
