import { distance } from 'fastest-levenshtein';
import { DATE_SOURCE, toIso } from '../corpus/dates';

/** Text made comparable for quotes: guillemets and quotes, apostrophes, spaces and case evened out. */
export function normaliseForQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[«»“”„"]/g, '')
    .replace(/[\s\u00A0\u202F\u2009]+/g, ' ')
    .replace(/\s*([,.;:!?])/g, '$1')
    .trim();
}

export interface Quote {
  text: string;
  start: number;
  end: number;
}

/** How many places of a source an anchor word is tried at: bounds the work on a long source. */
const MAX_ANCHOR_TRIES = 50;

const QUOTES = /«\s*([^»]{2,2000}?)\s*»|“([^”]{2,2000}?)”|"([^"\n]{2,2000}?)"/g;

/** Quoted words of three words or more: shorter ones are often terms, not quotations. */
export function findQuotes(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  for (const m of text.slice(from, to).matchAll(QUOTES)) {
    const inner = (m[1] ?? m[2] ?? m[3]).trim();
    if ((inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) continue;
    out.push({ text: inner, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/**
 * Whether quoted words stand in a source, tolerating tiny differences (a typo, an elided
 * article): an exact match after normalising, else a window of the source around a rare
 * anchor word within a small edit distance.
 */
export function quoteInSource(quote: string, normalisedSource: string): boolean {
  const q = normaliseForQuote(quote);
  if (!q || normalisedSource.includes(q)) return true;
  const tolerance = Math.max(1, Math.floor(q.length * 0.06));
  const words = q.split(' ').filter((w) => w.length >= 4);
  const anchors = [...words].sort((a, b) => b.length - a.length).slice(0, 3);
  for (const anchor of anchors) {
    const offsetInQuote = q.indexOf(anchor);
    let tries = 0;
    for (let at = normalisedSource.indexOf(anchor); at >= 0 && tries++ < MAX_ANCHOR_TRIES; at = normalisedSource.indexOf(anchor, at + 1)) {
      const start = Math.max(0, at - offsetInQuote - tolerance);
      for (let len = q.length - tolerance; len <= q.length + tolerance; len++) {
        for (let s = start; s <= start + 2 * tolerance; s++) {
          if (distance(q, normalisedSource.slice(s, s + len)) <= tolerance) return true;
        }
      }
    }
  }
  return false;
}

export interface NumberMention {
  /** The comparable form: digits with "." for decimals, or an ISO date. */
  value: string;
  text: string;
  start: number;
  end: number;
}

const DATE = new RegExp(DATE_SOURCE, 'giu');
const NUMBER = /(?<![\p{L}\d.,])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;

/** "1 000" and "1,000" give "1000"; "12,5" and "12.5" give "12.5". */
export function numberValue(raw: string): string {
  const compact = raw.replace(/[\s\u00A0\u202F]/g, '');
  const groups = compact.split(/[.,]/);
  // "1,000" or "1.000.000": separators of thousands (a decimal part of exactly three digits is rare).
  if (groups.length > 1 && groups[0] !== '0' && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3)) return groups.join('');
  return compact.replace(',', '.');
}

/** Dates (as ISO) and numbers (as digits) in a span of text; a number inside a date is the date's. */
export function findNumbers(text: string, from: number, to: number): NumberMention[] {
  const slice = text.slice(from, to);
  const out: NumberMention[] = [];
  const taken: [number, number][] = [];
  for (const m of slice.matchAll(DATE)) {
    const iso = toIso(m.slice(1));
    if (!iso) continue;
    out.push({ value: iso, text: m[0], start: from + m.index, end: from + m.index + m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of slice.matchAll(NUMBER)) {
    if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    out.push({ value: numberValue(m[0]), text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What a source holds that numbers are checked against: its numbers, its dates, and their parts. */
export function numberIndex(sourceText: string): Set<string> {
  const values = new Set<string>();
  for (const n of findNumbers(sourceText, 0, sourceText.length)) {
    values.add(n.value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(n.value)) values.add(n.value.slice(0, 4)); // the year of a date is in the source too
  }
  return values;
}
