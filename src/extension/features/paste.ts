/**
 * A web page into a draft as its clean article, three ways: pasting a page
 * copied in a browser (the clipboard's `text/html`), dropping a saved `.html`
 * file onto a draft, and "Copydesk: Import web page…". All three hand the
 * page to the same extraction (`dist/extract.js`), run in a worker thread by
 * the ExtractHost and loaded on first use only.
 *
 * The paste is a DocumentPasteEditProvider: VS Code asks it on every paste
 * into a draft whose clipboard holds HTML, and it answers with one edit,
 * "Paste as clean article", or none (no visible text, preformatted text
 * copied from a code editor). Where the edit goes among the paste choices is
 * `copydesk.paste.cleanArticle` (webPage.ts: `pastePlan`). VS Code applies a
 * paste only once every provider has answered, so when the plain paste is
 * the one Ctrl+V applies ("offered"), the edit is offered unread and the
 * article is read only if the user picks it (`resolveDocumentPasteEdit`);
 * when the article is the default, or asked for by "Paste As…", it is read
 * at once, and an empty article, or one word for word the plain text, offers
 * nothing. The paste's token is honoured: a paste the user abandons stops
 * its extraction.
 *
 * A dropped page is an explicit request, so its edit comes first; "off"
 * turns both the paste and the drop off. The import command always works.
 */
import * as vscode from 'vscode';
import { type Extracted, ExtractHost } from '../extractHost';
import { basename, type Session } from '../session';
import {
  CLEAN_ARTICLE_KIND,
  decodePage,
  DROP_TITLE,
  formatForLanguage,
  hasVisibleText,
  htmlUrisInList,
  isHtmlName,
  isPreformattedHtml,
  joinArticles,
  MAX_HTML_CHARS,
  messages,
  newDraftLanguage,
  PASTE_TITLE,
  pasteInsertText,
  pastePlan,
} from '../webPage';

export const IMPORT_COMMAND = 'copydesk.importWebPage';

/** What "Import web page…" did (its return value, read by the tests). */
export interface ImportOutcome {
  status: 'inserted' | 'opened' | 'cancelled' | 'problem';
  message?: string;
}

/** The providers, for the integration tests (exported on the extension's API). */
export interface CleanArticleProviders {
  paste: vscode.DocumentPasteEditProvider;
  drop: vscode.DocumentDropEditProvider;
}

const kindOf = (value: string) => vscode.DocumentDropOrPasteEditKind.Empty.append(...value.split('.'));

/** A page read from a file or a dropped item: its HTML, or the message saying why not. */
type ReadPage = { ok: true; html: string } | { ok: false; message: string };

function pageFromBytes(name: string, bytes: Uint8Array): ReadPage {
  const decoded = decodePage(bytes);
  if (!decoded.ok) return { ok: false, message: messages[decoded.problem](name) };
  if (decoded.html.length > MAX_HTML_CHARS) return { ok: false, message: messages.tooLarge(name) };
  return decoded;
}

async function readPage(uri: vscode.Uri): Promise<ReadPage> {
  const name = basename(uri);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // UTF-16 pages are twice their characters in bytes: allow for them.
    if (stat.size > MAX_HTML_CHARS * 2) return { ok: false, message: messages.tooLarge(name) };
    return pageFromBytes(name, await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    return { ok: false, message: messages.unreadable(name, error instanceof Error ? error.message : String(error)) };
  }
}

export function registerPaste(session: Session): CleanArticleProviders {
  let host: ExtractHost | undefined;
  const extractor = () => (host ??= new ExtractHost(session.context.asAbsolutePath('dist/extract.js'), (m) => session.output.appendLine(m)));
  session.context.subscriptions.push({ dispose: () => host?.dispose() });
  const kind = kindOf(CLEAN_ARTICLE_KIND);

  /** The article of a page, or the message saying why there is none; undefined when cancelled. */
  async function article(name: string, html: string, format: 'text' | 'markdown', token?: vscode.CancellationToken) {
    let result: Extracted | undefined;
    try {
      result = await extractor().extract({ html, format, title: true }, token);
    } catch (error) {
      const message = messages.failed(name, error instanceof Error ? error.message : String(error));
      session.output.appendLine(message);
      return { message };
    }
    if (!result) return undefined;
    if (result.text.trim() !== '') return { text: result.text };
    return { message: result.problem ? messages.unreadable(name, result.problem) : messages.noArticle(name) };
  }

  /** The article of a copied selection (no headline of its own: the body only), or undefined. */
  async function pastedArticle(html: string, languageId: string, token: vscode.CancellationToken): Promise<Extracted | undefined> {
    try {
      return await extractor().extract({ html, format: formatForLanguage(languageId), title: false }, token);
    } catch (error) {
      session.output.appendLine(`Copydesk: paste as clean article: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  /** Edits offered before their article was read: what resolving one needs. */
  const unread = new WeakMap<vscode.DocumentPasteEdit, { doc: vscode.TextDocument; ranges: readonly vscode.Range[]; html: string; plain: string }>();

  const paste: vscode.DocumentPasteEditProvider = {
    async provideDocumentPasteEdits(doc, ranges, dataTransfer, context, token) {
      const plan = pastePlan(session.settings.pasteCleanArticle);
      if (!plan || !session.isDraft(doc)) return undefined;
      const html = await dataTransfer.get('text/html')?.asString();
      if (!html || token.isCancellationRequested || html.length > MAX_HTML_CHARS || !hasVisibleText(html) || isPreformattedHtml(html)) return undefined;
      const plain = (await dataTransfer.get('text/plain')?.asString()) ?? '';
      const edit = new vscode.DocumentPasteEdit('', PASTE_TITLE, kind);
      if (plan.yieldTo.length > 0) edit.yieldTo = plan.yieldTo.map(kindOf);
      if (plan.yieldTo.length > 0 && context.triggerKind === vscode.DocumentPasteTriggerKind.Automatic) {
        // Ctrl+V applies the plain paste, and VS Code waits for every provider before applying it:
        // the article is read only if the user picks it (resolveDocumentPasteEdit).
        unread.set(edit, { doc, ranges, html, plain });
        return [edit];
      }
      // The article is what Ctrl+V applies ("default"), or what "Paste As…" asked for: read it now.
      const result = await pastedArticle(html, doc.languageId, token);
      if (!result || token.isCancellationRequested) return undefined;
      const text = pasteInsertText(result.text, plain);
      if (text === undefined) return undefined;
      edit.insertText = text;
      return [edit];
    },

    async resolveDocumentPasteEdit(edit, token) {
      const job = unread.get(edit);
      if (!job) return edit;
      const result = await pastedArticle(job.html, job.doc.languageId, token);
      if (token.isCancellationRequested) return undefined;
      unread.delete(edit);
      // Nothing to clean after all: the plain text, so picking the article never pastes less than the plain paste.
      const text = (result && pasteInsertText(result.text, job.plain)) ?? job.plain;
      // Resolving may set only the additional edit (VS Code 1.97's contract): it replaces the pasted-over ranges.
      edit.additionalEdit = new vscode.WorkspaceEdit();
      for (const range of job.ranges) edit.additionalEdit.replace(job.doc.uri, range, text);
      return edit;
    },
  };

  const drop: vscode.DocumentDropEditProvider = {
    async provideDocumentDropEdits(doc, _position, dataTransfer, token) {
      if (session.settings.pasteCleanArticle === 'off' || !session.isDraft(doc)) return undefined;
      const pages: { name: string; read: () => Promise<ReadPage> }[] = [];
      const uriList = await dataTransfer.get('text/uri-list')?.asString();
      for (const u of htmlUrisInList(uriList ?? '')) {
        const uri = vscode.Uri.parse(u);
        pages.push({ name: basename(uri), read: () => readPage(uri) });
      }
      if (pages.length === 0) {
        // Files dropped from outside the editor (the operating system) come as file items.
        dataTransfer.forEach((item) => {
          const file = item.asFile();
          if (file && isHtmlName(file.name)) pages.push({ name: file.name, read: async () => pageFromBytes(file.name, await file.data()) });
        });
      }
      if (pages.length === 0) return undefined;
      const format = formatForLanguage(doc.languageId);
      const texts: string[] = [];
      for (const page of pages) {
        const read = await page.read();
        if (token.isCancellationRequested) return undefined;
        const found = read.ok ? await article(page.name, read.html, format, token) : { message: read.message };
        if (!found || token.isCancellationRequested) return undefined;
        if ('text' in found && found.text !== undefined) texts.push(found.text);
        else if (found.message) void vscode.window.showWarningMessage(found.message);
      }
      const text = joinArticles(texts);
      return text === undefined ? undefined : new vscode.DocumentDropEdit(text, DROP_TITLE, kind);
    },
  };

  session.registerForDrafts((selector) =>
    vscode.Disposable.from(
      vscode.languages.registerDocumentPasteEditProvider(selector, paste, { providedPasteEditKinds: [kind], pasteMimeTypes: ['text/html'] }),
      vscode.languages.registerDocumentDropEditProvider(selector, drop, { providedDropEditKinds: [kind], dropMimeTypes: ['text/uri-list', 'files'] }),
    ),
  );

  session.registerCommand(IMPORT_COMMAND, async (arg?: unknown): Promise<ImportOutcome> => {
    const problem = (message: string): ImportOutcome => {
      void vscode.window.showWarningMessage(message);
      return { status: 'problem', message };
    };
    // The tests (and other commands) may pass the page; people pick it in the open dialog.
    const uri =
      arg instanceof vscode.Uri
        ? arg
        : (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: 'Import', filters: { 'Web pages': ['html', 'htm'] }, title: 'Import web page' }))?.[0];
    if (!uri) return { status: 'cancelled' };
    const name = basename(uri);
    const editor = vscode.window.activeTextEditor;
    const target = editor && session.isDraft(editor.document) ? editor : undefined;
    const language = target?.document.languageId ?? newDraftLanguage(session.settings.languages);
    const read = await readPage(uri);
    if (!read.ok) return problem(read.message);
    const found = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Copydesk: reading ${name}`, cancellable: true },
      (_p, token) => article(name, read.html, formatForLanguage(language), token),
    );
    if (!found) return { status: 'cancelled' };
    if (found.text === undefined) return problem(found.message ?? messages.noArticle(name));
    if (target && !target.document.isClosed) {
      const text = found.text.replace(/\s+$/, '');
      const ok = await target.edit((b) => b.replace(target.selection, text));
      if (ok) return { status: 'inserted' };
      return problem(`Copydesk: could not insert the article from ${name} (the draft changed); try again.`);
    }
    const doc = await vscode.workspace.openTextDocument({ language, content: found.text });
    await vscode.window.showTextDocument(doc);
    return { status: 'opened' };
  });

  return { paste, drop };
}
