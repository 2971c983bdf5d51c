import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReadJob, ReadOutcome } from './readJob';

/** The reader thread's script: beside this file, in the bundle (dist/) as in the transpiled tests. */
const SCRIPT = join(__dirname, 'readWorker.js');
/**
 * Jobs sent ahead to each thread. Its answers wait for the host's event loop, which indexes
 * in slices of several milliseconds: a thread given less than a slice's worth would idle.
 */
export const AHEAD = 16;

/** How many reader threads suit this machine: the cores but one (the extension host's), at most three. */
export function defaultReaders(): number {
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

/**
 * Threads that read sources and infer their metadata while the extension host indexes what
 * they send back: a cold scan of a large corpus uses more than one core, and the host's event
 * loop is free for everything but indexing.
 */
export class ReaderPool {
  private readonly waiting = new Map<number, { resolve: (outcome: ReadOutcome) => void; reject: (err: Error) => void }>();
  private readonly queue: ReadJob[] = [];
  private readonly inFlight: number[];
  private nextId = 0;
  private failed: Error | undefined;

  private constructor(private readonly workers: Worker[]) {
    this.inFlight = workers.map(() => 0);
    workers.forEach((w, i) => {
      w.on('message', (outcome: ReadOutcome) => {
        this.inFlight[i]--;
        this.waiting.get(outcome.id)?.resolve(outcome);
        this.waiting.delete(outcome.id);
        this.dispatch();
      });
      // A thread that dies fails what it was given: the caller reads those itself.
      w.on('error', (err) => this.fail(err));
      w.on('exit', (code) => code !== 0 && this.fail(new Error(`a reader thread stopped (${code})`)));
    });
  }

  /** A pool of `size` threads, or undefined when threads cannot be had (no script, no size). */
  static create(size: number, script = SCRIPT): ReaderPool | undefined {
    if (size <= 0 || !existsSync(script)) return undefined;
    try {
      return new ReaderPool(Array.from({ length: size }, () => new Worker(script)));
    } catch {
      return undefined;
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Reads a source in a thread; rejects only if the pool broke down. */
  read(job: Omit<ReadJob, 'id'>): Promise<ReadOutcome> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.queue.push({ ...job, id });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (let i = 0; i < this.workers.length && this.queue.length > 0; i++) {
      while (this.inFlight[i] < AHEAD && this.queue.length > 0) {
        this.inFlight[i]++;
        this.workers[i].postMessage(this.queue.shift());
      }
    }
  }

  private fail(err: Error): void {
    this.failed ??= err;
    for (const { reject } of this.waiting.values()) reject(this.failed);
    this.waiting.clear();
    this.queue.length = 0;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
