import * as assert from 'node:assert/strict';
import { renameSync, rmSync, utimesSync } from 'node:fs';
import { restoreCache, restoreCacheSlowly, serializeCache } from '../../src/core/corpus/cache';
import { Corpus } from '../../src/core/corpus/corpus';
import { TempWorkspace, article } from './tempCorpus';

const OTAN = article('Le chef de l’Otan', 'Le secrétaire général de l’OTAN a jugé « inacceptable » toute ingérence.');
const UN = article('Nations unies', 'Le groupe de travail à composition non limitée a adopté son rapport final.');

async function open(ws: TempWorkspace): Promise<Corpus> {
  const corpus = new Corpus({ root: ws.root, folders: ['corpus'], maxFileSizeMB: 5 });
  await corpus.scan();
  return corpus;
}

const found = (corpus: Corpus, query: string) => corpus.index.rankSources(query).map((r) => r.path);

describe('the corpus index', () => {
  let ws: TempWorkspace;
  afterEach(() => ws?.remove());

  it('finds "OTAN" from "l’Otan", ignoring case, accents and elided articles', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN, 'corpus/onu.txt': UN });
    const corpus = await open(ws);
    assert.deepEqual(found(corpus, 'l’Otan'), ['corpus/otan.txt']);
    assert.deepEqual(found(corpus, "d'otan"), ['corpus/otan.txt']);
    assert.deepEqual(found(corpus, 'INACCEPTABLE'), ['corpus/otan.txt']);
    assert.deepEqual(found(corpus, 'limitee'), ['corpus/onu.txt']);
  });

  it('ranks passages and points at the paragraph that matched', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN, 'corpus/onu.txt': UN });
    const corpus = await open(ws);
    const [hit] = corpus.index.search('rapport final');
    const doc = corpus.documents.get(hit.path)!;
    const text = await corpus.text(doc);
    const { start, end } = doc.passages[hit.passage];
    assert.equal(text.slice(start, end), 'Le groupe de travail à composition non limitée a adopté son rapport final.');
  });

  it('follows a change to a source', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN });
    const corpus = await open(ws);
    ws.write('corpus/otan.txt', article('Nouveau titre', 'Il est désormais question de cyberdéfense.'));
    await corpus.update(ws.path('corpus/otan.txt'));
    assert.equal(corpus.documents.get('corpus/otan.txt')!.title, 'Nouveau titre');
    assert.deepEqual(found(corpus, 'inacceptable'), []);
    assert.deepEqual(found(corpus, 'cyberdéfense'), ['corpus/otan.txt']);
  });

  it('follows a creation and a deletion', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN });
    const corpus = await open(ws);
    ws.write('corpus/new/onu.txt', UN);
    await corpus.update(ws.path('corpus/new/onu.txt'));
    assert.deepEqual(found(corpus, 'limitée'), ['corpus/new/onu.txt']);
    rmSync(ws.path('corpus/otan.txt'));
    await corpus.update(ws.path('corpus/otan.txt'));
    assert.deepEqual([...corpus.documents.keys()], ['corpus/new/onu.txt']);
    assert.deepEqual(found(corpus, 'inacceptable'), []);
  });

  it('follows a rename (a deletion and a creation): the id follows the file name', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN });
    const corpus = await open(ws);
    renameSync(ws.path('corpus/otan.txt'), ws.path('corpus/otan-2017.txt'));
    await corpus.update(ws.path('corpus/otan.txt'));
    await corpus.update(ws.path('corpus/otan-2017.txt'));
    assert.deepEqual([...corpus.documents.values()].map((d) => d.id), ['otan-2017']);
    assert.deepEqual(found(corpus, 'otan'), ['corpus/otan-2017.txt']);
  });

  it('follows a deleted folder and a folder moved in', async () => {
    ws = new TempWorkspace({ 'corpus/a/otan.txt': OTAN, 'corpus/a/onu.txt': UN });
    const corpus = await open(ws);
    renameSync(ws.path('corpus/a'), ws.path('corpus/b'));
    await corpus.update(ws.path('corpus/a'));
    assert.equal(corpus.documents.size, 0);
    await corpus.update(ws.path('corpus/b'));
    assert.deepEqual([...corpus.documents.keys()].sort(), ['corpus/b/onu.txt', 'corpus/b/otan.txt']);
  });

  it('a sidecar created beside a source re-reads that source', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN });
    const corpus = await open(ws);
    ws.write('corpus/otan.meta.yaml', 'id: otan-2017\nkind: report\n');
    await corpus.update(ws.path('corpus/otan.meta.yaml'));
    const doc = corpus.documents.get('corpus/otan.txt')!;
    assert.equal(doc.id, 'otan-2017');
    assert.equal(doc.kind, 'report');
  });

  it('ignores files outside its folders', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN });
    const corpus = await open(ws);
    ws.write('notes/x.txt', UN);
    await corpus.update(ws.path('notes/x.txt'));
    assert.equal(corpus.documents.size, 1);
  });
});

describe('listing the corpus again after file events', () => {
  let ws: TempWorkspace;
  afterEach(() => ws?.remove());

  it('puts right what missed events left: a file created and deleted unseen, one renamed; nothing re-read when nothing changed', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN, 'corpus/onu.txt': UN });
    const corpus = await open(ws);
    assert.deepEqual(await corpus.scan(), { read: 0, reused: 2, changed: false, readers: 0 });
    // The watcher reports the new folder only, then loses the deletion and the rename.
    ws.write('corpus/rafale/a.txt', article('A', 'Première.'));
    ws.write('corpus/rafale/b.txt', article('B', 'Deuxième.'));
    await corpus.update(ws.path('corpus/rafale'));
    rmSync(ws.path('corpus/rafale/a.txt'));
    renameSync(ws.path('corpus/onu.txt'), ws.path('corpus/rafale/onu.txt'));
    assert.deepEqual([...corpus.documents.keys()].sort(), ['corpus/onu.txt', 'corpus/otan.txt', 'corpus/rafale/a.txt', 'corpus/rafale/b.txt']);
    const report = await corpus.scan();
    assert.deepEqual([...corpus.documents.keys()].sort(), ['corpus/otan.txt', 'corpus/rafale/b.txt', 'corpus/rafale/onu.txt']);
    assert.deepEqual(report, { read: 1, reused: 2, changed: true, readers: 0 });
    assert.deepEqual(found(corpus, 'première'), []);
  });
});

describe('the corpus cache', () => {
  let ws: TempWorkspace;
  afterEach(() => ws?.remove());

  /** Three sources scanned and the cache saved; then one changed and one deleted. */
  async function savedThenChanged(): Promise<{ first: Corpus; saved: string }> {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN, 'corpus/onu.txt': UN, 'corpus/c.txt': article('C', 'Troisième source.') });
    const first = await open(ws);
    const saved = serializeCache(first);
    ws.write('corpus/onu.txt', article('Nations unies', 'Le rapport du GGE a été adopté par consensus.'));
    utimesSync(ws.path('corpus/onu.txt'), new Date(), new Date(Date.now() + 5000));
    rmSync(ws.path('corpus/c.txt'));
    return { first, saved };
  }

  it('a warm start re-reads only the files that changed, and searches as before', async () => {
    const { first, saved } = await savedThenChanged();
    const warm = new Corpus(first.options);
    assert.equal(restoreCache(warm, `${saved}\n`), true, 'with a final line break');
    const fromBytes = new Corpus(first.options);
    assert.equal(await restoreCacheSlowly(fromBytes, new TextEncoder().encode(`${saved}\n`), () => new Promise((r) => setImmediate(r))), true, 'from bytes, as the extension reads it');
    assert.deepEqual([...fromBytes.documents.keys()].sort(), [...first.documents.keys()].sort());
    assert.deepEqual(found(fromBytes, 'inacceptable'), ['corpus/otan.txt']);
    const report = await warm.scan();
    assert.deepEqual(report, { read: 1, reused: 1, changed: true, readers: 0 });
    assert.deepEqual([...warm.documents.keys()].sort(), ['corpus/onu.txt', 'corpus/otan.txt']);
    assert.deepEqual(found(warm, 'consensus'), ['corpus/onu.txt']);
    assert.deepEqual(found(warm, 'limitée'), []);
    assert.deepEqual(found(warm, 'inacceptable'), ['corpus/otan.txt']);
    assert.deepEqual(found(warm, 'troisième'), []);
  });

  it('a listing started before the cache is restored serves the scan as its own listing would, once', async () => {
    const { first, saved } = await savedThenChanged();
    const warm = new Corpus(first.options);
    await warm.prefetchListing();
    // Written after the listing: that scan does not see it (the extension's watcher does), the next one does.
    ws.write('corpus/d.txt', article('D', 'Quatrième source, ajoutée après.'));
    assert.equal(await restoreCacheSlowly(warm, new TextEncoder().encode(saved), () => new Promise((r) => setImmediate(r))), true);
    assert.deepEqual(await warm.scan(), { read: 1, reused: 1, changed: true, readers: 0 });
    assert.deepEqual([...warm.documents.keys()].sort(), ['corpus/onu.txt', 'corpus/otan.txt']);
    assert.deepEqual(found(warm, 'consensus'), ['corpus/onu.txt']);
    assert.deepEqual(await warm.scan(), { read: 1, reused: 2, changed: true, readers: 0 });
    assert.deepEqual(found(warm, 'quatrième'), ['corpus/d.txt']);
  });

  it('keeps every character and passage of the metadata, written in ASCII alone', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN, 'corpus/geneve.md': '---\ntitle: "Sommet 🌍 à Genève, l’été"\n---\nPremier paragraphe.\n\nSecond paragraphe, plus long.\n' });
    const first = await open(ws);
    const saved = serializeCache(first);
    assert.doesNotMatch(saved, /[^\x00-\x7f]/);
    const sorted = (c: Corpus) => [...c.documents.values()].sort((a, b) => a.path.localeCompare(b.path));
    const warm = new Corpus(first.options);
    assert.equal(restoreCache(warm, saved), true);
    assert.deepEqual(sorted(warm), sorted(first));
    assert.equal(warm.documents.get('corpus/geneve.md')?.title, 'Sommet 🌍 à Genève, l’été');
    assert.equal(warm.documents.get('corpus/geneve.md')?.passages.length, 2);
    // A line edited by hand, in UTF-8, is read as UTF-8.
    const edited = saved.replace('Sommet \\ud83c\\udf0d \\u00e0 Gen\\u00e8ve', 'Sommet 🌍 à Genève');
    assert.notEqual(edited, saved);
    const byHand = new Corpus(first.options);
    assert.equal(await restoreCacheSlowly(byHand, new TextEncoder().encode(edited), () => Promise.resolve()), true);
    assert.deepEqual(sorted(byHand), sorted(first));
  });

  it('a corrupt, foreign or old cache is discarded and the corpus rebuilt', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN });
    const first = await open(ws);
    const [meta, ...rest] = serializeCache(first).split('\n');
    const m = JSON.parse(meta);
    const withLine = (kind: string, value: unknown) => [meta, ...rest.map((l) => (JSON.parse(l)[0] === kind ? JSON.stringify([kind, value]) : l))].join('\n');
    const bad = [
      `${meta}\n${rest.join('\n').slice(0, 40)}`,
      [JSON.stringify({ ...m, version: 0 }), ...rest].join('\n'),
      [JSON.stringify({ ...m, format: 'something-else' }), ...rest].join('\n'),
      [JSON.stringify({ ...m, key: '["/elsewhere",["corpus"],5]' }), ...rest].join('\n'),
      withLine('index', { not: 'an index' }),
      [meta, ...rest.map((l) => (JSON.parse(l)[1] === 'passageDoc' ? JSON.stringify(['index', 'passageDoc', 'AAAA']) : l))].join('\n'),
      withLine('documents', [{ doc: { id: 3 } }]),
      [meta, ...rest.filter((l) => JSON.parse(l)[0] !== 'postings')].join('\n'),
      [meta, ...rest, '["unknown", 1]'].join('\n'),
      [meta, ...rest.map((l) => (l.startsWith('["postings"') ? l.slice(0, -2) : l))].join('\n'),
      [meta, ...rest.map((l) => (l.startsWith('["postings"') ? `["postings","${'*'.repeat(l.length - 15)}"]` : l))].join('\n'),
      [meta, ...rest.map((l) => (l.startsWith('["postings"') ? `["postings","${l.slice(13, -2)}${l.slice(13, -2)}"]` : l))].join('\n'),
      [meta, ...rest.map((l) => (JSON.parse(l)[0] === 'documents' ? l.replace(/"passages":"[^"]*"/, '"passages":"AAAA"') : l))].join('\n'),
      'null',
    ];
    for (const text of bad) {
      const corpus = new Corpus(first.options);
      assert.equal(restoreCache(corpus, text), false, text.slice(0, 60));
      assert.equal(corpus.documents.size, 0);
      const report = await corpus.scan();
      assert.deepEqual(report, { read: 1, reused: 0, changed: true, readers: 0 });
      assert.deepEqual(found(corpus, 'otan'), ['corpus/otan.txt']);
    }
  });
});

describe('updates of files that are not sources', () => {
  let ws: TempWorkspace;
  afterEach(() => ws?.remove());

  it('a PDF or a binary .txt added later is listed as skipped, and leaves when deleted', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN });
    const corpus = await open(ws);
    ws.write('corpus/rapport.pdf', '%PDF-1.7');
    await corpus.update(ws.path('corpus/rapport.pdf'));
    ws.write('corpus/scan.txt', new Uint8Array([1, 0, 2, 0]));
    await corpus.update(ws.path('corpus/scan.txt'));
    assert.deepEqual([...corpus.skipped.keys()].sort(), ['corpus/rapport.pdf', 'corpus/scan.txt']);
    rmSync(ws.path('corpus/rapport.pdf'));
    await corpus.update(ws.path('corpus/rapport.pdf'));
    assert.deepEqual([...corpus.skipped.keys()], ['corpus/scan.txt']);
  });

  it('a sidecar re-reads only the source it belongs to', async () => {
    ws = new TempWorkspace({ 'corpus/otan.txt': OTAN, 'corpus/onu.txt': UN });
    const corpus = await open(ws);
    const onuBefore = corpus.documents.get('corpus/onu.txt');
    ws.write('corpus/otan.txt.meta.yaml', 'kind: speech\n');
    await corpus.update(ws.path('corpus/otan.txt.meta.yaml'));
    assert.equal(corpus.documents.get('corpus/otan.txt')!.kind, 'speech');
    assert.equal(corpus.documents.get('corpus/onu.txt'), onuBefore, 'the other source was not re-read');
  });
});
