import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { judgeWhenAsked, type AnalysisOptions, type BlockAnalysis } from './analyseBlock';
import type { AnalysisJob } from './analysisWorker';
import type { Block } from './blocks';

/** The thread's script: beside this file, in the bundle (dist/) as in the transpiled tests. */
const SCRIPT = join(__dirname, 'analysisWorker.js');

/**
 * A thread that analyses blocks of a long draft while the host analyses others: the first check
 * of a long draft uses two cores. One thread, started on first use and kept (starting one costs
 * more than it saves on a single check); it does not keep a process alive. Any failure makes
 * `analyse` answer undefined, and the caller analyses those blocks itself.
 */
export class AnalysisThread {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 0;
  private readonly waiting = new Map<number, (list: BlockAnalysis[] | undefined) => void>();

  constructor(private readonly script = SCRIPT) {}

  /** Whether a thread can help: a second core, and the script. */
  get available(): boolean {
    return !this.broken && availableParallelism() > 1 && existsSync(this.script);
  }

  analyse(text: string, prose: string, blocks: Block[], options: AnalysisOptions): Promise<BlockAnalysis[] | undefined> {
    const worker = this.start();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (list) => resolve(list && list.map((a, k) => judgeWhenAsked(a, prose, blocks[k], options))));
      worker.ref(); // while it works for us
      const job: AnalysisJob = { id, text, prose, blocks, options: { language: options.language, sensitivity: options.sensitivity } };
      worker.postMessage(job);
    });
  }

  private start(): Worker | undefined {
    if (this.worker || !this.available) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.unref();
      worker.on('message', (m: { id: number; list?: BlockAnalysis[] }) => this.settle(m.id, m.list));
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private settle(id: number, list: BlockAnalysis[] | undefined): void {
    this.waiting.get(id)?.(list);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker?.unref();
  }

  private fail(): void {
    this.broken = true;
    this.worker = undefined;
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
  }

  async dispose(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.broken = true;
    await worker?.terminate();
  }
}

/** The thread shared by the checks of a process. */
export const analysisThread = new AnalysisThread();
