import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * "Choose corpus folder", from the Sources view's welcome: the user picks a folder of the
 * workspace, and it becomes the folder's `dossier.corpus.folders` setting.
 */
export function activateChooseCorpusFolder(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.chooseCorpusFolder', async () => {
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the corpus is a folder of your workspace.'));
        return;
      }
      const picked = await vscode.window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        defaultUri: folders[0].uri,
        openLabel: vscode.l10n.t('Use as corpus folder'),
        title: vscode.l10n.t('Choose the folder that holds your sources'),
      });
      if (!picked?.[0]) return;
      const workspaceFolder = vscode.workspace.getWorkspaceFolder(picked[0]);
      if (!workspaceFolder) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Choose a folder inside the workspace: Dossier reads only the workspace folders.'));
        return;
      }
      const relative = path.relative(workspaceFolder.uri.fsPath, picked[0].fsPath).split(path.sep).join('/') || '.';
      await vscode.workspace
        .getConfiguration('dossier', workspaceFolder.uri)
        .update('corpus.folders', [relative], vscode.ConfigurationTarget.WorkspaceFolder);
    }),
  );
}
