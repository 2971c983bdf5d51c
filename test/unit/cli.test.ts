import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES, REPO } from './paths';
import { TempWorkspace, article } from './tempCorpus';

const CLI = join(REPO, 'dist', 'cli.js');

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dossier corpus', () => {
  it('prints the model as JSON, paths relative to the root, with the settings of .vscode/settings.json', () => {
    const r = dossier('corpus', '--root', join(FIXTURES, 'workspace'), '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const model = JSON.parse(r.stdout);
    const byId = Object.fromEntries(model.documents.map((d: { id: string }) => [d.id, d]));
    assert.deepEqual(Object.keys(byId).sort(), [
      'article-ingerence-elections', 'communique-dialogue-cyber', 'nato-cyber-pledge-article',
      'oewg-report-summary', 'qag-appel-de-paris-2018', 'speech-un-cyber-norms',
    ]);
    const pledge = byId['nato-cyber-pledge-article'];
    assert.equal(pledge.path, 'corpus/nato/nato-cyber-pledge-article.md');
    assert.equal(pledge.date, '2019-05-23');
    assert.equal(pledge.kind, 'press-article');
    assert.equal(pledge.language, 'en');
    assert.deepEqual(pledge.entities, [{ id: 'otan', count: 4 }, { id: 'stoltenberg', count: 1 }]); // NATO ×4, Jens Stoltenberg
    assert.ok(pledge.words > 50);
    assert.deepEqual(model.skipped, []);
  });

  it('lists skipped files with their reason', () => {
    const ws = new TempWorkspace({ 'corpus/a.txt': article('A', 'Texte.'), 'corpus/b.pdf': '%PDF-1.4' });
    try {
      const model = JSON.parse(dossier('corpus', '--root', ws.root, '--format', 'json').stdout);
      assert.deepEqual(model.skipped, [{ path: 'corpus/b.pdf', reason: 'unsupported format: Dossier reads .md, .markdown and .txt files' }]);
    } finally {
      ws.remove();
    }
  });

  it('prints a table by default', () => {
    const r = dossier('corpus', '--root', join(FIXTURES, 'workspace'));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^id\s+date\s+kind\s+lang\s+words\s+title$/m);
    assert.match(r.stdout, /^qag-appel-de-paris-2018\s+2018-11-21\s+parliamentary-question\s+fr\s+\d+\s+Appel de Paris/m);
    assert.match(r.stdout, /^6 source\(s\)$/m);
  });

  it('exits 2 with one line on standard error, and no stack trace, for a missing root or bad arguments', () => {
    for (const args of [
      ['corpus', '--root', '/no/such/folder'],
      ['corpus', '--format', 'xml'],
      ['corpus', '--bogus'],
      ['frobnicate'],
    ]) {
      const r = dossier(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^dossier: /);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });
});

describe('dossier mentions, hover and glossary check', () => {
  const root = join(FIXTURES, 'workspace');
  const draft = join(root, 'briefs', 'draft.md');

  it('mentions: glossary names with 1-based lines, UTF-16 columns, end exclusive', () => {
    const r = dossier('mentions', draft, '--root', root, '--format', 'json');
    assert.equal(r.code, 0, r.stderr);
    const [file] = JSON.parse(r.stdout).files;
    assert.equal(file.path, 'briefs/draft.md');
    const appel = file.mentions.find((m: { entry: string }) => m.entry === 'appel-de-paris');
    assert.deepEqual(appel, { entry: 'appel-de-paris', text: 'Appel de Paris', line: 11, column: 3, endLine: 11, endColumn: 17 });
  });

  it('hover: the card’s Markdown at a name, and exit 1 with nothing printed elsewhere', () => {
    const r = dossier('hover', draft, '11', '5', '--root', root);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^\*\*Appel de Paris pour la confiance et la sécurité dans le cyberespace\*\* · _initiative_/);
    const none = dossier('hover', draft, '1', '1', '--root', root);
    assert.deepEqual([none.code, none.stdout], [1, '']);
    // Past the end of an empty line (the name is on the next one), or past the end of the file.
    for (const [line, column] of [['10', '15'], ['9999', '1']]) {
      const outside = dossier('hover', draft, line, column, '--root', root);
      assert.deepEqual([outside.code, outside.stdout], [1, ''], `line ${line}, column ${column}`);
    }
  });

  it('glossary check: exit 0 on a clean glossary, 1 with located errors', () => {
    assert.equal(dossier('glossary', 'check', '--root', root).code, 0);
    const ws = new TempWorkspace({ 'glossary.yaml': 'version: 1\nentries:\n  a:\n    type: person\n' });
    try {
      const r = dossier('glossary', 'check', '--root', ws.root, '--format', 'json');
      assert.equal(r.code, 1);
      assert.deepEqual(JSON.parse(r.stdout).diagnostics, [
        { path: 'glossary.yaml', line: 3, column: 3, endLine: 3, endColumn: 4, severity: 'error', code: 'missing-name', message: 'The entry "a" has no name: add "name:".' },
      ]);
    } finally {
      ws.remove();
    }
  });
});

describe('dossier output read by a command that stops early', () => {
  it('stops quietly when the reader of its output goes away (dossier corpus | head)', () => {
    // Enough sources for more output than a pipe holds: the writes after head has gone fail.
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`corpus/source-${i}.txt`] = article(`Le Conseil adopte la mesure ${i}`, `Le Conseil a adopté ${i} mesures.`);
    const ws = new TempWorkspace(files);
    try {
      const r = spawnSync('sh', ['-c', `node "${join(REPO, 'dist', 'cli.js')}" corpus --format json --root "${ws.root}" | head -c 10; exit "\${PIPESTATUS:-0}"`], { encoding: 'utf8' });
      assert.equal(r.stdout.length, 10);
      assert.equal(r.stderr, '', 'nothing on standard error (no EPIPE stack)');
    } finally {
      ws.remove();
    }
  });
});

describe('dossier corpus and citation keys that several sources share', () => {
  it('reports each source whose id another has, naming the others and the one citations name', () => {
    const ws = new TempWorkspace({
      'corpus/a/note.txt': article('Note de la direction A', 'Le Conseil a adopté la mesure.'),
      'corpus/b/note.md': article('Note de la direction B', 'Le Conseil a rejeté la mesure.'),
      'corpus/c/autre.txt': article('Autre note', 'Rien à signaler.'),
    });
    try {
      const r = dossier('corpus', '--format', 'json', '--root', ws.root);
      assert.equal(r.code, 0, r.stderr);
      const docs = JSON.parse(r.stdout).documents as { path: string; problems: string[] }[];
      const problems = Object.fromEntries(docs.map((d) => [d.path, d.problems]));
      assert.deepEqual(problems['corpus/a/note.txt'], ['Other sources have the citation key "note" too (corpus/b/note.md); citations name corpus/a/note.txt. Give each its own id in its front matter or sidecar.']);
      assert.match(problems['corpus/b/note.md'][0], /too \(corpus\/a\/note\.txt\); citations name corpus\/a\/note\.txt/);
      assert.deepEqual(problems['corpus/c/autre.txt'], []);
    } finally {
      ws.remove();
    }
  });
});
