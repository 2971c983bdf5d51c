import * as vscode from 'vscode';
import type { CorpusService, CorpusState } from './corpusService';
import type { LintService } from './drafts/lintService';
import type { GlossaryService } from './glossary/glossaryService';
import type { GlossaryHighlights } from './glossary/highlight';
import type { MentionService } from './glossary/mentionService';
import type { SourcesNode, SourcesTreeProvider } from './sources/tree';

/** A tree item as the Sources view shows it, for tests and other extensions. */
export interface SourcesTreeSnapshot {
  label: string;
  description?: string;
  /** The tooltip's Markdown source, and whether it is trusted (it never should be). */
  tooltip?: { markdown: string; trusted: boolean; html: boolean };
  contextValue?: string;
  /** The theme icon's id (a kind's icon, a group's, or "warning" for a source with problems). */
  icon?: string;
  /** What a click runs. */
  command?: { command: string; arguments?: unknown[] };
  children: SourcesTreeSnapshot[];
}

/** What `activate` returns: read-only access to the corpus and the Sources view. */
export interface DossierApi {
  /** Resolves when the scan under way and the file updates queued are applied. */
  whenReady(): Promise<void>;
  onDidChangeSources: vscode.Event<void>;
  /** noWorkspace, scanning, noFolder (no corpus folder exists) or ready. */
  state(): CorpusState;
  sources(): { rootName: string; id: string; path: string; title: string; date: string | null; kind: string; language: string; publisher: string | null; author: string | null; words: number; inferred: string[]; encoding: string }[];
  skipped(): { rootName: string; path: string; reason: string }[];
  /** What the last full scan did: sources read, and reader threads used (0: read in the host's thread). */
  lastScan(): { read: number; readers: number } | undefined;
  /** The Sources view's items, built by the view's own provider. */
  sourcesTree(): SourcesTreeSnapshot[];
  /** The Sources view's description (the grouping) and message (the active filter), as shown. */
  sourcesView(): { description?: string; message?: string };
  /** Resolves when the glossary is read and the sources' mentions counted. */
  whenGlossaryReady(): Promise<void>;
  onDidChangeGlossary: vscode.Event<void>;
  glossaryEntries(): string[];
  /** Fires when a draft's diagnostics are published. */
  onDidLint: vscode.Event<vscode.Uri>;
  /** Checks a document now; resolves once its diagnostics are published. */
  checkDraft(uri: vscode.Uri): Promise<void>;
  /** The status bar's count of the active draft's uncited claims, as shown; undefined while hidden. */
  draftStatus(): string | undefined;
  /** The names `dossier.glossary.highlight` underlined in a document's visible editor (none while off). */
  highlightedNames(uri: vscode.Uri): string[];
  /** Fires when a document's highlighting is painted again. */
  onDidHighlight: vscode.Event<vscode.Uri>;
}

export function createApi(
  service: CorpusService,
  tree: SourcesTreeProvider,
  describe: (m: { template: string; args: readonly (string | number)[] }) => string,
  glossary: GlossaryService,
  mentions: MentionService,
  lint: LintService,
  shown: { draftStatus: () => string | undefined; highlights: GlossaryHighlights },
): DossierApi {
  const snapshot = (node?: SourcesNode): SourcesTreeSnapshot[] =>
    tree.getChildren(node).map((child) => {
      const item = tree.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return {
        label,
        description: typeof item.description === 'string' ? item.description : undefined,
        tooltip: item.tooltip instanceof vscode.MarkdownString ? { markdown: item.tooltip.value, trusted: !!item.tooltip.isTrusted, html: !!item.tooltip.supportHtml } : undefined,
        contextValue: item.contextValue,
        icon: item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined,
        command: item.command && { command: item.command.command, arguments: item.command.arguments },
        children: snapshot(child),
      };
    });
  return {
    whenReady: () => service.whenReady(),
    onDidChangeSources: service.onDidChange,
    state: () => service.state,
    sources: () =>
      service.entries().map(({ rootName, doc }) => ({
        rootName, id: doc.id, path: doc.path, title: doc.title, date: doc.date, kind: doc.kind, language: doc.language,
        publisher: doc.publisher, author: doc.author, words: doc.words, inferred: [...doc.inferred], encoding: doc.encoding,
      })),
    skipped: () => service.skipped().map((s) => ({ rootName: s.rootName, path: s.path, reason: describe(s.reason) })),
    lastScan: () => service.lastScan && { read: service.lastScan.read, readers: service.lastScan.readers },
    sourcesTree: () => snapshot(),
    sourcesView: () => tree.viewText(),
    whenGlossaryReady: async () => {
      await glossary.whenReady();
      await service.whenReady();
      await mentions.whenIndexed();
    },
    onDidChangeGlossary: glossary.onDidChange,
    glossaryEntries: () => [...glossary.glossary.entries.keys()],
    onDidLint: lint.onDidLint,
    checkDraft: async (uri) => lint.lint(await vscode.workspace.openTextDocument(uri)),
    draftStatus: shown.draftStatus,
    highlightedNames: (uri) => shown.highlights.painted(uri),
    onDidHighlight: shown.highlights.onDidPaint,
  };
}
