import type { Corpus, CorpusSnapshot } from './corpus';

/** Bumped whenever what the engine stores changes shape or meaning. */
export const CACHE_VERSION = 2;
const FORMAT = 'dossier-corpus-cache';

interface CacheFile {
  format: typeof FORMAT;
  version: number;
  /** The settings the snapshot was made with: another configuration is another corpus. */
  key: string;
  snapshot: CorpusSnapshot;
}

function keyOf(corpus: Corpus): string {
  const { root, folders, maxFileSizeMB } = corpus.options;
  return JSON.stringify([root, folders, maxFileSizeMB]);
}

export function serializeCache(corpus: Corpus): string {
  const file: CacheFile = { format: FORMAT, version: CACHE_VERSION, key: keyOf(corpus), snapshot: corpus.snapshot() };
  return JSON.stringify(file);
}

/**
 * Restores a saved cache into `corpus` when it is one of ours, of this version and these
 * settings, and whole. Anything else (corrupt, foreign, old) is discarded: returns false,
 * and the corpus stays empty for a full scan.
 */
export function restoreCache(corpus: Corpus, text: string): boolean {
  try {
    const file = JSON.parse(text) as Partial<CacheFile>;
    if (file.format !== FORMAT || file.version !== CACHE_VERSION || file.key !== keyOf(corpus)) return false;
    const s = file.snapshot;
    if (!s || !Array.isArray(s.documents) || !Array.isArray(s.skippedAtRead) || typeof s.index !== 'object' || s.index === null) return false;
    if (!s.documents.every((e) => typeof e?.doc?.path === 'string' && typeof e.doc.id === 'string' && Array.isArray(e.doc.passages) && typeof e.stamp?.mtimeMs === 'number')) return false;
    corpus.restore(s);
    return true;
  } catch {
    corpus.documents.clear();
    corpus.skipped.clear();
    return false;
  }
}
