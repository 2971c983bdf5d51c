import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { outline, readyDossier } from '../dossierApi';

suite('the Sources tree on the fixture corpus', () => {
  // A failed test must not leave its filter or grouping to the next one.
  teardown(async () => {
    await vscode.commands.executeCommand('dossier.sources.clearFilter');
    await vscode.commands.executeCommand('dossier.sources.groupByKind');
  });

  test('reads the six sources with the metadata a reader would give them', async () => {
    const api = await readyDossier();
    assert.equal(api.state(), 'ready');
    const byId = Object.fromEntries(api.sources().map((s) => [s.id, s]));
    assert.deepEqual(Object.keys(byId).sort(), [
      'article-ingerence-elections', 'communique-dialogue-cyber', 'nato-cyber-pledge-article',
      'oewg-report-summary', 'qag-appel-de-paris-2018', 'speech-un-cyber-norms',
    ]);
    assert.deepEqual(
      { title: byId['qag-appel-de-paris-2018'].title, date: byId['qag-appel-de-paris-2018'].date, kind: byId['qag-appel-de-paris-2018'].kind },
      { title: 'Appel de Paris et normes internationales dans le cyberespace', date: '2018-11-21', kind: 'parliamentary-question' },
    );
    assert.equal(byId['article-ingerence-elections'].date, null);
    assert.equal(byId['nato-cyber-pledge-article'].language, 'en');
  });

  test('groups by kind, newest first, each item described as "date · kind"', async () => {
    const api = await readyDossier();
    await vscode.commands.executeCommand('dossier.sources.groupByKind');
    assert.deepEqual(outline(api.sourcesTree(), 0, true), [
      'Parliamentary questions — 1',
      '  Appel de Paris et normes internationales dans le cyberespace — 2018-11-21 · Parliamentary question',
      'Press articles — 2',
      '  Allies review progress on the Cyber Defence Pledge — 2019-05-23 · Press article',
      '  Cyberdéfense : l’Otan veut accélérer face aux ingérences électorales — undated · Press article',
      'Press releases — 1',
      '  Communiqué - Consultations franco-estoniennes sur la cybersécurité (Tallinn, le 10 octobre 2019) — 2019-10-15 · Press release',
      'Reports — 1',
      '  The OEWG Final Report: An Assessment — 2021-03-12 · Report',
      'Speeches — 1',
      '  Statement at the UN Security Council open debate on cyber security — 2021-06-29 · Speech',
    ]);
  });

  test('groups by date: year, then month, undated last', async () => {
    const api = await readyDossier();
    await vscode.commands.executeCommand('dossier.sources.groupByDate');
    assert.deepEqual(outline(api.sourcesTree()), [
      '2021',
      '  June 2021', '    Statement at the UN Security Council open debate on cyber security',
      '  March 2021', '    The OEWG Final Report: An Assessment',
      '2019',
      '  October 2019', '    Communiqué - Consultations franco-estoniennes sur la cybersécurité (Tallinn, le 10 octobre 2019)',
      '  May 2019', '    Allies review progress on the Cyber Defence Pledge',
      '2018',
      '  November 2018', '    Appel de Paris et normes internationales dans le cyberespace',
      'Undated', '  Cyberdéfense : l’Otan veut accélérer face aux ingérences électorales',
    ]);
  });

  test('groups by folder, as the Explorer does', async () => {
    const api = await readyDossier();
    await vscode.commands.executeCommand('dossier.sources.groupByFolder');
    const tree = outline(api.sourcesTree());
    assert.deepEqual(tree.slice(0, 3), ['corpus', '  nato', '    Allies review progress on the Cyber Defence Pledge']);
    assert.equal(tree.length, 8);
    await vscode.commands.executeCommand('dossier.sources.groupByKind');
  });

  test('a filter by words ranks the matching sources; a metadata filter keeps the grouping; clearing restores all', async () => {
    const api = await readyDossier();
    await vscode.commands.executeCommand('dossier.sources.groupByKind');
    await vscode.commands.executeCommand('dossier.sources.filter', 'estonie');
    // The communiqué is about Estonia; the speech names it once ("Estonia", a close spelling).
    assert.deepEqual(outline(api.sourcesTree()), [
      'Communiqué - Consultations franco-estoniennes sur la cybersécurité (Tallinn, le 10 octobre 2019)',
      'Statement at the UN Security Council open debate on cyber security',
    ]);
    await vscode.commands.executeCommand('dossier.sources.filter', 'Tallinn');
    assert.deepEqual(outline(api.sourcesTree()), ['Communiqué - Consultations franco-estoniennes sur la cybersécurité (Tallinn, le 10 octobre 2019)']);
    await vscode.commands.executeCommand('dossier.sources.filter', 'lang:en year:2021');
    assert.deepEqual(outline(api.sourcesTree()), [
      'Reports', '  The OEWG Final Report: An Assessment',
      'Speeches', '  Statement at the UN Security Council open debate on cyber security',
    ]);
    await vscode.commands.executeCommand('dossier.sources.clearFilter');
    assert.equal(outline(api.sourcesTree()).filter((l) => l.startsWith('  ')).length, 6);
  });

  test('a source item has its kind icon and an untrusted tooltip, and a click on it opens the source', async () => {
    const api = await readyDossier();
    await vscode.commands.executeCommand('dossier.sources.groupByKind');
    const item = api.sourcesTree().flatMap((g) => g.children).find((i) => i.label === 'Appel de Paris et normes internationales dans le cyberespace');
    assert.ok(item, 'the parliamentary question is in the tree');
    assert.equal(item.contextValue, 'source');
    assert.equal(item.icon, 'question', "a parliamentary question's icon");
    assert.deepEqual({ trusted: item.tooltip?.trusted, html: item.tooltip?.html }, { trusted: false, html: false });
    const tooltip = item.tooltip!.markdown.replace(/\\(?=[^\\])/g, ''); // as rendered: without the escapes of workspace text
    assert.match(tooltip, /Citation key: @qag-appel-de-paris-2018/, 'the tooltip gives the citation key');
    assert.match(tooltip, /_\(inferred\)_/, 'and marks what was inferred');
    // What VS Code runs on a click: the item's own command and arguments.
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.endsWith('/corpus/qag-appel-de-paris-2018.txt'), true);
  });

  test('Copy Citation Key puts the key on the clipboard; Reveal in Explorer runs on a source', async () => {
    const api = await readyDossier();
    const item = api.sourcesTree().flatMap((g) => g.children).find((i) => i.label.startsWith('Statement at the UN Security Council'));
    assert.ok(item?.command?.arguments);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('dossier.copyCitationKey', ...item.command.arguments);
    assert.equal(await vscode.env.clipboard.readText(), 'speech-un-cyber-norms');
    await vscode.commands.executeCommand('dossier.revealInExplorer', ...item.command.arguments);
  });

  test('a filter says so above the tree, with how many sources it shows, until it is cleared', async () => {
    const api = await readyDossier();
    await vscode.commands.executeCommand('dossier.sources.filter', 'kind:speech');
    assert.match(api.sourcesView().message ?? '', /^Filter: kind:speech \(1 of 6 sources\)/);
    await vscode.commands.executeCommand('dossier.sources.clearFilter');
    assert.equal(api.sourcesView().message, undefined);
    assert.equal(api.sourcesView().description, 'by kind');
  });
});
