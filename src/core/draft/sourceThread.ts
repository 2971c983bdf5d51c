import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceAnswers, SourceQuestions } from './sourceQuestions';

/** The thread's script: beside this file, in the bundle (dist/) as in the transpiled tests. */
const SCRIPT = join(__dirname, 'sourceWorker.js');

/**
 * A thread that checks quotations and numbers against the cited sources while the host judges
 * the sentences that cite nothing and finds the keys meant by mistyped ones: the first check of
 * a long draft uses two cores. One thread, started on first use and kept (starting one costs
 * more than a check saves); it does not keep a process alive. Any failure answers undefined,
 * and the caller answers the questions itself.
 */
export class SourceThread {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 0;
  private readonly waiting = new Map<number, (answers: SourceAnswers | undefined) => void>();
  constructor(private readonly script = SCRIPT) {}

  /** Whether the script is there: looked at once, not at every check (checks run as the user types). */
  private scriptFound: boolean | undefined;

  /** Whether a thread can help: a second core, and the script. */
  get available(): boolean {
    return !this.broken && availableParallelism() > 1 && (this.scriptFound ??= existsSync(this.script));
  }

  /** The answers, or undefined when the thread cannot give them. */
  ask(questions: Omit<SourceQuestions, 'id'>): Promise<SourceAnswers | undefined> {
    const worker = this.start();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (answers) => resolve(answers && !answers.error ? answers : undefined));
      worker.ref(); // while it works for us
      worker.postMessage({ ...questions, id });
    });
  }

  private start(): Worker | undefined {
    if (this.worker || !this.available) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.unref();
      worker.on('message', (answers: SourceAnswers) => this.settle(answers.id, answers));
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private settle(id: number, answers: SourceAnswers | undefined): void {
    this.waiting.get(id)?.(answers);
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
export const sourceThread = new SourceThread();
