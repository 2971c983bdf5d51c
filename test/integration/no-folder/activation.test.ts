import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readyDossier } from '../dossierApi';

suite('activation with no folder open', () => {
  test('activates, finds no corpus, and leaves the view to its welcome', async () => {
    assert.equal(vscode.workspace.workspaceFolders, undefined);
    const api = await readyDossier();
    assert.equal(api.state(), 'noWorkspace');
    assert.deepEqual(api.sources(), []);
    assert.deepEqual(api.sourcesTree(), []);
  });

  test('its commands are registered and do not fail without a folder', async () => {
    await readyDossier();
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['dossier.searchSources', 'dossier.sources.filter', 'dossier.sources.groupByDate', 'dossier.chooseCorpusFolder']) {
      assert.ok(commands.includes(c), c);
    }
    await vscode.commands.executeCommand('dossier.sources.groupByDate');
    await vscode.commands.executeCommand('dossier.sources.filter', 'otan');
    await vscode.commands.executeCommand('dossier.sources.clearFilter');
  });
});
