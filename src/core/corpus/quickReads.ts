import { readFileSync } from 'node:fs';
import type { FoundFile } from './scan';
import { decode } from '../text/decode';

/** A source's bytes and its sidecar's text, or why they could not be read. */
export type Loaded = { bytes: Uint8Array; sidecarText?: string } | { error: unknown };

/**
 * Files read by this thread in a scan with reader threads: at once while reads are quick, as
 * from the operating system's cache (about 30 µs for a source), where an asynchronous read costs
 * four turns of the event loop (open, stat, read, close), each waiting for the indexing slice
 * that runs (a third of a millisecond a source, a tenth of a cold scan). After a few slow reads (a
 * network share, a sleeping disk), every read of the scan is asynchronous, so that a slow disk
 * does not hold the event loop for long.
 */
export class QuickReads {
  private slowReads = 0;

  constructor(
    private readonly slowly: (f: FoundFile) => Promise<Loaded>,
    private readonly readNow: (abs: string) => Uint8Array = readFileSync,
    private readonly now: () => number = () => performance.now(),
  ) {}

  load(f: FoundFile): Loaded | Promise<Loaded> {
    if (this.slowReads >= SLOW_READS || f.size > QUICK_READ_BYTES) return this.slowly(f);
    const started = this.now();
    try {
      const bytes = this.readNow(f.abs);
      const sidecarText = f.sidecar ? decode(this.readNow(f.sidecar.abs)).text : undefined;
      return { bytes, sidecarText };
    } catch (error) {
      return { error };
    } finally {
      if (this.now() - started > SLOW_READ_MS) this.slowReads++;
    }
  }
}

/**
 * Files larger than this are always read asynchronously; after a few reads longer than this
 * (not one: a garbage collection may fall within a quick one), every later read is.
 */
const QUICK_READ_BYTES = 1048576;
const SLOW_READ_MS = 10;
const SLOW_READS = 3;
