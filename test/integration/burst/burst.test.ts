import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIXTURE_IDS, outline, readyDossier, until } from '../dossierApi';
import { workspaceDir } from '../util';

const encode = (s: string) => new TextEncoder().encode(s);
const source = (i: number, word: string) => `Source numéro ${i}\n\nPublié le 0${(i % 9) + 1}/03/2020\n\nLe Conseil a adopté ${word} mesures à Bruxelles.\n`;

suite('bursts of file changes', () => {
  test('sources created, edited, renamed and deleted in a burst: the tree settles to the right state', async function () {
    this.timeout(60_000); // thirty files at once, on a busy machine
    const api = await readyDossier();
    const dir = (name: string) => vscode.Uri.joinPath(workspaceDir(), 'corpus', 'rafale', name);
    // Created, all at once.
    await Promise.all(Array.from({ length: 30 }, (_, i) => vscode.workspace.fs.writeFile(dir(`s${i}.txt`), encode(source(i, 'trois')))));
    // Edited, renamed, deleted, without waiting between.
    await Promise.all(Array.from({ length: 10 }, (_, i) => vscode.workspace.fs.writeFile(dir(`s${i}.txt`), encode(source(i, 'quatorze')))));
    for (let i = 10; i < 20; i++) await vscode.workspace.fs.rename(dir(`s${i}.txt`), dir(`r${i}.txt`));
    await Promise.all(Array.from({ length: 10 }, (_, i) => vscode.workspace.fs.delete(dir(`s${20 + i}.txt`))));
    const expected = [...FIXTURE_IDS, ...Array.from({ length: 10 }, (_, i) => `s${i}`), ...Array.from({ length: 10 }, (_, i) => `r${10 + i}`)].sort();
    const ids = () => api.sources().map((s) => s.id).sort();
    // On a timeout, the comparison below shows which sources are missing or left over.
    await until(api, () => ids().join() === expected.join(), 'the burst to settle', 50_000).catch(() => undefined);
    assert.deepEqual({ ids: ids(), skipped: api.skipped().filter((s) => s.path.includes('rafale')).map((s) => `${s.path}: ${s.reason}`) }, { ids: expected, skipped: [] });
    const labels = outline(api.sourcesTree()).filter((l) => l.trim().startsWith('Source numéro'));
    assert.equal(labels.length, 20, 'each source once in the tree');
  });

  test('a draft citing sources that come and go gets the right diagnostics once things settle', async () => {
    const api = await readyDossier();
    const draft = vscode.Uri.joinPath(workspaceDir(), 'briefs', 'rafale.md');
    await vscode.workspace.fs.writeFile(draft, encode('---\ndossier: brief\n---\n\nLe Conseil a adopté quatorze mesures à Bruxelles [@s0].\n\nLe Conseil a adopté trois mesures à Bruxelles [@s25].\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft));
    await api.whenReady();
    await api.checkDraft(draft);
    const codes = () => vscode.languages.getDiagnostics(draft).filter((d) => d.source === 'Dossier').map((d) => `${d.range.start.line + 1}:${typeof d.code === 'object' ? d.code.value : d.code}`);
    assert.deepEqual(codes(), ['7:unknown-source'], 's25 was deleted in the burst');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceDir(), 'corpus', 'rafale', 's25.txt'), encode(source(25, 'trois')));
    await until(api, () => api.sources().some((s) => s.id === 's25'), 'the source to come back');
    await api.checkDraft(draft);
    assert.deepEqual(codes(), []);
  });
});
