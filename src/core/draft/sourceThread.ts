import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysisAnswer, AnalysisJob } from './analysisJob';
import type { SourceAnswers, SourceQuestions } from './sourceQuestions';

/** What the thread is asked: blocks to analyse, or questions of the cited sources. */
export type ThreadRequest = (AnalysisJob & { kind: 'analyse' }) | (SourceQuestions & { kind: 'questions' });
type ThreadAnswer = (AnalysisAnswer | SourceAnswers) & { error?: string };

/** The thread's script: beside this file, in the bundle (dist/) as in the transpiled tests. */
const SCRIPT = join(__dirname, 'sourceWorker.js');

/**
 * A thread that shares the first check of a long draft, so that it uses two cores: it analyses
 * half the blocks while the host analyses the other half, then checks quotations and numbers
 * against the cited sources while the host judges the sentences that cite nothing and finds the
 * keys meant by mistyped ones. One thread, started on first use and kept (starting one costs
 * more than a check saves); it does not keep a process alive. Any failure answers undefined,
 * and the caller does the work itself.
 */
export class SourceThread {
  private worker: Worker | undefined;
  private broken = false;
  private nextId = 0;
  private readonly waiting = new Map<number, (answer: ThreadAnswer | undefined) => void>();
  constructor(private readonly script = SCRIPT) {}

  /** Whether the script is there: looked at once, not at every check (checks run as the user types). */
  private scriptFound: boolean | undefined;

  /** Whether a thread can help: a second core, and the script. */
  get available(): boolean {
    return !this.broken && availableParallelism() > 1 && (this.scriptFound ??= existsSync(this.script));
  }

  /** The answers, or undefined when the thread cannot give them. */
  ask(questions: Omit<SourceQuestions, 'id'>): Promise<SourceAnswers | undefined> {
    return this.request({ ...questions, kind: 'questions' }) as Promise<SourceAnswers | undefined>;
  }

  /** The blocks' sentences, or undefined when the thread cannot give them. */
  analyse(job: Omit<AnalysisJob, 'id'>): Promise<AnalysisAnswer | undefined> {
    return this.request({ ...job, kind: 'analyse' }) as Promise<AnalysisAnswer | undefined>;
  }

  private request(message: Omit<ThreadRequest, 'id'>): Promise<ThreadAnswer | undefined> {
    const worker = this.start();
    if (!worker) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (answer) => resolve(answer && !answer.error ? answer : undefined));
      worker.ref(); // while it works for us
      worker.postMessage({ ...message, id });
    });
  }

  private start(): Worker | undefined {
    if (this.worker || !this.available) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.unref();
      worker.on('message', (answer: ThreadAnswer) => this.settle(answer.id, answer));
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private settle(id: number, answer: ThreadAnswer | undefined): void {
    this.waiting.get(id)?.(answer);
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
