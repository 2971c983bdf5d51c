// A minimal stand-in for the `vscode` module, enough for the extension's activate() to run in
// plain Node: it records what activate registers, opens the workspace it is given, and answers
// every setting with its default. Anything it does not know is a recording no-op, so that a new
// API call in activate() does not break the benchmark (it is listed in `unknown`).
const fs = require('node:fs');
const path = require('node:path');

function createVscode({ root, io }) {
  const records = { registrations: 0, calls: {}, unknown: new Set() };
  const count = (name) => (records.calls[name] = (records.calls[name] ?? 0) + 1);

  class Disposable {
    constructor(fn = () => {}) {
      this.dispose = fn;
    }
    static from(...items) {
      return new Disposable(() => items.forEach((d) => d?.dispose?.()));
    }
  }
  const registered = (name) => () => {
    count(name);
    records.registrations++;
    return new Disposable();
  };

  class Uri {
    constructor(scheme, p) {
      this.scheme = scheme;
      this.path = p;
      this.fsPath = p;
      this.authority = '';
      this.query = '';
      this.fragment = '';
    }
    static file(p) {
      return new Uri('file', path.resolve(p));
    }
    static parse(s) {
      return s.startsWith('file://') ? Uri.file(decodeURIComponent(s.slice(7))) : new Uri(s.split(':')[0], s.slice(s.indexOf(':') + 1));
    }
    static joinPath(base, ...segments) {
      return new Uri(base.scheme, path.posix.join(base.path, ...segments));
    }
    with(change) {
      return Object.assign(new Uri(this.scheme, this.path), change);
    }
    toString() {
      return `${this.scheme}://${this.path}`;
    }
    toJSON() {
      return this.toString();
    }
  }

  class EventEmitter {
    constructor() {
      this.listeners = new Set();
      this.event = (listener) => {
        this.listeners.add(listener);
        return new Disposable(() => this.listeners.delete(listener));
      };
    }
    fire(e) {
      for (const l of [...this.listeners]) l(e);
    }
    dispose() {
      this.listeners.clear();
    }
  }
  const event = (name) => () => {
    count(name);
    return new Disposable();
  };

  /** Plain data classes: they keep what they are given. */
  const dataClass = (name, fields) =>
    class {
      constructor(...args) {
        count(`new ${name}`);
        fields.forEach((f, i) => (this[f] = args[i]));
      }
    };

  const folder = { uri: Uri.file(root), name: path.basename(root), index: 0 };
  const ioCall = (name, fn) => (...args) => {
    io.count(`vscode.workspace.fs.${name}`);
    return fn(...args);
  };
  const watcher = () => ({ onDidCreate: event('watcher.onDidCreate'), onDidChange: event('watcher.onDidChange'), onDidDelete: event('watcher.onDidDelete'), dispose() {} });

  const api = {
    version: '1.100.0',
    Disposable,
    Uri,
    EventEmitter,
    Range: dataClass('Range', ['start', 'end']),
    Position: dataClass('Position', ['line', 'character']),
    Selection: dataClass('Selection', ['anchor', 'active']),
    Location: dataClass('Location', ['uri', 'range']),
    Hover: dataClass('Hover', ['contents', 'range']),
    MarkdownString: dataClass('MarkdownString', ['value', 'supportThemeIcons']),
    ThemeIcon: dataClass('ThemeIcon', ['id', 'color']),
    ThemeColor: dataClass('ThemeColor', ['id']),
    TreeItem: dataClass('TreeItem', ['label', 'collapsibleState']),
    Diagnostic: dataClass('Diagnostic', ['range', 'message', 'severity']),
    CodeAction: dataClass('CodeAction', ['title', 'kind']),
    CompletionItem: dataClass('CompletionItem', ['label', 'kind']),
    WorkspaceEdit: dataClass('WorkspaceEdit', []),
    RelativePattern: dataClass('RelativePattern', ['base', 'pattern']),
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    CompletionItemKind: { Text: 0, Reference: 17, File: 16 },
    CodeActionKind: { QuickFix: { value: 'quickfix', append: (s) => ({ value: `quickfix.${s}` }) }, Empty: { value: '' } },
    l10n: { t: (template, ...args) => (typeof template === 'string' ? template : template.message).replace(/\{(\d+)\}/g, (_, i) => String(args[i])) },
    env: { language: 'en', appName: 'Visual Studio Code', clipboard: { writeText: async () => {} } },
    commands: { registerCommand: registered('commands.registerCommand'), executeCommand: async () => undefined },
    languages: {
      registerHoverProvider: registered('languages.registerHoverProvider'),
      registerDefinitionProvider: registered('languages.registerDefinitionProvider'),
      registerReferenceProvider: registered('languages.registerReferenceProvider'),
      registerCompletionItemProvider: registered('languages.registerCompletionItemProvider'),
      registerCodeActionsProvider: registered('languages.registerCodeActionsProvider'),
      match: () => 0,
      createDiagnosticCollection: (name) => {
        count('languages.createDiagnosticCollection');
        const map = new Map();
        return { name, set: (u, d) => map.set(String(u), d), delete: (u) => map.delete(String(u)), has: (u) => map.has(String(u)), get: (u) => map.get(String(u)), clear: () => map.clear(), forEach: () => {}, dispose: () => map.clear() };
      },
    },
    window: {
      createTreeView: () => {
        count('window.createTreeView');
        records.registrations++;
        return { onDidChangeVisibility: event('tree.onDidChangeVisibility'), onDidChangeSelection: event('tree.onDidChangeSelection'), onDidExpandElement: event('tree.onDidExpandElement'), onDidCollapseElement: event('tree.onDidCollapseElement'), reveal: async () => {}, dispose() {}, visible: true, selection: [] };
      },
      registerTreeDataProvider: registered('window.registerTreeDataProvider'),
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {}, text: '', tooltip: '', command: undefined }),
      createTextEditorDecorationType: () => ({ dispose() {} }),
      createQuickPick: () => ({ show() {}, hide() {}, dispose() {}, onDidAccept: event('qp'), onDidChangeValue: event('qp'), onDidHide: event('qp'), items: [] }),
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
      showErrorMessage: async () => undefined,
      showInputBox: async () => undefined,
      showOpenDialog: async () => undefined,
      showSaveDialog: async () => undefined,
      showTextDocument: async () => undefined,
      setStatusBarMessage: () => new Disposable(),
      withProgress: (options, task) => task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: event('cancel') }),
      activeTextEditor: undefined,
      visibleTextEditors: [],
      onDidChangeActiveTextEditor: event('window.onDidChangeActiveTextEditor'),
      onDidChangeVisibleTextEditors: event('window.onDidChangeVisibleTextEditors'),
    },
    workspace: {
      workspaceFolders: [folder],
      name: folder.name,
      textDocuments: [],
      isTrusted: true,
      getWorkspaceFolder: () => folder,
      getConfiguration: () => ({ get: (key, fallback) => fallback, has: () => false, inspect: () => undefined, update: async () => {} }),
      asRelativePath: (p) => path.relative(root, typeof p === 'string' ? p : p.fsPath),
      createFileSystemWatcher: () => {
        count('workspace.createFileSystemWatcher');
        return watcher();
      },
      findFiles: ioCall('findFiles', async () => []),
      openTextDocument: ioCall('openTextDocument', async () => undefined),
      applyEdit: async () => true,
      onDidChangeWorkspaceFolders: event('workspace.onDidChangeWorkspaceFolders'),
      onDidChangeConfiguration: event('workspace.onDidChangeConfiguration'),
      onDidOpenTextDocument: event('workspace.onDidOpenTextDocument'),
      onDidCloseTextDocument: event('workspace.onDidCloseTextDocument'),
      onDidChangeTextDocument: event('workspace.onDidChangeTextDocument'),
      onDidSaveTextDocument: event('workspace.onDidSaveTextDocument'),
      onDidGrantWorkspaceTrust: event('workspace.onDidGrantWorkspaceTrust'),
      fs: {
        readFile: ioCall('readFile', async (uri) => fs.promises.readFile(uri.fsPath)),
        writeFile: ioCall('writeFile', async () => {}),
        createDirectory: ioCall('createDirectory', async () => {}),
        stat: ioCall('stat', async (uri) => fs.promises.stat(uri.fsPath)),
        readDirectory: ioCall('readDirectory', async () => []),
        delete: ioCall('delete', async () => {}),
      },
    },
  };

  /** Anything else: a callable, constructible no-op that records its use. */
  const anything = (name) =>
    new Proxy(function () {}, {
      get: (_, p) => (p === 'then' || typeof p === 'symbol' ? undefined : p === 'dispose' ? () => {} : anything(`${name}.${p}`)),
      apply: () => {
        records.unknown.add(name);
        return anything(`${name}()`);
      },
      construct: () => {
        records.unknown.add(`new ${name}`);
        return anything(`new ${name}`);
      },
    });
  const proxies = new WeakMap();
  const wrap = (obj, name) => {
    if (!proxies.has(obj)) proxies.set(obj, makeProxy(obj, name));
    return proxies.get(obj);
  };
  const makeProxy = (obj, name) =>
    new Proxy(obj, {
      get(target, p) {
        if (p === '__esModule') return undefined;
        if (typeof p === 'symbol' || p in target) {
          const v = target[p];
          return v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uri) && p !== 'fs' ? wrap(v, `${name}.${p}`) : v;
        }
        records.unknown.add(`${name}.${String(p)}`);
        return anything(`${name}.${String(p)}`);
      },
    });
  return { vscode: wrap(api, 'vscode'), records, Uri };
}

module.exports = { createVscode };
