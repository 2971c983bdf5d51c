import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readyDossier } from '../dossierApi';
import { waitForEvent, workspaceDir } from '../util';

suite('citing a source from the tree', () => {
  test('"Insert citation" puts [@id] at the cursor of the draft, as one undoable edit', async () => {
    await readyDossier();
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceDir(), 'briefs', 'draft.md'));
    const editor = await vscode.window.showTextDocument(draft);
    const before = draft.getText();
    const end = draft.lineAt(draft.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const entry = { rootName: vscode.workspace.workspaceFolders![0].name, doc: { id: 'oewg-report-summary', path: 'corpus/oewg-report-summary.md' } };
    await vscode.commands.executeCommand('dossier.insertCitation', entry);
    assert.equal(draft.getText(), before + '[@oewg-report-summary]');
    await vscode.commands.executeCommand('undo');
    assert.equal(draft.getText(), before);
    assert.equal(draft.isDirty, false);
  });

  test('"Search sources" opens the source at the passage chosen', async () => {
    await readyDossier();
    // The command resolves once the quick pick shows the ranked passages for its initial query.
    await vscode.commands.executeCommand('dossier.searchSources', 'Tallinn estonienne');
    const opened = waitForEvent(vscode.window.onDidChangeActiveTextEditor, (e) => !!e?.document.uri.path.endsWith('communique-dialogue-cyber.txt'), 10_000, 'the source to open');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = (await opened)!;
    assert.ok(!editor.selection.isEmpty, 'the passage is selected');
    assert.match(editor.document.getText(editor.selection), /Tallinn|estonien/i);
  });
});
