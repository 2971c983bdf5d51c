import * as vscode from 'vscode';
import { restoreCacheSlowly, serializeCacheLines } from '../core/corpus/cache';
import { Corpus, type ScanReport } from '../core/corpus/corpus';
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
/** How long after the last creation or deletion the corpus is listed again (see `settle`). */
const SETTLE_DELAY_MS = 1000;

/**
 * The corpora of the open workspace folders, scanned in the background after activation,
 * kept up to date from file events, and cached in the extension's storage.
 */
export class CorpusService implements vscode.Disposable {
  private folders: FolderCorpus[] = [];
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  state: CorpusState = 'noWorkspace';
  /** Scans and file updates, one after the other: two updates of one path never interleave. */
  private work: Promise<void> = Promise.resolve();
  private pending = new Map<FolderCorpus, Set<string>>();
  /** Folders where files were created or deleted: listed again once events stop. */
  private unsettled = new Set<FolderCorpus>();
  private updateTimer: NodeJS.Timeout | undefined;
  private settleTimer: NodeJS.Timeout | undefined;
  private cacheTimer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private generation = 0;
  /** What the last full scan of a folder did (how many sources it read, with how many threads). */
  lastScan: ScanReport | undefined;
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
    if (this.pending.size > 0) this.enqueueFlush();
    if (this.unsettled.size > 0) this.enqueueSettle();
    let seen: Promise<void> | undefined;
    while (seen !== this.work) {
      seen = this.work;
      await seen;
    }
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
    this.enqueue(() => this.scanAll(generation));
  }

  private enqueue(task: () => Promise<void>): void {
    this.work = this.work.then(task).catch((err) => {
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
      // Watching before the listing: a change made after a file is listed is applied right after the scan.
      this.watch(entry);
      // The folders are listed while the cache is restored.
      void corpus.prefetchListing();
      await this.restoreFromCache(entry);
      await vscode.window.withProgress(
        { location: { viewId: 'dossier.sources' }, title: vscode.l10n.t('Reading sources') },
        async () => (this.lastScan = await corpus.scan()),
      );
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
      const changed = (uri: vscode.Uri) => this.queueUpdate(entry, uri.fsPath, false);
      const createdOrDeleted = (uri: vscode.Uri) => this.queueUpdate(entry, uri.fsPath, true);
      entry.watchers.push(watcher, watcher.onDidCreate(createdOrDeleted), watcher.onDidChange(changed), watcher.onDidDelete(createdOrDeleted));
    }
    // A corpus folder created later (or the whole folder deleted) changes the state: watch the root too.
    const top = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entry.folder, `{${entry.corpus.options.folders.join(',')}}`));
    const folderEvent = () => this.rescan();
    entry.watchers.push(top, top.onDidCreate(folderEvent), top.onDidDelete(folderEvent));
  }

  private queueUpdate(entry: FolderCorpus, fsPath: string, createdOrDeleted: boolean): void {
    let set = this.pending.get(entry);
    if (!set) this.pending.set(entry, (set = new Set()));
    set.add(fsPath);
    if (createdOrDeleted) this.unsettled.add(entry);
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => this.enqueueFlush(), UPDATE_DELAY_MS);
    clearTimeout(this.settleTimer);
    if (this.unsettled.size > 0) this.settleTimer = setTimeout(() => this.enqueueSettle(), SETTLE_DELAY_MS);
  }

  private enqueueFlush(): void {
    clearTimeout(this.updateTimer);
    this.enqueue(() => this.flushUpdates());
  }

  /** Applies the gathered file events, in order; events arriving meanwhile wait for the next flush. */
  private async flushUpdates(): Promise<void> {
    const batches = [...this.pending];
    this.pending = new Map();
    if (batches.length === 0) return;
    for (const [entry, paths] of batches) {
      for (const p of paths) await entry.corpus.update(p);
    }
    this.changeEmitter.fire();
    this.scheduleCacheWrite();
  }

  private enqueueSettle(): void {
    clearTimeout(this.settleTimer);
    this.enqueue(() => this.settle());
  }

  /**
   * Lists again the corpora where files came and went. File events are not a faithful log:
   * the watcher drops a creation and deletion it sees together, and reports a new folder
   * without the files written into it at once. The listing (stamps, no re-reading of
   * unchanged files) puts right what the events missed.
   */
  private async settle(): Promise<void> {
    const entries = [...this.unsettled].filter((e) => this.folders.includes(e));
    this.unsettled.clear();
    let changed = false;
    for (const entry of entries) changed = (await entry.corpus.scan()).changed || changed;
    if (!changed) return;
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
      await restoreCacheSlowly(entry.corpus, bytes, pause);
    } catch {
      // No cache yet: a full scan follows.
    }
  }

  private scheduleCacheWrite(): void {
    clearTimeout(this.cacheTimer);
    // In the queue of work: no update changes the index while it is being written out.
    this.cacheTimer = setTimeout(() => this.enqueue(() => this.writeCaches()), CACHE_DELAY_MS);
  }

  private async writeCaches(): Promise<void> {
    if (!this.storage) return;
    await vscode.workspace.fs.createDirectory(this.storage);
    for (const f of this.folders) {
      const uri = this.cacheUri(f.folder)!;
      await vscode.workspace.fs.writeFile(uri, await encodeLines(await serializeCacheLines(f.corpus, pause)));
    }
  }

  private disposeFolders(): void {
    for (const f of this.folders) for (const w of f.watchers) w.dispose();
    this.folders = [];
    this.pending.clear();
    this.unsettled.clear();
  }

  dispose(): void {
    clearTimeout(this.updateTimer);
    clearTimeout(this.settleTimer);
    clearTimeout(this.cacheTimer);
    this.disposeFolders();
    for (const d of this.disposables) d.dispose();
  }
}

function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The lines as UTF-8, one line at a time with the event loop free between them. */
async function encodeLines(lines: string[]): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const line of lines) {
    parts.push(encoder.encode(`${line}\n`));
    await pause();
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}
