import * as vscode from 'vscode';
import { cslItems } from '../../core/draft/bibliography';
import { draftSentences } from '../../core/draft/lint';
import type { CorpusService } from '../corpusService';
import type { LintService } from './lintService';

/** The Markdown files of the workspace that are drafts (outside node_modules). */
async function workspaceDrafts(lint: LintService): Promise<vscode.TextDocument[]> {
  const files = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**');
  const docs: vscode.TextDocument[] = [];
  for (const uri of files) {
    const doc = await vscode.workspace.openTextDocument(uri);
    if (lint.isDraft(doc)) docs.push(doc);
  }
  return docs;
}

/** "Check all drafts" and "Export bibliography". */
export function activateDraftWorkspaceCommands(context: vscode.ExtensionContext, corpus: CorpusService, lint: LintService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.lintWorkspace', async () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking the drafts') }, async () => {
        const drafts = await workspaceDrafts(lint);
        for (const doc of drafts) {
          lint.checkedAsWorkspace.add(doc.uri.toString());
          await lint.lint(doc);
        }
        void vscode.commands.executeCommand('workbench.actions.view.problems');
        return drafts.length;
      }),
    ),
    vscode.commands.registerCommand('dossier.exportBibliography', async (target?: vscode.Uri) => {
      await corpus.whenReady();
      const cited = new Set<string>();
      for (const doc of await workspaceDrafts(lint)) for (const s of draftSentences(doc.getText())) for (const k of s.keys) cited.add(k.key);
      const docs = corpus.entries().map((e) => e.doc).filter((d) => cited.has(d.id));
      const folder = vscode.workspace.workspaceFolders?.[0];
      const uri = target ?? (await vscode.window.showSaveDialog({
        defaultUri: folder && vscode.Uri.joinPath(folder.uri, 'bibliography.json'),
        filters: { 'CSL-JSON': ['json'] },
        title: vscode.l10n.t('Save the bibliography of the cited sources'),
      }));
      if (!uri) return undefined;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(cslItems(docs), null, 2) + '\n'));
      void vscode.window.showInformationMessage(vscode.l10n.t('Bibliography of {0} sources saved. Render with: pandoc --citeproc --bibliography {1}', docs.length, vscode.workspace.asRelativePath(uri)));
      return uri;
    }),
  );
}
