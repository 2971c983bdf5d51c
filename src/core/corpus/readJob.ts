import { readFileSync } from 'node:fs';
import type { SkippedFile, SourceDocument } from './document';
import { readSourceAndText } from './readSource';
import { decode } from '../text/decode';

/** One source to read, as the listing found it. */
export interface ReadJob {
  id: number;
  path: string;
  abs: string;
  sidecar?: { path: string; abs: string };
}

/** What reading it gave: the document (or why it is skipped) and its text, or the error. */
export type ReadOutcome =
  | { id: number; result: SourceDocument | SkippedFile; text: string; words?: Int32Array; bytes: number }
  | { id: number; error: { code?: string; message: string } };

/**
 * Reads a source and its sidecar and infers its metadata: the part of indexing that needs no
 * index, done by the reader threads (see readerPool.ts). Never throws.
 */
export function readJob(job: ReadJob): ReadOutcome {
  try {
    const bytes = readFileSync(job.abs);
    const sidecarText = job.sidecar ? decode(readFileSync(job.sidecar.abs)).text : undefined;
    const { result, text, words } = readSourceAndText({ path: job.path, bytes, sidecar: job.sidecar && sidecarText !== undefined ? { path: job.sidecar.path, text: sidecarText } : undefined });
    return { id: job.id, result, text, words, bytes: bytes.length };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { id: job.id, error: { code: e?.code, message: String(e?.message ?? err) } };
  }
}
