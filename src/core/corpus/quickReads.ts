import { readFileSync } from 'node:fs';
import type { FoundFile } from './scan';
import { decode } from '../text/decode';

/** A source's bytes and its sidecar's text, or why they could not be read. */
export type Loaded = { bytes: Uint8Array; sidecarText?: string } | { error: unknown };

/**
 * Files read by this thread at once while reads are quick, as from the operating system's cache
 * (about 30 µs for a source), where an asynchronous read costs four turns of the event loop
 * (open, stat, read, close), each waiting for the work that holds the loop: in a cold scan, the
 * indexing slice that runs (a third of a millisecond a source, a tenth of a cold scan); in a
 * long check, the sentences judged meanwhile (a hundred sources took 80 ms to read). After a few
 * slow reads (a network share, a sleeping disk), every later read is asynchronous, so that a
 * slow disk does not hold the event loop for long.
 */
export class QuickReads {
  private slowReads = 0;

  constructor(
    private readonly readNow: (abs: string) => Uint8Array = readFileSync,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A source and its sidecar, for a scan. */
  load(f: FoundFile, slowly: (f: FoundFile) => Promise<Loaded>): Loaded | Promise<Loaded> {
    if (!this.quick(f.size)) return slowly(f);
    return this.timed(() => {
      try {
        const bytes = this.readNow(f.abs);
        const sidecarText = f.sidecar ? decode(this.readNow(f.sidecar.abs)).text : undefined;
        return { bytes, sidecarText };
      } catch (error) {
        return { error };
      }
    });
  }

  /** A file's bytes (`size`: as last seen); a read at once that fails gives a rejected promise, as a slow one would. */
  bytes(abs: string, size: number, slowly: (abs: string) => Promise<Uint8Array>): Uint8Array | Promise<Uint8Array> {
    if (!this.quick(size)) return slowly(abs);
    try {
      return this.timed(() => this.readNow(abs));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private quick(size: number): boolean {
    return this.slowReads < SLOW_READS && size <= QUICK_READ_BYTES;
  }

  private timed<T>(read: () => T): T {
    const started = this.now();
    try {
      return read();
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
