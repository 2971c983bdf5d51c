import { posix } from 'node:path';
import * as vscode from 'vscode';
import { CorpusResolver } from '../../core/draft/corpusResolver';
import { isDraft } from '../../core/draft/isDraft';
import { LintCache, lintDraft, type LintDiagnostic } from '../../core/draft/lint';
import type { CorpusService } from '../corpusService';
import { toDiagnostic } from './diagnosticAdapter';
import { lintOptionsFor, settingsFor } from './draftSettings';

/** How long typing must pause before a draft is checked again. */
const DEBOUNCE_MS = 400;

/**
 * Checks the open drafts: on open, as one types (debounced; a run overtaken by an edit is
 * dropped) or on save only (`dossier.lint.run`), and again when the corpus changes.
 */
export class LintService implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('dossier');
  /** The engine's results per document version, for quick fixes. */
  private readonly results = new Map<string, { version: number; diagnostics: LintDiagnostic[] }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();
  /** What each open draft's last check learned: an edit re-checks only the blocks it touched. */
  private readonly caches = new Map<string, LintCache>();
  /** The corpus as the checks see it, until it changes. */
  private resolver: CorpusResolver | undefined;
  /** Drafts checked by "Check all drafts": their problems stay listed once closed. */
  readonly checkedAsWorkspace = new Set<string>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidLint = this.changeEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.collection, this.changeEmitter];

  constructor(private readonly corpus: CorpusService, private readonly readme: vscode.Uri) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && settingsFor(e.document.uri).lint.run === 'onType') this.schedule(e.document, DEBOUNCE_MS);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.results.delete(d.uri.toString());
        this.caches.delete(d.uri.toString());
        if (!this.checkedAsWorkspace.has(d.uri.toString())) this.collection.delete(d.uri);
      }),
      corpus.onDidChange(() => {
        this.resolver = undefined;
        this.lintOpenDrafts();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('dossier') && this.lintOpenDrafts()),
    );
  }

  lintOpenDrafts(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Whether a document is a briefing draft (and not a source of the corpus). */
  isDraft(document: vscode.TextDocument): boolean {
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return false;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const rel = folder ? posix.relative(folder.uri.path, document.uri.path) : document.uri.path.split('/').pop() ?? '';
    const inCorpus = this.corpus.corpora.some((c) => c.folder === folder && c.corpus.contains(document.uri.fsPath));
    return document.languageId === 'markdown' && isDraft(rel || document.fileName, document.getText(), settingsFor(document.uri).drafts.include, inCorpus);
  }

  resultsFor(document: vscode.TextDocument): LintDiagnostic[] {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r.diagnostics : [];
  }

  /** A resolver over the corpus, for a draft at `uri`. */
  resolverFor(uri: vscode.Uri): CorpusResolver {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const dir = folder ? posix.dirname(posix.relative(folder.uri.path, uri.path)) : '';
    this.resolver ??= new CorpusResolver(this.corpus.corpora.map((c) => c.corpus));
    return this.resolver.forDraft(dir === '.' ? '' : dir);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.lint(document), delay));
  }

  /** Checks one draft now; returns when its diagnostics are published. */
  async lint(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!this.isDraft(document)) {
      if (this.collection.has(document.uri)) this.collection.delete(document.uri);
      return;
    }
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    await this.corpus.whenReady();
    const version = document.version;
    let cache = this.caches.get(key);
    if (!cache) this.caches.set(key, (cache = new LintCache()));
    const found = await lintDraft(document.getText(), this.resolverFor(document.uri), lintOptionsFor(document), cache);
    // Dropped if the draft changed meanwhile, or a newer run started: its results would be stale.
    if (this.generations.get(key) !== generation || document.isClosed || document.version !== version) return;
    this.results.set(key, { version, diagnostics: found });
    this.collection.set(document.uri, found.map((d) => toDiagnostic(d, document, this.readme)));
    this.changeEmitter.fire(document.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
