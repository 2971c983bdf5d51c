import type { SourceDocument } from '../corpus/document';
import { decodeBase64Into, fromBase64, grown, toBase64 } from './bytes';
import { Postings } from './postings';
import { Vocabulary, type Expansion } from './expand';
import { detached } from '../text/detached';
import { forEachWord } from '../text/words';
import type { WordCursor } from '../text/wordSpans';
import { processTerm, tokenize } from './terms';
import { WordIds } from './wordIds';

export interface PassageHit {
  /** The source's path, relative to the root. */
  path: string;
  /** Index into the source's `passages`. */
  passage: number;
  score: number;
  /** The indexed terms that matched, for highlighting. */
  terms: string[];
}

export interface SearchOptions {
  /** Exact words only: no prefix or typo matching (a sentence to match, not a query being typed). */
  exact?: boolean;
}

/** BM25+ parameters, as MiniSearch and most engines use them. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
/** A posting packs the passage number and the term's count in it (capped) into 32 bits. */
const TF_SPAN = 128;
const MAX_PASSAGES = 2 ** 32 / TF_SPAN;
const MAX_REMEMBERED_WORDS = 200_000;

/**
 * A BM25 full-text index over the passages (paragraphs) of the corpus, built for size: per
 * passage a few typed-array slots, per term a packed posting list (see `Postings`). A removed
 * source's passages are marked dead and skipped; their postings are dropped when dead ones
 * outnumber live ones.
 */
/** Terms put in the map between two pauses of `restoring`. */
const TERMS_A_STEP = 20_000;

export class PassageIndex {
  private paths: (string | null)[] = [];
  private slots = new Map<string, number>();
  /** Per source slot, its passages' numbers in the index, as [first, end) runs. */
  private runs: [number, number][][] = [];
  /** Per passage: its source's slot (-1 once removed), its number in the source, its length in terms. */
  private passageDoc = new Int32Array(1024);
  private passageNumber = new Uint32Array(1024);
  private passageLength = new Uint16Array(1024);
  private passageTotal = 0;
  private live = 0;
  private liveLength = 0;
  private termIds = new Map<string, number>();
  private terms: string[] = [];
  /** Passages holding each term, dead ones included until the next compaction. */
  private frequency = new Uint32Array(1024);
  /** Scratch counts of each term in the passage being indexed; as long as `frequency`. */
  private termCounts = new Uint32Array(1024);
  private postings = new Postings();
  private deadPostings = 0;
  private vocabulary: Vocabulary | undefined;
  /** Words as written to their term ids (-1: a stop word): a corpus repeats the same words (Zipf), each is folded once. Made on first use. */
  private wordIds: WordIds | undefined;

  static empty(): PassageIndex {
    return new PassageIndex();
  }

  get passageCount(): number {
    return this.live;
  }

  /**
   * Indexes the passages of a source, all of them or those from `from` to `to` (exclusive); their
   * words read from `words` (the spans reading the source found) when given, else from the text.
   */
  add(doc: SourceDocument, text: string, from = 0, to = doc.passages.length, words?: WordCursor): void {
    const slot = this.slotOf(doc.path);
    if (this.termCounts.length < this.frequency.length) this.termCounts = new Uint32Array(this.frequency.length); // a restored index
    const wordIds = (this.wordIds ??= new WordIds(MAX_REMEMBERED_WORDS, (word) => {
      const term = processTerm(word);
      return term === null ? -1 : this.termId(term);
    }));
    // A passage's terms in the order first seen, with their counts in `termCounts` (zero between passages).
    const seen: number[] = [];
    let length = 0;
    const visit = (start: number, end: number, hash: number) => {
      const id = wordIds.get(text, start, end, hash);
      if (id < 0) return;
      if (this.termCounts[id]++ === 0) seen.push(id);
      length++;
    };
    for (let i = from; i < to; i++) {
      const p = doc.passages[i];
      seen.length = 0;
      length = 0;
      if (words) words.forEachIn(text, visit, p.start, p.end);
      else forEachWord(text, visit, p.start, p.end);
      const pid = this.newPassage(slot, i, length);
      const counts = this.termCounts;
      for (const term of seen) {
        this.postings.add(term, pid * TF_SPAN + Math.min(counts[term], TF_SPAN - 1));
        this.frequency[term]++;
        counts[term] = 0;
      }
    }
  }

  remove(doc: SourceDocument): void {
    const slot = this.slots.get(doc.path);
    if (slot === undefined) return;
    for (const [first, end] of this.runs[slot]) {
      for (let pid = first; pid < end; pid++) {
        this.live--;
        this.liveLength -= this.passageLength[pid];
        this.passageDoc[pid] = -1;
      }
    }
    this.runs[slot] = [];
    this.deadPostings += this.postingsOf(slot);
    this.slots.delete(doc.path);
    this.paths[slot] = null;
    if (this.deadPostings > 100_000 && this.deadPostings > this.postingCount() / 2) this.compact();
  }

  /** Ranked passages; `accept` keeps only those of some sources (a metadata filter). */
  search(query: string, limit = 50, accept?: (path: string) => boolean, options: SearchOptions = {}): PassageHit[] {
    const found = new Map<number, { score: number; terms: string[] }>();
    const accepted = new Map<number, boolean>();
    const avgLength = this.live > 0 ? Math.max(this.liveLength / this.live, 1) : 1;
    const seen = new Set<string>();
    for (const word of tokenize(query)) {
      const term = processTerm(word);
      if (term === null || seen.has(term)) continue;
      seen.add(term);
      for (const { term: matched, weight } of this.expand(term, options)) {
        const id = this.termIds.get(matched)!;
        const df = Math.max(this.frequency[id], 1);
        const idf = Math.log(1 + (this.passageTotal - df + 0.5) / (df + 0.5));
        this.postings.forEach(id, (posting) => {
          const pid = Math.floor(posting / TF_SPAN);
          const slot = this.passageDoc[pid];
          if (slot < 0) return;
          if (accept) {
            let ok = accepted.get(slot);
            if (ok === undefined) accepted.set(slot, (ok = accept(this.paths[slot]!)));
            if (!ok) return;
          }
          const tf = posting % TF_SPAN;
          const norm = tf + K1 * (1 - B + (B * this.passageLength[pid]) / avgLength);
          const score = weight * idf * (DELTA + (tf * (K1 + 1)) / norm);
          const hit = found.get(pid);
          if (hit) {
            hit.score += score;
            if (!hit.terms.includes(matched)) hit.terms.push(matched);
          } else found.set(pid, { score, terms: [matched] });
        });
      }
    }
    const hits = [...found].map(([pid, h]) => ({ path: this.paths[this.passageDoc[pid]]!, passage: this.passageNumber[pid], score: h.score, terms: h.terms }));
    hits.sort((a, b) => b.score - a.score || compare(a.path, b.path) || a.passage - b.passage);
    return hits.slice(0, limit);
  }

  /** Sources ranked by their best passage. */
  rankSources(query: string, accept?: (path: string) => boolean): { path: string; score: number }[] {
    const best = new Map<string, number>();
    for (const hit of this.search(query, Infinity, accept)) {
      if (!best.has(hit.path)) best.set(hit.path, hit.score);
    }
    return [...best].map(([path, score]) => ({ path, score }));
  }

  /** The index as plain data and base64 bytes, for the cache; its postings come apart (`chunkBase64`). */
  header(): IndexHeader {
    return Object.fromEntries(this.headerFields().map(([key, value]) => [key, value()])) as unknown as IndexHeader;
  }

  /**
   * The header's fields, each made when asked: the cache writes them one a line, so that no
   * step of writing it (a few megabytes of base64 for 10,000 sources) holds the host long.
   */
  headerFields(): [keyof IndexHeader, () => unknown][] {
    const p = this.postings.data;
    const used = (a: Uint32Array | Uint16Array | Int32Array, n: number) => () => toBase64(a.subarray(0, n));
    return [
      ['format', () => 'dossier-passage-index'],
      ['version', () => 1],
      ['paths', () => this.paths],
      ['runs', () => this.runs],
      ['passages', () => this.passageTotal],
      ['passageDoc', used(this.passageDoc, this.passageTotal)],
      ['passageNumber', used(this.passageNumber, this.passageTotal)],
      ['passageLength', used(this.passageLength, this.passageTotal)],
      ['terms', () => this.terms.join('\n')],
      ['frequency', used(this.frequency, this.terms.length)],
      ['deadPostings', () => this.deadPostings],
      ['postings', () => ({ chunkCount: p.chunks.length, chunkLength: p.chunks[0].length, top: p.top, head: used(p.head, p.terms)(), tail: used(p.tail, p.terms)(), fill: used(p.fill, p.terms)(), size: used(p.size, p.terms)() })],
    ];
  }

  get chunkCount(): number {
    return this.postings.data.chunks.length;
  }

  /** One chunk of postings in base64: the last one only as far as it is used. */
  chunkBase64(i: number): string {
    const { chunks, top } = this.postings.data;
    return toBase64(i === chunks.length - 1 ? chunks[i].subarray(0, top - i * chunks[i].length) : chunks[i]);
  }

  /** A chunk of postings read back from `chunkBase64` (as its ASCII bytes), at its full length. */
  static decodeChunk(s: IndexHeader, base64: Uint8Array): Uint32Array {
    const chunk = new Uint32Array(s.postings.chunkLength);
    decodeBase64Into(base64, chunk);
    return chunk;
  }

  /** Restores an index saved as `header` and `chunkBase64`s (decoded by `decodeChunk`); throws if the data is not one. */
  static restore(s: IndexHeader, chunks: Uint32Array[]): PassageIndex {
    const steps = PassageIndex.restoring(s, chunks);
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /**
   * `restore` in steps, for a caller that lets the event loop go between them: the map of
   * terms alone (87,000 for 10,000 sources) took 30–60 ms, and is filled a slice at a time.
   */
  static *restoring(s: IndexHeader, chunks: Uint32Array[]): Generator<void, PassageIndex> {
    if (s?.format !== 'dossier-passage-index' || s.version !== 1) throw new Error('not a passage index');
    if (chunks.length !== s.postings.chunkCount || chunks.some((c) => c.length !== s.postings.chunkLength)) throw new Error('postings are missing');
    const index = new PassageIndex();
    const terms = s.terms === '' ? [] : s.terms.split('\n');
    const n = s.passages;
    index.paths = s.paths;
    index.runs = s.runs;
    index.passageTotal = n;
    index.passageDoc = exactly(fromBase64(s.passageDoc, Int32Array), n);
    index.passageNumber = exactly(fromBase64(s.passageNumber, Uint32Array), n);
    index.passageLength = exactly(fromBase64(s.passageLength, Uint16Array), n);
    index.terms = terms;
    index.frequency = exactly(fromBase64(s.frequency, Uint32Array), terms.length);
    index.deadPostings = s.deadPostings;
    index.postings = new Postings({
      chunks,
      top: s.postings.top,
      head: exactly(fromBase64(s.postings.head, Uint32Array), terms.length),
      tail: exactly(fromBase64(s.postings.tail, Uint32Array), terms.length),
      fill: exactly(fromBase64(s.postings.fill, Uint16Array), terms.length),
      size: exactly(fromBase64(s.postings.size, Uint16Array), terms.length),
      terms: terms.length,
    });
    for (let i = 0; i < terms.length; i++) {
      if (i % TERMS_A_STEP === TERMS_A_STEP - 1) yield;
      index.termIds.set(terms[i], i);
    }
    yield;
    index.paths.forEach((p, slot) => {
      if (p !== null) index.slots.set(p, slot);
    });
    for (let pid = 0; pid < n; pid++) {
      if (index.passageDoc[pid] < 0) continue;
      index.live++;
      index.liveLength += index.passageLength[pid];
    }
    return index;
  }

  private slotOf(path: string): number {
    let slot = this.slots.get(path);
    if (slot === undefined) {
      slot = this.paths.length;
      this.paths.push(path);
      this.runs.push([]);
      this.slots.set(path, slot);
    }
    return slot;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      term = detached(term);
      this.terms.push(term);
      this.termIds.set(term, id);
      if (id >= this.frequency.length) {
        this.frequency = grown(this.frequency, this.frequency.length * 2);
        this.termCounts = grown(this.termCounts, this.frequency.length);
      }
      this.vocabulary = undefined;
    }
    return id;
  }

  private newPassage(slot: number, number: number, length: number): number {
    const pid = this.passageTotal++;
    if (pid >= MAX_PASSAGES) throw new Error('too many passages for the index');
    if (pid >= this.passageDoc.length) {
      const size = this.passageDoc.length * 2;
      this.passageDoc = grown(this.passageDoc, size);
      this.passageNumber = grown(this.passageNumber, size);
      this.passageLength = grown(this.passageLength, size);
    }
    this.passageDoc[pid] = slot;
    this.passageNumber[pid] = number;
    this.passageLength[pid] = Math.min(length, 0xffff);
    this.live++;
    this.liveLength += this.passageLength[pid];
    const runs = this.runs[slot];
    const last = runs[runs.length - 1];
    if (last && last[1] === pid) last[1]++;
    else runs.push([pid, pid + 1]);
    return pid;
  }

  /** The words of the index that a query term stands for, with their weights. */
  private expand(term: string, options: SearchOptions): Expansion[] {
    if (options.exact) return this.termIds.has(term) ? [{ term, weight: 1 }] : [];
    this.vocabulary ??= new Vocabulary([...this.terms].sort(compare));
    return this.vocabulary.expand(term, (t) => this.termIds.has(t));
  }

  private postingsOf(slot: number): number {
    // Counted from the postings would need the passages' terms: estimate from their lengths.
    let n = 0;
    for (const [first, end] of this.runs[slot] ?? []) for (let pid = first; pid < end; pid++) n += this.passageLength[pid];
    return n;
  }

  private postingCount(): number {
    let n = 0;
    for (let id = 0; id < this.terms.length; id++) n += this.frequency[id];
    return n;
  }

  /** Copies the live postings to a fresh pool, and counts term frequencies again. */
  private compact(): void {
    const fresh = new Postings();
    this.frequency.fill(0);
    for (let id = 0; id < this.terms.length; id++) {
      this.postings.forEach(id, (posting) => {
        if (this.passageDoc[Math.floor(posting / TF_SPAN)] < 0) return;
        fresh.add(id, posting);
        this.frequency[id]++;
      });
    }
    this.postings = fresh;
    this.deadPostings = 0;
  }
}

export interface IndexHeader {
  format: 'dossier-passage-index';
  version: 1;
  paths: (string | null)[];
  runs: [number, number][][];
  passages: number;
  passageDoc: string;
  passageNumber: string;
  passageLength: string;
  terms: string;
  frequency: string;
  deadPostings: number;
  postings: { chunkCount: number; chunkLength: number; top: number; head: string; tail: string; fill: string; size: string };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A restored array of the expected length, with room to grow. */
function exactly<T extends Uint32Array | Uint16Array | Int32Array>(array: T, length: number): T {
  if (array.length !== length) throw new Error('a passage index array has the wrong length');
  return grown(array, Math.max(1024, length));
}
