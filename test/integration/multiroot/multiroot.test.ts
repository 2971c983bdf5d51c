import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { outline, readyDossier } from '../dossierApi';

const root = (name: string) => {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  if (!folder) throw new Error(`no workspace folder "${name}"`);
  return folder.uri;
};

suite('a workspace of two folders', () => {
  test('the Sources view holds the sources of both folders, each with its folder', async () => {
    const api = await readyDossier();
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['analyse', 'archives']);
    assert.deepEqual(
      api.sources().map((s) => `${s.rootName}: ${s.path} (${s.id})`).sort(),
      ['analyse: corpus/communique-otan-2021.txt (communique-otan-2021)', 'archives: sources/discours-unesco-2018.md (discours-unesco-2018)'],
    );
    const lines = outline(api.sourcesTree()).map((l) => l.trim());
    assert.ok(lines.includes("Discours à l'UNESCO sur la confiance dans le cyberespace"), lines.join('\n'));
    assert.ok(lines.some((l) => l.startsWith('Communiqué du sommet de Bruxelles') || l.startsWith('OTAN')), lines.join('\n'));
  });

  test("a draft in one folder cites the other folder's sources; only the unknown key is flagged", async () => {
    const api = await readyDossier();
    const draft = vscode.Uri.joinPath(root('analyse'), 'briefs', 'note-multi.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    await api.checkDraft(draft);
    const found = vscode.languages.getDiagnostics(draft).filter((d) => d.source === 'Dossier').map((d) => `${d.range.start.line + 1}:${typeof d.code === 'object' ? d.code.value : d.code}`);
    assert.deepEqual(found, ['11:unknown-source']);
  });

  test('going to a citation opens the source in the other folder', async () => {
    await readyDossier();
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(root('analyse'), 'briefs', 'note-multi.md'));
    const at = draft.positionAt(draft.getText().indexOf('@discours-unesco-2018') + 3);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', draft.uri, at);
    const uris = defs.map((d) => ('targetUri' in d ? d.targetUri : d.uri).toString());
    assert.deepEqual(uris, [vscode.Uri.joinPath(root('archives'), 'sources', 'discours-unesco-2018.md').toString()]);
  });
});
