import * as vscode from 'vscode';
import { restoreCache, serializeCache } from '../core/corpus/cache';
import { Corpus } from '../core/corpus/corpus';
import type { SkippedFile } from '../core/corpus/document';
import type { SourceEntry } from '../core/corpus/grouping';
import { settingsFrom } from '../core/config/settings';
import { localize } from './localize';

export type CorpusState = 'noWorkspace' | 'scanning' | 'noFolder' | 'ready';

interface FolderCorpus {
  folder: vscode.WorkspaceFolder;
  corpus: Corpus;
  watchers: vscode.Disposable[];
}

/** How long file events are gathered before the index is updated: bursts become one update. */
const UPDATE_DELAY_MS = 150;
const CACHE_DELAY_MS = 2000;

/**
 * The corpora of the open workspace folders, scanned in the background after activation,
 * kept up to date from file events, and cached in the extension's storage.
 */
export class CorpusService implements vscode.Disposable {
  private folders: FolderCorpus[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  state: CorpusState = 'noWorkspace';
  private scanning: Promise<void> = Promise.resolve();
  private pending = new Map<FolderCorpus, Set<string>>();
  private updateTimer: NodeJS.Timeout | undefined;
  private cacheTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;
  /** Sources by URI, built on first use after each change (hovers ask on every move). */
  private byUri: Map<string, SourceEntry> | undefined;

  constructor(private readonly storage: vscode.Uri | undefined) {
    this.disposables.push(
      this.onDidChange(() => (this.byUri = undefined)),
      this.changeEmitter,
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rescan()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dossier.corpus')) this.rescan();
      }),
    );
  }

  /** Starts the first scan; returns at once. */
  start(): void {
    this.rescan();
  }

  /** Resolves when the scan under way, and the file updates queued, are done. */
  async whenReady(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.scanning) {
      seen = this.scanning;
      await seen;
    }
    await this.flushUpdates();
  }

  entries(): SourceEntry[] {
    return this.folders.flatMap((f) => [...f.corpus.documents.values()].map((doc) => ({ rootName: f.folder.name, doc })));
  }

  skipped(): (SkippedFile & { rootName: string })[] {
    return this.folders.flatMap((f) => [...f.corpus.skipped.values()].map((s) => ({ ...s, rootName: f.folder.name })));
  }

  get corpora(): readonly { folder: vscode.WorkspaceFolder; corpus: Corpus }[] {
    return this.folders;
  }

  get isMultiRoot(): boolean {
    return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  }

  /** The source a document is, if it is one. */
  entryAt(uri: vscode.Uri): SourceEntry | undefined {
    this.byUri ??= new Map(this.entries().map((e) => [this.uriOf(e).toString(), e]));
    return this.byUri.get(uri.toString());
  }

  uriOf(entry: { rootName: string; doc: { path: string } }): vscode.Uri {
    const f = this.folders.find((x) => x.folder.name === entry.rootName);
    return vscode.Uri.joinPath(f?.folder.uri ?? vscode.Uri.file('/'), entry.doc.path);
  }

  rescan(): void {
    const generation = ++this.generation;
    this.scanning = this.scanning.then(() => this.scanAll(generation)).catch((err) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Dossier could not read the corpus: {0}', String(err?.message ?? err)));
    });
  }

  private async scanAll(generation: number): Promise<void> {
    if (generation !== this.generation) return; // a newer rescan supersedes this one
    this.disposeFolders();
    const workspaceFolders = vscode.workspace.workspaceFolders ?? [];
    if (workspaceFolders.length === 0) {
      this.setState('noWorkspace');
      return;
    }
    this.setState('scanning');
    for (const folder of workspaceFolders) {
      if (folder.uri.scheme !== 'file') continue; // sources are read with Node's fs
      const config = vscode.workspace.getConfiguration(undefined, folder.uri);
      const { settings, problems } = settingsFrom((key) => config.get(key));
      for (const p of problems) void vscode.window.showWarningMessage(localize(p));
      const corpus = new Corpus({ root: folder.uri.fsPath, folders: settings.corpus.folders, maxFileSizeMB: settings.corpus.maxFileSizeMB });
      const entry: FolderCorpus = { folder, corpus, watchers: [] };
      this.folders.push(entry);
      await this.restoreFromCache(entry);
      await vscode.window.withProgress(
        { location: { viewId: 'dossier.sources' }, title: vscode.l10n.t('Reading sources') },
        () => corpus.scan(),
      );
      this.watch(entry);
      this.scheduleCacheWrite();
    }
    const any = this.folders.some((f) => f.corpus.missing.length < f.corpus.options.folders.length);
    this.setState(any ? 'ready' : 'noFolder');
  }

  private setState(state: CorpusState): void {
    this.state = state;
    void vscode.commands.executeCommand('setContext', 'dossier.corpusState', state);
    this.changeEmitter.fire();
  }

  /** Watches the corpus folders; events are gathered and applied together. */
  private watch(entry: FolderCorpus): void {
    for (const name of entry.corpus.options.folders) {
      const pattern = new vscode.RelativePattern(vscode.Uri.joinPath(entry.folder.uri, name), '**/*');
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const queue = (uri: vscode.Uri) => this.queueUpdate(entry, uri.fsPath);
      entry.watchers.push(watcher, watcher.onDidCreate(queue), watcher.onDidChange(queue), watcher.onDidDelete(queue));
    }
    // A corpus folder created later (or the whole folder deleted) changes the state: watch the root too.
    const top = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entry.folder, `{${entry.corpus.options.folders.join(',')}}`));
    const folderEvent = () => this.rescan();
    entry.watchers.push(top, top.onDidCreate(folderEvent), top.onDidDelete(folderEvent));
  }

  private queueUpdate(entry: FolderCorpus, fsPath: string): void {
    let set = this.pending.get(entry);
    if (!set) this.pending.set(entry, (set = new Set()));
    set.add(fsPath);
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.flushUpdates(), UPDATE_DELAY_MS);
  }

  private async flushUpdates(): Promise<void> {
    clearTimeout(this.updateTimer);
    const batches = [...this.pending];
    this.pending = new Map();
    if (batches.length === 0) return;
    for (const [entry, paths] of batches) {
      for (const p of paths) await entry.corpus.update(p);
    }
    this.changeEmitter.fire();
    this.scheduleCacheWrite();
  }

  private cacheUri(folder: vscode.WorkspaceFolder): vscode.Uri | undefined {
    if (!this.storage) return undefined;
    return vscode.Uri.joinPath(this.storage, `corpus-${folder.index}-${encodeURIComponent(folder.name)}.json`);
  }

  private async restoreFromCache(entry: FolderCorpus): Promise<void> {
    const uri = this.cacheUri(entry.folder);
    if (!uri) return;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      restoreCache(entry.corpus, new TextDecoder().decode(bytes));
    } catch {
      // No cache yet: a full scan follows.
    }
  }

  private scheduleCacheWrite(): void {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = setTimeout(() => void this.writeCaches(), CACHE_DELAY_MS);
  }

  private async writeCaches(): Promise<void> {
    if (!this.storage) return;
    await vscode.workspace.fs.createDirectory(this.storage);
    for (const f of this.folders) {
      const uri = this.cacheUri(f.folder)!;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(serializeCache(f.corpus)));
    }
  }

  private disposeFolders(): void {
    for (const f of this.folders) for (const w of f.watchers) w.dispose();
    this.folders = [];
    this.pending.clear();
  }

  dispose(): void {
    clearTimeout(this.updateTimer);
    clearTimeout(this.cacheTimer);
    this.disposeFolders();
    for (const d of this.disposables) d.dispose();
  }
}
