#!/usr/bin/env node
// `npm run screenshots`: opens a sample draft in code-server with Copydesk
// installed from a fresh .vsix and saves PNGs for the README to docs/images/:
//   squiggles.png      the editor with Copydesk's squiggles
//   quick-fix.png      the quick-fix menu on "at odds from"
//   quote-outline.png  the Quotes view in the Explorer
//   paste-article.png  a web page pasted into a Markdown draft as its clean article, with the paste menu
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, codeServerCli, ensureCodeServer, launchBrowser, remoteUri, startCodeServer, workbenchUrl } from './integration/codeserver.mjs';
import { packageVsix } from './integration/package.mjs';

const OUT = join(ROOT, 'docs/images');
const SAMPLE = 'us-russia-spat.txt';
const STEP_MS = 30_000;
const PASTED = 'pasted-page.md';
// The page pasted: the integration suite's fixture, written for the project.
const PAGE = readFileSync(join(ROOT, 'test/integration/workspace/web-page.html'), 'utf8');

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (e) {
      console.error(`screenshots: cleanup: ${e.message}`);
    }
  }
}
process.once('SIGINT', async () => {
  await cleanup();
  process.exit(130);
});

async function main() {
  await ensureCodeServer();
  const base = mkdtempSync(join(tmpdir(), 'copydesk-shots-'));
  cleanups.push(() => rmSync(base, { recursive: true, force: true }));
  const folder = join(base, 'drafts');
  cpSync(join(ROOT, 'samples'), folder, { recursive: true });
  writeFileSync(join(folder, PASTED), '');
  const user = join(base, 'user');
  mkdirSync(join(user, 'User'), { recursive: true });
  const vsix = await packageVsix();
  const extensionsDir = join(base, 'extensions');
  const r = codeServerCli(['--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', user]);
  if (r.status !== 0) throw new Error(`installing the .vsix failed:\n${r.output}`);
  const server = await startCodeServer({ folder, userDataDir: user, extensionsDir });
  cleanups.push(server.stop);
  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  // The paste step writes the page to the clipboard.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  const file = join(folder, SAMPLE);
  const payload = [
    ['openFile', remoteUri(server.port, file)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(workbenchUrl(server.port, folder, payload), { timeout: 60_000 });
  await page.waitForSelector('.monaco-workbench');
  // The sample opens through the payload; fall back to Quick Open.
  const tab = page.locator(`.tab[aria-label*="${SAMPLE}"]`);
  if (!(await tab.count())) {
    await page.keyboard.press('Control+P');
    await page.keyboard.type(SAMPLE);
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info', { timeout: 60_000 });
  // Word wrap, so the long paragraphs and their squiggles are visible.
  await page.keyboard.press('Alt+Z');
  await page.waitForTimeout(500); // rendering settles (animation), not a test wait
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'squiggles.png') });
  console.log('saved docs/images/squiggles.png');

  // Quick-fix menu on "at odds from": find it, close the find widget (the match stays selected), Ctrl+.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.type('at odds from');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget, .context-view .monaco-list', { timeout: STEP_MS });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'quick-fix.png') });
  console.log('saved docs/images/quick-fix.png');
  await page.keyboard.press('Escape');

  // The quote outline: "Copydesk: Show the quote outline", then expand the speakers.
  await page.keyboard.press('F1');
  await page.keyboard.type('Copydesk: Show the quote outline');
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  const pane = page.locator('.pane:has(.pane-header[aria-label*="Quotes"])');
  await pane.locator('.monaco-list-row').first().waitFor({ timeout: STEP_MS });
  // Make the view tall enough to show every quote: collapse the file explorer's own section.
  const folders = page.locator('.pane-header[aria-label*="Explorer Section"]').first();
  if ((await folders.count()) && (await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  const rows = pane.locator('.monaco-list-row[aria-expanded="false"]');
  for (let i = 0; i < 10 && (await rows.count()) > 0; i++) await rows.first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'quote-outline.png') });
  console.log('saved docs/images/quote-outline.png');

  // A web page pasted into a Markdown draft: Ctrl+V pastes the plain text (the default setting, "offered"),
  // the paste menu (Ctrl+.) switches to "Paste as clean article"; the menu is opened again over the result.
  await page.keyboard.press('Control+P');
  await page.keyboard.type(PASTED);
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${PASTED}"]`).waitFor();
  await page.locator('.monaco-editor .view-lines').first().click();
  const plain = PAGE.replace(/<(script|style|head)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  await page.evaluate(
    // Runs in the page, where the async clipboard API lives.
    async ({ html, text }) => {
      await navigator.clipboard.write([
        new globalThis.ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
    },
    { html: PAGE, text: plain },
  );
  await page.keyboard.press('Control+V');
  await page.waitForSelector('.post-edit-widget', { timeout: STEP_MS });
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget .monaco-list-row', { timeout: STEP_MS });
  for (let i = 0; i < 6; i++) {
    const focused = await page.locator('.action-widget .monaco-list-row.focused').textContent();
    if (focused?.includes('Paste as clean article')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  // The article is read when picked: wait for it to replace the plain text.
  await page.locator('.monaco-editor .view-lines:has-text("## New engines, same timetable")').waitFor({ timeout: STEP_MS });
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { timeout: STEP_MS });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'paste-article.png') });
  console.log('saved docs/images/paste-article.png');
}

let code = 0;
try {
  await main();
} catch (e) {
  console.error(`screenshots: FAILED: ${e.stack ?? e}`);
  code = 1;
} finally {
  await cleanup();
}
process.exit(code);
