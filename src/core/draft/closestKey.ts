import { distance } from 'fastest-levenshtein';

/**
 * The known key closest to a mistyped one, for "did you mean": within a third of the longer
 * key's length (so that a missing word, "speech-un-norms" for "speech-un-cyber-norms", is
 * found), the closest relative to its length, the first listed on a tie.
 *
 * Comparing a key with each of 10,000 took milliseconds a key; so the keys are indexed by
 * their pairs of letters (bigrams), and only those that share enough of them with the key are
 * compared: two strings at edit distance d share at least max(length) - 1 - 2d bigrams, since
 * an edit changes at most two of them (the q-gram lemma).
 */
export class KeyFinder {
  private readonly keys: string[];
  private readonly lower: string[];
  /** By bigram, the keys holding it and how many times: [key index, count, key index, count...]. */
  private readonly byBigram = new Map<number, number[]>();
  /** By length, the indexes of the keys too short to be found by their bigrams. */
  private readonly shortByLength: number[][] = [];
  private readonly common: Int32Array;

  constructor(keys: Iterable<string>) {
    this.keys = [...keys];
    this.lower = this.keys.map((k) => k.toLowerCase());
    this.common = new Int32Array(this.keys.length);
    this.lower.forEach((k, i) => {
      if (needed(k.length, k.length) <= 0) (this.shortByLength[k.length] ??= []).push(i);
      for (let at = 0; at + 1 < k.length; at++) {
        const bigram = k.charCodeAt(at) * 0x10000 + k.charCodeAt(at + 1);
        let list = this.byBigram.get(bigram);
        if (!list) this.byBigram.set(bigram, (list = []));
        // The keys are indexed one after the other: a bigram seen again in this key is its last pair.
        if (list[list.length - 2] === i) list[list.length - 1]++;
        else list.push(i, 1);
      }
    });
  }

  closest(key: string): string | undefined {
    const k = key.toLowerCase();
    const touched: number[] = [];
    for (const [bigram, count] of bigrams(k)) {
      const list = this.byBigram.get(bigram);
      if (!list) continue;
      for (let j = 0; j < list.length; j += 2) {
        const i = list[j];
        if (this.common[i] === 0) touched.push(i);
        this.common[i] += Math.min(count, list[j + 1]);
      }
    }
    // Candidates: keys sharing enough bigrams, and keys too short for the bound to say anything.
    const candidates: number[] = [];
    for (const i of touched) {
      if (this.common[i] >= needed(this.lower[i].length, k.length)) candidates.push(i);
      this.common[i] = 0;
    }
    for (let length = Math.max(0, k.length - 2); length <= k.length + 2; length++) {
      for (const i of this.shortByLength[length] ?? []) if (needed(length, k.length) <= 0) candidates.push(i);
    }
    candidates.sort((a, b) => a - b);
    let best: string | undefined;
    let bestScore = Infinity;
    let last = -1;
    for (const i of candidates) {
      if (i === last) continue;
      last = i;
      const id = this.lower[i];
      const longer = Math.max(id.length, k.length);
      const limit = limitFor(id.length, k.length);
      if (Math.abs(id.length - k.length) > limit) continue;
      const d = distance(k, id);
      if (d <= limit && d / longer < bestScore) [best, bestScore] = [this.keys[i], d / longer];
    }
    return best;
  }
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
