import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readyDossier } from '../dossierApi';
import { quickFixesAt, waitForEvent, workspaceDir } from '../util';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** The example draft, opened, with its Dossier diagnostics once published (awaited through VS Code's event). */
async function exampleDraft(): Promise<{ doc: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  await readyDossier();
  const uri = vscode.Uri.joinPath(workspaceDir(), 'briefs', 'note-cyber-2019.md');
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dossier');
  const all = () => new Set(ours().map(codeOf)).size === 4;
  const published = all() ? undefined : waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()) && all(), 20_000, 'the example draft diagnostics');
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  if (!all()) await published;
  return { doc, diagnostics: ours() };
}

suite('the example workspace', () => {
  test('its draft shows each of the four diagnostics', async () => {
    const { doc, diagnostics } = await exampleDraft();
    assert.deepEqual([...new Set(diagnostics.map(codeOf))].sort(), ['number-not-in-source', 'quote-not-in-source', 'uncited-claim', 'unknown-source']);
    const unknown = diagnostics.find((d) => codeOf(d) === 'unknown-source')!;
    assert.match(doc.getText(unknown.range), /@otan-stoltenberg-ingerance/);
    assert.match(unknown.message, /Did you mean "/);
  });

  test('quick fixes on its uncited claims cite a supporting source, and on its unknown key replace it', async () => {
    const { doc, diagnostics } = await exampleDraft();
    const uncited = diagnostics.find((d) => codeOf(d) === 'uncited-claim')!;
    const actions = await quickFixesAt(doc.uri, uncited.range);
    assert.ok(actions.some((a) => a.title.startsWith('Cite ')), actions.map((a) => a.title).join(' | '));
    const unknown = diagnostics.find((d) => codeOf(d) === 'unknown-source')!;
    const fixes = await quickFixesAt(doc.uri, unknown.range);
    const replace = fixes.find((a) => a.title.startsWith('Replace with '));
    assert.ok(replace?.edit, fixes.map((a) => a.title).join(' | '));
    const before = doc.getText();
    await vscode.workspace.applyEdit(replace.edit);
    assert.ok(!doc.getText().includes('@otan-stoltenberg-ingerance]'));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
  });

  test('completes the example corpus ids after @, and a hover on a citation shows its source', async () => {
    const { doc } = await exampleDraft();
    const key = '@nato-pledge-2019';
    const at = doc.positionAt(doc.getText().indexOf(key) + 1);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at, '@');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('nato-pledge-2019'), labels.slice(0, 10).join(', '));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(doc.getText().indexOf(key) + 3));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Cyber Defence Pledge|Pledge/i);
  });
});
