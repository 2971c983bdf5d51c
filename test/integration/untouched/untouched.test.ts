import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readyDossier } from '../dossierApi';
import { workspaceDir } from '../util';

/** Every file of the workspace with the hash of its bytes. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = path.join(root, rel);
    if (fs.statSync(abs).isFile()) out[rel] = createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
  }
  return out;
}

suite('a hostile workspace, in Restricted Mode', () => {
  let before: Record<string, string>;
  suiteSetup(() => {
    before = snapshot(workspaceDir().fsPath);
  });

  test('corpus folders outside the workspace are refused, not read', async () => {
    const api = await readyDossier();
    assert.equal(vscode.workspace.isTrusted, false);
    assert.deepEqual(api.sources().map((s) => s.path), ['corpus/piege.md']);
    const refused = api.skipped().filter((s) => /outside the workspace/.test(s.reason)).map((s) => s.path);
    assert.deepEqual(refused.sort(), ['../../..', '/etc']);
  });

  test('a tooltip shows hostile metadata as text: untrusted, no HTML, no command link', async () => {
    const api = await readyDossier();
    const tooltips = JSON.stringify(api.sourcesTree());
    assert.ok(tooltips.includes('Rapport'));
    const node = api.sourcesTree().flatMap((n) => [n, ...n.children]).find((n) => n.contextValue === 'source')!;
    assert.equal(node.tooltip?.trusted, false);
    assert.equal(node.tooltip?.html, false);
    assert.doesNotMatch(node.tooltip!.markdown, /\]\(command:|<img|(^|[^\\])\$\(zap\)/);
  });

  test('hover cards from a hostile glossary link nothing but http(s) and Dossier\'s own command', async () => {
    const api = await readyDossier();
    await api.whenGlossaryReady();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceDir(), 'briefs', 'note.md'));
    const at = doc.positionAt(doc.getText().indexOf('Zorglub') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(md, /\*\*Zorglub Consortium\*\*/);
    const links = [...md.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(links.length > 0);
    for (const link of links) assert.match(link, /^(https:\/\/|command:dossier\.openSource\?)/, link);
    assert.doesNotMatch(md, /<img|<script/);
  });

  test('citation keys and links that name outside files are unknown sources, never read', async () => {
    const api = await readyDossier();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'briefs', 'note.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await api.checkDraft(uri);
    const problems = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dossier');
    const codes = problems.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));
    assert.ok(codes.includes('unknown-source'));
    assert.ok(problems.every((d) => !/root:|\/bin\/(ba)?sh/.test(d.message)), 'no content of /etc/passwd leaks into a message');
  });

  test('a full session of checks writes nothing in the workspace', async () => {
    const api = await readyDossier();
    await api.whenGlossaryReady();
    for (const g of ['groupByKind', 'groupByDate', 'groupByFolder', 'groupByActor']) await vscode.commands.executeCommand(`dossier.sources.${g}`);
    await vscode.commands.executeCommand('dossier.sources.filter', 'zorglub');
    await vscode.commands.executeCommand('dossier.sources.clearFilter');
    await vscode.commands.executeCommand('dossier.lintWorkspace');
    const uri = vscode.Uri.joinPath(workspaceDir(), 'briefs', 'note.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    for (let offset = 0; offset < doc.getText().length; offset += 37) {
      const p = doc.positionAt(offset);
      await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, p);
      await vscode.commands.executeCommand('vscode.executeDefinitionProvider', uri, p);
      await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(p, p));
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepEqual(snapshot(workspaceDir().fsPath), before);
  });
});
