import * as assert from 'node:assert/strict';
import { Corpus } from '../../src/core/corpus/corpus';
import { serializeCache } from '../../src/core/corpus/cache';
import { ReaderPool } from '../../src/core/corpus/readerPool';
import { join } from 'node:path';
import { REPO } from './paths';
import { TempWorkspace, article } from './tempCorpus';

/** Sixty sources of every shape a scan meets: French and English, front matter, a sidecar, Windows-1252, a binary file, an unsupported one. */
function workspace(): TempWorkspace {
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < 60; i++) {
    files[`corpus/${i % 3 ? 'presse' : 'rapports'}/s${i}.${i % 4 ? 'txt' : 'md'}`] =
      i % 2 ? article(`Le Conseil adopte la mesure ${i}`, `Le Conseil a adopté ${i} mesures contre l’ingérence à Bruxelles.`) : `# Report ${i}\n\nPublished on March ${(i % 27) + 1}, 2021.\n\nThe Council adopted ${i} measures on cyber diplomacy.\n`;
  }
  files['corpus/presse/s1.txt.meta.yaml'] = 'title: Titre venu du sidecar\nkind: speech\n';
  files['corpus/ancien.txt'] = Uint8Array.from([...Buffer.from('Communiqu'), 0xe9, ...Buffer.from(' de presse\n\nPubli'), 0xe9, ...Buffer.from(' le 03/02/2011\n\nLe minist'), 0xe8, ...Buffer.from('re a d'), 0xe9, ...Buffer.from('clar'), 0xe9, ...Buffer.from('.\n')]);
  files['corpus/image.txt'] = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]);
  files['corpus/notes.docx'] = 'pas une source';
  files['corpus/front.md'] = '---\nid: cle-propre\ntitle: Avec front matter\ndate: 2020-05-04\n---\n\nLe texte dit « rien ne change ».\n';
  return new TempWorkspace(files);
}

describe('reader threads', () => {
  let ws: TempWorkspace;
  afterEach(() => ws?.remove());

  it('a scan with reader threads finds, skips and indexes exactly what a scan in one thread does', async () => {
    ws = workspace();
    const scan = async (readers: number) => {
      const corpus = new Corpus({ root: ws.root, folders: ['corpus'], maxFileSizeMB: 5, readers });
      const report = await corpus.scan();
      return { corpus, report };
    };
    const here = await scan(0);
    const threads = await scan(2);
    assert.equal(here.report.readers, 0);
    assert.equal(threads.report.readers, 2, 'the threads were used (the script is beside the engine)');
    const sorted = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    assert.equal(threads.corpus.documents.size, 62);
    assert.deepEqual(sorted(threads.corpus.documents), sorted(here.corpus.documents));
    assert.deepEqual(sorted(threads.corpus.skipped), sorted(here.corpus.skipped));
    for (const q of ['ingérence', 'cyber diplomacy', 'déclaré', 'rien ne change']) {
      assert.deepEqual(threads.corpus.index.search(q, Infinity), here.corpus.index.search(q, Infinity), q);
    }
    assert.equal(threads.corpus.documents.get('corpus/presse/s1.txt')?.title, 'Titre venu du sidecar');
    // The host reads sources too while the threads are busy, but indexes all in the listing's
    // order: the index, passage numbers included, is the one a scan in one thread builds.
    assert.equal(serializeCache(threads.corpus), serializeCache(here.corpus));
  });

  it('without the thread script, there is no pool, and a scan reads in its own thread', async () => {
    assert.equal(ReaderPool.create(2, '/nowhere/readWorker.js'), undefined);
    assert.equal(ReaderPool.create(0), undefined);
  });

  it('a pool whose thread fails rejects what it was given (a scan then reads those in its own thread)', async () => {
    ws = workspace();
    const pool = ReaderPool.create(1, __filename.replace(/readerThreads\.test\.js$/, 'failingWorker.js'))!;
    assert.ok(pool);
    await assert.rejects(pool.read({ path: 'corpus/s0.txt', abs: ws.path('corpus/presse/s1.txt') }));
    await pool.dispose();
  });

  it('the bundled thread script (dist/readWorker.js, as the extension and the CLI start it) reads a source', async () => {
    ws = workspace();
    const pool = ReaderPool.create(1, join(REPO, 'dist', 'readWorker.js'));
    assert.ok(pool, 'npm run build makes dist/readWorker.js');
    try {
      const outcome = await pool.read({ path: 'corpus/front.md', abs: ws.path('corpus/front.md') });
      assert.ok(!('error' in outcome) && !('reason' in outcome.result));
      assert.equal(outcome.result.id, 'cle-propre');
      assert.equal(outcome.result.date, '2020-05-04');
      assert.match(outcome.text, /rien ne change/);
    } finally {
      await pool.dispose();
    }
  });
});
