import * as vscode from 'vscode';
import { idFromName, stubEntryLines, stubInsertion } from '../../core/glossary/stubEntry';
import type { GlossaryService } from './glossaryService';

/**
 * "Add to glossary" on a selection: appends a stub entry at the end of the glossary's
 * `entries` (one undoable edit), or creates `glossary.yaml` when the workspace has none,
 * then shows the new entry.
 */
export function activateAddToGlossary(context: vscode.ExtensionContext, glossary: GlossaryService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.addToGlossary', async (nameArg?: string) => {
      const editor = vscode.window.activeTextEditor;
      const name = (typeof nameArg === 'string' ? nameArg : editor?.document.getText(editor.selection) ?? '').replace(/\s+/g, ' ').trim();
      if (!name) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select a name in the text first, then add it to the glossary.'));
        return;
      }
      await glossary.whenReady();
      const id = idFromName(name, (x) => glossary.glossary.entries.has(x));
      // The workspace's own glossary.yaml when there is one, else the first glossary file.
      const files = glossary.allFiles();
      const target = files.find((f) => /(^|\/)glossary\.ya?ml$/.test(f.name)) ?? files[0];
      const edit = new vscode.WorkspaceEdit();
      let uri: vscode.Uri;
      let insertedAt: vscode.Position;
      if (target) {
        uri = target.uri;
        const document = await vscode.workspace.openTextDocument(uri);
        const insertion = stubInsertion(document.getText(), id, name);
        if (!insertion) {
          void vscode.window.showWarningMessage(vscode.l10n.t('The entries of {0} are written inline, in braces: add "{1}" there by hand, or write the entries one per line.', target.name, name));
          return;
        }
        edit.replace(uri, new vscode.Range(document.positionAt(insertion.start), document.positionAt(insertion.end)), insertion.text);
        // Where the entry's first line will be, once the edit is applied.
        const written = document.getText().slice(0, insertion.start) + insertion.text;
        insertedAt = new vscode.Position(written.slice(0, insertion.entryAt).split('\n').length - 1, 0);
      } else {
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (!folder) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the glossary is a file of your workspace.'));
          return;
        }
        uri = vscode.Uri.joinPath(folder.uri, 'glossary.yaml');
        edit.createFile(uri, { ignoreIfExists: true });
        edit.insert(uri, new vscode.Position(0, 0), ['version: 1', 'entries:', ...stubEntryLines(id, name, '  '), ''].join('\n'));
        insertedAt = new vscode.Position(2, 0);
      }
      if (!(await vscode.workspace.applyEdit(edit))) return;
      const shown = await vscode.window.showTextDocument(uri);
      const nameLine = insertedAt.line + 1;
      shown.selection = new vscode.Selection(nameLine, 0, nameLine, shown.document.lineAt(nameLine).text.length);
      shown.revealRange(shown.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
}
