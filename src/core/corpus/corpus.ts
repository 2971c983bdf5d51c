import { readFile as readFileCallback } from 'node:fs';
import { lstat } from './fsCalls';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { SkippedFile, SourceDocument } from './document';
import { PassageIndex } from '../search/passageIndex';
import { WordCursor } from '../text/wordSpans';
import { QuickReads, type Loaded } from './quickReads';
import { readSourceAndText } from './readSource';
import { AHEAD, ReaderPool, defaultReaders } from './readerPool';
import type { ReadOutcome } from './readJob';
import { corpusFolders, inspectPath, isInside, isSidecarName, listCorpus, sidecarNames, toPosix, unreadableReason, type FoundFile, type Listing } from './scan';
import { decode } from '../text/decode';
import { yieldToEventLoop } from '../timeSlices';

export interface CorpusOptions {
  /** The workspace folder, absolute. */
  root: string;
  folders: readonly string[];
  maxFileSizeMB: number;
  /** Reader threads for a scan (default: by the machine's cores; 0: none). */
  readers?: number;
}

/** What tells that a file (and its sidecar) changed since it was read. */
export interface Stamp {
  size: number;
  mtimeMs: number;
  sidecarMtimeMs: number;
}

export interface ScanReport {
  read: number;
  reused: number;
  /** Whether anything differs from before: a source read, forgotten, or skipped anew. */
  changed: boolean;
  /** Reader threads used (0: read in this thread). */
  readers: number;
}

/** Reader threads are started for this many sources to read, or more. */
const POOL_FROM = 50;
/** How many files are read at once: enough to hide disk latency, few enough to stay light. */
const CONCURRENCY = 8;
/** How long indexing runs before it lets the event loop serve others (hovers, keystrokes). */
const SLICE_MS = 8;

/** fs.readFile with a callback: for many small files, much lighter on the event loop than fs/promises' FileHandle. */
function readWhole(abs: string): Promise<Buffer> {
  return new Promise((resolve, reject) => readFileCallback(abs, (err, data) => (err ? reject(err) : resolve(data))));
}

/**
 * The corpus of one workspace folder: its sources with their metadata, the files skipped
 * with their reasons, and the full-text index. Kept up to date file by file.
 */
export class Corpus {
  readonly documents = new Map<string, SourceDocument>();
  readonly skipped = new Map<string, SkippedFile>();
  /** Configured folders that do not exist. */
  missing: string[] = [];
  index = PassageIndex.empty();
  private readonly stamps = new Map<string, Stamp>();
  private readonly listeners = new Set<() => void>();
  /** Texts asked for (by the checks, hovers, searches): read at once while reads are quick. */
  private readonly textReads = new QuickReads();
  /** A listing started by `prefetchListing`, for the next scan. */
  private prefetched: Promise<Listing> | undefined;

  constructor(readonly options: CorpusOptions) {}

  get maxBytes(): number {
    return this.options.maxFileSizeMB * 1048576;
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  /**
   * Starts listing the corpus now, for the next `scan`: a warm start lists the folders (a
   * `lstat` a source, on the disk's time) while the cache is restored (on the processor's),
   * instead of after. Changes made after a file is listed are for the caller's file watcher.
   * Settles when the listing is done (the scan that takes it reports a failure).
   */
  prefetchListing(): Promise<void> {
    const listing = listCorpus(this.options.root, this.options.folders, this.maxBytes);
    this.prefetched = listing;
    return listing.then(
      () => undefined,
      () => undefined,
    );
  }

  /**
   * Lists the corpus and reads every source whose stamp differs from `known` (a cache's);
   * the others keep the state that was restored. Yields to the event loop between files.
   */
  async scan(onProgress?: (done: number, total: number) => void): Promise<ScanReport> {
    const prefetched = this.prefetched;
    this.prefetched = undefined;
    const listing = await (prefetched ?? listCorpus(this.options.root, this.options.folders, this.maxBytes));
    const missingChanged = listing.missing.join('\n') !== this.missing.join('\n');
    this.missing = listing.missing;
    const seen = new Set(listing.files.map((f) => f.path));
    const skippedBefore = skippedSignature(this.skipped);
    let forgotten = 0;
    for (const path of [...this.documents.keys(), ...this.skipped.keys()]) {
      if (!seen.has(path)) {
        this.forget(path);
        forgotten++;
      }
    }
    // Files skipped when read (binary) stay skipped while unchanged; the rest comes from the listing.
    const skippedAtRead = [...this.skipped.values()].filter((s) => this.stamps.has(s.path) && seen.has(s.path));
    this.skipped.clear();
    for (const s of [...listing.refused, ...listing.skipped, ...skippedAtRead]) this.skipped.set(s.path, s);

    const stale = listing.files.filter((f) => !sameStamp(this.stamps.get(f.path), stampOf(f)));
    const pool = stale.length >= POOL_FROM ? ReaderPool.create(this.options.readers ?? defaultReaders()) : undefined;
    if (pool) {
      try {
        await this.readWith(pool, stale, onProgress);
      } finally {
        await pool.dispose();
      }
    } else await this.readHere(stale, onProgress);
    this.changed();
    const changed = missingChanged || stale.length > 0 || forgotten > 0 || skippedSignature(this.skipped) !== skippedBefore;
    return { read: stale.length, reused: listing.files.length - stale.length, changed, readers: pool?.size ?? 0 };
  }

  /**
   * Sources read and analysed by reader threads, and by this thread while it would otherwise
   * wait for them, indexed here in the listing's order (so the index is the same whoever read
   * what). Few are sent or read ahead, so that few texts wait in memory.
   */
  private async readWith(pool: ReaderPool, stale: FoundFile[], onProgress?: (done: number, total: number) => void): Promise<void> {
    const ahead = pool.size * AHEAD;
    const slots: (ReadSlot | undefined)[] = new Array(stale.length);
    let next = 0; // the first source neither sent nor read here
    let inThreads = 0;
    // Bytes of the sources sent or read but not yet indexed (their texts wait in memory).
    let waiting = 0;
    const send = () => {
      const f = stale[next];
      waiting += f.size;
      const slot: ReadSlot = { settled: false };
      slots[next++] = slot;
      inThreads++;
      // A pool that breaks down rejects every read: those sources are read here (below).
      slot.read = pool.read({ path: f.path, abs: f.abs, sidecar: f.sidecar && { path: f.sidecar.path, abs: f.sidecar.abs } }).then(
        (outcome) => Object.assign(slot, { settled: true, read: undefined, outcome: fromOutcome(outcome) }),
        () => Object.assign(slot, { settled: true, read: undefined }),
      ).finally(() => inThreads--);
    };
    const feed = () => {
      while (next < stale.length && inThreads < ahead) send();
    };
    const reads = new QuickReads();
    for (let i = 0; i < stale.length; i++) {
      feed();
      const slot = slots[i]!;
      // Rather than wait for the threads, read the next source here (a bounded way ahead, in
      // sources and in bytes), keeping the threads fed meanwhile. With the words' spans from
      // the threads, indexing is cheaper than reading: with less reach, this thread idled.
      while (!slot.settled && next < stale.length && next < i + READ_AHEAD * ahead && waiting < READ_AHEAD_BYTES) {
        const f = stale[next];
        waiting += f.size;
        const loaded = reads.load(f, (later) => this.load(later));
        slots[next++] = { settled: true, outcome: this.analyse(f, await loaded) };
        // One turn of the event loop, so that the threads' answers come in (a quick read takes none).
        if (!(loaded instanceof Promise)) await yieldToEventLoop();
        feed();
      }
      waiting -= stale[i].size;
      if (!slot.settled) await slot.read;
      const outcome = slot.outcome;
      slots[i] = undefined; // its text may go
      if (outcome) await this.ingestRead(stale[i], outcome);
      else await this.readFound(stale[i]);
      onProgress?.(i + 1, stale.length);
    }
  }

  /** Sources read here, CONCURRENCY at a time, analysed and indexed one at a time in the listing's order. */
  private async readHere(stale: FoundFile[], onProgress?: (done: number, total: number) => void): Promise<void> {
    const loads: (Promise<Loaded> | undefined)[] = stale.slice(0, CONCURRENCY).map((f) => this.load(f));
    for (let i = 0; i < stale.length; i++) {
      const loaded = await loads[i]!;
      loads[i] = undefined; // its bytes may go once indexed
      if (i + CONCURRENCY < stale.length) loads[i + CONCURRENCY] = this.load(stale[i + CONCURRENCY]);
      // Analysed and indexed in slices between which the event loop runs: no file holds it for long.
      await this.ingest(stale[i], loaded);
      onProgress?.(i + 1, stale.length);
    }
  }

  private async readFound(f: FoundFile): Promise<void> {
    await this.ingest(f, await this.load(f));
  }

  /** The bytes of a source and the text of its sidecar, or why they cannot be read. */
  private async load(f: FoundFile): Promise<Loaded> {
    try {
      const bytes = await readWhole(f.abs);
      const sidecarText = f.sidecar ? decode(await readWhole(f.sidecar.abs)).text : undefined;
      return { bytes, sidecarText };
    } catch (error) {
      return { error };
    }
  }

  /** Reads the metadata of a loaded source and indexes it, yielding to the event loop as it goes. */
  private async ingest(f: FoundFile, loaded: Loaded): Promise<void> {
    return this.ingestRead(f, this.analyse(f, loaded));
  }

  /** The metadata and text of a loaded source, as a reader thread would give them. */
  private analyse(f: FoundFile, loaded: Loaded): Analysed {
    if ('error' in loaded) return loaded;
    const { bytes, sidecarText } = loaded;
    if (bytes.length > this.maxBytes) return { result: undefined, bytes: bytes.length, text: '' };
    const { result, text, words } = readSourceAndText({ path: f.path, bytes, sidecar: f.sidecar && sidecarText !== undefined ? { path: f.sidecar.path, text: sidecarText } : undefined });
    return { result, bytes: bytes.length, text, words };
  }

  /** Records what reading a source gave (here or in a reader thread) and indexes it, in slices. */
  private async ingestRead(f: FoundFile, read: Analysed): Promise<void> {
    await yieldToEventLoop();
    this.forget(f.path);
    if ('error' in read) {
      this.skipped.set(f.path, { path: f.path, reason: unreadableReason(read.error, false) });
      return;
    }
    const { result } = read;
    if (!result || read.bytes > this.maxBytes) return; // grew past the limit since it was listed
    this.stamps.set(f.path, stampOf(f));
    if ('reason' in result) {
      this.skipped.set(f.path, result);
      return;
    }
    this.documents.set(f.path, result);
    const { text } = read;
    const index = this.index;
    const words = read.words && new WordCursor(read.words);
    for (let at = 0; at < result.passages.length; ) {
      const started = performance.now();
      do {
        index.add(result, text, at, at + 1, words);
        at++;
      } while (at < result.passages.length && performance.now() - started < SLICE_MS);
      if (at >= result.passages.length) break;
      await yieldToEventLoop();
      // Forgotten or replaced meanwhile (an update, a new scan): its other passages are not wanted.
      if (this.documents.get(f.path) !== result || this.index !== index) return;
    }
  }

  /** Drops everything known about a path. */
  private forget(path: string): void {
    const doc = this.documents.get(path);
    if (doc) this.index.remove(doc);
    this.documents.delete(path);
    this.skipped.delete(path);
    this.stamps.delete(path);
  }

  /** Whether an absolute path lies in one of the corpus folders. */
  contains(abs: string): boolean {
    return corpusFolders(this.options.root, this.options.folders).inside.some((f) => isInside(f.abs, abs));
  }

  /**
   * Takes a created, changed or deleted file (or folder) into account without rescanning:
   * a source is re-read, a sidecar re-reads its source, a deleted folder drops its sources.
   */
  async update(abs: string): Promise<void> {
    if (!this.contains(abs)) return;
    const path = toPosix(relative(this.options.root, abs));
    const name = basename(abs);
    if (isSidecarName(name)) {
      // Re-read the sources this sidecar may belong to: `a.meta.yaml` is for a.md, a.txt…
      const dir = dirname(path);
      for (const doc of [...this.documents.values(), ...this.skipped.values()]) {
        if (dirname(doc.path) === dir && sidecarNames(basename(doc.path)).includes(name)) {
          await this.rereadOne(resolve(this.options.root, doc.path));
        }
      }
      this.changed();
      return;
    }
    if (await isDirectory(abs)) {
      // A new or renamed folder: list just that folder.
      await this.scanSubtree(abs);
    } else if (!(await exists(abs))) {
      // A deleted file or folder: forget all that was under it.
      for (const p of [...this.documents.keys(), ...this.skipped.keys()]) {
        if (p === path || p.startsWith(path + '/')) this.forget(p);
      }
    } else {
      await this.rereadOne(abs);
    }
    this.changed();
  }

  private async rereadOne(abs: string): Promise<void> {
    const path = toPosix(relative(this.options.root, abs));
    const now = await inspectPath(this.options.root, this.options.folders, abs, this.maxBytes);
    this.forget(path);
    if (now && 'reason' in now) this.skipped.set(path, now);
    else if (now) await this.readFound(now);
  }

  private async scanSubtree(abs: string): Promise<void> {
    if (!(await isDirectory(abs))) return;
    const listing = await listCorpus(this.options.root, [toPosix(relative(this.options.root, abs))], this.maxBytes);
    for (const s of listing.skipped) this.skipped.set(s.path, s);
    for (const f of listing.files) await this.readFound(f);
  }

  /** The sources whose id is `id` (more than one is a conflict the user should fix). */
  byId(id: string): SourceDocument[] {
    return [...this.documents.values()].filter((d) => d.id === id);
  }

  /** The decoded text of a source, read again from disk (the index keeps no text). */
  async text(doc: SourceDocument): Promise<string> {
    const size = this.stamps.get(doc.path)?.size ?? Infinity;
    return decode(await this.textReads.bytes(join(this.options.root, doc.path), size, readWhole)).text;
  }

  /** The state to save, so that a warm start re-reads only what changed. */
  snapshot(): CorpusSnapshot {
    return {
      documents: [...this.documents.values()].map((d) => ({ doc: d, stamp: this.stamps.get(d.path)! })),
      skippedAtRead: [...this.skipped.values()].filter((s) => this.stamps.has(s.path)).map((s) => ({ skipped: s, stamp: this.stamps.get(s.path)! })),
      index: this.index,
    };
  }

  /** Restores a snapshot; the next `scan` then re-reads only changed files. */
  restore(snapshot: CorpusSnapshot): void {
    this.index = snapshot.index;
    for (const { doc, stamp } of snapshot.documents) {
      this.documents.set(doc.path, doc);
      this.stamps.set(doc.path, stamp);
    }
    for (const { skipped, stamp } of snapshot.skippedAtRead) {
      this.skipped.set(skipped.path, skipped);
      this.stamps.set(skipped.path, stamp);
    }
  }
}

/** How far ahead of indexing this thread reads sources while the threads are busy: in threads' worth of jobs, and in bytes. */
const READ_AHEAD = 8;
const READ_AHEAD_BYTES = 32 * 1048576;

/** What reading a source gave: its document or why it is skipped (none: it grew past the limit), and its text. */
type Analysed = { error: unknown } | { result: SourceDocument | SkippedFile | undefined; bytes: number; text: string; words?: Int32Array };

/** A source of a scan with reader threads: sent to them (`read`), or read, or given up by a broken pool (no outcome). */
interface ReadSlot {
  settled: boolean;
  read?: Promise<unknown>;
  outcome?: Analysed;
}

function fromOutcome(outcome: ReadOutcome): Analysed {
  return 'error' in outcome ? { error: outcome.error } : outcome;
}

export interface CorpusSnapshot {
  documents: { doc: SourceDocument; stamp: Stamp }[];
  skippedAtRead: { skipped: SkippedFile; stamp: Stamp }[];
  /** The index itself: the cache reads it a piece at a time (see cache.ts). */
  index: PassageIndex;
}

function skippedSignature(skipped: Map<string, SkippedFile>): string {
  return [...skipped.values()].map((s) => `${s.path}\0${JSON.stringify(s.reason)}`).sort().join('\n');
}

function stampOf(f: FoundFile): Stamp {
  return { size: f.size, mtimeMs: f.mtimeMs, sidecarMtimeMs: f.sidecar?.mtimeMs ?? 0 };
}

function sameStamp(a: Stamp | undefined, b: Stamp): boolean {
  return a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs && a.sidecarMtimeMs === b.sidecarMtimeMs;
}

async function exists(abs: string): Promise<boolean> {
  return lstat(abs).then(() => true, () => false);
}

async function isDirectory(abs: string): Promise<boolean> {
  return lstat(abs).then((s) => s.isDirectory(), () => false);
}
