// Runs in a fresh Node process (`node activation.js EXTENSION WORKSPACE STORAGE`): loads the
// extension bundle with the vscode stand-in, calls activate() once, as VS Code does, and prints
// as JSON how long the require and the call took, what was registered, and every file-system
// call made while activate() ran (the activation path should make none).
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const Module = require('node:module');
const { createVscode } = require('./vscodeStub.js');

const [extension, root, storage] = process.argv.slice(2);
const io = {
  active: false,
  calls: {},
  count(name) {
    if (this.active) this.calls[name] = (this.calls[name] ?? 0) + 1;
  },
};
// Every function of fs and fs/promises counts its calls while activate() runs.
for (const [mod, prefix] of [[fs, 'fs.'], [fsp, 'fs/promises.']]) {
  for (const name of Object.keys(mod)) {
    const f = mod[name];
    if (typeof f !== 'function' || /^[A-Z]/.test(name) || name === 'constants') continue;
    mod[name] = Object.assign(function (...args) {
      io.count(prefix + name);
      return f.apply(this, args);
    }, f);
  }
}
const { vscode, records, Uri } = createVscode({ root, io });
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

const memento = () => {
  const m = new Map();
  return { get: (k, d) => (m.has(k) ? m.get(k) : d), update: async (k, v) => void m.set(k, v), keys: () => [...m.keys()], setKeysForSync() {} };
};
const repo = require('node:path').resolve(__dirname, '..', '..');
const context = {
  subscriptions: [],
  extensionUri: Uri.file(repo),
  extensionPath: repo,
  storageUri: Uri.file(storage),
  globalStorageUri: Uri.file(storage + '-global'),
  logUri: Uri.file(storage + '-log'),
  storagePath: storage,
  globalStoragePath: storage + '-global',
  extensionMode: 1,
  workspaceState: memento(),
  globalState: memento(),
  secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => ({ dispose() {} }) },
  asAbsolutePath: (p) => require('node:path').join(repo, p),
  extension: { id: 'dossier.dossier', extensionUri: Uri.file(repo), packageJSON: {} },
};

let t = performance.now();
const ext = require(extension);
const requireMs = performance.now() - t;
io.active = true;
t = performance.now();
const api = ext.activate(context);
const activateMs = performance.now() - t;
io.active = false;
process.stdout.write(JSON.stringify({
  requireMs,
  activateMs,
  returned: api ? Object.keys(api).length : 0,
  registrations: records.registrations,
  subscriptions: context.subscriptions.length,
  io: io.calls,
  unknown: [...records.unknown],
}) + '\n');
process.exit(0);
