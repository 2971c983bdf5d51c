import type { Passage, SkippedFile, SourceDocument } from './document';
import type { Corpus, Stamp } from './corpus';
import { fromBase64, toBase64 } from '../search/bytes';
import { PassageIndex, type IndexHeader } from '../search/passageIndex';

/** Bumped whenever what the engine stores changes shape or meaning. */
export const CACHE_VERSION = 5;
const FORMAT = 'dossier-corpus-cache';
/** Documents a line: small enough that writing or reading one line is a short task. */
const DOCUMENTS_A_LINE = 200;

/**
 * The cache is one JSON value a line, so that it is written and read a line at a time with
 * the event loop free between lines (10,000 sources make 70 MB: one `JSON.stringify` of it
 * held the extension host for seconds). Lines, in order:
 *
 *   {"format", "version", "key"}        which corpus, in which settings
 *   ["documents", [{doc, stamp}...]]    any number of these; a doc's passages in base64
 *   ["skipped", [{skipped, stamp}...]]  files skipped when read (binary...)
 *   ["index", field, value]             the passage index without its postings, a field a line
 *   ["postings", base64]                one a chunk of postings
 */
/** A document as saved: its passages as base64 of their offsets (an object each took most of the time to read back). */
type SavedDocument = Omit<SourceDocument, 'passages'> & { passages: string };

type CacheLine =
  | ['documents', { doc: SavedDocument; stamp: Stamp }[]]
  | ['skipped', { skipped: SkippedFile; stamp: Stamp }[]]
  | ['index', keyof IndexHeader, unknown]
  | ['postings', string];

function keyOf(corpus: Corpus): string {
  const { root, folders, maxFileSizeMB } = corpus.options;
  return JSON.stringify([root, folders, maxFileSizeMB]);
}

function* lines(corpus: Corpus): Generator<string> {
  yield asciiJson({ format: FORMAT, version: CACHE_VERSION, key: keyOf(corpus) });
  const state = corpus.snapshot();
  for (let i = 0; i < state.documents.length; i += DOCUMENTS_A_LINE) {
    const entries = state.documents.slice(i, i + DOCUMENTS_A_LINE).map(({ doc, stamp }) => ({ doc: { ...doc, passages: passagesToBase64(doc.passages) }, stamp }));
    yield asciiJson(['documents', entries] satisfies CacheLine);
  }
  yield asciiJson(['skipped', state.skippedAtRead] satisfies CacheLine);
  for (const [key, value] of state.index.headerFields()) yield asciiJson(['index', key, value()] satisfies CacheLine);
  // Base64 is ASCII already.
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
  const steps = restoring(corpus, linesOf(Buffer.from(text)));
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

/** The file's lines as bytes: a line of postings is decoded from them, never made a string first. */
function* linesOf(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start <= bytes.length; ) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    yield bytes.subarray(start, end);
    start = end + 1;
  }
}

const POSTINGS_OPEN = Buffer.from('["postings","');
const POSTINGS_CLOSE = Buffer.from('"]');

/** The base64 of a postings line, as bytes; undefined for another line. (Base64 has nothing JSON escapes.) */
function postingsPayload(line: Uint8Array): Uint8Array | undefined {
  const open = POSTINGS_OPEN.length;
  if (line.length < open + POSTINGS_CLOSE.length || !POSTINGS_OPEN.equals(line.subarray(0, open))) return undefined;
  if (!POSTINGS_CLOSE.equals(line.subarray(line.length - POSTINGS_CLOSE.length))) throw new Error('a postings line is cut');
  return line.subarray(open, line.length - POSTINGS_CLOSE.length);
}

function passagesToBase64(passages: Passage[]): string {
  const offsets = new Uint32Array(passages.length * 2);
  passages.forEach((p, i) => {
    offsets[2 * i] = p.start;
    offsets[2 * i + 1] = p.end;
  });
  return toBase64(offsets);
}

function passagesFromBase64(text: string): Passage[] {
  const offsets = fromBase64(text, Uint32Array);
  if (offsets.length % 2 !== 0) throw new Error('passages cut');
  const passages: Passage[] = new Array(offsets.length / 2);
  for (let i = 0; i < passages.length; i++) passages[i] = { start: offsets[2 * i], end: offsets[2 * i + 1] };
  return passages;
}

/**
 * A line as JSON in ASCII alone, characters past it written `\uXXXX`: it is read back as Latin-1,
 * which costs half of decoding UTF-8 (10,000 sources' documents: 160 → 80 ms to decode and parse).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A line's text: written in ASCII, so read as Latin-1; a line with other bytes (edited by hand) as UTF-8. */
function lineText(line: Uint8Array): string {
  const bytes = Buffer.from(line.buffer, line.byteOffset, line.byteLength);
  const text = bytes.toString('latin1');
  return /[^\x00-\x7f]/.test(text) ? bytes.toString('utf8') : text;
}

function* restoring(corpus: Corpus, lines: Iterable<Uint8Array>): Generator<void, boolean> {
  const documents: { doc: SourceDocument; stamp: Stamp }[] = [];
  const skipped: { skipped: SkippedFile; stamp: Stamp }[] = [];
  let fields: Record<string, unknown> | undefined;
  let header: IndexHeader | undefined;
  const chunks: Uint32Array[] = [];
  try {
    const iterator = lines[Symbol.iterator]();
    const first = iterator.next();
    const meta = (first.done ? null : JSON.parse(lineText(first.value))) as { format?: unknown; version?: unknown; key?: unknown } | null;
    if (meta?.format !== FORMAT || meta.version !== CACHE_VERSION || meta.key !== keyOf(corpus)) return false;
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      yield;
      if (next.value.length === 0) continue; // the file ends with a line break
      const postings = postingsPayload(next.value);
      if (postings) {
        if (!fields) return false;
        chunks.push(PassageIndex.decodeChunk((header ??= fields as unknown as IndexHeader), postings));
        continue;
      }
      const line = JSON.parse(lineText(next.value)) as CacheLine;
      if (!Array.isArray(line)) return false;
      if (line[0] === 'documents' && Array.isArray(line[1]) && line[1].every(isDocumentEntry)) documents.push(...line[1].map(restoredEntry));
      else if (line[0] === 'skipped' && Array.isArray(line[1])) skipped.push(...line[1]);
      else if (line[0] === 'index' && typeof line[1] === 'string') (fields ??= {})[line[1]] = line[2];
      else return false;
    }
    header ??= fields as unknown as IndexHeader | undefined;
    if (!header) return false;
    yield;
    const index = yield* PassageIndex.restoring(header, chunks);
    corpus.restore({ documents, skippedAtRead: skipped, index });
    return true;
  } catch {
    corpus.documents.clear();
    corpus.skipped.clear();
    return false;
  }
}

/** A saved entry made whole again; the parsed object is fresh, so it is changed in place. */
function restoredEntry(entry: { doc: SavedDocument; stamp: Stamp }): { doc: SourceDocument; stamp: Stamp } {
  (entry.doc as unknown as SourceDocument).passages = passagesFromBase64(entry.doc.passages);
  return entry as unknown as { doc: SourceDocument; stamp: Stamp };
}

function isDocumentEntry(e: { doc?: Partial<SavedDocument>; stamp?: Partial<Stamp> } | null): boolean {
  return typeof e?.doc?.path === 'string' && typeof e.doc.id === 'string' && typeof e.doc.passages === 'string' && typeof e.stamp?.mtimeMs === 'number';
}
