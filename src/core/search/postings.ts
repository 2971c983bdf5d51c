import { grown } from './bytes';

/**
 * Posting lists of an inverted index, packed in typed arrays: each term's list is a chain of
 * blocks in fixed-size chunks of one pool. A posting is one 32-bit number (the caller packs
 * what it needs into it). Compared with a Map per term (MiniSearch's layout), this holds a
 * 100 MB corpus in tens of megabytes instead of hundreds, and saves and loads as raw bytes.
 *
 * Block layout: slot 0 holds the address of the next block (0: none), the others postings.
 * Blocks grow from 4 to 256 slots along a list, so rare terms waste little and common ones
 * follow few links.
 */

const CHUNK_BITS = 18;
const CHUNK = 1 << CHUNK_BITS; // slots per chunk: 1 MB
const FIRST_BLOCK = 4;
const MAX_BLOCK = 256;

export interface PostingsData {
  chunks: Uint32Array[];
  /** The next free slot. */
  top: number;
  head: Uint32Array;
  tail: Uint32Array;
  /** Slots used in each term's tail block, header included. */
  fill: Uint16Array;
  /** Size of each term's tail block. */
  size: Uint16Array;
  terms: number;
}

export class Postings {
  private chunks: Uint32Array[];
  private top: number;
  private head: Uint32Array;
  private tail: Uint32Array;
  private fill: Uint16Array;
  private size: Uint16Array;
  private termCount: number;

  constructor(data?: PostingsData) {
    // Address 0 means "no block": the first slot of the pool is never handed out.
    this.chunks = data?.chunks ?? [new Uint32Array(CHUNK)];
    this.top = data?.top ?? 1;
    this.head = data?.head ?? new Uint32Array(1024);
    this.tail = data?.tail ?? new Uint32Array(1024);
    this.fill = data?.fill ?? new Uint16Array(1024);
    this.size = data?.size ?? new Uint16Array(1024);
    this.termCount = data?.terms ?? 0;
  }

  get data(): PostingsData {
    return { chunks: this.chunks, top: this.top, head: this.head, tail: this.tail, fill: this.fill, size: this.size, terms: this.termCount };
  }

  /** Bytes held, for the curious (benchmarks). */
  get bytes(): number {
    return this.chunks.length * CHUNK * 4 + this.head.length * 12;
  }

  add(term: number, posting: number): void {
    if (term >= this.termCount) this.growTerms(term + 1);
    let block = this.tail[term];
    if (block === 0 || this.fill[term] === this.size[term]) {
      const size = block === 0 ? FIRST_BLOCK : Math.min(this.size[term] * 2, MAX_BLOCK);
      const fresh = this.allocate(size);
      if (block === 0) this.head[term] = fresh;
      else this.set(block, fresh);
      this.tail[term] = block = fresh;
      this.size[term] = size;
      this.fill[term] = 1;
    }
    this.set(block + this.fill[term], posting);
    this.fill[term]++;
  }

  /** Calls `visit` with each posting of `term`, in the order they were added. */
  forEach(term: number, visit: (posting: number) => void): void {
    if (term >= this.termCount) return;
    const tail = this.tail[term];
    for (let block = this.head[term], size = FIRST_BLOCK; block !== 0; size = Math.min(size * 2, MAX_BLOCK)) {
      const chunk = this.chunks[block >>> CHUNK_BITS];
      const at = block & (CHUNK - 1);
      const end = at + (block === tail ? this.fill[term] : size);
      for (let i = at + 1; i < end; i++) visit(chunk[i]);
      block = chunk[at];
    }
  }

  /** How many postings `term` has (counting those the caller may consider dead). */
  count(term: number): number {
    let n = 0;
    this.forEach(term, () => n++);
    return n;
  }

  private allocate(size: number): number {
    let offset = this.top & (CHUNK - 1);
    if (offset + size > CHUNK) {
      this.top = this.chunks.length << CHUNK_BITS;
      offset = 0;
    }
    const chunkIndex = this.top >>> CHUNK_BITS;
    if (chunkIndex >= this.chunks.length) this.chunks.push(new Uint32Array(CHUNK));
    const address = this.top;
    this.top += size;
    return address;
  }

  private set(address: number, value: number): void {
    this.chunks[address >>> CHUNK_BITS][address & (CHUNK - 1)] = value;
  }

  private growTerms(n: number): void {
    if (n > this.head.length) {
      const length = Math.max(n, this.head.length * 2);
      this.head = grown(this.head, length);
      this.tail = grown(this.tail, length);
      this.fill = grown(this.fill, length);
      this.size = grown(this.size, length);
    }
    this.termCount = n;
  }
}
