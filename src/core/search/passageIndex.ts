import MiniSearch, { type SearchResult } from 'minisearch';
import type { SourceDocument } from '../corpus/document';
import { processTerm, tokenize } from './terms';

interface PassageRecord {
  id: string;
  text: string;
}

export interface PassageHit {
  /** The source's path, relative to the root. */
  path: string;
  /** Index into the source's `passages`. */
  passage: number;
  score: number;
  /** The search terms found in the passage. */
  terms: string[];
}

const SEPARATOR = '#';

const OPTIONS = {
  fields: ['text'],
  storeFields: [] as string[],
  tokenize,
  processTerm,
  searchOptions: {
    prefix: (term: string) => term.length >= 4,
    fuzzy: (term: string) => (term.length >= 6 ? 0.15 : false),
  },
};

function passageId(path: string, i: number): string {
  return `${path}${SEPARATOR}${i}`;
}

function parseId(id: string): { path: string; passage: number } {
  const at = id.lastIndexOf(SEPARATOR);
  return { path: id.slice(0, at), passage: Number(id.slice(at + 1)) };
}

/** A BM25 full-text index over the passages (paragraphs) of the corpus. */
export class PassageIndex {
  private constructor(private readonly mini: MiniSearch<PassageRecord>) {}

  static empty(): PassageIndex {
    return new PassageIndex(new MiniSearch<PassageRecord>(OPTIONS));
  }

  /** Restores an index saved with `toJSON`; throws if the data is not one. */
  static fromJSON(json: string): PassageIndex {
    return new PassageIndex(MiniSearch.loadJSON<PassageRecord>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  /** Indexes the passages of a source, all of them or those from `from` to `to` (exclusive). */
  add(doc: SourceDocument, text: string, from = 0, to = doc.passages.length): void {
    for (let i = from; i < to; i++) {
      const p = doc.passages[i];
      this.mini.add({ id: passageId(doc.path, i), text: text.slice(p.start, p.end) });
    }
  }

  remove(doc: SourceDocument): void {
    for (let i = 0; i < doc.passages.length; i++) {
      const id = passageId(doc.path, i);
      if (this.mini.has(id)) this.mini.discard(id);
    }
  }

  /** Ranked passages; `accept` keeps only those of some sources (a metadata filter). */
  search(query: string, limit = 50, accept?: (path: string) => boolean): PassageHit[] {
    const filter = accept ? (r: SearchResult) => accept(parseId(String(r.id)).path) : undefined;
    return this.mini
      .search(query, { filter })
      .slice(0, limit)
      .map((r) => ({ ...parseId(String(r.id)), score: r.score, terms: r.terms }));
  }

  /** Sources ranked by their best passage. */
  rankSources(query: string, accept?: (path: string) => boolean): { path: string; score: number }[] {
    const best = new Map<string, number>();
    for (const hit of this.search(query, Infinity, accept)) {
      if (!best.has(hit.path)) best.set(hit.path, hit.score);
    }
    return [...best].map(([path, score]) => ({ path, score }));
  }

  get passageCount(): number {
    return this.mini.documentCount;
  }
}
