// A small, tolerant stand-in for the `vscode` module, enough to run the
// extension's activate() in plain Node for the activation benchmark. What
// activation needs to show diagnostics is modelled (documents, diagnostics,
// configuration, events, the common classes); anything else is a Proxy that
// accepts any property access, call or `new` and returns more of the same, so
// the fake keeps working while the extension grows. It is an approximation of
// the extension host, not a replacement: no IPC, no renderer, no real editor.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An object that tolerates anything: property reads, calls, `new`, assignment. */
export function tolerant(name = 'vscode') {
  const stored = new Map();
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (stored.has(prop)) return stored.get(prop);
      if (prop === 'then') return undefined; // not a thenable: `await x` resolves to x
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
      if (typeof prop === 'symbol') return undefined;
      if (prop === 'toString' || prop === 'toJSON') return () => '';
      if (prop === 'length') return 0;
      if (prop === 'dispose') return () => {};
      const value = /^on[A-Z]/.test(prop) ? event() : tolerant(`${name}.${prop}`);
      stored.set(prop, value);
      return value;
    },
    set(_t, prop, value) {
      stored.set(prop, value);
      return true;
    },
    has: () => true,
    apply: () => tolerant(`${name}()`),
    construct: () => tolerant(`new ${name}`),
  });
}

/** `{ dispose }`. */
export class Disposable {
  constructor(fn = () => {}) {
    this._fn = fn;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((d) => d?.dispose?.()));
  }
  dispose() {
    const fn = this._fn;
    this._fn = () => {};
    fn();
  }
}

/** A VS Code event: a function that registers a listener; `.fire(x)` calls them. */
export function event() {
  const listeners = new Set();
  const on = (listener, thisArg, disposables) => {
    const entry = (e) => listener.call(thisArg, e);
    listeners.add(entry);
    const d = new Disposable(() => listeners.delete(entry));
    if (Array.isArray(disposables)) disposables.push(d);
    return d;
  };
  on.fire = (e) => [...listeners].forEach((l) => l(e));
  on.listenerCount = () => listeners.size;
  return on;
}

class EventEmitter {
  constructor() {
    this.event = event();
  }
  fire(e) {
    this.event.fire(e);
  }
  dispose() {}
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
  translate(lineDelta = 0, characterDelta = 0) {
    return new Position(this.line + lineDelta, this.character + characterDelta);
  }
  with(line = this.line, character = this.character) {
    return new Position(line, character);
  }
  isBefore(o) {
    return this.line < o.line || (this.line === o.line && this.character < o.character);
  }
  isEqual(o) {
    return this.line === o.line && this.character === o.character;
  }
  compareTo(o) {
    return this.isBefore(o) ? -1 : this.isEqual(o) ? 0 : 1;
  }
}

class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') {
      this.start = new Position(a, b);
      this.end = new Position(c, d);
    } else {
      this.start = a;
      this.end = b;
    }
  }
  get isEmpty() {
    return this.start.isEqual(this.end);
  }
  contains(p) {
    const q = p instanceof Range ? p.start : p;
    return !q.isBefore(this.start) && (q.isBefore(this.end) || q.isEqual(this.end));
  }
  intersection(o) {
    return new Range(this.start, o.end);
  }
  with(start = this.start, end = this.end) {
    return new Range(start, end);
  }
}

class Selection extends Range {
  constructor(anchor, active, c, d) {
    super(anchor, active, c, d);
    this.anchor = this.start;
    this.active = this.end;
  }
}

class Uri {
  constructor(scheme, path) {
    this.scheme = scheme;
    this.authority = '';
    this.path = path;
    this.query = '';
    this.fragment = '';
    this.fsPath = path;
  }
  static file(path) {
    return new Uri('file', path);
  }
  static parse(value) {
    const m = /^([a-z][\w+.-]*):(?:\/\/)?(.*)$/i.exec(value);
    return m ? new Uri(m[1], m[2]) : new Uri('file', value);
  }
  static joinPath(base, ...parts) {
    return new Uri(base.scheme, join(base.path, ...parts));
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
  }
  toString() {
    return this.scheme === 'file' ? pathToFileURL(this.path).href : `${this.scheme}:${this.path}`;
  }
  toJSON() {
    return this.toString();
  }
}

class Diagnostic {
  constructor(range, message, severity = 0) {
    this.range = range;
    this.message = message;
    this.severity = severity;
  }
}

class DiagnosticRelatedInformation {
  constructor(location, message) {
    this.location = location;
    this.message = message;
  }
}

class Location {
  constructor(uri, rangeOrPosition) {
    this.uri = uri;
    this.range = rangeOrPosition;
  }
}

class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(`${this.value}.${part}`);
  }
  contains(other) {
    return other.value === this.value || other.value.startsWith(this.value + '.');
  }
  intersects(other) {
    return this.contains(other) || other.contains(this);
  }
}
for (const [name, value] of Object.entries({
  Empty: '',
  QuickFix: 'quickfix',
  Refactor: 'refactor',
  Source: 'source',
  SourceFixAll: 'source.fixAll',
  SourceOrganizeImports: 'source.organizeImports',
})) {
  CodeActionKind[name] = new CodeActionKind(value);
}

/** The kind of a paste or drop edit: a dotted hierarchy, like CodeActionKind. */
class DocumentDropOrPasteEditKind {
  constructor(value) {
    this.value = value;
  }
  append(...parts) {
    return new DocumentDropOrPasteEditKind([this.value, ...parts].filter(Boolean).join('.'));
  }
  contains(other) {
    return this.value === '' || other.value === this.value || other.value.startsWith(this.value + '.');
  }
  intersects(other) {
    return this.contains(other) || other.contains(this);
  }
}
DocumentDropOrPasteEditKind.Empty = new DocumentDropOrPasteEditKind('');
DocumentDropOrPasteEditKind.Text = new DocumentDropOrPasteEditKind('text');

class DocumentPasteEdit {
  constructor(insertText, title, kind) {
    Object.assign(this, { insertText, title, kind });
  }
}

class DocumentDropEdit {
  constructor(insertText, title, kind) {
    Object.assign(this, { insertText, title, kind });
  }
}

class CodeAction {
  constructor(title, kind) {
    this.title = title;
    this.kind = kind;
  }
}

class WorkspaceEdit {
  constructor() {
    this.edits = [];
  }
  replace(uri, range, text) {
    this.edits.push({ uri, range, text });
  }
  insert(uri, position, text) {
    this.edits.push({ uri, range: new Range(position, position), text });
  }
  delete(uri, range) {
    this.edits.push({ uri, range, text: '' });
  }
  set(uri, edits) {
    this.edits.push(...edits.map((e) => ({ uri, ...e })));
  }
  get size() {
    return this.edits.length;
  }
}

class TextEdit {
  constructor(range, newText) {
    this.range = range;
    this.newText = newText;
  }
  static replace(range, text) {
    return new TextEdit(range, text);
  }
  static insert(position, text) {
    return new TextEdit(new Range(position, position), text);
  }
  static delete(range) {
    return new TextEdit(range, '');
  }
}

class MarkdownString {
  constructor(value = '', supportThemeIcons = false) {
    this.value = value;
    this.supportThemeIcons = supportThemeIcons;
  }
  appendMarkdown(v) {
    this.value += v;
    return this;
  }
  appendText(v) {
    this.value += v;
    return this;
  }
  appendCodeblock(v) {
    this.value += '\n```\n' + v + '\n```\n';
    return this;
  }
}

class TreeItem {
  constructor(label, collapsibleState = 0) {
    this.label = label;
    this.collapsibleState = collapsibleState;
  }
}

class ThemeIcon {
  constructor(id, color) {
    this.id = id;
    this.color = color;
  }
}
ThemeIcon.File = new ThemeIcon('file');
ThemeIcon.Folder = new ThemeIcon('folder');

class DocumentSymbol {
  constructor(name, detail, kind, range, selectionRange) {
    Object.assign(this, { name, detail, kind, range, selectionRange, children: [] });
  }
}

class ThemeColor {
  constructor(id) {
    this.id = id;
  }
}

class CancellationTokenSource {
  constructor() {
    const onCancellationRequested = event();
    this.token = { isCancellationRequested: false, onCancellationRequested };
  }
  cancel() {
    if (this.token.isCancellationRequested) return;
    this.token.isCancellationRequested = true;
    this.token.onCancellationRequested.fire();
  }
  dispose() {}
}

/** Line starts of a text (LF, CRLF and CR end lines). */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

/** A read-only TextDocument over a text. */
export function fakeDocument(path, text, languageId = 'plaintext') {
  const starts = lineStarts(text);
  const lineEnd = (line) => {
    let end = line + 1 < starts.length ? starts[line + 1] : text.length;
    if (end > starts[line] && text.charCodeAt(end - 1) === 10) end--;
    if (end > starts[line] && text.charCodeAt(end - 1) === 13) end--;
    return end;
  };
  const positionAt = (offset) => {
    const o = Math.max(0, Math.min(text.length, Math.floor(offset) || 0));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, o - starts[lo]);
  };
  const offsetAt = (p) => {
    const line = Math.max(0, Math.min(starts.length - 1, p.line));
    return Math.min(lineEnd(line), starts[line] + Math.max(0, p.character));
  };
  const uri = Uri.file(path);
  const doc = {
    uri,
    fileName: path,
    languageId,
    version: 1,
    isDirty: false,
    isClosed: false,
    isUntitled: false,
    eol: text.includes('\r\n') ? 2 : 1,
    encoding: 'utf8',
    lineCount: starts.length,
    getText: (range) => (range ? text.slice(offsetAt(range.start), offsetAt(range.end)) : text),
    positionAt,
    offsetAt,
    validatePosition: (p) => positionAt(offsetAt(p)),
    validateRange: (r) => new Range(positionAt(offsetAt(r.start)), positionAt(offsetAt(r.end))),
    getWordRangeAtPosition: () => undefined,
    lineAt: (lineOrPosition) => {
      const line = typeof lineOrPosition === 'number' ? lineOrPosition : lineOrPosition.line;
      const start = starts[line];
      const end = lineEnd(line);
      const content = text.slice(start, end);
      const nextStart = line + 1 < starts.length ? starts[line + 1] : text.length;
      return {
        lineNumber: line,
        text: content,
        range: new Range(positionAt(start), positionAt(end)),
        rangeIncludingLineBreak: new Range(positionAt(start), positionAt(nextStart)),
        firstNonWhitespaceCharacterIndex: content.length - content.trimStart().length,
        isEmptyOrWhitespace: content.trim() === '',
      };
    },
    save: async () => true,
  };
  return doc;
}

/**
 * The fake module. `onDiagnostics(uri, diagnostics)` is called on every
 * DiagnosticCollection.set; `settings` answers workspace.getConfiguration().get().
 */
export function createFakeVscode({ documents = [], onDiagnostics = () => {}, settings = {} } = {}) {
  const events = {};
  const ev = (name) => (events[name] ??= event());
  const collections = [];

  const createDiagnosticCollection = (name = 'fake') => {
    const map = new Map();
    const collection = {
      name,
      set(uriOrEntries, diagnostics) {
        const entries = Array.isArray(uriOrEntries) ? uriOrEntries : [[uriOrEntries, diagnostics]];
        for (const [uri, diags] of entries) {
          map.set(String(uri), [...(diags ?? [])]);
          onDiagnostics(uri, diags ?? []);
        }
      },
      get: (uri) => map.get(String(uri)),
      has: (uri) => map.has(String(uri)),
      delete: (uri) => void map.delete(String(uri)),
      clear: () => map.clear(),
      forEach: (fn) => map.forEach((d, u) => fn(Uri.parse(u), d, collection)),
      [Symbol.iterator]: () => [...map.entries()][Symbol.iterator](),
      dispose: () => map.clear(),
    };
    collections.push(collection);
    return collection;
  };

  const configuration = (section) => ({
    get: (key, fallback) => {
      const full = section ? `${section}.${key}` : key;
      return full in settings ? settings[full] : fallback;
    },
    has: (key) => (section ? `${section}.${key}` : key) in settings,
    inspect: (key) => ({ key, defaultValue: undefined }),
    update: async () => {},
  });

  const editors = documents.map((document) => ({
    document,
    selection: new Selection(new Position(0, 0), new Position(0, 0)),
    selections: [new Selection(new Position(0, 0), new Position(0, 0))],
    visibleRanges: [new Range(new Position(0, 0), document.positionAt(document.getText().length))],
    options: {},
    viewColumn: 1,
    setDecorations: () => {},
    edit: async () => true,
    revealRange: () => {},
  }));

  const withFallback = (name, modelled) =>
    new Proxy(modelled, {
      get(target, prop) {
        if (prop in target) return target[prop];
        if (typeof prop === 'symbol' || prop === 'then') return undefined;
        if (/^on[A-Z]/.test(prop)) return ev(`${name}.${prop}`);
        return (target[prop] = tolerant(`vscode.${name}.${prop}`));
      },
    });

  const disposableFn = () => () => new Disposable();

  const workspace = withFallback('workspace', {
    textDocuments: documents,
    workspaceFolders: undefined,
    name: undefined,
    getConfiguration: configuration,
    registerTextDocumentContentProvider: disposableFn(),
    applyEdit: async () => true,
    openTextDocument: async (arg) => documents.find((d) => String(d.uri) === String(arg) || d.fileName === arg) ?? documents[0],
    asRelativePath: (p) => String(p?.fsPath ?? p),
    findFiles: async () => [],
    fs: tolerant('vscode.workspace.fs'),
    isTrusted: true,
  });

  const window = withFallback('window', {
    activeTextEditor: editors[0],
    visibleTextEditors: editors,
    createOutputChannel: (name) => ({
      name,
      append() {},
      appendLine() {},
      replace() {},
      clear() {},
      show() {},
      hide() {},
      dispose() {},
      info() {},
      warn() {},
      error() {},
      debug() {},
      trace() {},
      logLevel: 2,
      onDidChangeLogLevel: event(),
    }),
    createStatusBarItem: () => ({ text: '', tooltip: undefined, command: undefined, show() {}, hide() {}, dispose() {} }),
    createTextEditorDecorationType: () => ({ key: 'fake', dispose() {} }),
    registerTreeDataProvider: disposableFn(),
    registerWebviewViewProvider: disposableFn(),
    registerCustomEditorProvider: disposableFn(),
    registerUriHandler: disposableFn(),
    createTreeView: () => ({
      ...new Disposable(),
      dispose() {},
      reveal: async () => {},
      visible: false,
      onDidChangeVisibility: event(),
      onDidChangeSelection: event(),
      onDidExpandElement: event(),
      onDidCollapseElement: event(),
      selection: [],
    }),
    showInformationMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showErrorMessage: async () => undefined,
    showQuickPick: async () => undefined,
    showInputBox: async () => undefined,
    showTextDocument: async () => editors[0],
    withProgress: async (_opts, task) => task({ report() {} }, new CancellationTokenSource().token),
    setStatusBarMessage: () => new Disposable(),
  });

  const languages = withFallback('languages', {
    createDiagnosticCollection,
    getDiagnostics: (uri) => (uri ? collections.flatMap((c) => c.get(uri) ?? []) : []),
    registerCodeActionsProvider: disposableFn(),
    registerHoverProvider: disposableFn(),
    registerCodeLensProvider: disposableFn(),
    registerDocumentSymbolProvider: disposableFn(),
    registerCompletionItemProvider: disposableFn(),
    registerDocumentFormattingEditProvider: disposableFn(),
    registerDocumentPasteEditProvider: disposableFn(),
    registerDocumentDropEditProvider: disposableFn(),
    setTextDocumentLanguage: async (d) => d,
    match: () => 10,
    getLanguages: async () => ['plaintext', 'markdown', 'newsdraft'],
  });

  const commands = withFallback('commands', {
    registerCommand: disposableFn(),
    registerTextEditorCommand: disposableFn(),
    executeCommand: async () => undefined,
    getCommands: async () => [],
  });

  const modelled = {
    version: '1.90.0',
    workspace,
    window,
    languages,
    commands,
    env: withFallback('env', {
      language: 'en',
      appName: 'Copydesk bench (fake vscode)',
      uiKind: 1,
      machineId: 'bench',
      sessionId: 'bench',
      clipboard: { readText: async () => '', writeText: async () => {} },
      openExternal: async () => true,
    }),
    l10n: {
      t: (message, ...args) => String(typeof message === 'string' ? message : (message?.message ?? '')).replace(/\{(\d+)\}/g, (_, i) => String(args[i] ?? '')),
      bundle: undefined,
      uri: undefined,
    },
    extensions: withFallback('extensions', { all: [], getExtension: () => undefined }),
    Disposable,
    EventEmitter,
    Position,
    Range,
    Selection,
    Uri,
    Diagnostic,
    DiagnosticRelatedInformation,
    Location,
    CodeAction,
    CodeActionKind,
    DocumentDropOrPasteEditKind,
    DocumentPasteEdit,
    DocumentDropEdit,
    WorkspaceEdit,
    TextEdit,
    MarkdownString,
    TreeItem,
    ThemeIcon,
    ThemeColor,
    DocumentSymbol,
    CancellationTokenSource,
    SymbolKind: Object.fromEntries(
      [
        'File',
        'Module',
        'Namespace',
        'Package',
        'Class',
        'Method',
        'Property',
        'Field',
        'Constructor',
        'Enum',
        'Interface',
        'Function',
        'Variable',
        'Constant',
        'String',
        'Number',
        'Boolean',
        'Array',
        'Object',
        'Key',
        'Null',
        'EnumMember',
        'Struct',
        'Event',
        'Operator',
        'TypeParameter',
      ].map((k, i) => [k, i]),
    ),
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3, 0: 'Error', 1: 'Warning', 2: 'Information', 3: 'Hint' },
    DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    EndOfLine: { LF: 1, CRLF: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    TextDocumentSaveReason: { Manual: 1, AfterDelay: 2, FocusOut: 3 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2, Three: 3 },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    CodeActionTriggerKind: { Invoke: 1, Automatic: 2 },
    OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
    DecorationRangeBehavior: { OpenOpen: 0, ClosedClosed: 1, OpenClosed: 2, ClosedOpen: 3 },
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
  };
  const vscode = new Proxy(modelled, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (typeof prop === 'symbol' || prop === 'then') return undefined;
      if (prop === '__esModule') return false;
      return (target[prop] = tolerant(`vscode.${prop}`));
    },
  });
  return { vscode, events, collections };
}

/** A fake ExtensionContext rooted at the repository. */
export function fakeContext(root) {
  const memento = () => {
    const values = new Map();
    return { get: (k, d) => (values.has(k) ? values.get(k) : d), update: async (k, v) => void values.set(k, v), keys: () => [...values.keys()], setKeysForSync() {} };
  };
  const rootUri = Uri.file(root);
  return new Proxy(
    {
      subscriptions: [],
      extensionPath: root,
      extensionUri: rootUri,
      asAbsolutePath: (p) => join(root, p),
      globalState: memento(),
      workspaceState: memento(),
      storagePath: undefined,
      storageUri: undefined,
      globalStoragePath: join(root, '.bench-storage'),
      globalStorageUri: Uri.file(join(root, '.bench-storage')),
      logPath: join(root, '.bench-log'),
      logUri: Uri.file(join(root, '.bench-log')),
      extensionMode: 1,
      extension: { id: 'copydesk.copydesk', extensionPath: root, extensionUri: rootUri, packageJSON: {}, isActive: true },
      secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: event() },
    },
    {
      get(target, prop) {
        if (prop in target) return target[prop];
        if (typeof prop === 'symbol' || prop === 'then') return undefined;
        return (target[prop] = tolerant(`context.${prop}`));
      },
    },
  );
}
