import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { outline, readyDossier, until } from '../dossierApi';
import { workspaceDir } from '../util';

suite('activation in a folder without a corpus', () => {
  test('says there is no corpus folder (the welcome view with its button shows)', async () => {
    const api = await readyDossier();
    assert.equal(api.state(), 'noFolder');
    assert.deepEqual(api.sourcesTree(), []);
  });

  test('a corpus folder created later is found without a reload', async () => {
    const api = await readyDossier();
    const file = vscode.Uri.joinPath(workspaceDir(), 'corpus', 'premiere-source.txt');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Première source\n\nPublié le 03/02/2020\n\nLe texte de la première source du corpus.\n'));
    await until(api, () => api.sources().length === 1, 'the new corpus folder to be read');
    assert.equal(api.state(), 'ready');
    await vscode.commands.executeCommand('dossier.sources.groupByKind');
    assert.deepEqual(outline(api.sourcesTree()), ['Other sources', '  Première source']);
  });

  test('choosing a corpus folder writes the setting, and the view follows it', async () => {
    const api = await readyDossier();
    const file = vscode.Uri.joinPath(workspaceDir(), 'sources-2020', 'note.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('# Note de 2020\n\nTexte.\n'));
    // The dialog cannot be driven here; the command's effect is the setting it writes.
    await vscode.workspace.getConfiguration('dossier', workspaceDir()).update('corpus.folders', ['sources-2020'], vscode.ConfigurationTarget.WorkspaceFolder);
    await until(api, () => api.sources().some((s) => s.id === 'note'), 'the configured folder to be read');
    assert.deepEqual(api.sources().map((s) => s.path), ['sources-2020/note.md']);
  });
});
