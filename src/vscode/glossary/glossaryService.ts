import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { settingsFrom } from '../../core/config/settings';
import { Glossary } from '../../core/glossary/glossary';
import { findGlossaryFiles } from '../../core/glossary/glossaryFiles';
import type { ParsedGlossary } from '../../core/glossary/parseGlossary';
import { parseGlossaryOffThread } from '../../core/glossary/glossaryThread';
import { decode } from '../../core/text/decode';

interface GlossaryFile {
  uri: vscode.Uri;
  /** The name diagnostics and entries carry: relative to its workspace folder. */
  name: string;
  text: string;
  latest: ParsedGlossary;
  /** The last version that parsed: in use while the file is broken mid-edit. */
  good: ParsedGlossary;
}

const REPARSE_DELAY_MS = 200;

/**
 * The workspace's glossary: its files found by `dossier.glossary.files`, parsed from disk or,
 * while open, from the editor's text as it is typed; merged into one Glossary.
 */
export class GlossaryService implements vscode.Disposable {
  private files = new Map<string, GlossaryFile>();
  glossary = new Glossary([]);
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private watchers: vscode.Disposable[] = [];
  private loading: Promise<void> = Promise.resolve();
  private timers = new Map<string, NodeJS.Timeout>();

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('dossier.glossary.files') && this.reload()),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleReparse(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.files.has(d.uri.toString()) && void this.readFromDisk(d.uri)),
    );
  }

  /** Finds and reads the glossary files; returns at once. */
  reload(): void {
    this.loading = this.loading.then(() => this.loadAll()).catch((err) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Dossier could not read the glossary: {0}', String(err?.message ?? err)));
    });
  }

  whenReady(): Promise<void> {
    return this.loading;
  }

  /** The glossary file a URI is, if it is one. */
  fileOf(uri: vscode.Uri): { name: string; text: string; latest: ParsedGlossary } | undefined {
    return this.files.get(uri.toString());
  }

  uriOfFile(name: string): vscode.Uri | undefined {
    return [...this.files.values()].find((f) => f.name === name)?.uri;
  }

  allFiles(): readonly { uri: vscode.Uri; name: string; text: string; latest: ParsedGlossary }[] {
    return [...this.files.values()];
  }

  private async loadAll(): Promise<void> {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    const files = new Map<string, GlossaryFile>();
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const config = vscode.workspace.getConfiguration(undefined, folder.uri);
      const { settings } = settingsFrom((key) => config.get(key));
      for (const rel of await findGlossaryFiles(folder.uri.fsPath, settings.glossary.files)) {
        const uri = vscode.Uri.joinPath(folder.uri, rel);
        const name = multiRoot ? `${folder.name}/${rel}` : rel;
        const file = await this.read(uri, name);
        if (file) files.set(uri.toString(), file);
      }
      for (const pattern of settings.glossary.files) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, pattern));
        // A created or deleted file changes the set of files: find them again.
        this.watchers.push(watcher, watcher.onDidCreate(() => this.reload()), watcher.onDidDelete(() => this.reload()), watcher.onDidChange((uri) => void this.readFromDisk(uri)));
      }
    }
    this.files = files;
    this.rebuild();
  }

  /** The file's text: the editor's while it is open, else the disk's. */
  private async read(uri: vscode.Uri, name: string): Promise<GlossaryFile | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let text: string;
    try {
      text = open ? open.getText() : decode(await readFile(uri.fsPath)).text;
    } catch {
      return undefined;
    }
    const parsed = await parseGlossaryOffThread(name, text);
    const previous = this.files.get(uri.toString());
    return { uri, name, text, latest: parsed, good: parsed.ok ? parsed : (previous?.good ?? parsed) };
  }

  private async readFromDisk(uri: vscode.Uri): Promise<void> {
    const known = this.files.get(uri.toString());
    if (!known || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) return;
    const file = await this.read(uri, known.name);
    if (file) this.files.set(uri.toString(), file);
    this.rebuild();
  }

  private scheduleReparse(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const known = this.files.get(key);
    if (!known) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.reparse(key, document), REPARSE_DELAY_MS));
  }

  /** Parses an open glossary file as typed (a large one in a thread); an answer overtaken by newer typing is dropped. */
  private async reparse(key: string, document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const text = document.getText();
    const parsed = await parseGlossaryOffThread(this.files.get(key)?.name ?? '', text);
    const known = this.files.get(key);
    if (!known || document.version !== version) return;
    this.files.set(key, { ...known, text, latest: parsed, good: parsed.ok ? parsed : known.good });
    this.rebuild();
  }

  /** Merges the last good version of every file; a broken file shows its latest (syntax) errors. */
  private rebuild(): void {
    const merged = new Glossary([...this.files.values()].map((f) => f.good));
    for (const f of this.files.values()) {
      if (f.latest.ok) continue;
      const kept = merged.diagnostics.filter((d) => d.file !== f.name);
      merged.diagnostics.splice(0, merged.diagnostics.length, ...kept, ...f.latest.diagnostics);
    }
    this.glossary = merged;
    this.changeEmitter.fire();
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
