import * as assert from 'node:assert/strict';
import { QuickReads, type Loaded } from '../../src/core/corpus/quickReads';
import type { FoundFile } from '../../src/core/corpus/scan';
import { TempWorkspace } from './tempCorpus';

const file = (abs: string, size = 100, sidecar?: string): FoundFile => ({ path: abs, abs, size, mtimeMs: 0, ...(sidecar ? { sidecar: { path: sidecar, abs: sidecar, mtimeMs: 0 } } : {}) });

describe('reads on the host at once while they are quick (QuickReads)', () => {
  let ws: TempWorkspace | undefined;
  afterEach(() => ws?.remove());

  it('reads a source and its sidecar at once, from the disk', () => {
    ws = new TempWorkspace({ 'corpus/a.md': 'Texte de la source.', 'corpus/a.meta.yaml': 'title: Été\n' });
    const loaded = new QuickReads().load(file(ws.path('corpus/a.md'), 19, ws.path('corpus/a.meta.yaml')), () => assert.fail('read asynchronously'));
    assert.ok(!(loaded instanceof Promise));
    assert.ok('bytes' in loaded);
    assert.equal(Buffer.from(loaded.bytes).toString('utf8'), 'Texte de la source.');
    assert.equal(loaded.sidecarText, 'title: Été\n');
  });

  it('gives the error of a file that cannot be read, and never throws', () => {
    const loaded = new QuickReads().load(file('/nonexistent/dossier/a.md'), () => assert.fail('read asynchronously'));
    assert.ok(!(loaded instanceof Promise) && 'error' in loaded);
    assert.equal((loaded.error as NodeJS.ErrnoException).code, 'ENOENT');
  });

  it('reads asynchronously after three slow reads, and large files always', async () => {
    let clock = 0;
    const slow: FoundFile[] = [];
    const slowly = async (f: FoundFile): Promise<Loaded> => {
      slow.push(f);
      return { bytes: new Uint8Array(0) };
    };
    const reads = new QuickReads(
      () => {
        clock += 25; // a read of 25 ms: a network share
        return new Uint8Array(1);
      },
      () => clock,
    );
    assert.ok(reads.load(file('/big', 2 * 1048576), slowly) instanceof Promise, 'a file over 1 MB');
    for (let i = 0; i < 3; i++) assert.ok(!(reads.load(file(`/s${i}`), slowly) instanceof Promise), `slow read ${i + 1} is still at once`);
    const fourth = reads.load(file('/s3'), slowly);
    assert.ok(fourth instanceof Promise, 'after three slow reads');
    await fourth;
    assert.deepEqual(slow.map((f) => f.abs), ['/big', '/s3']);
  });

  it('keeps reading at once when reads are quick, however many', () => {
    let clock = 0;
    const reads = new QuickReads(() => ((clock += 1), new Uint8Array(1)), () => clock);
    for (let i = 0; i < 100; i++) assert.ok(!(reads.load(file(`/q${i}`), () => assert.fail('read asynchronously')) instanceof Promise));
  });

  it('reads a text at once, gives a failed read as a rejected promise, and reads asynchronously after three slow reads', async () => {
    ws = new TempWorkspace({ 'corpus/a.md': 'Texte.' });
    const never = () => assert.fail('read asynchronously');
    const quick = new QuickReads();
    const bytes = quick.bytes(ws.path('corpus/a.md'), 6, never);
    assert.ok(bytes instanceof Uint8Array);
    assert.equal(Buffer.from(bytes).toString('utf8'), 'Texte.');
    const missing = quick.bytes('/nonexistent/dossier/a.md', 6, never);
    assert.ok(missing instanceof Promise);
    await assert.rejects(missing, { code: 'ENOENT' });

    let clock = 0;
    const slow = new QuickReads(() => ((clock += 25), new Uint8Array(1)), () => clock);
    const later = async () => new Uint8Array(2);
    assert.ok(slow.bytes('/big', 2 * 1048576, later) instanceof Promise, 'a file over 1 MB');
    for (let i = 0; i < 3; i++) assert.ok(slow.bytes(`/s${i}`, 1, later) instanceof Uint8Array);
    assert.equal((await slow.bytes('/s3', 1, later)).length, 2, 'after three slow reads');
  });
});
