import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readyDossier, until } from '../dossierApi';
import { workspaceDir } from '../util';

suite('reader threads in the extension host', () => {
  test('a scan of sixty sources reads them in worker threads started from the bundle', async function () {
    this.timeout(60_000);
    const expected = Math.max(0, Math.min(3, availableParallelism() - 1)); // as readerPool.ts decides
    if (expected === 0) this.skip(); // one core: the scan reads in the host's thread
    const api = await readyDossier();
    const dir = path.join(workspaceDir().fsPath, 'corpus-fils');
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(dir, `f${i}.txt`), `Dépêche numéro ${i}\n\nPublié le 0${(i % 9) + 1}/03/2020\n\nLe Conseil a adopté ${i} mesures à Bruxelles, et les États membres ont salué une décision qui est attendue depuis des mois dans les capitales.\n`);
    const config = vscode.workspace.getConfiguration('dossier');
    await config.update('corpus.folders', ['corpus-fils'], vscode.ConfigurationTarget.Workspace);
    try {
      const fromNewFolder = () => api.sources().length === 60 && api.sources().every((s) => s.path.startsWith('corpus-fils/'));
      await until(api, fromNewFolder, 'the new folder to be read', 50_000);
      assert.deepEqual(api.lastScan(), { read: 60, readers: expected });
      const f7 = api.sources().find((s) => s.id === 'f7');
      assert.deepEqual([f7?.title, f7?.date, f7?.language], ['Dépêche numéro 7', '2020-03-08', 'fr']);
    } finally {
      await config.update('corpus.folders', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
