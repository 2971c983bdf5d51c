import { detached } from '../text/detached';
import { wordHash } from '../text/words';

/**
 * The ids of words as written, looked up by their place in a text: a word seen before costs a
 * hash of its characters and one comparison, with no string made for it (indexing a corpus
 * looks up every word, and a corpus repeats the same words). Open addressing on the words'
 * `wordHash` (which `forEachWord` gives); when `capacity` words are remembered, all are forgotten.
 */
export class WordIds {
  private readonly mask: number;
  /** Per slot, 1 + the entry it holds; 0 when empty. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly ids: Int32Array;
  private words: string[] = [];

  /** `idOf` gives the id of a word not remembered (any number, kept as a 32-bit integer). */
  constructor(
    private readonly capacity: number,
    private readonly idOf: (word: string) => number,
  ) {
    let size = 2;
    while (size < capacity * 2) size *= 2; // at most half full: probes stay short
    this.mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
  }

  get size(): number {
    return this.words.length;
  }

  /** The id of `text.slice(start, end)`, whose `wordHash` is `h`. */
  get(text: string, start: number, end: number, h = wordHash(text, start, end)): number {
    const length = end - start;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const entry = this.slots[at] - 1;
      if (entry < 0) return this.remember(at, h, text.slice(start, end));
      if (this.hashes[entry] === h) {
        const word = this.words[entry];
        if (word.length === length && text.startsWith(word, start)) return this.ids[entry];
      }
    }
  }

  private remember(at: number, h: number, word: string): number {
    if (this.words.length >= this.capacity) {
      this.slots.fill(0);
      this.words = [];
      at = h & this.mask; // its own slot, free in the empty table
    }
    const id = this.idOf(word);
    const entry = this.words.length;
    this.words.push(detached(word)); // not a slice that keeps the whole text alive
    this.hashes[entry] = h;
    this.ids[entry] = id;
    this.slots[at] = entry + 1;
    return id;
  }
}
