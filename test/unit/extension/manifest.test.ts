import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../../../src/extension/settings';
import { PASTE_MODES } from '../../../src/extension/webPage';

function root(): string {
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'copydesk') return dir;
  }
  return process.cwd();
}

const ROOT = root();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package.json contributions', () => {
  it('declares the commands of the contract, in the Copydesk category', () => {
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(ids, [
      'copydesk.checkWorkspace',
      'copydesk.copyQuoteSheet',
      'copydesk.fixAll',
      'copydesk.ignoreHere',
      'copydesk.importWebPage',
      'copydesk.quotes.orderByAppearance',
      'copydesk.quotes.orderBySpeaker',
      'copydesk.refreshQuotes',
      'copydesk.removeBoilerplate',
      'copydesk.revealQuote',
      'copydesk.showQuotes',
    ]);
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'Copydesk', c.command);
  });

  it('hides the internal commands from the palette', () => {
    const hidden = pkg.contributes.menus.commandPalette.filter((m: { when: string }) => m.when === 'false').map((m: { command: string }) => m.command);
    assert.deepEqual(hidden.sort(), ['copydesk.ignoreHere', 'copydesk.revealQuote']);
  });

  it('declares the Quotes view in the Explorer with welcome content', () => {
    assert.deepEqual(
      pkg.contributes.views.explorer.map((v: { id: string; name: string }) => [v.id, v.name]),
      [['copydesk.quotes', 'Quotes']],
    );
    assert.equal(pkg.contributes.viewsWelcome.filter((w: { view: string }) => w.view === 'copydesk.quotes').length, 2);
  });

  it('declares every setting the extension reads, with the same defaults', () => {
    const props = pkg.contributes.configuration.properties;
    assert.deepEqual(Object.keys(props).sort(), SETTING_KEYS.map((k) => `copydesk.${k}`).sort());
    assert.deepEqual(props['copydesk.languages'].default, DEFAULT_SETTINGS.languages);
    assert.equal(props['copydesk.debounceMs'].default, DEFAULT_SETTINGS.debounceMs);
    assert.equal(props['copydesk.maxFileSize'].default, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(props['copydesk.categories'].default, { duplicate: true, boilerplate: true, grammar: true, style: true, quote: true });
    assert.deepEqual(props['copydesk.rules'].default, DEFAULT_SETTINGS.rules);
    assert.deepEqual(props['copydesk.boilerplate.extraPhrases'].default, []);
    assert.deepEqual(props['copydesk.boilerplate.exemptPhrases'].default, []);
    assert.equal(props['copydesk.duplicate.threshold'].default, DEFAULT_SETTINGS.duplicateThreshold);
    assert.deepEqual(props['copydesk.ignore'].default, []);
    assert.equal(props['copydesk.paste.cleanArticle'].default, DEFAULT_SETTINGS.pasteCleanArticle);
    assert.deepEqual(props['copydesk.paste.cleanArticle'].enum, PASTE_MODES);
    assert.equal(props['copydesk.paste.cleanArticle'].enumDescriptions.length, PASTE_MODES.length);
    for (const [key, p] of Object.entries<Record<string, unknown>>(props)) {
      assert.ok(typeof p.description === 'string' || typeof p.markdownDescription === 'string', `${key} is described`);
    }
  });

  it('activates lazily: on the draft languages, the view and its commands only', () => {
    assert.deepEqual(pkg.activationEvents, [
      'onLanguage:plaintext',
      'onLanguage:markdown',
      'onLanguage:newsdraft',
      'onView:copydesk.quotes',
      'onCommand:copydesk.checkWorkspace',
      'onCommand:copydesk.showQuotes',
      'onCommand:copydesk.importWebPage',
    ]);
    assert.equal(pkg.activationEvents.includes('*'), false);
  });

  it('needs VS Code 1.97, where the paste and drop edit APIs are stable', () => {
    assert.equal(pkg.engines.vscode, '^1.97.0');
  });

  it('ships the web-page extraction in the .vsix, beside the extension it is loaded from', () => {
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/extract.js'));
    const build = readFileSync(join(ROOT, 'scripts/build.mjs'), 'utf8');
    assert.match(build, /outfile: 'dist\/extract\.js'/);
  });

  it('supports untrusted and virtual workspaces', () => {
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('contributes the newsdraft language, its grammar, the quote injection and the language configuration', () => {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'newsdraft');
    assert.deepEqual(lang.extensions, ['.draft', '.story', '.article']);
    for (const file of [lang.configuration, ...pkg.contributes.grammars.map((g: { path: string }) => g.path)]) {
      assert.doesNotThrow(() => JSON.parse(readFileSync(join(ROOT, file), 'utf8')), file);
    }
    const injection = pkg.contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
    assert.deepEqual(injection.injectTo, ['text.html.markdown', 'text.plain']);
  });

  it('comments lines in newsdraft files with the suppression comment syntax', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));
    assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
  });
});
