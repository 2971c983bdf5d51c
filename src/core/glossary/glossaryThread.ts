import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseGlossary, type ParsedGlossary } from './parseGlossary';

/** The thread's script: beside this file, in the bundle (dist/) as in the transpiled tests. */
const SCRIPT = join(__dirname, 'glossaryWorker.js');

/**
 * Below this, a glossary is parsed in the calling thread: starting a thread costs more. The
 * YAML parser reads about a megabyte a second; a 10,000-entry glossary (3 MB) held the
 * extension host for three seconds at start and after each pause in typing in it.
 */
export const THREAD_FROM_CHARS = 200_000;

/**
 * `parseGlossary` in a thread of its own for a large file, so that the extension host stays
 * responsive while it parses: the same result (plain data, copied back). A missing script or a
 * thread that fails parses in the calling thread instead.
 */
export async function parseGlossaryOffThread(file: string, text: string, script = SCRIPT): Promise<ParsedGlossary> {
  if (text.length >= THREAD_FROM_CHARS) {
    const parsed = await parseInThread(file, text, script);
    if (parsed) return parsed;
  }
  return parseGlossary(file, text);
}

/** `parseGlossary` in a new thread; undefined when the script is missing or the thread fails. */
export function parseInThread(file: string, text: string, script = SCRIPT): Promise<ParsedGlossary | undefined> {
  if (!existsSync(script)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: { glossaryJob: { file, text } } });
    } catch {
      return resolve(undefined);
    }
    // The first of these settles it: an answer, or an error or exit before one.
    worker.once('message', (parsed: ParsedGlossary) => {
      resolve(parsed);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
