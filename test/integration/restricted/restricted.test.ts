import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { outline, readyDossier } from '../dossierApi';

suite('Restricted Mode', () => {
  test('the workspace is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  test('Dossier still reads the corpus and shows the tree', async () => {
    const api = await readyDossier();
    assert.equal(api.sources().length, 6);
    await vscode.commands.executeCommand('dossier.sources.groupByKind');
    assert.deepEqual(outline(api.sourcesTree()).filter((l) => !l.startsWith(' ')), [
      'Parliamentary questions', 'Press articles', 'Press releases', 'Reports', 'Speeches',
    ]);
  });
});
