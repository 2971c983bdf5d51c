import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, scenario, workspaceDir } from '../util';

suite('smoke', () => {
  test('runs in VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  test('the extension is present and activates', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not found`);
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  test('the fixture is open as a writable temp copy', async () => {
    const info = scenario();
    assert.equal(workspaceDir().fsPath, info.workspace);
    assert.notEqual(info.workspace, info.fixture);
    const probe = vscode.Uri.joinPath(workspaceDir(), 'probe.txt');
    await vscode.workspace.fs.writeFile(probe, new TextEncoder().encode('ok'));
    await vscode.workspace.fs.delete(probe);
  });
});
