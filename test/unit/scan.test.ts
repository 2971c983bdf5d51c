import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus/corpus';
import { listCorpus, unreadableReason } from '../../src/core/corpus/scan';
import { formatMessage } from '../../src/core/messages';
import { REPO } from './paths';
import { TempWorkspace, article } from './tempCorpus';

const isRoot = process.getuid?.() === 0;

async function scanned(ws: TempWorkspace, folders = ['corpus'], maxFileSizeMB = 5) {
  const corpus = new Corpus({ root: ws.root, folders, maxFileSizeMB });
  await corpus.scan();
  const skipped = Object.fromEntries([...corpus.skipped.values()].map((s) => [s.path, formatMessage(s.reason)]));
  return { corpus, skipped };
}

describe('scanning the corpus folders', () => {
  let ws: TempWorkspace;
  afterEach(() => ws?.remove());

  it('reads .md, .markdown and .txt recursively, ignoring hidden folders and sidecars', async () => {
    ws = new TempWorkspace({
      'corpus/a.md': article('A', 'Texte.'),
      'corpus/deep/er/b.markdown': article('B', 'Texte.'),
      'corpus/C.TXT': article('C', 'Texte.'),
      'corpus/C.meta.yaml': 'kind: report\n',
      'corpus/.git/config.txt': 'ignored',
      'corpus/.obsidian/x.md': 'ignored',
    });
    const { corpus, skipped } = await scanned(ws);
    assert.deepEqual([...corpus.documents.keys()].sort(), ['corpus/C.TXT', 'corpus/a.md', 'corpus/deep/er/b.markdown']);
    assert.equal(corpus.documents.get('corpus/C.TXT')!.kind, 'report');
    assert.deepEqual(skipped, {});
  });

  it('lists every skipped file with its reason, never silently', async () => {
    ws = new TempWorkspace({
      'corpus/ok.txt': article('OK', 'Texte.'),
      'corpus/image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
      'corpus/binaire.txt': new Uint8Array([0x41, 0, 0x42, 0, 0x43]),
      'corpus/gros.txt': 'x'.repeat(1.2 * 1048576),
    });
    const { corpus, skipped } = await scanned(ws, ['corpus'], 1);
    assert.deepEqual([...corpus.documents.keys()], ['corpus/ok.txt']);
    assert.deepEqual(skipped, {
      'corpus/image.png': 'unsupported format: Dossier reads .md, .markdown and .txt files',
      'corpus/binaire.txt': 'binary file',
      'corpus/gros.txt': 'too large: 1.2 MB, over the limit of 1 MB (setting dossier.corpus.maxFileSizeMB)',
    });
  });

  it('never follows a symbolic link out of the corpus, and a loop does not hang the scan', async () => {
    ws = new TempWorkspace({ 'corpus/ok.txt': article('OK', 'Texte.'), 'secret/private.txt': 'confidentiel' });
    symlinkSync(ws.path('secret'), ws.path('corpus/outside-dir'));
    symlinkSync(ws.path('secret/private.txt'), ws.path('corpus/outside.txt'));
    symlinkSync(ws.path('corpus'), ws.path('corpus/loop'));
    symlinkSync(ws.path('corpus/ok.txt'), ws.path('corpus/again.txt'));
    symlinkSync(ws.path('corpus/missing.txt'), ws.path('corpus/broken.txt'));
    symlinkSync('self.txt', ws.path('corpus/self.txt'));
    const { corpus, skipped } = await scanned(ws);
    assert.deepEqual([...corpus.documents.keys()], ['corpus/ok.txt']);
    assert.deepEqual(skipped, {
      'corpus/outside-dir': 'symbolic link leads outside the corpus folder',
      'corpus/outside.txt': 'symbolic link leads outside the corpus folder',
      'corpus/loop': 'symbolic link loop',
      'corpus/again.txt': 'symbolic link to a file or folder already in the corpus',
      'corpus/broken.txt': 'broken symbolic link',
      'corpus/self.txt': 'symbolic link loop',
    });
  });

  it('refuses a corpus folder outside the workspace folder', async () => {
    ws = new TempWorkspace({ 'corpus/ok.txt': article('OK', 'Texte.') });
    const { corpus, skipped } = await scanned(ws, ['corpus', '../..']);
    assert.deepEqual([...corpus.documents.keys()], ['corpus/ok.txt']);
    assert.deepEqual(skipped, { '../..': 'corpus folder is outside the workspace folder; Dossier reads only inside it' });
  });

  it('reports the configured folders that do not exist', async () => {
    ws = new TempWorkspace({ 'corpus/ok.txt': article('OK', 'Texte.') });
    const listing = await listCorpus(ws.root, ['corpus', 'sources'], 1e6);
    assert.deepEqual(listing.missing, ['sources']);
  });

  (isRoot ? it.skip : it)('lists unreadable files and folders (permission denied)', async () => {
    ws = new TempWorkspace({ 'corpus/ok.txt': article('OK', 'Texte.'), 'corpus/locked.txt': 'x', 'corpus/closed/a.txt': 'x' });
    chmodSync(ws.path('corpus/locked.txt'), 0);
    chmodSync(ws.path('corpus/closed'), 0);
    try {
      const { skipped } = await scanned(ws);
      assert.equal(skipped['corpus/locked.txt'], 'cannot be read: permission denied');
      assert.equal(skipped['corpus/closed'], 'folder cannot be read: permission denied');
    } finally {
      chmodSync(ws.path('corpus/closed'), 0o755);
    }
  });

  // Root reads everything: as root (CI), the same scan runs in a child process as "nobody".
  (isRoot ? it : it.skip)('lists unreadable files and folders (permission denied), scanning as an unprivileged user', function () {
    const engine = join(REPO, 'out', 'src', 'core', 'corpus', 'corpus.js');
    const messages = join(REPO, 'out', 'src', 'core', 'messages.js');
    const child = `
      const fs = require('node:fs'), path = require('node:path'), os = require('node:os');
      const { Corpus } = require(${JSON.stringify(engine)});
      const { formatMessage } = require(${JSON.stringify(messages)});
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-nobody-'));
      fs.mkdirSync(path.join(root, 'corpus', 'closed'), { recursive: true });
      fs.writeFileSync(path.join(root, 'corpus', 'ok.txt'), 'OK\\n\\nTexte.\\n');
      fs.writeFileSync(path.join(root, 'corpus', 'locked.txt'), 'x');
      fs.writeFileSync(path.join(root, 'corpus', 'closed', 'a.txt'), 'x');
      fs.chmodSync(path.join(root, 'corpus', 'locked.txt'), 0);
      fs.chmodSync(path.join(root, 'corpus', 'closed'), 0);
      const corpus = new Corpus({ root, folders: ['corpus'], maxFileSizeMB: 5, readers: 0 });
      corpus.scan().then(() => {
        fs.chmodSync(path.join(root, 'corpus', 'closed'), 0o755);
        fs.rmSync(root, { recursive: true, force: true });
        console.log(JSON.stringify({ documents: [...corpus.documents.keys()], skipped: Object.fromEntries([...corpus.skipped.values()].map((s) => [s.path, formatMessage(s.reason)])) }));
      });`;
    const run = spawnSync(process.execPath, ['-e', child], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: tmpdir() });
    // Where the repository is out of the unprivileged user's reach (a home folder), say so rather than pass.
    if (/EACCES|permission denied/i.test(run.stderr) && run.stdout === '') this.skip();
    assert.equal(run.status, 0, run.stderr);
    const { documents, skipped } = JSON.parse(run.stdout) as { documents: string[]; skipped: Record<string, string> };
    assert.deepEqual(documents, ['corpus/ok.txt']);
    assert.equal(skipped['corpus/locked.txt'], 'cannot be read: permission denied');
    assert.equal(skipped['corpus/closed'], 'folder cannot be read: permission denied');
  });

  it('a file deleted between listing and reading is skipped with its reason, and the scan completes', async () => {
    ws = new TempWorkspace({ 'corpus/ok.txt': article('OK', 'Texte.') });
    mkdirSync(ws.path('corpus/gone'));
    for (let i = 0; i < 40; i++) writeFileSync(ws.path(`corpus/gone/f${i}.txt`), article(`F${i}`, 'Texte.'));
    const corpus = new Corpus({ root: ws.root, folders: ['corpus'], maxFileSizeMB: 5 });
    let deleted = false;
    await corpus.scan(() => {
      if (!deleted) {
        deleted = true;
        for (let i = 0; i < 40; i++) rmSync(ws.path(`corpus/gone/f${i}.txt`), { force: true });
      }
    });
    // Eight files are read ahead of the one indexed: after the first is done, at least 31 are gone before their turn.
    const reasons = new Set([...corpus.skipped.values()].map((s) => formatMessage(s.reason)));
    assert.equal(corpus.documents.size + corpus.skipped.size, 41);
    assert.ok(corpus.skipped.size >= 31, `${corpus.skipped.size} skipped`);
    assert.deepEqual([...reasons], ['no longer exists']);
  });

  it('says "permission denied" for EACCES and EPERM, files and folders alike', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    assert.equal(formatMessage(unreadableReason(err('EACCES'), false)), 'cannot be read: permission denied');
    assert.equal(formatMessage(unreadableReason(err('EPERM'), true)), 'folder cannot be read: permission denied');
    assert.equal(formatMessage(unreadableReason(err('EIO'), false)), 'cannot be read (EIO)');
  });
});
