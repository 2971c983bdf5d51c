import * as vscode from 'vscode';
import type { LintService } from './lintService';

/**
 * The active draft's count of uncited claims, in the status bar; a click opens the Problems panel.
 * Returns what the item shows (undefined while hidden): VS Code cannot read a status bar back.
 */
export function activateDraftStatusBar(context: vscode.ExtensionContext, lint: LintService): () => string | undefined {
  const item = vscode.window.createStatusBarItem('dossier.uncitedClaims', vscode.StatusBarAlignment.Left, 50);
  let shown = false;
  item.name = vscode.l10n.t('Dossier: uncited claims');
  item.command = 'workbench.actions.view.problems';
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !lint.isDraft(editor.document)) {
      item.hide();
      shown = false;
      return;
    }
    const n = lint.resultsFor(editor.document).filter((d) => d.code === 'uncited-claim').length;
    item.text = n === 0 ? `$(pass) ${vscode.l10n.t('All claims cited')}` : `$(quote) ${n === 1 ? vscode.l10n.t('1 uncited claim') : vscode.l10n.t('{0} uncited claims', n)}`;
    item.tooltip = vscode.l10n.t('Dossier: claims of this draft that no source backs');
    item.show();
    shown = true;
  };
  context.subscriptions.push(item, lint.onDidLint(update), vscode.window.onDidChangeActiveTextEditor(update));
  update();
  return () => (shown ? item.text : undefined);
}
