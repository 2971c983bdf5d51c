import { distance } from 'fastest-levenshtein';

/**
 * The known key closest to a mistyped one, for "did you mean": within a third of the longer
 * key's length (so that a missing word, "speech-un-norms" for "speech-un-cyber-norms", is
 * found), the closest relative to its length, the first listed on a tie.
 *
 * Comparing a key with each of 10,000 took milliseconds a key; so the keys are indexed by
 * their pairs of letters (bigrams), and only those that share enough of them with the key are
 * compared: two strings at edit distance d share at least max(length) - 1 - 2d bigrams, since
 * an edit changes at most two of them (the q-gram lemma). Each bigram's list holds its keys
 * shortest first, so a question reads only the part of a list whose keys have a length close
 * enough to its own (hashed keys and title-like keys of a corpus then never meet).
 */
export class KeyFinder {
  private readonly keys: string[];
  private readonly lower: string[];
  /** The keys' indexes, shortest first (then in their order): the order of every list. */
  private readonly byLength: Int32Array;
  /** By bigram id, where its list starts in `postings` (and ends, at the next id's start). */
  private readonly listStart: Int32Array;
  /** Every list, one after the other: positions in `byLength`, and how often the key holds the bigram. */
  private readonly postings: Int32Array;
  private readonly counts: Uint16Array;
  /** Ids of the bigrams of characters outside ASCII (those within are numbered by their codes). */
  private readonly wideIds = new Map<number, number>();
  /** By length, the indexes of the keys too short to be found by their bigrams. */
  private readonly shortByLength: number[][] = [];
  private readonly common: Int32Array;

  constructor(keys: Iterable<string>) {
    this.keys = [...keys];
    this.lower = this.keys.map((k) => k.toLowerCase());
    const n = this.keys.length;
    this.common = new Int32Array(n);
    this.byLength = orderByLength(this.lower);
    this.lower.forEach((k, i) => {
      if (needed(k.length, k.length) <= 0) (this.shortByLength[k.length] ??= []).push(i);
    });
    // Two passes: count each list's length (a key counted once per bigram), then fill the lists.
    let sizes: Int32Array = new Int32Array(ASCII_IDS);
    let lastKey: Int32Array = new Int32Array(ASCII_IDS).fill(-1);
    this.forEachBigram((id, p) => {
      if (id >= sizes.length) {
        sizes = grow(sizes, id + 1, 0);
        lastKey = grow(lastKey, id + 1, -1);
      }
      if (lastKey[id] === p) return;
      lastKey[id] = p;
      sizes[id]++;
    });
    this.listStart = new Int32Array(sizes.length + 1);
    for (let id = 0; id < sizes.length; id++) this.listStart[id + 1] = this.listStart[id] + sizes[id];
    this.postings = new Int32Array(this.listStart[sizes.length]);
    this.counts = new Uint16Array(this.postings.length);
    const fill = this.listStart.slice(0, sizes.length);
    this.forEachBigram((id, p) => {
      // The keys come one after the other: a bigram seen again in this key is its list's last entry.
      if (fill[id] > this.listStart[id] && this.postings[fill[id] - 1] === p) this.counts[fill[id] - 1]++;
      else {
        this.postings[fill[id]] = p;
        this.counts[fill[id]++] = 1;
      }
    });
  }

  /** Each bigram of each key, the keys shortest first, with the key's position in that order. */
  private forEachBigram(each: (id: number, p: number) => void): void {
    for (let p = 0; p < this.byLength.length; p++) {
      const k = this.lower[this.byLength[p]];
      for (let at = 0; at + 1 < k.length; at++) each(this.idOf(k.charCodeAt(at), k.charCodeAt(at + 1), true), p);
    }
  }

  closest(key: string): string | undefined {
    const k = key.toLowerCase();
    // The lengths a key may have to be close enough: at most a third of the longer one apart.
    let shortest = k.length;
    while (shortest > 0 && k.length - (shortest - 1) <= limitFor(shortest - 1, k.length)) shortest--;
    let longest = k.length;
    while (longest + 1 - k.length <= limitFor(longest + 1, k.length)) longest++;
    const from = this.firstOfLength(shortest);
    const to = this.firstOfLength(longest + 1);
    const touched: number[] = [];
    for (const [bigram, count] of bigrams(k)) {
      const id = this.idOf(bigram >>> 16, bigram & 0xffff, false);
      if (id < 0 || id + 1 >= this.listStart.length) continue;
      const end = this.listStart[id + 1];
      for (let j = this.firstAtOrAfter(this.listStart[id], end, from); j < end; j++) {
        const p = this.postings[j];
        if (p >= to) break;
        if (this.common[p] === 0) touched.push(p);
        this.common[p] += Math.min(count, this.counts[j]);
      }
    }
    // Candidates: keys sharing enough bigrams, and keys too short for the bound to say anything,
    // each as its index and the bigrams it shares (index × 2¹⁶ + shared: one sort orders them).
    const candidates: number[] = [];
    for (const p of touched) {
      const i = this.byLength[p];
      if (this.common[p] >= needed(this.lower[i].length, k.length)) candidates.push(i * SHARED + Math.min(this.common[p], SHARED - 1));
      this.common[p] = 0;
    }
    for (let length = Math.max(0, k.length - 2); length <= k.length + 2; length++) {
      for (const i of this.shortByLength[length] ?? []) if (needed(length, k.length) <= 0) candidates.push(i * SHARED + SHARED - 1); // shared bigrams unknown: no bound
    }
    candidates.sort((a, b) => a - b);
    let best: string | undefined;
    let bestScore = Infinity;
    let last = -1;
    for (const c of candidates) {
      const i = Math.floor(c / SHARED);
      if (i === last) continue;
      last = i;
      const id = this.lower[i];
      const longer = Math.max(id.length, k.length);
      const limit = limitFor(id.length, k.length);
      if (Math.abs(id.length - k.length) > limit) continue;
      // The least distance its shared bigrams allow (an edit changes at most two): when that
      // cannot beat the best so far (a tie keeps the first), the distance is not computed.
      const least = Math.max(Math.abs(id.length - k.length), Math.ceil((longer - 1 - (c % SHARED)) / 2));
      if (least > limit || least / longer >= bestScore) continue;
      const d = distance(k, id);
      if (d <= limit && d / longer < bestScore) [best, bestScore] = [this.keys[i], d / longer];
    }
    return best;
  }

  /** A bigram's id: from its codes within ASCII, else numbered as first seen (-1 for one never indexed, when not `add`). */
  private idOf(a: number, b: number, add: boolean): number {
    if (a < 128 && b < 128) return a * 128 + b;
    const code = a * 0x10000 + b;
    let id = this.wideIds.get(code);
    if (id === undefined) {
      if (!add) return -1;
      this.wideIds.set(code, (id = ASCII_IDS + this.wideIds.size));
    }
    return id;
  }

  /** The first position in `byLength` of a key at least this long. */
  private firstOfLength(length: number): number {
    let lo = 0;
    let hi = this.byLength.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lower[this.byLength[mid]].length < length) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first place of a list (between `start` and `end`) holding a position of at least `p`. */
  private firstAtOrAfter(start: number, end: number, p: number): number {
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.postings[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The indexes of strings, shortest first, in their order within a length (a counting sort). */
function orderByLength(strings: readonly string[]): Int32Array {
  let longest = 0;
  for (const s of strings) longest = Math.max(longest, s.length);
  const next = new Int32Array(longest + 2);
  for (const s of strings) next[s.length + 1]++;
  for (let length = 1; length < next.length; length++) next[length] += next[length - 1];
  const order = new Int32Array(strings.length);
  strings.forEach((s, i) => (order[next[s.length]++] = i));
  return order;
}

/** Candidates carry the bigrams they share below this (more are counted as this less one: a weaker bound, never a wrong one). */
const SHARED = 0x10000;

/** Bigrams of two ASCII characters, numbered by their codes. */
const ASCII_IDS = 128 * 128;

function grow(array: Int32Array, length: number, value: number): Int32Array {
  const out = new Int32Array(Math.max(length, array.length * 2)).fill(value);
  out.set(array);
  return out;
}

/** The closest key, for a single question (a `KeyFinder` answers many). */
export function closestKey(key: string, ids: Iterable<string>): string | undefined {
  return new KeyFinder(ids).closest(key);
}

function limitFor(a: number, b: number): number {
  return Math.max(1, Math.floor(Math.max(a, b) / 3));
}

/** The bigrams two keys of these lengths share at least when they are close enough. */
function needed(a: number, b: number): number {
  return Math.max(a, b) - 1 - 2 * limitFor(a, b);
}

/** The bigrams of a key (two code units as one number) with their counts: [bigram, count] pairs. */
function bigrams(s: string): [number, number][] {
  const codes: number[] = [];
  for (let i = 0; i + 1 < s.length; i++) codes.push(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1));
  codes.sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const code of codes) {
    const last = out[out.length - 1];
    if (last && last[0] === code) last[1]++;
    else out.push([code, 1]);
  }
  return out;
}
