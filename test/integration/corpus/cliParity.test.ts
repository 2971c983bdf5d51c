import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readyDossier } from '../dossierApi';
import { EXTENSION_ID, waitForEvent, workspaceDir } from '../util';

/** Runs the bundled `dossier` command line (dist/cli.js) on the open workspace; resolves with what it printed, whatever its exit status. */
function dossier(args: string[]): Promise<string> {
  const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  const root = workspaceDir().fsPath;
  return new Promise((resolve, reject) => {
    // The host's executable is Node here, Electron on the desktop: run it as Node either way.
    execFile(process.execPath, [cli, ...args, '--root', root], { cwd: root, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') reject(err);
      else if (!stdout.trim()) reject(new Error(`dossier ${args.join(' ')} printed nothing: ${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The Dossier diagnostics of a document once published (opening it starts its check). */
async function publishedDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dossier');
  if (ours().length === 0) {
    const published = waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()) && ours().length > 0, 20_000, 'the draft diagnostics');
    await vscode.window.showTextDocument(uri);
    if (ours().length === 0) await published;
  }
  return ours();
}

suite('the command line and the editor give the same results', () => {
  test('dossier corpus --format json lists the sources, with the metadata, that the editor read', async () => {
    const api = await readyDossier();
    const cli = JSON.parse(await dossier(['corpus', '--format', 'json'])) as { documents: Record<string, unknown>[] };
    const fields = ['id', 'path', 'title', 'date', 'kind', 'language', 'publisher', 'author', 'words', 'inferred'] as const;
    const pick = (s: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, s[f]]));
    const byPath = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.path).localeCompare(String(b.path));
    const editor = api.sources().map(pick).sort(byPath);
    assert.equal(editor.length, 6);
    assert.deepEqual(cli.documents.map(pick).sort(byPath), editor);
  });

  test('dossier lint --format json reports on the draft what the editor shows in the Problems panel', async () => {
    await readyDossier();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'briefs', 'draft.md');
    const shown = (await publishedDiagnostics(uri))
      .map((d) => ({ code: typeof d.code === 'object' ? String(d.code.value) : String(d.code), line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }))
      .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
    const cli = JSON.parse(await dossier(['lint', 'briefs/draft.md', '--format', 'json'])) as { files: { path: string; diagnostics: { code: string; line: number; column: number; message: string }[] }[] };
    assert.equal(cli.files.length, 1);
    const printed = cli.files[0].diagnostics.map(({ code, line, column, message }) => ({ code, line, column, message })).sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
    assert.deepEqual([...new Set(shown.map((d) => d.code))].sort(), ['uncited-claim', 'unknown-source'], 'the fixture draft has an uncited claim and an unknown key');
    assert.deepEqual(printed, shown);
  });

  test('dossier hover prints the card the editor shows at the same place', async () => {
    const api = await readyDossier();
    await api.whenGlossaryReady();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'briefs', 'draft.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = doc.positionAt(doc.getText().indexOf('Appel de Paris') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const cards = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).filter((t) => t.startsWith('**Appel de Paris'));
    assert.equal(cards.length, 1, 'the glossary card');
    const printed = await dossier(['hover', 'briefs/draft.md', String(at.line + 1), String(at.character + 1)]);
    assert.equal(printed.trimEnd(), cards[0].trimEnd());
  });
});
