import { wordHash } from '../text/words';

/** Per slot of the table: the word's hash, its id, where its characters start in the pool, its length (0: an empty slot). */
const STRIDE = 4;
const INITIAL_SLOTS = 1 << 12;

/**
 * The ids of words as written, looked up by their place in a text: a word seen before costs a
 * hash of its characters and a comparison, with no string made for it (indexing a corpus looks
 * up every word, and a corpus repeats the same words). Open addressing on the words'
 * `wordHash` (which `forEachWord` gives); when `capacity` words are remembered, all are forgotten.
 *
 * Laid out for the memory cache: a slot holds all a lookup reads but the characters, and the
 * characters of all words lie in one array in the order first seen, so the frequent words,
 * met early, sit together.
 */
export class WordIds {
  private mask: number;
  private table: Int32Array;
  private chars = new Uint16Array(1 << 16);
  private charsUsed = 0;
  private count = 0;

  /**
   * `idOf` gives the id of a word not remembered (any number, kept as a 32-bit integer). The
   * table starts with `slots` slots (a power of two) and doubles to stay at most half full
   * (probes stay short): small while the words are few, as the memory cache likes it.
   */
  constructor(
    private readonly capacity: number,
    private readonly idOf: (word: string) => number,
    slots = INITIAL_SLOTS,
  ) {
    this.mask = slots - 1;
    this.table = new Int32Array(slots * STRIDE);
  }

  get size(): number {
    return this.count;
  }

  /** The id of `text.slice(start, end)`, whose `wordHash` is `h`. */
  get(text: string, start: number, end: number, h = wordHash(text, start, end)): number {
    const length = end - start;
    const table = this.table;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const slot = at * STRIDE;
      const slotLength = table[slot + 3];
      if (slotLength === 0) return this.remember(slot, h, text.slice(start, end));
      if (table[slot] === h && slotLength === length && this.sameChars(table[slot + 2], text, start, length)) return table[slot + 1];
    }
  }

  private sameChars(from: number, text: string, start: number, length: number): boolean {
    const chars = this.chars;
    for (let k = 0; k < length; k++) if (chars[from + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /** The empty slot a word of hash `h` goes to. */
  private freeSlot(h: number): number {
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) if (this.table[at * STRIDE + 3] === 0) return at * STRIDE;
  }

  private grow(): void {
    const old = this.table;
    this.mask = this.mask * 2 + 1;
    this.table = new Int32Array((this.mask + 1) * STRIDE);
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + 3] === 0) continue;
      const to = this.freeSlot(old[from]);
      this.table.set(old.subarray(from, from + STRIDE), to);
    }
  }

  private remember(slot: number, h: number, word: string): number {
    if (this.count >= this.capacity) {
      this.table.fill(0);
      this.charsUsed = 0;
      this.count = 0;
      slot = (h & this.mask) * STRIDE; // its own slot, free in the empty table
    } else if ((this.count + 1) * 2 > this.mask + 1) {
      this.grow();
      slot = this.freeSlot(h);
    }
    const id = this.idOf(word);
    if (this.charsUsed + word.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + word.length));
      grown.set(this.chars.subarray(0, this.charsUsed));
      this.chars = grown;
    }
    for (let k = 0; k < word.length; k++) this.chars[this.charsUsed + k] = word.charCodeAt(k);
    this.table[slot] = h;
    this.table[slot + 1] = id;
    this.table[slot + 2] = this.charsUsed;
    this.table[slot + 3] = word.length;
    this.charsUsed += word.length;
    this.count++;
    return id;
  }
}
