import * as vscode from 'vscode';
import type { Grouping } from '../../core/corpus/grouping';
import type { CorpusService } from '../corpusService';
import type { GlossaryService } from '../glossary/glossaryService';
import type { MentionService } from '../glossary/mentionService';
import { SourcesTreeProvider } from './tree';

/** The Sources view and the commands of its title bar: grouping, filter, refresh. */
export function activateSourcesView(context: vscode.ExtensionContext, service: CorpusService, glossary: GlossaryService, mentions: MentionService): SourcesTreeProvider {
  const provider = new SourcesTreeProvider(service, context.workspaceState, glossary, mentions);
  const view = vscode.window.createTreeView('dossier.sources', { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  provider.setGrouping(provider.grouping);
  provider.setFilter('');

  const groupBy = (g: Grouping) => () => provider.setGrouping(g);
  context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand('dossier.sources.groupByKind', groupBy('kind')),
    vscode.commands.registerCommand('dossier.sources.groupByDate', groupBy('date')),
    vscode.commands.registerCommand('dossier.sources.groupByFolder', groupBy('folder')),
    vscode.commands.registerCommand('dossier.sources.groupByActor', groupBy('actor')),
    vscode.commands.registerCommand('dossier.sources.filter', async (text?: string) => {
      // A string argument filters directly (tests, keybindings); otherwise ask.
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter sources'),
        value: provider.filterText,
        prompt: vscode.l10n.t('Words to search in the text, and/or kind:, year: (2019 or 2018-2020), lang: (fr, en)'),
        placeHolder: vscode.l10n.t('e.g. cyberdéfense kind:press-article year:2019 lang:fr'),
      });
      if (value !== undefined) provider.setFilter(value);
    }),
    vscode.commands.registerCommand('dossier.sources.clearFilter', () => provider.setFilter('')),
    vscode.commands.registerCommand('dossier.sources.refresh', () => service.rescan()),
  );
  return provider;
}
