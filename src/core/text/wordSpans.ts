import { forEachWord, scanWords } from './words';

/**
 * The words one tokenizer pass found in a text, packed as [start, end, hash] triples: what
 * reading a source (in a reader thread) hands to the index with the text, so that the index
 * does not read the text for its words a second time (that second pass was a sixth of the
 * host's time in a cold scan).
 */
export class WordSpans {
  private spans: Int32Array;
  private length = 0;

  constructor(expectedWords: number) {
    this.spans = new Int32Array(Math.max(16, expectedWords) * 3);
  }

  /** How many words are kept. */
  get size(): number {
    return this.length / 3;
  }

  /** The start and the end of the `k`-th word kept. */
  start(k: number): number {
    return this.spans[k * 3];
  }

  end(k: number): number {
    return this.spans[k * 3 + 1];
  }

  /** Keeps the words of `text.slice(from, to)`, after those kept. */
  read(text: string, from = 0, to = text.length): void {
    for (;;) {
      this.length = scanWords(text, from, to, this.spans, this.length);
      if (this.spans.length - this.length >= 3) return;
      from = this.spans[this.length - 2];
      const bigger = new Int32Array(this.spans.length * 2);
      bigger.set(this.spans);
      this.spans = bigger;
    }
  }

  /** The triples, in an array of their own (to be transferred to another thread). */
  packed(): Int32Array {
    return this.spans.slice(0, this.length);
  }
}

/**
 * Reads packed word spans range by range, as `forEachWord(text, visit, start, end)` reads each
 * range: ranges are asked in order (a source's passages). Where a word of the pass crosses a
 * range's start or end (a passage cut inside a word), or a range comes out of order, that
 * range is read from the text instead, so the words are always those of the range alone.
 */
export class WordCursor {
  /** The first triple not passed yet. */
  private next = 0;
  private lastEnd = 0;

  constructor(private readonly spans: Int32Array) {}

  forEachIn(text: string, visit: (start: number, end: number, hash: number) => void, start: number, end: number): void {
    const s = this.spans;
    if (start < this.lastEnd) return forEachWord(text, visit, start, end);
    this.lastEnd = end;
    let first = this.next;
    while (first < s.length && s[first + 1] <= start) first += 3;
    let after = first;
    while (after < s.length && s[after + 1] <= end) after += 3;
    this.next = after;
    const crossesStart = first < s.length && s[first] < start;
    const crossesEnd = after < s.length && s[after] < end;
    if (crossesStart || crossesEnd) return forEachWord(text, visit, start, end);
    for (let k = first; k < after; k += 3) visit(s[k], s[k + 1], s[k + 2]);
  }
}
