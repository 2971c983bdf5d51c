import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readyDossier, restoreFixture, type DossierApi } from '../dossierApi';
import { quickFixesAt, waitForEvent, workspaceDir } from '../util';

const encode = (s: string) => new TextEncoder().encode(s);

/** Opens a draft and waits until Dossier has published its diagnostics. */
async function checked(uri: vscode.Uri): Promise<{ doc: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const api = await readyDossier();
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await api.checkDraft(uri);
  return { doc, diagnostics: vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dossier') };
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

async function writeDraft(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceDir(), 'briefs', name);
  await vscode.workspace.fs.writeFile(uri, encode(text));
  return uri;
}

/** Waits, through VS Code's own event, until a document's Dossier diagnostics satisfy `check`. */
async function diagnosticsUntil(uri: vscode.Uri, check: (codes: string[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Dossier');
  const ok = () => check(ours().map(codeOf).sort());
  if (!ok()) {
    const changed = waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => e.uris.some((u) => u.toString() === uri.toString()) && ok(), 15_000, what);
    if (!ok()) await changed;
  }
  return ours();
}

/** Waits until the status bar's count (undefined: hidden) satisfies `check`; it changes on a check and on a change of editor. */
async function draftStatusUntil(api: DossierApi, check: (text: string | undefined) => boolean, what: string): Promise<void> {
  const changes: vscode.Event<unknown> = (listener) => {
    const subs = [api.onDidLint(listener), vscode.window.onDidChangeActiveTextEditor(listener)];
    return { dispose: () => subs.forEach((s) => s.dispose()) };
  };
  // Subscribed before looking: a change between the look and the subscription is not missed.
  const changed = waitForEvent(changes, () => check(api.draftStatus()), 15_000, `${what} (the status bar shows ${JSON.stringify(api.draftStatus())})`);
  if (check(api.draftStatus())) {
    changed.catch(() => undefined);
    return;
  }
  await changed;
}

suite('checking briefing drafts', () => {
  test('checks a draft as it opens, as it is typed, and again when a source it cites goes', async () => {
    const api = await readyDossier();
    const uri = await writeDraft('vivant.md', '# Note\n\nLe Conseil a adopté 12 mesures le 21 novembre 2018 [@qag-appel-de-paris-2018]. La France a lancé l’Appel de Paris en 2018 avec 51 États.\n');
    try {
      const editor = await vscode.window.showTextDocument(uri);
      const count = (codes: string[], code: string) => codes.filter((c) => c === code).length;
      // Opening checks it: one uncited claim, and the cited sentence's key is known.
      const opened = await diagnosticsUntil(uri, (codes) => count(codes, 'uncited-claim') === 1, 'the check on opening');
      assert.deepEqual(opened.map(codeOf).filter((c) => c === 'unknown-source'), []);
      // Typing a second uncited claim: the check on type flags it too.
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nLa Russie a signé 14 accords à Genève en 2020, selon le ministre.\n'));
      const typed = await diagnosticsUntil(uri, (codes) => count(codes, 'uncited-claim') === 2, 'the uncited claim typed');
      assert.ok(typed.some((d) => /^La Russie a signé 14 accords/.test(editor.document.getText(d.range))));
      // The cited source deleted: the draft is checked again, and its key is now unknown.
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceDir(), 'corpus', 'qag-appel-de-paris-2018.txt'));
      const gone = await diagnosticsUntil(uri, (codes) => codes.includes('unknown-source'), 'the key of the deleted source');
      assert.match(gone.find((d) => codeOf(d) === 'unknown-source')!.message, /qag-appel-de-paris-2018/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
      await restoreFixture(api);
    }
  });

  test('the status bar counts the active draft’s uncited claims, and hides for a file that is not a draft', async () => {
    const api = await readyDossier();
    const uri = await writeDraft('statut.md', '# Note\n\nLa France a lancé l’Appel de Paris en 2018 avec 51 États.\n');
    try {
      const editor = await vscode.window.showTextDocument(uri);
      await draftStatusUntil(api, (t) => t === '$(quote) 1 uncited claim', 'one uncited claim');
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nLa Russie a signé 14 accords à Genève en 2020, selon le ministre.\n'));
      await draftStatusUntil(api, (t) => t === '$(quote) 2 uncited claims', 'two uncited claims');
      const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
      await editor.edit((b) => b.replace(all, '# Note\n\nLa France a lancé l’Appel de Paris en 2018 [@qag-appel-de-paris-2018].\n'));
      await draftStatusUntil(api, (t) => t === '$(pass) All claims cited', 'every claim cited');
      // A source of the corpus is not a draft: no count.
      await vscode.window.showTextDocument(vscode.Uri.joinPath(workspaceDir(), 'corpus', 'qag-appel-de-paris-2018.txt'));
      await draftStatusUntil(api, (t) => t === undefined, 'the status hidden for a source');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.window.showTextDocument(editor.document);
      await draftStatusUntil(api, (t) => t === '$(pass) All claims cited', 'the count back with the draft');
    } finally {
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
      await restoreFixture(api);
    }
  });

  test('with dossier.lint.run "onSave", typing does not check a draft and saving does', async () => {
    const api = await readyDossier();
    const config = vscode.workspace.getConfiguration('dossier');
    const uri = await writeDraft('a-la-sauvegarde.md', '# Note\n\nLa France a lancé l’Appel de Paris en 2018 avec 51 États.\n');
    const uncited = (codes: string[]) => codes.filter((c) => c === 'uncited-claim').length;
    let checks = 0;
    const counting = api.onDidLint((u) => {
      if (u.toString() === uri.toString()) checks++;
    });
    // code-server saves after a second's pause in typing: that would be a save, checked rightly.
    const files = vscode.workspace.getConfiguration('files');
    try {
      await files.update('autoSave', 'off', vscode.ConfigurationTarget.Workspace);
      await config.update('lint.run', 'onSave', vscode.ConfigurationTarget.Workspace);
      const editor = await vscode.window.showTextDocument(uri);
      await diagnosticsUntil(uri, (codes) => uncited(codes) === 1, 'the check on opening');
      await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\nLa Russie a signé 14 accords à Genève en 2020, selon le ministre.\n'));
      // An absence can only be waited for: three times the delay after which typing is checked
      // (400 ms), after a keystroke. A change of the corpus or the glossary re-checks open drafts
      // (the previous test's files may still be settling): then type and wait again.
      for (let attempt = 1; ; attempt++) {
        const before = checks;
        let otherChange = false;
        const others = [api.onDidChangeSources(() => (otherChange = true)), api.onDidChangeGlossary(() => (otherChange = true))];
        await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), ' '));
        await new Promise((r) => setTimeout(r, 1200));
        others.forEach((o) => o.dispose());
        if (!otherChange) {
          assert.equal(checks, before, 'no check while typing');
          break;
        }
        assert.ok(attempt < 5, 'the corpus or the glossary kept changing');
      }
      await editor.document.save();
      const saved = await diagnosticsUntil(uri, (codes) => uncited(codes) === 2, 'the check on saving');
      assert.ok(checks > 0);
      assert.ok(saved.some((d) => /^La Russie a signé 14 accords/.test(editor.document.getText(d.range))));
    } finally {
      counting.dispose();
      await config.update('lint.run', undefined, vscode.ConfigurationTarget.Workspace);
      await files.update('autoSave', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
      await restoreFixture(api);
    }
  });

  test('flags the uncited claim and the unknown key of the fixture draft, and nothing else', async () => {
    const { doc, diagnostics } = await checked(vscode.Uri.joinPath(workspaceDir(), 'briefs', 'draft.md'));
    const found = diagnostics.map((d) => `${codeOf(d)}: ${doc.getText(d.range).replace(/\s+/g, ' ')}`);
    assert.deepEqual(found.sort(), [
      'uncited-claim: La Russie a bloqué toute référence au droit international humanitaire dans le rapport final.',
      'unknown-source: Le Conseil de sécurité a tenu son premier débat ouvert sur la cybersécurité [@speech-un-norms].',
    ]);
    const unknown = diagnostics.find((d) => codeOf(d) === 'unknown-source')!;
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.match(unknown.message, /Did you mean "speech-un-cyber-norms"\?/);
    const target = (unknown.code as { target: vscode.Uri }).target;
    assert.equal(target.fragment, 'unknown-source');
    const uncited = diagnostics.find((d) => codeOf(d) === 'uncited-claim')!;
    assert.match(uncited.message, /^Claim without a citation \(.+\)\.$/);
  });

  test('quick fixes: cite a supporting source before the final stop, replace an unknown key, each undoable', async () => {
    const { doc, diagnostics } = await checked(vscode.Uri.joinPath(workspaceDir(), 'briefs', 'draft.md'));
    const before = doc.getText();
    const unknown = diagnostics.find((d) => codeOf(d) === 'unknown-source')!;
    const fixes = await quickFixesAt(doc.uri, unknown.range);
    const replace = fixes.find((a) => a.title === 'Replace with speech-un-cyber-norms');
    assert.ok(replace?.edit, fixes.map((f) => f.title).join(' | '));
    await vscode.workspace.applyEdit(replace.edit);
    assert.ok(doc.getText().includes('[@speech-un-cyber-norms]'));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);

    const uncited = diagnostics.find((d) => codeOf(d) === 'uncited-claim')!;
    const actions = await quickFixesAt(doc.uri, uncited.range);
    const cites = actions.filter((a) => a.title.startsWith('Cite '));
    assert.ok(cites.length >= 1 && cites.length <= 3, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.title === 'Ignore this claim on this line'));
    await vscode.workspace.applyEdit(cites[0].edit!);
    const inserted = /rapport final \[@([^\]]+)\]\./.exec(doc.getText());
    assert.ok(inserted, 'the citation goes before the final stop');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before);
  });

  test('checks quotes and numbers against the cited source', async () => {
    const uri = await writeDraft('verifications.md', [
      '---', 'title: Vérifications', 'dossier: brief', '---', '',
      'Des consultations entre la France et l’Estonie se sont tenues le 10 octobre à Tallinn [@communique-dialogue-cyber].', '',
      'Les deux pays ont réuni 45 experts à Tallinn le 10 octobre 2019 [@communique-dialogue-cyber].', '',
      'Le communiqué parle d’« une coopération exemplaire et sans faille entre alliés » [@communique-dialogue-cyber].', '',
    ].join('\n'));
    const { diagnostics } = await checked(uri);
    assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1} ${codeOf(d)}`), ['8 number-not-in-source', '10 quote-not-in-source']);
    assert.match(diagnostics[0].message, /"45" is in none of the cited sources \(communique-dialogue-cyber\)/);
  });

  test('a suppression comment silences a claim; a file outside the drafts is not checked', async () => {
    const uri = await writeDraft('silence.md', '---\ndossier: brief\n---\n\n<!-- dossier-disable-next-line uncited-claim -->\nLa Russie a bloqué le rapport en 2021 avec 150 États à Genève.\n');
    assert.deepEqual((await checked(uri)).diagnostics, []);
    const notes = vscode.Uri.joinPath(workspaceDir(), 'notes.md');
    await vscode.workspace.fs.writeFile(notes, encode('La Russie a bloqué le rapport en 2021 avec 150 États à Genève.\n'));
    const doc = await vscode.workspace.openTextDocument(notes);
    await vscode.window.showTextDocument(doc);
    const api = await readyDossier();
    // The draft check of another document proves the service ran after this one was opened.
    const other = await writeDraft('temoin.md', '---\ndossier: brief\n---\n\nTexte.\n');
    const linted = waitForEvent(api.onDidLint, (u) => u.toString() === other.toString(), 15_000, 'the witness draft');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
    await linted;
    assert.deepEqual(vscode.languages.getDiagnostics(notes).filter((d) => d.source === 'Dossier'), []);
  });

  test('completes citation keys after @, with titles and dates', async () => {
    const uri = await writeDraft('completion.md', '---\ndossier: brief\n---\n\nTexte [@\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(4, 8), '@');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const id of ['qag-appel-de-paris-2018', 'oewg-report-summary']) assert.ok(labels.includes(id), labels.join(', '));
    const qag = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'qag-appel-de-paris-2018')!;
    assert.match(String(qag.detail), /^Appel de Paris et normes internationales dans le cyberespace · Parliamentary question$/);
    assert.equal(doc.lineAt(4).text, 'Texte [@');
  });

  test('offers no citation in code or a comment: no completion after @, no source card on a key', async () => {
    const text = '---\ndossier: brief\n---\n\nDu code `x = @` ici.\n\n```\n[@communique-dialogue-cyber]\n```\n\n<!-- [@communique-dialogue-cyber] -->\n';
    const uri = await writeDraft('code.md', text);
    const doc = await vscode.workspace.openTextDocument(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(4, 14), '@');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(!labels.includes('qag-appel-de-paris-2018'), `no citation keys in inline code: ${labels.slice(0, 5).join(', ')}`);
    for (const line of [7, 10]) {
      const at = new vscode.Position(line, doc.lineAt(line).text.indexOf('@') + 3);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
      const card = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.doesNotMatch(card, /Consultations franco/, `no source card on line ${line}`);
    }
    // The same key in a sentence has its card (the test above checks the card itself).
    const prose = await writeDraft('code-and-prose.md', '---\ndossier: brief\n---\n\nLes consultations ont eu lieu [@communique-dialogue-cyber].\n');
    const proseDoc = await vscode.workspace.openTextDocument(prose);
    const at = proseDoc.positionAt(proseDoc.getText().indexOf('@communique') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', prose, at);
    assert.match(hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n'), /Consultations franco/);
  });

  test('a hover on a citation shows the source and the passage that matches; Go to Definition opens it there', async () => {
    const uri = vscode.Uri.joinPath(workspaceDir(), 'briefs', 'draft.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = doc.positionAt(doc.getText().indexOf('@communique-dialogue-cyber') + 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\*\*Communiqué \\- Consultations franco\\-estoniennes/);
    assert.match(text, /2019\\-10\\-15 · Press release/);
    assert.match(text, /^> .*estoni/im);
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', uri, at);
    const def = defs.find((d) => d.uri.path.endsWith('communique-dialogue-cyber.txt'));
    assert.ok(def, 'the definition is in the source');
  });

  test('exports the CSL-JSON bibliography of the cited sources', async () => {
    await readyDossier();
    const target = vscode.Uri.joinPath(workspaceDir(), 'bibliography.json');
    await vscode.commands.executeCommand('dossier.exportBibliography', target);
    const items = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { id: string; issued?: unknown }[];
    const ids = items.map((i) => i.id);
    for (const id of ['qag-appel-de-paris-2018', 'oewg-report-summary', 'communique-dialogue-cyber']) assert.ok(ids.includes(id), ids.join(', '));
    assert.ok(!ids.includes('speech-un-norms'));
    assert.deepEqual(items.find((i) => i.id === 'qag-appel-de-paris-2018')?.issued, { 'date-parts': [[2018, 11, 21]] });
  });
});
