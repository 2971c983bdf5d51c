/**
 * The engine's former implementations, written plainly with the regular expressions (or loops)
 * that took quadratic, cubic or exponential time on hostile input. They are right, only slow:
 * the properties check, on short inputs, that the linear versions answer exactly as they did.
 */
import { distance } from 'fastest-levenshtein';
import { normaliseForQuote, numberValue, type NumberMention, type Quote } from '../../../src/core/draft/sourceChecks';
import type { CitationRef } from '../../../src/core/draft/citations';
import { DATE_SOURCE, DAY_MONTH_SOURCE, dayMonthKey, toIso } from '../../../src/core/corpus/dates';
import { STOP_WORDS } from '../../../src/core/corpus/infer/language';

const QUOTES = /«\s*([^»]{2,2000}?)\s*»|“([^”]{2,2000}?)”|"([^"\n]{2,2000}?)"/g;

export function findQuotesReference(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  for (const m of text.slice(from, to).matchAll(QUOTES)) {
    const inner = (m[1] ?? m[2] ?? m[3]).trim();
    if ((inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < 3) continue;
    out.push({ text: inner, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

export function quoteInSourceReference(quote: string, normalisedSource: string): boolean {
  const q = normaliseForQuote(quote);
  if (!q || normalisedSource.includes(q)) return true;
  const tolerance = Math.max(1, Math.floor(q.length * 0.06));
  const words = q.split(' ').filter((w) => w.length >= 4);
  const anchors = [...words].sort((a, b) => b.length - a.length).slice(0, 3);
  for (const anchor of anchors) {
    const offsetInQuote = q.indexOf(anchor);
    let tries = 0;
    for (let at = normalisedSource.indexOf(anchor); at >= 0 && tries++ < 50; at = normalisedSource.indexOf(anchor, at + 1)) {
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

const KEY = String.raw`@(\{[^{}\n]{1,200}\}|[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_])){0,200})`;
const GROUP = new RegExp(String.raw`\[(?!\^)([^\[\]\n]{0,1000}?-?${KEY}[^\[\]\n]{0,1000}?)\](?![(\[:])`, 'gu');
const KEY_IN_GROUP = new RegExp(String.raw`(?<![\p{L}\p{N}_.])-?${KEY}`, 'gu');
const NARRATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_.@\[/:=])${KEY}`, 'gu');
const unbrace = (key: string) => (key.startsWith('{') ? key.slice(1, -1).trim() : key);

export function findCitationsReference(text: string, from = 0, to = text.length): CitationRef[] {
  const slice = text.slice(from, to);
  const out: CitationRef[] = [];
  const inGroups: [number, number][] = [];
  for (const g of slice.matchAll(GROUP)) {
    const groupStart = g.index;
    const groupEnd = g.index + g[0].length;
    inGroups.push([groupStart, groupEnd]);
    for (const k of g[1].matchAll(KEY_IN_GROUP)) {
      const at = groupStart + 1 + k.index + (k[0].startsWith('-') ? 1 : 0);
      if (unbrace(k[1]) !== '') out.push({ key: unbrace(k[1]), start: from + at, end: from + at + k[1].length + 1, narrative: false, group: { start: from + groupStart, end: from + groupEnd } }); // since: `@{ }` names nothing
    }
  }
  for (const k of slice.matchAll(NARRATIVE)) {
    if (inGroups.some(([s, e]) => k.index >= s && k.index < e)) continue;
    if (unbrace(k[1]) !== '') out.push({ key: unbrace(k[1]), start: from + k.index, end: from + k.index + k[0].length, narrative: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

const LINK = /\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]{1,1000})>?(?:\s+"[^"\n]*")?\s*\)/g;

export function findLinksReference(text: string, from: number, to: number): { target: string; start: number; end: number }[] {
  return [...text.slice(from, to).matchAll(LINK)].map((m) => ({ target: m[2], start: from + m.index, end: from + m.index + m[0].length }));
}

export function citationInsertOffsetReference(text: string, sentenceStart: number, sentenceEnd: number): number {
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (/[.!?…][\s\u00A0\u202F]*[»”"’)\]]+\s*$/.test(sentence)) return sentenceStart + sentence.trimEnd().length;
  const m = /[\s\u00A0]*[.!?…]+\s*$/.exec(sentence);
  return m ? sentenceStart + m.index : sentenceEnd;
}

export function plainLineReference(raw: string): string {
  return raw
    .replace(/!\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{0,500})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/<[^<>]{0,200}>/g, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)|(?<=\S)(\*\*|__|\*|_|`)/g, '')
    .replace(/^\s{0,3}>\s?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

export function readLinesReference(text: string, max = Infinity): { text: string; heading: number; index: number }[] {
  const out: { text: string; heading: number; index: number }[] = [];
  let index = 0;
  let start = 0;
  while (start <= text.length && out.length < max) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const h = HEADING.exec(raw);
    const clean = plainLineReference(h ? h[2] : raw);
    if (clean) out.push({ text: clean, heading: h ? h[1].length : 0, index });
    index++;
    start = end + 1;
  }
  return out;
}

/** The did-you-mean key, by comparing the key with every known one. */
export function closestKeyReference(key: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const k = key.toLowerCase();
  for (const id of ids) {
    const limit = Math.max(1, Math.floor(Math.max(id.length, key.length) / 3));
    if (Math.abs(id.length - key.length) > limit) continue;
    const d = distance(k, id.toLowerCase());
    if (d <= limit && d / Math.max(id.length, key.length) < bestScore) [best, bestScore] = [id, d / Math.max(id.length, key.length)];
  }
  return best;
}

/** The dates of a text as one global scan with the date expression finds them. */
export function findDatesReference(text: string): { index: number; text: string }[] {
  return [...text.matchAll(new RegExp(DATE_SOURCE, 'giu'))].map((m) => ({ index: m.index, text: m[0] }));
}

/** What `normaliseForQuote` did with a look-behind over every character (and does with ς as σ). */
export function normaliseForQuoteReference(text: string): string {
  return text
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[«»“”„"]/g, '')
    .replace(/[\s\u00A0\u202F\u2009]+/g, ' ')
    .replace(/(?<!\s)\s*([,.;:!?])/g, '$1')
    .trim();
}

const NUMBER = /(?<![\p{L}\d.,])\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;

/** `findNumbers` as global scans of the whole text with its three expressions find them. */
export function findNumbersReference(text: string, yearless: boolean): NumberMention[] {
  const out: NumberMention[] = [];
  const taken: [number, number][] = [];
  const mention = (value: string, m: RegExpMatchArray) => {
    out.push({ value, text: m[0], start: m.index!, end: m.index! + m[0].length });
    taken.push([m.index!, m.index! + m[0].length]);
  };
  for (const m of text.matchAll(new RegExp(DATE_SOURCE, 'giu'))) {
    const iso = toIso(m.slice(1));
    if (iso) mention(iso, m);
  }
  const dates = [...taken];
  const overlaps = (m: RegExpMatchArray, spans: [number, number][]) => spans.some(([a, b]) => a < m.index! + m[0].length && m.index! < b);
  if (yearless) {
    for (const m of text.matchAll(new RegExp(DAY_MONTH_SOURCE, 'giu'))) {
      const key = overlaps(m, dates) ? null : dayMonthKey(m.slice(1));
      if (key) mention(key, m);
    }
  }
  const spans = [...taken];
  for (const m of text.matchAll(NUMBER)) if (!overlaps(m, spans)) mention(numberValue(m[0]), m);
  return out.sort((a, b) => a.start - b.start);
}

/** `inferLanguage` as it was: every short word of the sample sliced, lower-cased and looked up. */
export function inferLanguageReference(text: string): 'fr' | 'en' | 'other' {
  const lookup = new Map<string, string>();
  for (const [lang, list] of Object.entries(STOP_WORDS)) for (const w of list) lookup.set(w, lang);
  const counts: Record<string, number> = {};
  let total = 0;
  let hits = 0;
  for (const word of text.slice(0, 6000).match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu) ?? []) {
    total++;
    const lang = lookup.get(word.toLowerCase());
    if (lang) {
      counts[lang] = (counts[lang] ?? 0) + 1;
      hits++;
    }
  }
  if (hits < 3 || hits / total < 0.05) return 'other';
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best === 'fr' || best === 'en' ? best : 'other';
}

const CLAIM_WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?/gu;
const ELIDED_WORD = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=[\p{L}\p{N}])/u;

/** The claim detector's words, as the expression found them. */
export function claimWordsReference(text: string): string[] {
  const out: string[] = [];
  for (const [word] of text.toLowerCase().replace(/[\u2019\u2018\u02BC]/g, "'").matchAll(CLAIM_WORD)) {
    const elided = ELIDED_WORD.exec(word);
    if (elided) out.push(elided[0], word.slice(elided[0].length));
    else out.push(word);
  }
  return out;
}

const NAMED = /(?<=[\s(\-'’])(?!I['’])\p{Lu}[\p{L}'’-]{2,}|(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/** Capitalised words and acronyms, as the global expression found them. */
export function namedReference(text: string): { start: number; end: number }[] {
  return [...text.matchAll(NAMED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The needles a folded text holds, as `inferKind` first looked for them: line terminators as line breaks, one before the text. */
export function needlesInReference(folded: string, needles: readonly string[]): string[] {
  const text = '\n' + folded.replace(/[\r\u2028\u2029]/g, '\n');
  return needles.filter((n) => text.includes(n));
}

/** The first date that exists among the matches of a date pattern, every place tried (as `matchAll` tries them). */
export function firstDateReference(text: string, source: string, dayFirst: boolean): string | null {
  for (const m of text.matchAll(new RegExp(source, 'gimu'))) {
    const iso = toIso(m.slice(1), dayFirst);
    if (iso) return iso;
  }
  return null;
}
