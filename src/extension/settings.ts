/**
 * The `copydesk.*` settings: read with a getter (so this module has no
 * `vscode` import), validated, and turned into engine options. A value of the
 * wrong type falls back to its default and is named in one warning.
 */
import { CATEGORIES, type Category, type CheckOptions, SEVERITIES, type Severity } from '../engine/index';
import { PASTE_MODES, type PasteMode } from './webPage';

export interface ExtensionSettings {
  languages: string[];
  debounceMs: number;
  /** Bytes (UTF-8). Larger documents are skipped with one message. */
  maxFileSize: number;
  categories: Partial<Record<Category, boolean>>;
  rules: Record<string, false | Severity>;
  extraPhrases: string[];
  exemptPhrases: string[];
  /** null: the duplicate detector's own default. */
  duplicateThreshold: number | null;
  ignore: string[];
  /** Whether pasting a web page offers the clean article, makes it the default paste, or neither. */
  pasteCleanArticle: PasteMode;
}

export const DEFAULT_SETTINGS: Readonly<ExtensionSettings> = Object.freeze({
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

/** Setting keys, relative to the `copydesk` section. */
export const SETTING_KEYS = [
  'languages',
  'debounceMs',
  'maxFileSize',
  'categories',
  'rules',
  'boilerplate.extraPhrases',
  'boilerplate.exemptPhrases',
  'duplicate.threshold',
  'ignore',
  'paste.cleanArticle',
] as const;

export type SettingKey = (typeof SETTING_KEYS)[number];

export interface ReadSettings {
  settings: ExtensionSettings;
  /** Keys (with the `copydesk.` prefix) whose values were wrong and fell back to defaults. */
  invalid: string[];
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/**
 * Read and validate every setting. `get(key)` returns the configured value or
 * undefined (e.g. `workspace.getConfiguration('copydesk').get(key)`).
 */
export function readSettings(get: (key: SettingKey) => unknown): ReadSettings {
  const invalid: string[] = [];
  const s: ExtensionSettings = {
    ...DEFAULT_SETTINGS,
    languages: [...DEFAULT_SETTINGS.languages],
    categories: {},
    rules: {},
    extraPhrases: [],
    exemptPhrases: [],
    ignore: [],
  };
  const read = <T>(key: SettingKey, valid: (v: unknown) => boolean, apply: (v: T) => void) => {
    const value = get(key);
    if (value === undefined || value === null) return;
    if (valid(value)) apply(value as T);
    else invalid.push(`copydesk.${key}`);
  };
  read<string[]>('languages', isStringArray, (v) => (s.languages = [...v]));
  read<number>(
    'debounceMs',
    (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
    (v) => (s.debounceMs = Math.min(v, 60000)),
  );
  read<number>(
    'maxFileSize',
    (v) => typeof v === 'number' && Number.isFinite(v) && v > 0,
    (v) => (s.maxFileSize = Math.floor(v)),
  );
  read<Record<string, unknown>>(
    'categories',
    (v) => isPlainObject(v) && Object.entries(v).every(([k, b]) => (CATEGORIES as readonly string[]).includes(k) && typeof b === 'boolean'),
    (v) => (s.categories = { ...(v as Partial<Record<Category, boolean>>) }),
  );
  read<Record<string, unknown>>(
    'rules',
    (v) => isPlainObject(v) && Object.values(v).every((r) => r === false || r === true || isSeverity(r)),
    (v) => {
      for (const [rule, value] of Object.entries(v)) if (value !== true) s.rules[rule] = value as false | Severity;
    },
  );
  read<string[]>('boilerplate.extraPhrases', isStringArray, (v) => (s.extraPhrases = v.filter((p) => p.trim() !== '')));
  read<string[]>('boilerplate.exemptPhrases', isStringArray, (v) => (s.exemptPhrases = v.filter((p) => p.trim() !== '')));
  read<number>(
    'duplicate.threshold',
    (v) => typeof v === 'number' && v >= 0 && v <= 1,
    (v) => (s.duplicateThreshold = v),
  );
  read<string[]>('ignore', isStringArray, (v) => (s.ignore = v.filter((p) => p.trim() !== '')));
  read<PasteMode>(
    'paste.cleanArticle',
    (v) => (PASTE_MODES as readonly unknown[]).includes(v),
    (v) => (s.pasteCleanArticle = v),
  );
  return { settings: s, invalid };
}

/** The one warning shown for wrong-typed settings, or undefined when all are fine. */
export function invalidSettingsMessage(invalid: readonly string[]): string | undefined {
  if (invalid.length === 0) return undefined;
  const names = invalid.join(', ');
  return `Copydesk: ${invalid.length === 1 ? 'the setting' : 'the settings'} ${names} ${invalid.length === 1 ? 'has' : 'have'} a value of the wrong type; using the default instead.`;
}

/** Engine options for the settings. The size cap is applied by the caller in bytes. */
export function toCheckOptions(settings: ExtensionSettings): CheckOptions {
  const options: CheckOptions = {
    // The byte cap is checked before the engine runs; characters never exceed bytes.
    maxLength: settings.maxFileSize,
  };
  if (Object.keys(settings.rules).length > 0) options.rules = { ...settings.rules };
  if (Object.keys(settings.categories).length > 0) options.categories = { ...settings.categories };
  if (settings.extraPhrases.length > 0 || settings.exemptPhrases.length > 0) {
    options.boilerplate = {};
    if (settings.extraPhrases.length > 0) options.boilerplate.extraPhrases = [...settings.extraPhrases];
    if (settings.exemptPhrases.length > 0) options.boilerplate.exemptPhrases = [...settings.exemptPhrases];
  }
  if (settings.duplicateThreshold !== null) options.duplicate = { threshold: settings.duplicateThreshold };
  if (settings.ignore.length > 0) options.ignore = [...settings.ignore];
  return options;
}

/** UTF-8 size of a text without allocating a buffer. Stops counting once over `limit`. */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return bytes;
  }
  return bytes;
}

/** Whether a document of this text is over the byte cap (cheap for short texts). */
export function overSizeCap(text: string, maxBytes: number): boolean {
  if (text.length * 3 <= maxBytes) return false;
  if (text.length > maxBytes) return true;
  return utf8Length(text, maxBytes) > maxBytes;
}

/** File extensions of each draft language, for "Check all drafts in the workspace". */
export const LANGUAGE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  plaintext: ['txt'],
  markdown: ['md', 'markdown'],
  newsdraft: ['draft', 'story', 'article'],
});

/** The glob of draft files for the configured languages, or undefined when none has known extensions. */
export function draftFileGlob(languages: readonly string[]): string | undefined {
  const exts = [...new Set(languages.flatMap((l) => LANGUAGE_EXTENSIONS[l] ?? []))];
  if (exts.length === 0) return undefined;
  return exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
}

/** URI schemes whose documents are never drafts (panels, diffs, chat blocks). */
const NOT_DRAFT_SCHEMES: ReadonlySet<string> = new Set([
  'output',
  'debug',
  'git',
  'gitfs',
  'vscode-scm',
  'comment',
  'walkThroughSnippet',
  'vscode-chat-code-block',
  'vscode-notebook-cell-output',
  'vscode-terminal',
  'search-editor',
]);

/** Whether a document should be checked: a configured language, in a scheme that holds real drafts. */
export function isDraftDocument(settings: ExtensionSettings, languageId: string, scheme: string): boolean {
  return settings.languages.includes(languageId) && !NOT_DRAFT_SCHEMES.has(scheme);
}
