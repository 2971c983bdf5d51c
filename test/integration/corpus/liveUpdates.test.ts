import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readyDossier, restoreFixture, until } from '../dossierApi';
import { workspaceDir } from '../util';

const encode = (s: string) => new TextEncoder().encode(s);

suite('the Sources tree follows the files', () => {
  // These tests change the corpus: the suites after them get the fixture back.
  suiteTeardown(async () => restoreFixture(await readyDossier()));

  test('a source created in the corpus appears, with its inferred metadata', async () => {
    const api = await readyDossier();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'corpus', 'nouveau-communique.txt');
    await vscode.workspace.fs.writeFile(uri, encode('Communiqué de presse - Sanctions européennes\n\nLe Conseil a adopté des sanctions.\n\npublié le 30/07/2020\n'));
    await until(api, () => api.sources().some((s) => s.id === 'nouveau-communique'), 'the new source');
    const doc = api.sources().find((s) => s.id === 'nouveau-communique')!;
    assert.deepEqual({ date: doc.date, kind: doc.kind }, { date: '2020-07-30', kind: 'press-release' });
    const labels = JSON.stringify(api.sourcesTree());
    assert.ok(labels.includes('Communiqué de presse - Sanctions européennes'));
  });

  test('a source deleted disappears', async () => {
    const api = await readyDossier();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceDir(), 'corpus', 'oewg-report-summary.md'));
    await until(api, () => !api.sources().some((s) => s.id === 'oewg-report-summary'), 'the deleted source to go');
    assert.ok(!JSON.stringify(api.sourcesTree()).includes('The OEWG Final Report'));
  });

  test('a source renamed keeps its place under its new id', async () => {
    const api = await readyDossier();
    const from = vscode.Uri.joinPath(workspaceDir(), 'corpus', 'speech-un-cyber-norms.md');
    const to = vscode.Uri.joinPath(workspaceDir(), 'corpus', 'speech-unsc-2021.md');
    await vscode.workspace.fs.rename(from, to);
    await until(api, () => api.sources().some((s) => s.id === 'speech-unsc-2021') && !api.sources().some((s) => s.id === 'speech-un-cyber-norms'), 'the rename');
    assert.equal(api.sources().find((s) => s.id === 'speech-unsc-2021')?.kind, 'speech');
  });

  test('a Windows-1252 source is read, and opens from the tree, as the French it is', async () => {
    const api = await readyDossier();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'corpus', 'ancien-communique.txt');
    // "Communiqué … Le ministère a déclaré : « cœur »." in Windows-1252 (é = E9, « = AB, œ = 9C, » = BB).
    const latin = (s: string) => Uint8Array.from([...s].map((c) => ({ é: 0xe9, '«': 0xab, œ: 0x9c, '»': 0xbb })[c] ?? c.charCodeAt(0)));
    await vscode.workspace.fs.writeFile(uri, latin('Communiqué de presse\n\nLe ministère a déclaré : « cœur de la coopération ».\n'));
    await until(api, () => api.sources().some((s) => s.id === 'ancien-communique'), 'the Windows-1252 source');
    const source = api.sources().find((s) => s.id === 'ancien-communique')!;
    assert.deepEqual({ title: source.title, encoding: source.encoding }, { title: 'Communiqué de presse', encoding: 'windows-1252' });
    const item = api.sourcesTree().flatMap((g) => g.children).find((i) => i.label === 'Communiqué de presse');
    assert.ok(item?.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const opened = vscode.window.activeTextEditor?.document;
    assert.equal(opened?.uri.toString(), uri.toString());
    assert.match(opened.getText(), /Le ministère a déclaré : « cœur de la coopération »/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a binary file dropped in the corpus is listed under Skipped files with its reason', async () => {
    const api = await readyDossier();
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceDir(), 'corpus', 'scan.txt'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0]));
    await until(api, () => api.skipped().some((s) => s.path === 'corpus/scan.txt'), 'the binary file to be skipped');
    assert.deepEqual(api.skipped().find((s) => s.path === 'corpus/scan.txt')?.reason, 'binary file');
    const skippedNode = api.sourcesTree().find((n) => n.label === 'Skipped files');
    assert.ok(skippedNode);
    assert.deepEqual(skippedNode.children.map((c) => `${c.label} — ${c.description}`), ['corpus/scan.txt — binary file']);
  });
});
