import * as vscode from 'vscode';
import type { SkippedFile } from '../../core/corpus/document';
import { isEmptyFilter, matchesMetadata, parseFilter, type SourceFilter } from '../../core/corpus/filter';
import { groupByActor, groupSources, type GroupNode, type Grouping, type SourceEntry, type SourceNode, type TreeNode } from '../../core/corpus/grouping';
import type { MentionService } from '../glossary/mentionService';
import type { GlossaryService } from '../glossary/glossaryService';
import type { CorpusService } from '../corpusService';
import { groupLabel, kindIcon, kindLabel } from '../labels';
import { localize } from '../localize';
import { sourceTooltip } from './tooltip';
import { duplicateIds, duplicateProblem } from '../../core/corpus/duplicates';

interface SkippedGroupNode {
  type: 'skipped-group';
  files: (SkippedFile & { rootName: string })[];
}
interface SkippedNode {
  type: 'skipped';
  file: SkippedFile & { rootName: string };
}
export type SourcesNode = TreeNode | SkippedGroupNode | SkippedNode;

const GROUPING_KEY = 'dossier.sources.grouping';

/** The Sources view: the corpus grouped by kind, date or folder, filtered, with skipped files. */
export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<SourcesNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  /** Citation keys that several sources have, with their paths. */
  private duplicates = new Map<string, string[]>();
  grouping: Grouping;
  filterText = '';
  private filter: SourceFilter = parseFilter('');
  view: vscode.TreeView<SourcesNode> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly service: CorpusService,
    private readonly state: vscode.Memento,
    private readonly glossary: GlossaryService,
    private readonly mentions: MentionService,
  ) {
    this.grouping = state.get<Grouping>(GROUPING_KEY, 'kind');
    this.subscription = vscode.Disposable.from(
      service.onDidChange(() => this.refresh()),
      mentions.onDidChangeIndex(() => this.grouping === 'actor' && this.refresh()),
    );
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    void this.state.update(GROUPING_KEY, grouping);
    void vscode.commands.executeCommand('setContext', 'dossier.sources.grouping', grouping);
    this.refresh();
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.filter = parseFilter(this.filterText);
    void vscode.commands.executeCommand('setContext', 'dossier.sources.filtered', this.filterText !== '');
    this.refresh();
  }

  refresh(): void {
    this.duplicates = duplicateIds(this.service.entries().map((e) => e.doc));
    this.changeEmitter.fire(undefined);
    this.updateViewText();
  }

  /** The sources that pass the filter; ranked by the full-text search when it has words. */
  visibleEntries(): SourceEntry[] {
    const entries = this.service.entries().filter((e) => matchesMetadata(this.filter, e.doc));
    if (!this.filter.words) return entries;
    const ranked: { entry: SourceEntry; score: number }[] = [];
    for (const { folder, corpus } of this.service.corpora) {
      const allowed = new Map(entries.filter((e) => e.rootName === folder.name).map((e) => [e.doc.path, e]));
      for (const r of corpus.index.rankSources(this.filter.words, (p) => allowed.has(p))) ranked.push({ entry: allowed.get(r.path)!, score: r.score });
    }
    return ranked.sort((a, b) => b.score - a.score).map((r) => r.entry);
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    if (node) {
      if (node.type === 'group') return node.children;
      if (node.type === 'skipped-group') return node.files.map((file) => ({ type: 'skipped', file }));
      return [];
    }
    if (this.service.state === 'noWorkspace' || this.service.state === 'noFolder') return []; // the welcome view shows
    const visible = this.visibleEntries();
    const roots: SourcesNode[] = this.filter.words
      ? visible.map((entry): SourceNode => ({ type: 'source', entry }))
      : this.grouping === 'actor'
        ? this.actorGroups(visible)
        : groupSources(visible, this.grouping, this.service.isMultiRoot);
    const skipped = this.service.skipped();
    if (skipped.length > 0 && isEmptyFilter(this.filter)) roots.push({ type: 'skipped-group', files: skipped });
    return roots;
  }

  /** The glossary's actors with the visible sources that mention them, most mentions first. */
  private actorGroups(visible: SourceEntry[]): TreeNode[] {
    const byKey = new Map(visible.map((e) => [`${e.rootName}/${e.doc.path}`, e]));
    return groupByActor(
      this.mentions.index.actors().map((a) => ({
        id: a.entry,
        name: this.glossary.glossary.entries.get(a.entry)?.name ?? a.entry,
        sources: a.sources.map((s) => byKey.get(s.source.key)).filter((e): e is SourceEntry => !!e),
      })),
    );
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    if (node.type === 'group') return this.groupItem(node);
    if (node.type === 'source') return this.sourceItem(node.entry, node.parent);
    if (node.type === 'skipped-group') {
      const item = new vscode.TreeItem(vscode.l10n.t('Skipped files'), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = 'skipped';
      item.description = String(node.files.length);
      item.iconPath = new vscode.ThemeIcon('warning');
      item.tooltip = vscode.l10n.t('Files in the corpus folders that Dossier did not read, with the reason');
      return item;
    }
    const item = new vscode.TreeItem(node.file.path, vscode.TreeItemCollapsibleState.None);
    item.id = `skipped:${node.file.rootName}:${node.file.path}`;
    item.description = localize(node.file.reason);
    item.tooltip = `${node.file.path}\n${localize(node.file.reason)}`;
    item.iconPath = new vscode.ThemeIcon('circle-slash');
    item.contextValue = 'skipped';
    return item;
  }

  private groupItem(group: GroupNode): vscode.TreeItem {
    const expanded = group.facet === 'year' || group.facet === 'kind';
    const icons: Record<GroupNode['facet'], string> = { folder: 'folder', kind: kindIcon(group.value).id, year: 'calendar', month: 'calendar', undated: 'calendar', actor: 'person' };
    const item = new vscode.TreeItem(groupLabel(group), expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = group.id;
    item.description = String(group.count);
    item.iconPath = new vscode.ThemeIcon(icons[group.facet]);
    item.contextValue = 'group';
    return item;
  }

  private sourceItem(entry: SourceEntry, parent?: string): vscode.TreeItem {
    const { doc } = entry;
    const item = new vscode.TreeItem(doc.title, vscode.TreeItemCollapsibleState.None);
    // A source may be shown under several actors: its id includes the group's.
    item.id = `${parent ? `${parent}/` : ''}source:${entry.rootName}:${doc.path}`;
    item.description = `${doc.date ?? vscode.l10n.t('undated')} · ${kindLabel(doc.kind)}`;
    const duplicate = duplicateProblem(this.duplicates, doc);
    item.iconPath = doc.problems.length > 0 || duplicate ? new vscode.ThemeIcon('warning') : kindIcon(doc.kind);
    item.tooltip = sourceTooltip(doc, duplicate ? [duplicate] : []);
    item.resourceUri = this.service.uriOf(entry);
    item.contextValue = 'source';
    item.command = { command: 'dossier.openSource', title: vscode.l10n.t('Open Source'), arguments: [{ type: 'source', entry }] };
    return item;
  }

  /** What the view shows above its items: the grouping, and the filter's message. */
  viewText(): { description?: string; message?: string } {
    return { description: this.view?.description, message: this.view?.message };
  }

  /** The view's description says the grouping; its message says the active filter. */
  private updateViewText(): void {
    if (!this.view) return;
    const by: Record<Grouping, string> = {
      kind: vscode.l10n.t('by kind'),
      date: vscode.l10n.t('by date'),
      folder: vscode.l10n.t('by folder'),
      actor: vscode.l10n.t('by actor'),
    };
    this.view.description = this.filter.words ? vscode.l10n.t('ranked') : by[this.grouping];
    if (!this.filterText) {
      this.view.message = this.service.state === 'scanning' ? vscode.l10n.t('Reading sources…') : undefined;
      return;
    }
    const shown = this.visibleEntries().length;
    const total = this.service.entries().length;
    this.view.message = vscode.l10n.t('Filter: {0} ({1} of {2} sources). Clear it with the button above.', this.filterText, shown, total);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}
