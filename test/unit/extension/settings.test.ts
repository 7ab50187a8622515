import assert from 'node:assert/strict';
import {
  DEFAULT_SETTINGS,
  draftFileGlob,
  invalidSettingsMessage,
  isDraftDocument,
  overSizeCap,
  readSettings,
  type SettingKey,
  toCheckOptions,
  utf8Length,
} from '../../../src/extension/settings';

function from(values: Partial<Record<SettingKey, unknown>>) {
  return readSettings((key) => values[key]);
}

describe('readSettings', () => {
  it('gives the defaults when nothing is set', () => {
    const { settings, invalid } = from({});
    assert.deepEqual(settings, {
      languages: ['plaintext', 'markdown', 'newsdraft'],
      debounceMs: 300,
      maxFileSize: 2097152,
      categories: {},
      rules: {},
      extraPhrases: [],
      exemptPhrases: [],
      duplicateThreshold: null,
      ignore: [],
      pasteCleanArticle: 'offered',
    });
    assert.deepEqual(invalid, []);
  });

  it('reads well-typed values', () => {
    const { settings, invalid } = from({
      languages: ['markdown'],
      debounceMs: 50,
      maxFileSize: 1000,
      categories: { grammar: false, boilerplate: true },
      rules: { 'grammar/repeated-word': false, 'boilerplate/share-line': 'hint', 'duplicate/paragraph': true },
      'boilerplate.extraPhrases': ['Read more', ' '],
      'boilerplate.exemptPhrases': ['Reuters'],
      'duplicate.threshold': 0.9,
      ignore: ['Rex Tillerson'],
      'paste.cleanArticle': 'default',
    });
    assert.deepEqual(invalid, []);
    assert.deepEqual(settings, {
      languages: ['markdown'],
      debounceMs: 50,
      maxFileSize: 1000,
      categories: { grammar: false, boilerplate: true },
      rules: { 'grammar/repeated-word': false, 'boilerplate/share-line': 'hint' },
      extraPhrases: ['Read more'],
      exemptPhrases: ['Reuters'],
      duplicateThreshold: 0.9,
      ignore: ['Rex Tillerson'],
      pasteCleanArticle: 'default',
    });
  });

  it('falls back to the default for each wrong-typed value and names it', () => {
    const { settings, invalid } = from({
      languages: 'markdown',
      debounceMs: '300',
      maxFileSize: -1,
      categories: { grammar: 'no' },
      rules: { 'grammar/x': 'loud' },
      'boilerplate.extraPhrases': [1, 2],
      'boilerplate.exemptPhrases': {},
      'duplicate.threshold': 7,
      ignore: 'Tillerson',
      'paste.cleanArticle': 'always',
    });
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS });
    assert.deepEqual(invalid, [
      'copydesk.languages',
      'copydesk.debounceMs',
      'copydesk.maxFileSize',
      'copydesk.categories',
      'copydesk.rules',
      'copydesk.boilerplate.extraPhrases',
      'copydesk.boilerplate.exemptPhrases',
      'copydesk.duplicate.threshold',
      'copydesk.ignore',
      'copydesk.paste.cleanArticle',
    ]);
  });

  it('rejects unknown categories and NaN or infinite numbers', () => {
    const { invalid } = from({ categories: { spelling: false }, debounceMs: Number.NaN, maxFileSize: Number.POSITIVE_INFINITY });
    assert.deepEqual(invalid, ['copydesk.debounceMs', 'copydesk.maxFileSize', 'copydesk.categories']);
  });

  it('treats null as unset', () => {
    assert.deepEqual(from({ 'duplicate.threshold': null, languages: null }).invalid, []);
  });

  it('reads each clean-article paste mode, and only those', () => {
    for (const mode of ['offered', 'default', 'off']) {
      assert.deepEqual(from({ 'paste.cleanArticle': mode }), { settings: { ...DEFAULT_SETTINGS, pasteCleanArticle: mode }, invalid: [] });
    }
    for (const wrong of [true, 'Default', 1]) assert.deepEqual(from({ 'paste.cleanArticle': wrong }).invalid, ['copydesk.paste.cleanArticle']);
  });

  it('caps the debounce delay at a minute', () => {
    assert.equal(from({ debounceMs: 1e9 }).settings.debounceMs, 60000);
  });
});

describe('invalidSettingsMessage', () => {
  it('says nothing when every setting is fine', () => {
    assert.equal(invalidSettingsMessage([]), undefined);
  });

  it('names one bad setting', () => {
    assert.equal(invalidSettingsMessage(['copydesk.debounceMs']), 'Copydesk: the setting copydesk.debounceMs has a value of the wrong type; using the default instead.');
  });

  it('names several bad settings in one warning', () => {
    assert.equal(
      invalidSettingsMessage(['copydesk.debounceMs', 'copydesk.ignore']),
      'Copydesk: the settings copydesk.debounceMs, copydesk.ignore have a value of the wrong type; using the default instead.',
    );
  });
});

describe('toCheckOptions', () => {
  it('passes only the size cap for default settings', () => {
    assert.deepEqual(toCheckOptions({ ...DEFAULT_SETTINGS }), { maxLength: 2097152 });
  });

  it('maps every setting to the engine option', () => {
    const { settings } = from({
      maxFileSize: 500,
      categories: { grammar: false },
      rules: { 'quote/misquote': 'error', 'grammar/repeated-word': false },
      'boilerplate.extraPhrases': ['Sign up'],
      'boilerplate.exemptPhrases': ['Reuters'],
      'duplicate.threshold': 0.75,
      ignore: ['Tillerson'],
    });
    assert.deepEqual(toCheckOptions(settings), {
      maxLength: 500,
      rules: { 'quote/misquote': 'error', 'grammar/repeated-word': false },
      categories: { grammar: false },
      boilerplate: { extraPhrases: ['Sign up'], exemptPhrases: ['Reuters'] },
      duplicate: { threshold: 0.75 },
      ignore: ['Tillerson'],
    });
  });

  it('sends only the boilerplate list that is set', () => {
    const { settings } = from({ 'boilerplate.exemptPhrases': ['Reuters'] });
    assert.deepEqual(toCheckOptions(settings).boilerplate, { exemptPhrases: ['Reuters'] });
  });
});

describe('size cap', () => {
  it('counts UTF-8 bytes, surrogate pairs as four', () => {
    assert.equal(utf8Length('abc'), 3);
    assert.equal(utf8Length('é'), 2);
    assert.equal(utf8Length('—'), 3);
    assert.equal(utf8Length('😀'), 4);
    assert.equal(utf8Length('\ud83d'), 3);
  });

  it('stops counting once over the limit', () => {
    assert.equal(utf8Length('a'.repeat(100), 10), 11);
  });

  it('tells whether a text is over the cap in bytes', () => {
    assert.equal(overSizeCap('a'.repeat(10), 10), false);
    assert.equal(overSizeCap('a'.repeat(11), 10), true);
    assert.equal(overSizeCap('—'.repeat(4), 10), true);
    assert.equal(overSizeCap('—'.repeat(3), 10), false);
  });
});

describe('draft documents', () => {
  it('builds the file glob of the draft languages', () => {
    assert.equal(draftFileGlob(['plaintext', 'markdown', 'newsdraft']), '**/*.{txt,md,markdown,draft,story,article}');
    assert.equal(draftFileGlob(['plaintext']), '**/*.txt');
    assert.equal(draftFileGlob(['latex']), undefined);
  });

  it('checks configured languages only, and not output panels or git diffs', () => {
    const settings = { ...DEFAULT_SETTINGS };
    assert.equal(isDraftDocument(settings, 'markdown', 'file'), true);
    assert.equal(isDraftDocument(settings, 'newsdraft', 'untitled'), true);
    assert.equal(isDraftDocument(settings, 'plaintext', 'vscode-vfs'), true);
    assert.equal(isDraftDocument(settings, 'typescript', 'file'), false);
    assert.equal(isDraftDocument(settings, 'plaintext', 'output'), false);
    assert.equal(isDraftDocument(settings, 'markdown', 'git'), false);
  });
});
