import type { SkippedFile, SourceDocument } from './document';
import type { Corpus, Stamp } from './corpus';
import { PassageIndex, type IndexHeader } from '../search/passageIndex';

/** Bumped whenever what the engine stores changes shape or meaning. */
export const CACHE_VERSION = 4;
const FORMAT = 'dossier-corpus-cache';
/** Documents a line: small enough that writing or reading one line is a short task. */
const DOCUMENTS_A_LINE = 200;

/**
 * The cache is one JSON value a line, so that it is written and read a line at a time with
 * the event loop free between lines (10,000 sources make 70 MB: one `JSON.stringify` of it
 * held the extension host for seconds). Lines, in order:
 *
 *   {"format", "version", "key"}        which corpus, in which settings
 *   ["documents", [{doc, stamp}...]]    any number of these
 *   ["skipped", [{skipped, stamp}...]]  files skipped when read (binary...)
 *   ["index", field, value]             the passage index without its postings, a field a line
 *   ["postings", base64]                one a chunk of postings
 */
type CacheLine =
  | ['documents', { doc: SourceDocument; stamp: Stamp }[]]
  | ['skipped', { skipped: SkippedFile; stamp: Stamp }[]]
  | ['index', keyof IndexHeader, unknown]
  | ['postings', string];

function keyOf(corpus: Corpus): string {
  const { root, folders, maxFileSizeMB } = corpus.options;
  return JSON.stringify([root, folders, maxFileSizeMB]);
}

function* lines(corpus: Corpus): Generator<string> {
  yield JSON.stringify({ format: FORMAT, version: CACHE_VERSION, key: keyOf(corpus) });
  const state = corpus.snapshot();
  for (let i = 0; i < state.documents.length; i += DOCUMENTS_A_LINE) {
    yield JSON.stringify(['documents', state.documents.slice(i, i + DOCUMENTS_A_LINE)] satisfies CacheLine);
  }
  yield JSON.stringify(['skipped', state.skippedAtRead] satisfies CacheLine);
  for (const [key, value] of state.index.headerFields()) yield JSON.stringify(['index', key, value()] satisfies CacheLine);
  for (let i = 0; i < state.index.chunkCount; i++) yield JSON.stringify(['postings', state.index.chunkBase64(i)] satisfies CacheLine);
}

export function serializeCache(corpus: Corpus): string {
  return [...lines(corpus)].join('\n');
}

/** The cache's lines, made with the event loop let go between them. */
export async function serializeCacheLines(corpus: Corpus, pause: () => Promise<void>): Promise<string[]> {
  const out: string[] = [];
  for (const line of lines(corpus)) {
    out.push(line);
    await pause();
  }
  return out;
}

/**
 * Restores a saved cache into `corpus` when it is one of ours, of this version and these
 * settings, and whole. Anything else (corrupt, foreign, old) is discarded: returns false,
 * and the corpus stays empty for a full scan.
 */
export function restoreCache(corpus: Corpus, text: string): boolean {
  const steps = restoring(corpus, text.split('\n'));
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * `restoreCache` from the file's bytes, a line at a time (each decoded on its own: no string
 * of the whole file), letting the event loop go between lines.
 */
export async function restoreCacheSlowly(corpus: Corpus, bytes: Uint8Array, pause: () => Promise<void>): Promise<boolean> {
  const steps = restoring(corpus, linesOf(bytes));
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}

function* linesOf(bytes: Uint8Array): Generator<string> {
  const decoder = new TextDecoder();
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    yield decoder.decode(bytes.subarray(start, end));
    start = end + 1;
  }
}

function* restoring(corpus: Corpus, lines: Iterable<string>): Generator<void, boolean> {
  const documents: { doc: SourceDocument; stamp: Stamp }[] = [];
  const skipped: { skipped: SkippedFile; stamp: Stamp }[] = [];
  let fields: Record<string, unknown> | undefined;
  let header: IndexHeader | undefined;
  const chunks: Uint32Array[] = [];
  try {
    const iterator = lines[Symbol.iterator]();
    const first = iterator.next();
    const meta = (first.done ? null : JSON.parse(first.value)) as { format?: unknown; version?: unknown; key?: unknown } | null;
    if (meta?.format !== FORMAT || meta.version !== CACHE_VERSION || meta.key !== keyOf(corpus)) return false;
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      yield;
      if (next.value === '') continue; // the file ends with a line break
      const line = JSON.parse(next.value) as CacheLine;
      if (!Array.isArray(line)) return false;
      if (line[0] === 'documents' && Array.isArray(line[1]) && line[1].every(isDocumentEntry)) documents.push(...line[1]);
      else if (line[0] === 'skipped' && Array.isArray(line[1])) skipped.push(...line[1]);
      else if (line[0] === 'index' && typeof line[1] === 'string') (fields ??= {})[line[1]] = line[2];
      else if (line[0] === 'postings' && typeof line[1] === 'string' && fields) chunks.push(PassageIndex.decodeChunk((header ??= fields as unknown as IndexHeader), line[1]));
      else return false;
    }
    header ??= fields as unknown as IndexHeader | undefined;
    if (!header) return false;
    yield;
    corpus.restore({ documents, skippedAtRead: skipped, index: PassageIndex.restore(header, chunks) });
    return true;
  } catch {
    corpus.documents.clear();
    corpus.skipped.clear();
    return false;
  }
}

function isDocumentEntry(e: { doc?: Partial<SourceDocument>; stamp?: Partial<Stamp> } | null): boolean {
  return typeof e?.doc?.path === 'string' && typeof e.doc.id === 'string' && Array.isArray(e.doc.passages) && typeof e.stamp?.mtimeMs === 'number';
}
