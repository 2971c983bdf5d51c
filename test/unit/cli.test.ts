import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURES, REPO } from './paths';
import { TempWorkspace, article } from './tempCorpus';

const CLI = join(REPO, 'dist', 'cli.js');

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
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
    assert.deepEqual(pledge.entities, []);
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
