import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseGlossary, type ParsedGlossary } from './parseGlossary';
import { yieldToEventLoop } from '../timeSlices';

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
  return new Promise<PackedGlossary | undefined>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: { glossaryJob: { file, text } } });
    } catch {
      return resolve(undefined);
    }
    // The first of these settles it: an answer, or an error or exit before one.
    worker.once('message', (packed: PackedGlossary) => {
      resolve(packed);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  }).then((packed) => packed && unpackParsedGlossary(packed));
}

/**
 * A parsed glossary as it crosses between threads: entries as JSON, a few hundred a string.
 * Copied back whole, 10,000 entries held the host 230 ms (JSON parses faster than a structured
 * clone is read); a slice at a time, with the event loop free between slices, a few ms each.
 */
interface PackedGlossary {
  file: string;
  ok: boolean;
  entries: string[];
  diagnostics: string;
}

const ENTRIES_A_SLICE = 500;

export function packParsedGlossary(parsed: ParsedGlossary): PackedGlossary {
  const entries: string[] = [];
  for (let i = 0; i < parsed.entries.length; i += ENTRIES_A_SLICE) entries.push(JSON.stringify(parsed.entries.slice(i, i + ENTRIES_A_SLICE)));
  return { file: parsed.file, ok: parsed.ok, entries, diagnostics: JSON.stringify(parsed.diagnostics) };
}

async function unpackParsedGlossary(packed: PackedGlossary): Promise<ParsedGlossary> {
  const entries: ParsedGlossary['entries'] = [];
  for (const slice of packed.entries) {
    entries.push(...(JSON.parse(slice) as ParsedGlossary['entries']));
    await yieldToEventLoop();
  }
  return { file: packed.file, ok: packed.ok, entries, diagnostics: JSON.parse(packed.diagnostics) as ParsedGlossary['diagnostics'] };
}
