import * as vscode from 'vscode';
import { isMap, parseDocument } from 'yaml';
import { idFromName, stubEntryLines } from '../../core/glossary/stubEntry';
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
      const entryLines = (indent: string) => stubEntryLines(id, name, indent);
      if (target) {
        uri = target.uri;
        const document = await vscode.workspace.openTextDocument(uri);
        const text = document.getText();
        const doc = parseDocument(text);
        const entries = isMap(doc.contents) ? doc.contents.get('entries', true) : undefined;
        const firstKey = isMap(entries) ? entries.items[0]?.key : undefined;
        const indent = firstKey && typeof firstKey === 'object' && 'range' in firstKey && firstKey.range
          ? ' '.repeat(document.positionAt((firstKey.range as number[])[0]).character)
          : '  ';
        // After the last entry: the end of the `entries` mapping, or of the file.
        const end = isMap(entries) && entries.range ? entries.range[2] : text.length;
        const before = text.slice(0, end);
        const prefix = before.endsWith('\n') ? '' : '\n';
        const header = isMap(entries) ? '' : 'entries:\n';
        edit.insert(uri, document.positionAt(end), `${prefix}${header}${entryLines(indent).join('\n')}\n`);
        insertedAt = document.positionAt(end + prefix.length + header.length);
      } else {
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (!folder) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the glossary is a file of your workspace.'));
          return;
        }
        uri = vscode.Uri.joinPath(folder.uri, 'glossary.yaml');
        edit.createFile(uri, { ignoreIfExists: true });
        edit.insert(uri, new vscode.Position(0, 0), ['version: 1', 'entries:', ...entryLines('  '), ''].join('\n'));
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
