import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { outline, readyDossier, type DossierApi } from '../dossierApi';
import { waitForEvent, workspaceDir } from '../util';

const encode = (s: string) => new TextEncoder().encode(s);

async function glossaryReady(): Promise<DossierApi> {
  const api = await readyDossier();
  await api.whenGlossaryReady();
  return api;
}

/** Writes a draft into the workspace and opens it. */
async function draft(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspaceDir(), 'briefs', name);
  await vscode.workspace.fs.writeFile(uri, encode(text));
  return vscode.workspace.openTextDocument(uri);
}

function positionOf(doc: vscode.TextDocument, needle: string): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} not in the document`);
  return doc.positionAt(at + 1);
}

async function hoverText(doc: vscode.TextDocument, needle: string): Promise<{ text: string; hovers: vscode.Hover[] }> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, needle));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  return { text, hovers };
}

suite('the glossary in the editor', () => {
  test('a hover card gives the role in force at the date of the draft', async () => {
    await glossaryReady();
    const in2016 = await draft('note-2016.md', '---\ntitle: Note\ndate: 2016-03-01\n---\n\nM. Le Drian a reçu son homologue.\n');
    const card2016 = (await hoverText(in2016, 'Le Drian')).text;
    assert.match(card2016, /\*\*Jean\\-Yves Le Drian\*\* · _person_/);
    assert.match(card2016, /\*\*Ministre de la Défense, 2012–2017\*\* _\(in office on 2016\\-03\\-01\)_/);
    const in2019 = await draft('note-2019.md', '---\ntitle: Note\ndate: 2019-06-01\n---\n\nJean-Yves Le Drian a reçu son homologue.\n');
    const card2019 = (await hoverText(in2019, 'Le Drian')).text;
    assert.match(card2019, /\*\*Ministre de l'Europe et des Affaires étrangères, 2017–2022\*\* _\(in office on 2019\\-06\\-01\)_/);
    assert.match(card2019, /Other roles: Ministre de la Défense, 2012–2017/);
  });

  test('the setting dossier.glossary.hover turns the cards off, and on again', async () => {
    await glossaryReady();
    const doc = await draft('note-sans-carte.md', '---\ntitle: Note\ndate: 2019-06-01\n---\n\nJean-Yves Le Drian a reçu son homologue.\n');
    const config = vscode.workspace.getConfiguration('dossier', doc.uri);
    try {
      await config.update('glossary.hover', false, vscode.ConfigurationTarget.Workspace);
      assert.doesNotMatch((await hoverText(doc, 'Le Drian')).text, /Le Drian\*\*/, 'no card while the setting is off');
      await config.update('glossary.hover', undefined, vscode.ConfigurationTarget.Workspace);
      assert.match((await hoverText(doc, 'Le Drian')).text, /\*\*Jean\\-Yves Le Drian\*\*/);
    } finally {
      await config.update('glossary.hover', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the setting dossier.glossary.highlight underlines the names, follows typing, and goes when turned off', async () => {
    const api = await glossaryReady();
    const doc = await draft('note-soulignee.md', '# Note\n\nJean-Yves Le Drian a reçu son homologue.\n');
    const editor = await vscode.window.showTextDocument(doc);
    const config = vscode.workspace.getConfiguration('dossier', doc.uri);
    /** Waits until the names painted in the draft are `names` (sorted), through the highlighting's own event. */
    const paintedUntil = async (names: string[], what: string) => {
      const now = () => [...api.highlightedNames(doc.uri)].sort().join(' | ');
      const wanted = [...names].sort().join(' | ');
      const painted = waitForEvent(api.onDidHighlight, () => now() === wanted, 10_000, `${what} (painted: ${now()})`);
      if (now() === wanted) painted.catch(() => undefined);
      else await painted;
    };
    try {
      await paintedUntil([], 'nothing underlined while the setting is off (its default)');
      await config.update('glossary.highlight', true, vscode.ConfigurationTarget.Workspace);
      await paintedUntil(['Jean-Yves Le Drian'], 'the name underlined');
      await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\nL’OTAN et l’ANSSI en parlent.\n'));
      await paintedUntil(['ANSSI', 'Jean-Yves Le Drian', 'OTAN'], 'the names typed underlined too');
      await config.update('glossary.highlight', false, vscode.ConfigurationTarget.Workspace);
      await paintedUntil([], 'nothing underlined once turned off');
    } finally {
      await config.update('glossary.highlight', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(doc.uri);
    }
  });

  test('a card in a source says in how many sources the name appears, with links to open them', async () => {
    await glossaryReady();
    const source = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceDir(), 'corpus', 'nato', 'nato-cyber-pledge-article.md'));
    const { text, hovers } = await hoverText(source, 'Jens Stoltenberg');
    assert.match(text, /Secrétaire général de l'OTAN.*_\(in office on 2019\\-05\\-23\)_/);
    assert.match(text, /Mentioned in \d+ sources: \[Allies review progress on the Cyber Defence Pledge\]\(command:dossier\.openSource\?/);
    const md = hovers[0].contents[0] as vscode.MarkdownString;
    assert.equal(md.supportHtml ?? false, false);
  });

  test('Go to Definition on a name opens its glossary entry', async () => {
    await glossaryReady();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceDir(), 'briefs', 'draft.md'));
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, "L'OTAN considère").translate(0, 2));
    assert.equal(locations.length, 1);
    const loc = locations[0] as vscode.Location;
    assert.ok(loc.uri.path.endsWith('/glossary.yaml'));
    const glossary = await vscode.workspace.openTextDocument(loc.uri);
    assert.equal(glossary.getText(loc.range), 'otan');
  });

  test('Find All References lists the mentions across the corpus and the open drafts', async () => {
    await glossaryReady();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceDir(), 'briefs', 'draft.md'));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, "L'OTAN considère").translate(0, 2));
    const files = new Set(refs.map((r) => r.uri.path.replace(/^.*\/(corpus|briefs)\//, '$1/')));
    assert.ok(files.has('briefs/draft.md'));
    assert.ok(files.has('corpus/nato/nato-cyber-pledge-article.md'), [...files].join(', '));
  });

  test('a glossary problem shows as a diagnostic at its place, and goes when fixed', async () => {
    const api = await glossaryReady();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'extra.glossary.yaml');
    const reported = waitForEvent(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).length > 0, 10_000, 'glossary diagnostics');
    await vscode.workspace.fs.writeFile(uri, encode('version: 1\nentries:\n  verdier:\n    name: Henri Verdier\n    type: ambassador\n    related: [nobody]\n'));
    await reported;
    const found = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.severity === vscode.DiagnosticSeverity.Error ? 'error' : 'warning'}`);
    assert.deepEqual(found, ['5:11 unknown-type error', '6:15 unknown-id error']);
    const cleared = waitForEvent(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).length === 0, 10_000, 'the diagnostics to clear');
    await vscode.workspace.fs.writeFile(uri, encode('version: 1\nentries:\n  verdier:\n    name: Henri Verdier\n    type: person\n'));
    await cleared;
    await waitForEvent(api.onDidChangeGlossary, () => api.glossaryEntries().includes('verdier'), 5_000, 'the new entry').catch(() => undefined);
    assert.ok(api.glossaryEntries().includes('verdier'));
  });

  test('a hostile glossary cannot put a command link or HTML in a hover card', async () => {
    await glossaryReady();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'hostile.glossary.yaml');
    const loaded = waitForEvent(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).length > 0, 10_000, 'the hostile glossary');
    await vscode.workspace.fs.writeFile(uri, encode(`version: 1
entries:
  trap:
    name: Zorglub Consortium
    description: "Click [here](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> [x](javascript:alert(1))"
    links: ["command:workbench.action.terminal.new", "javascript:alert(1)"]
`));
    await loaded; // the two bad links are reported
    const doc = await draft('hostile.md', 'Le Zorglub Consortium a publié un rapport.\n');
    const { text, hovers } = await hoverText(doc, 'Zorglub');
    assert.match(text, /\*\*Zorglub Consortium\*\*/);
    assert.doesNotMatch(text, /\]\(command:workbench/);
    assert.doesNotMatch(text, /\]\(javascript:/);
    assert.doesNotMatch(text, /<img/);
    const md = hovers[0].contents[0] as vscode.MarkdownString;
    const trusted = md.isTrusted;
    assert.ok(trusted === undefined || trusted === false || (typeof trusted === 'object' && trusted.enabledCommands.every((c) => c === 'dossier.openSource')));
  });

  test('while the glossary is broken mid-edit, its last good version stays in use', async () => {
    const api = await glossaryReady();
    const uri = vscode.Uri.joinPath(workspaceDir(), 'glossary.yaml');
    const glossaryDoc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(glossaryDoc);
    const broken = waitForEvent(vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(uri).some((d) => d.code === 'yaml-syntax'), 10_000, 'the syntax error');
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'entries: [unclosed\n'));
    await broken;
    // Unsaved and broken: the names it held are still recognised.
    assert.ok(api.glossaryEntries().includes('otan'));
    const doc = await draft('pendant-edition.md', '---\ndate: 2020-01-01\n---\n\nL’OTAN a réagi.\n');
    assert.match((await hoverText(doc, 'OTAN')).text, /\*\*Organisation du traité de l'Atlantique Nord\*\*/);
    const fixed = waitForEvent(vscode.languages.onDidChangeDiagnostics, () => !vscode.languages.getDiagnostics(uri).some((d) => d.code === 'yaml-syntax'), 10_000, 'the error to clear');
    await vscode.commands.executeCommand('undo');
    await fixed;
    assert.equal(glossaryDoc.isDirty, false);
  });

  test('a large glossary file (parsed in a thread of its own) gives cards and problems like a small one', async function () {
    this.timeout(60_000);
    const api = await glossaryReady();
    // 1,500 entries, about 300,000 characters: over the size parsed in the extension host itself.
    const lines = ['version: 1', 'entries:'];
    for (let i = 0; i < 1500; i++) lines.push(`  acteur-${i}:`, `    name: Acteur numéro ${i} de la liste`, '    type: person', '    description: Un acteur parmi d’autres, pour remplir le fichier.');
    lines.push('  zenobie:', '    name: Zénobie Largefichier', '    type: person', '    description: Ambassadrice, au bout du grand glossaire.', '    colour: blue');
    const uri = vscode.Uri.joinPath(workspaceDir(), 'large.glossary.yaml');
    const text = lines.join('\n') + '\n';
    assert.ok(text.length > 200_000, `${text.length} characters`);
    const loaded = waitForEvent(api.onDidChangeGlossary, () => api.glossaryEntries().includes('zenobie'), 30_000, 'the large glossary');
    await vscode.workspace.fs.writeFile(uri, encode(text));
    try {
      await loaded;
      await api.whenGlossaryReady();
      const doc = await draft('note-zenobie.md', '---\ndate: 2020-01-01\n---\n\nZénobie Largefichier a été reçue.\n');
      assert.match((await hoverText(doc, 'Largefichier')).text, /\*\*Zénobie Largefichier\*\* · _person_/);
      const problems = vscode.languages.getDiagnostics(uri);
      assert.ok(problems.some((d) => d.code === 'unknown-key' && d.range.start.line === lines.length - 1), problems.map((d) => `${d.range.start.line} ${d.code}`).join(', '));
    } finally {
      const gone = waitForEvent(api.onDidChangeGlossary, () => !api.glossaryEntries().includes('zenobie'), 30_000, 'the large glossary to leave');
      await vscode.workspace.fs.delete(uri);
      await gone;
    }
  });

  test('the Sources view groups by actor, most mentioned first', async () => {
    const api = await glossaryReady();
    await vscode.commands.executeCommand('dossier.sources.groupByActor');
    const tree = outline(api.sourcesTree()).filter((l) => !l.startsWith(' '));
    assert.ok(tree.includes("Organisation du traité de l'Atlantique Nord"), tree.join(' | '));
    await vscode.commands.executeCommand('dossier.sources.groupByKind');
  });

  test('"Add to glossary" appends a stub entry for the selection, as one undoable edit', async () => {
    await glossaryReady();
    const doc = await draft('ajout.md', 'La société Cybermalveillance.gouv.fr a publié un guide.\n');
    const editor = await vscode.window.showTextDocument(doc);
    const start = doc.getText().indexOf('Cybermalveillance');
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + 'Cybermalveillance'.length));
    await vscode.commands.executeCommand('dossier.addToGlossary');
    const glossary = vscode.window.activeTextEditor!.document;
    assert.ok(glossary.uri.path.endsWith('.yaml'));
    assert.match(glossary.getText(), /\n {2}cybermalveillance:\n {4}name: "Cybermalveillance"\n {4}type: other\n/);
    assert.equal(glossary.getText(vscode.window.activeTextEditor!.selection), '    name: "Cybermalveillance"');
    await vscode.commands.executeCommand('undo');
    assert.doesNotMatch(glossary.getText(), /cybermalveillance:/);
  });
});
