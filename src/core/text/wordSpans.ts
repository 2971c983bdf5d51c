import { forEachWord } from './words';

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

  push(start: number, end: number, hash: number): void {
    if (this.length + 3 > this.spans.length) {
      const bigger = new Int32Array(this.spans.length * 2);
      bigger.set(this.spans);
      this.spans = bigger;
    }
    this.spans[this.length++] = start;
    this.spans[this.length++] = end;
    this.spans[this.length++] = hash;
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
