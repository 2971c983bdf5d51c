/**
 * What a typed query word stands for in the index: itself, the words it begins (someone
 * typing "diplom" wants "diplomatie"), and words one or two letters away (a typo), each with
 * a lower weight. Weights follow MiniSearch's defaults, which users of search boxes expect.
 */

export interface Expansion {
  term: string;
  weight: number;
}

const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Prefix matching from this length on: shorter ones match too much to mean anything. */
const MIN_PREFIX = 4;
const MIN_FUZZY = 6;
/** Most words a prefix stands for (the shortest first): "cons" must not pull in thousands. */
const MAX_PREFIX_MATCHES = 50;

/** The index's vocabulary, sorted and by length, built once per change of vocabulary. */
export class Vocabulary {
  private readonly byLength: string[][] = [];

  constructor(readonly sorted: string[]) {
    for (const t of sorted) (this.byLength[t.length] ??= []).push(t);
  }

  expand(term: string, has: (term: string) => boolean): Expansion[] {
    const out: Expansion[] = [];
    if (has(term)) out.push({ term, weight: 1 });
    if (term.length >= MIN_PREFIX) {
      const longer: string[] = [];
      for (let i = lowerBound(this.sorted, term); i < this.sorted.length && this.sorted[i].startsWith(term); i++) {
        if (this.sorted[i] !== term) longer.push(this.sorted[i]);
      }
      longer.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
      for (const t of longer.slice(0, MAX_PREFIX_MATCHES)) out.push({ term: t, weight: (PREFIX_WEIGHT * term.length) / t.length });
    }
    if (term.length >= MIN_FUZZY) {
      const max = Math.round(term.length * 0.15);
      for (let length = term.length - max; length <= term.length + max; length++) {
        for (const t of this.byLength[length] ?? []) {
          if (t === term || t.startsWith(term)) continue;
          const distance = boundedDistance(term, t, max);
          if (distance <= max) out.push({ term: t, weight: (FUZZY_WEIGHT * term.length) / (term.length + distance) });
        }
      }
    }
    return out;
  }
}

function lowerBound(sorted: string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Levenshtein distance of a and b, or max + 1 as soon as it must exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length], max + 1);
}
