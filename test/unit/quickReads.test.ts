import * as assert from 'node:assert/strict';
import { QuickReads, type Loaded } from '../../src/core/corpus/quickReads';
import type { FoundFile } from '../../src/core/corpus/scan';
import { TempWorkspace } from './tempCorpus';

const file = (abs: string, size = 100, sidecar?: string): FoundFile => ({ path: abs, abs, size, mtimeMs: 0, ...(sidecar ? { sidecar: { path: sidecar, abs: sidecar, mtimeMs: 0 } } : {}) });

describe('reads of a cold scan on the host (QuickReads)', () => {
  let ws: TempWorkspace | undefined;
  afterEach(() => ws?.remove());

  it('reads a source and its sidecar at once, from the disk', () => {
    ws = new TempWorkspace({ 'corpus/a.md': 'Texte de la source.', 'corpus/a.meta.yaml': 'title: Été\n' });
    const reads = new QuickReads(() => assert.fail('read asynchronously'));
    const loaded = reads.load(file(ws.path('corpus/a.md'), 19, ws.path('corpus/a.meta.yaml')));
    assert.ok(!(loaded instanceof Promise));
    assert.ok('bytes' in loaded);
    assert.equal(Buffer.from(loaded.bytes).toString('utf8'), 'Texte de la source.');
    assert.equal(loaded.sidecarText, 'title: Été\n');
  });

  it('gives the error of a file that cannot be read, and never throws', () => {
    const loaded = new QuickReads(() => assert.fail('read asynchronously')).load(file('/nonexistent/dossier/a.md'));
    assert.ok(!(loaded instanceof Promise) && 'error' in loaded);
    assert.equal((loaded.error as NodeJS.ErrnoException).code, 'ENOENT');
  });

  it('reads asynchronously after three slow reads, and large files always', async () => {
    let clock = 0;
    const slow: FoundFile[] = [];
    const reads = new QuickReads(
      async (f): Promise<Loaded> => {
        slow.push(f);
        return { bytes: new Uint8Array(0) };
      },
      () => {
        clock += 25; // a read of 25 ms: a network share
        return new Uint8Array(1);
      },
      () => clock,
    );
    assert.ok(reads.load(file('/big', 2 * 1048576)) instanceof Promise, 'a file over 1 MB');
    for (let i = 0; i < 3; i++) assert.ok(!(reads.load(file(`/s${i}`)) instanceof Promise), `slow read ${i + 1} is still at once`);
    const fourth = reads.load(file('/s3'));
    assert.ok(fourth instanceof Promise, 'after three slow reads');
    await fourth;
    assert.deepEqual(slow.map((f) => f.abs), ['/big', '/s3']);
  });

  it('keeps reading at once when reads are quick, however many', () => {
    let clock = 0;
    const reads = new QuickReads(() => assert.fail('read asynchronously'), () => ((clock += 1), new Uint8Array(1)), () => clock);
    for (let i = 0; i < 100; i++) assert.ok(!(reads.load(file(`/q${i}`)) instanceof Promise));
  });
});
