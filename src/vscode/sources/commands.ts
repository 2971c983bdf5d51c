import * as vscode from 'vscode';
import { citationFor } from '../../core/citations/key';
import type { SourceEntry } from '../../core/corpus/grouping';
import type { CorpusService } from '../corpusService';
import { openSourceDocument } from './openSource';

/** What the source commands receive: a tree node, or an entry from a test or another command. */
type SourceArg = { type: 'source'; entry: SourceEntry } | SourceEntry | undefined;

function entryOf(arg: SourceArg): SourceEntry | undefined {
  if (!arg) return undefined;
  return 'type' in arg ? arg.entry : arg;
}

/** Open, copy citation key, insert citation, reveal in Explorer: the context menu of a source. */
export function activateSourceCommands(context: vscode.ExtensionContext, service: CorpusService): void {
  const withEntry = (run: (entry: SourceEntry) => unknown) => (arg: SourceArg) => {
    const entry = entryOf(arg);
    if (entry) return run(entry);
    void vscode.window.showInformationMessage(vscode.l10n.t('Choose a source in the Sources view first.'));
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.openSource', withEntry(async (entry) =>
      vscode.window.showTextDocument(await openSourceDocument(service.uriOf(entry), entry.doc.encoding), { preview: true }))),
    vscode.commands.registerCommand('dossier.copyCitationKey', withEntry(async (entry) => {
      await vscode.env.clipboard.writeText(entry.doc.id);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Copied citation key {0}', entry.doc.id), 3000);
    })),
    vscode.commands.registerCommand('dossier.insertCitation', withEntry((entry) => insertCitation(entry))),
    vscode.commands.registerCommand('dossier.revealInExplorer', withEntry((entry) =>
      vscode.commands.executeCommand('revealInExplorer', service.uriOf(entry)))),
  );
}

/** Replaces the selection of the active editor with `[@id]`: one undoable edit. */
async function insertCitation(entry: SourceEntry): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft and place the cursor where the citation goes, then insert it.'));
    return false;
  }
  const text = `[${citationFor(entry.doc.id)}]`;
  return editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
}
